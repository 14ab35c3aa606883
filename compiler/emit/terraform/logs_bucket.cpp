#include "compiler/emit/terraform/buckets.h"

// logs.tf.json, the access-log bucket: load balancers, CloudFront and the data buckets deliver into it.
namespace ecsgen::emit::terraform {

namespace {

Json Allow(const std::string& sid, const Json& principal, const std::string& action, const Json& resource) {
  return Json{{"Sid", sid}, {"Effect", "Allow"}, {"Principal", principal}, {"Action", action}, {"Resource", resource}};
}

// Each delivery service may write only under its loggers' prefixes, for this account.
Json DeliveryStatements(Builder& b, const ir::LogBucket& logs) {
  const ir::App& app = b.app();
  std::string arn = "${aws_s3_bucket." + logs.id + ".arn}";
  std::string account = b.AccountId();
  Json statements = Json::array();
  Json alb = Json::array(), nlb = Json::array();
  for (const auto& lb : app.load_balancers) {
    if (lb.access_log_prefix.empty()) continue;
    (lb.network ? nlb : alb).push_back(arn + "/" + lb.access_log_prefix + "/AWSLogs/" + account + "/*");
  }
  if (!alb.empty()) {
    // Regions opened before August 2022 deliver from a regional ELB account, newer ones from a service
    // principal (the IR says which); an account id alone is a valid principal in every partition.
    Json principal = logs.elb_account.empty() ? Json{{"Service", "logdelivery.elasticloadbalancing.amazonaws.com"}}
                                              : Json{{"AWS", logs.elb_account}};
    statements.push_back(Allow("AlbAccessLogs", principal, "s3:PutObject", alb));
  }
  if (!nlb.empty()) {
    // NLBs deliver through CloudWatch Logs' delivery service, confined to this account's deliveries.
    Json principal = {{"Service", "delivery.logs.amazonaws.com"}};
    Json source_arn = {{"aws:SourceArn", "arn:" + app.partition + ":logs:" + app.region + ":" + account + ":*"}};
    Json write = Allow("NlbAccessLogs", principal, "s3:PutObject", nlb);
    write["Condition"] = Json{{"StringEquals", Json{{"s3:x-amz-acl", "bucket-owner-full-control"}, {"aws:SourceAccount", account}}},
                              {"ArnLike", source_arn}};
    statements.push_back(write);
    Json check = Allow("NlbAccessLogsAclCheck", principal, "s3:GetBucketAcl", arn);
    check["Condition"] = Json{{"StringEquals", Json{{"aws:SourceAccount", account}}}, {"ArnLike", source_arn}};
    statements.push_back(check);
  }
  Json sources = Json::array();
  for (const auto& bucket : app.buckets) {
    if (!bucket.access_log_prefix.empty()) sources.push_back("${aws_s3_bucket." + bucket.id + ".arn}");
  }
  if (!sources.empty()) {
    Json write = Allow("S3ServerAccessLogs", Json{{"Service", "logging.s3.amazonaws.com"}}, "s3:PutObject", arn + "/s3/*");
    write["Condition"] = Json{{"StringEquals", Json{{"aws:SourceAccount", account}}}, {"ArnLike", Json{{"aws:SourceArn", sources}}}};
    statements.push_back(write);
  }
  // CloudFront standard logging needs no statement: it writes through the bucket ACL, to which CloudFront
  // adds its awslogsdelivery account when the distribution is created (hence ACLs stay enabled).
  return statements;
}

}  // namespace

void EmitLogBucket(Builder& b) {
  if (!b.app().log_bucket) return;
  const ir::LogBucket& logs = *b.app().log_bucket;
  // SSE-S3 is the only encryption ALB log delivery supports, and S3 server access logging cannot write to
  // an SSE-KMS default either; EmitPrivateBucket uses it for every bucket.
  EmitPrivateBucket(b, "logs.tf.json", logs, logs.acl_delivery ? "BucketOwnerPreferred" : "BucketOwnerEnforced",
                    DeliveryStatements(b, logs));
}

}  // namespace ecsgen::emit::terraform
