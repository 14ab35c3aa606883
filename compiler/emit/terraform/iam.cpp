#include "compiler/emit/terraform/builder.h"

// iam.tf.json: one role per IR role, its derived statements as one inline policy, managed attachments.
namespace ecsgen::emit::terraform {

void EmitIam(Builder& b) {
  constexpr const char* kFile = "iam.tf.json";
  for (const auto& r : b.app().roles) {
    Json& role = b.Resource(kFile, "aws_iam_role", r.id);
    role["name"] = r.name;
    Json trust = {{"Version", "2012-10-17"},
                  {"Statement", Json::array({Json{{"Effect", "Allow"},
                                                  {"Principal", Json{{"Service", r.principal}}},
                                                  {"Action", "sts:AssumeRole"}}})}};
    role["assume_role_policy"] = JsonString(trust);
    if (!r.statements.empty()) {
      Json& policy = b.Resource(kFile, "aws_iam_role_policy", r.id);
      policy["name"] = r.name;
      policy["role"] = "${aws_iam_role." + r.id + ".id}";
      policy["policy"] = JsonString(PolicyDocument(b, r.statements));
    }
    for (size_t i = 0; i < r.managed_policy_arns.size(); ++i) {
      Json& attachment = b.Resource(kFile, "aws_iam_role_policy_attachment", r.id + "_" + std::to_string(i));
      attachment["role"] = "${aws_iam_role." + r.id + ".name}";
      attachment["policy_arn"] = r.managed_policy_arns[i];
    }
    b.Flush();  // see Builder::Flush: one role's blocks are written while they are in the cache
  }
}

void EmitLogs(Builder& b) {
  const ir::App& app = b.app();
  constexpr const char* kFile = "logs.tf.json";
  if (app.kms_key) {
    // One customer-managed key for what must be encrypted with a key the app controls: the ECS Exec
    // audit log and session channel, SSM SecureString parameters. CloudWatch Logs needs a grant in the key policy.
    Json& key = b.Resource(kFile, "aws_kms_key", "main");
    key["description"] = "ecsgen app " + app.name + ": ECS Exec audit log, sessions and SecureString parameters";
    key["enable_key_rotation"] = true;
    key["deletion_window_in_days"] = 30;
    std::string account = b.AccountId();
    Json policy = {{"Version", "2012-10-17"},
                   {"Statement",
                    Json::array({Json{{"Sid", "AccountAdministers"},
                                      {"Effect", "Allow"},
                                      {"Principal", Json{{"AWS", "arn:" + app.partition + ":iam::" + account + ":root"}}},
                                      {"Action", "kms:*"},
                                      {"Resource", "*"}},
                                 Json{{"Sid", "CloudWatchLogsEncrypts"},
                                      {"Effect", "Allow"},
                                      {"Principal", Json{{"Service", "logs." + app.region + ".amazonaws.com"}}},
                                      {"Action", Json::array({"kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*",
                                                              "kms:GenerateDataKey*", "kms:Describe*"})},
                                      {"Resource", "*"},
                                      {"Condition", Json{{"ArnLike", Json{{"kms:EncryptionContext:aws:logs:arn",
                                                                           "arn:" + app.partition + ":logs:" + app.region + ":" + account +
                                                                               ":log-group:*"}}}}}}})}};
    key["policy"] = JsonString(policy);
    b.Resource(kFile, "aws_kms_alias", "main") =
        Json{{"name", "alias/" + app.name + "-ecsgen"}, {"target_key_id", "${aws_kms_key.main.key_id}"}};
  }
  for (const auto& g : app.log_groups) {
    Json& group = b.Resource(kFile, "aws_cloudwatch_log_group", g.id);
    group["name"] = g.name;
    group["retention_in_days"] = g.retention_days;
    if (g.kms) group["kms_key_id"] = "${aws_kms_key.main.arn}";
    b.Flush();
  }
}

}  // namespace ecsgen::emit::terraform
