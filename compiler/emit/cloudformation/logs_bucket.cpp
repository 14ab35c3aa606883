#include "compiler/emit/cloudformation/buckets.h"
#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"

// The access-log bucket: load balancers, CloudFront and the data buckets deliver into it.
namespace ecsgen::emit::cloudformation {

namespace {

Json Grant(const std::string& sid, Json principal, const std::string& action, Json resource) {
  return Json{{"Sid", sid},
              {"Effect", "Allow"},
              {"Principal", std::move(principal)},
              {"Action", action},
              {"Resource", std::move(resource)}};
}

// Each delivery service may write only under its loggers' prefixes, for this account.
Json DeliveryStatements(Template& t, const ir::LogBucket& logs) {
  std::string id = LogicalId("Bucket", logs.id);
  Json statements = Json::array();
  Json alb = Json::array(), nlb = Json::array();
  for (const auto& lb : t.app.load_balancers) {
    if (lb.access_log_prefix.empty()) continue;
    (lb.network ? nlb : alb).push_back(Sub("${" + id + ".Arn}/" + lb.access_log_prefix + "/AWSLogs/${AWS::AccountId}/*"));
  }
  if (!alb.empty()) {
    // Regions opened before August 2022 deliver from a regional ELB account, newer ones from a service
    // principal (the IR says which); an account id alone is a valid principal in every partition.
    Json principal = logs.elb_account.empty() ? Json{{"Service", "logdelivery.elasticloadbalancing.amazonaws.com"}}
                                              : Json{{"AWS", logs.elb_account}};
    statements.push_back(Grant("AlbAccessLogs", principal, "s3:PutObject", alb));
  }
  Json account = Ref("AWS::AccountId");
  if (!nlb.empty()) {
    // NLBs deliver through CloudWatch Logs' delivery service, confined to this account's deliveries.
    Json principal = {{"Service", "delivery.logs.amazonaws.com"}};
    Json from_logs = {{"aws:SourceArn", Sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:*")}};
    Json write = Grant("NlbAccessLogs", principal, "s3:PutObject", nlb);
    write["Condition"] = Json{{"StringEquals", Json{{"s3:x-amz-acl", "bucket-owner-full-control"}, {"aws:SourceAccount", account}}},
                              {"ArnLike", from_logs}};
    statements.push_back(write);
    Json acl = Grant("NlbAccessLogsAclCheck", principal, "s3:GetBucketAcl", GetAtt(id, "Arn"));
    acl["Condition"] = Json{{"StringEquals", Json{{"aws:SourceAccount", account}}}, {"ArnLike", from_logs}};
    statements.push_back(acl);
  }
  Json sources = Json::array();
  for (const auto& bucket : t.app.buckets) {
    if (!bucket.access_log_prefix.empty()) sources.push_back(GetAtt(LogicalId("Bucket", bucket.id), "Arn"));
  }
  if (!sources.empty()) {
    Json write = Grant("S3ServerAccessLogs", Json{{"Service", "logging.s3.amazonaws.com"}}, "s3:PutObject",
                       Sub("${" + id + ".Arn}/s3/*"));
    write["Condition"] =
        Json{{"StringEquals", Json{{"aws:SourceAccount", account}}}, {"ArnLike", Json{{"aws:SourceArn", sources}}}};
    statements.push_back(write);
  }
  // CloudFront standard logging needs no statement: it writes through the bucket ACL, to which CloudFront
  // adds its awslogsdelivery account when the distribution is created (hence ACLs stay enabled).
  return statements;
}

}  // namespace

void EmitLogBucket(Template& t) {
  if (!t.app.log_bucket) return;
  const ir::LogBucket& logs = *t.app.log_bucket;
  // SSE-S3 is the only encryption ALB log delivery supports, and S3 server access logging cannot write to
  // an SSE-KMS default either; EmitPrivateBucket uses it for every bucket.
  Json& bucket = EmitPrivateBucket(t, logs, logs.acl_delivery ? "BucketOwnerPreferred" : "BucketOwnerEnforced",
                                   DeliveryStatements(t, logs));
  // checkov's CKV_AWS_18 asks every bucket for server access logs, this one included; logging its own
  // access into itself would add a log object for every delivery, without end. Its suppression, with the
  // reason, in the form checkov reads from a template.
  bucket["Metadata"] = Json{
      {"checkov", Json{{"skip", Json::array({Json{{"id", "CKV_AWS_18"},
                                                  {"comment", "the access-log bucket does not log its own access"}}})}}}};
}

}  // namespace ecsgen::emit::cloudformation
