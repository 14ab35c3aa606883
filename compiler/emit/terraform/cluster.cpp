#include "compiler/emit/terraform/builder.h"

// cluster.tf.json: the ECS cluster with Container Insights and ECS Exec logging, capacity providers,
// and the ECR registries with their lifecycle policies.
namespace ecsgen::emit::terraform {

void EmitCluster(Builder& b) {
  const ir::App& app = b.app();
  const ir::Cluster& c = app.cluster;
  constexpr const char* kFile = "cluster.tf.json";
  Json& cluster = b.Resource(kFile, "aws_ecs_cluster", "main");
  cluster["name"] = c.name;
  cluster["setting"] = Json::array({Json{{"name", "containerInsights"}, {"value", c.insights ? "enabled" : "disabled"}}});
  if (c.exec) {
    cluster["configuration"] = Json::array({Json{
        {"execute_command_configuration",
         Json::array({Json{{"kms_key_id", "${aws_kms_key.main.arn}"},
                           {"logging", "OVERRIDE"},
                           {"log_configuration",
                            Json::array({Json{{"cloud_watch_encryption_enabled", true},
                                              {"cloud_watch_log_group_name",
                                               "${aws_cloudwatch_log_group." + c.exec_log_group + ".name}"}}})}}})}}});
  }
  Json strategy = Json::array();
  if (c.fargate_weight > 0 || c.spot_weight == 0) {
    strategy.push_back(Json{{"capacity_provider", "FARGATE"}, {"weight", c.fargate_weight}, {"base", c.base}});
  }
  if (c.spot_weight > 0) {
    strategy.push_back(Json{{"capacity_provider", "FARGATE_SPOT"}, {"weight", c.spot_weight},
                            {"base", c.fargate_weight > 0 ? 0 : c.base}});
  }
  b.Resource(kFile, "aws_ecs_cluster_capacity_providers", "main") =
      Json{{"cluster_name", "${aws_ecs_cluster.main.name}"},
           {"capacity_providers", Json::array({"FARGATE", "FARGATE_SPOT"})},
           {"default_capacity_provider_strategy", strategy}};
  b.Output("cluster_name", "${aws_ecs_cluster.main.name}", "the ECS cluster");

  for (const auto& r : app.registries) {
    Json& repo = b.Resource(kFile, "aws_ecr_repository", r.id);
    repo["name"] = r.name;
    repo["image_tag_mutability"] = r.immutable ? "IMMUTABLE" : "MUTABLE";
    repo["image_scanning_configuration"] = Json::array({Json{{"scan_on_push", r.scan_on_push}}});
    repo["encryption_configuration"] = Json::array({Json{{"encryption_type", "KMS"}}});
    repo["force_delete"] = app.disposable;
    Json policy = {{"rules", Json::array({Json{{"rulePriority", 1},
                                               {"description", "keep the newest " + std::to_string(r.keep_images) + " images"},
                                               {"selection", Json{{"tagStatus", "any"},
                                                                  {"countType", "imageCountMoreThan"},
                                                                  {"countNumber", r.keep_images}}},
                                               {"action", Json{{"type", "expire"}}}}})}};
    b.Resource(kFile, "aws_ecr_lifecycle_policy", r.id) =
        Json{{"repository", "${aws_ecr_repository." + r.id + ".name}"}, {"policy", JsonString(policy)}};
    b.Output("registry_" + r.id + "_url", "${aws_ecr_repository." + r.id + ".repository_url}",
             "push images for registry " + r.id + " here");
  }
}

void EmitSecrets(Builder& b) {
  constexpr const char* kFile = "secrets.tf.json";
  for (const auto& s : b.app().secrets) {
    if (!s.existing_arn.empty()) continue;
    if (s.ssm) {
      // SecureString with the app key; the value is write-only so it never enters the state.
      Json& password = b.Ephemeral(kFile, "aws_secretsmanager_random_password", s.id);
      password["password_length"] = s.generate;
      password["exclude_characters"] = "\"@/\\";
      Json& parameter = b.Resource(kFile, "aws_ssm_parameter", s.id);
      parameter["name"] = s.name;
      parameter["description"] = s.description;
      parameter["type"] = "SecureString";
      parameter["key_id"] = "${aws_kms_key.main.arn}";
      parameter["value_wo"] = "${ephemeral.aws_secretsmanager_random_password." + s.id + ".random_password}";
      parameter["value_wo_version"] = 1;
      continue;
    }
    Json& secret = b.Resource(kFile, "aws_secretsmanager_secret", s.id);
    secret["name"] = s.name;
    secret["description"] = s.description;
    secret["recovery_window_in_days"] = b.app().disposable ? 0 : 30;
    if (b.app().kms_key) secret["kms_key_id"] = "${aws_kms_key.main.arn}";
    Json& password = b.Ephemeral(kFile, "aws_secretsmanager_random_password", s.id);
    password["password_length"] = s.generate;
    password["exclude_characters"] = "\"@/\\";
    if (s.alphanumeric) password["exclude_punctuation"] = true;
    // Generated ephemerally and written through a write-only argument: the value never enters the state.
    Json& version = b.Resource(kFile, "aws_secretsmanager_secret_version", s.id);
    version["secret_id"] = "${aws_secretsmanager_secret." + s.id + ".id}";
    version["secret_string_wo"] = "${ephemeral.aws_secretsmanager_random_password." + s.id + ".random_password}";
    version["secret_string_wo_version"] = 1;
  }
}

}  // namespace ecsgen::emit::terraform
