#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// The app's KMS key (ECS Exec audit log, SSM SecureStrings) and the CloudWatch log groups.
namespace ecsgen::emit::cloudformation {

void EmitKmsKey(Template& t) {
  if (!t.app.kms_key) return;
  // The account root delegates use of the key to IAM; CloudWatch Logs of this region may use it for log
  // groups of this account only.
  Json root = {{"Sid", "AccountRoot"},
               {"Effect", "Allow"},
               {"Principal", Json{{"AWS", Sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")}}},
               {"Action", "kms:*"},
               {"Resource", "*"}};
  Json logs = {{"Sid", "CloudWatchLogs"},
               {"Effect", "Allow"},
               {"Principal", Json{{"Service", Sub("logs.${AWS::Region}.amazonaws.com")}}},
               {"Action", Json::array({"kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*",
                                       "kms:Describe*"})},
               {"Resource", "*"},
               {"Condition",
                Json{{"ArnLike",
                      Json{{"kms:EncryptionContext:aws:logs:arn",
                            Sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*")}}}}}};
  t.Add("KmsKey", "AWS::KMS::Key",
        {{"Description", "ecsgen: key of application " + t.app.name},
         {"EnableKeyRotation", true},
         {"KeyPolicy", Json{{"Version", "2012-10-17"}, {"Statement", Json::array({root, logs})}}},
         {"Tags", t.Tags(t.app.name)}});
  t.Add("KmsKeyAlias", "AWS::KMS::Alias", {{"AliasName", "alias/" + t.app.name + "-ecsgen"}, {"TargetKeyId", Ref("KmsKey")}});
}

void EmitLogGroups(Template& t) {
  for (const auto& g : t.app.log_groups) {
    Json props = {{"LogGroupName", g.name}, {"RetentionInDays", g.retention_days}};
    if (g.kms) props["KmsKeyId"] = GetAtt("KmsKey", "Arn");
    props["Tags"] = t.Tags(g.name);
    t.Keep(t.Add(LogicalId("LogGroup", g.id), "AWS::Logs::LogGroup", props), "Retain");
  }
}

}  // namespace ecsgen::emit::cloudformation
