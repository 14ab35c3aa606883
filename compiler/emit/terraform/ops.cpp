#include <algorithm>
#include <cctype>

#include "compiler/emit/terraform/builder.h"

// ops.tf.json: the bastion host and the build pipelines (CodeBuild started by EventBridge on S3 uploads).
namespace ecsgen::emit::terraform {

namespace {

constexpr const char* kFile = "ops.tf.json";

// Graviton instance families (t4g, m7g, c6gn, ...) need the arm64 image.
bool IsArm(const std::string& instance_type) {
  std::string family = instance_type.substr(0, instance_type.find('.'));
  for (size_t i = 1; i < family.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(family[i - 1])) && family[i] == 'g') return true;
  }
  return false;
}

void EmitBastion(Builder& b, const ir::Bastion& bastion) {
  const ir::App& app = b.app();
  // The latest Amazon Linux 2023 image, from the public SSM parameter AWS maintains.
  std::string arch = IsArm(bastion.instance_type) ? "arm64" : "x86_64";
  b.Data(kFile, "aws_ssm_parameter", "bastion_ami")["name"] =
      "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-" + arch;

  Json& profile = b.Resource(kFile, "aws_iam_instance_profile", bastion.role);
  profile["name"] = "${aws_iam_role." + bastion.role + ".name}";
  profile["role"] = "${aws_iam_role." + bastion.role + ".name}";

  bool is_public = !app.network.public_subnets.empty() || app.network.existing;
  Json subnets = b.SubnetIds(is_public);
  std::string subnet;
  if (subnets.is_array()) {
    subnet = subnets.empty() ? "" : subnets[0].get<std::string>();
  } else {
    std::string list = subnets.get<std::string>();
    subnet = "${" + list.substr(2, list.size() - 3) + "[0]}";
  }
  Json& instance = b.Resource(kFile, "aws_instance", bastion.id);
  instance["ami"] = "${data.aws_ssm_parameter.bastion_ami.insecure_value}";
  instance["instance_type"] = bastion.instance_type;
  instance["subnet_id"] = subnet;
  instance["associate_public_ip_address"] = is_public;
  instance["vpc_security_group_ids"] = Json::array({b.GroupId(bastion.security_group)});
  instance["iam_instance_profile"] = "${aws_iam_instance_profile." + bastion.role + ".name}";
  instance["monitoring"] = true;
  // IMDSv2 only: no credential theft through a forwarded metadata request.
  instance["metadata_options"] = Json::array(
      {Json{{"http_endpoint", "enabled"}, {"http_tokens", "required"}, {"http_put_response_hop_limit", 1}}});
  instance["root_block_device"] =
      Json::array({Json{{"encrypted", true}, {"volume_type", "gp3"}, {"volume_size", 16}, {"delete_on_termination", true}}});
  instance["tags"] = Json{{"Name", app.name + "-bastion"}};
  // A newer image must not replace a running bastion at every plan.
  instance["lifecycle"] = Json::array({Json{{"ignore_changes", Json::array({"ami"})}}});
  b.Output("bastion_instance_id", "${aws_instance." + bastion.id + ".id}",
           "the bastion (aws ssm start-session --target <id>)");
  if (is_public) {
    b.Output("bastion_public_ip", "${aws_instance." + bastion.id + ".public_ip}", "SSH to the bastion here");
  }
}

// The image tag the service runs (what a forced redeploy pulls again), when the registry lets it move.
std::string DeployTag(const ir::App& app, const ir::Pipeline& p) {
  const ir::Service* svc = app.FindService(p.service);
  if (!svc) return "";
  for (const auto& c : svc->task.containers) {
    if (c.image_registry != p.registry) continue;
    for (const auto& r : app.registries) {
      if (r.id == p.registry && !r.immutable) return c.image;
    }
  }
  return "";
}

std::string Buildspec(bool push_deploy_tag) {
  // Plain `$VAR` shell variables only: `${` would be a Terraform interpolation.
  std::string spec =
      "version: 0.2\n"
      "phases:\n"
      "  pre_build:\n"
      "    commands:\n"
      "      - aws ecr get-login-password --region $AWS_DEFAULT_REGION | docker login --username AWS --password-stdin "
      "$(echo $REPOSITORY_URI | cut -d/ -f1)\n"
      "      - IMAGE_TAG=build-$(echo $CODEBUILD_BUILD_ID | cut -d: -f2 | cut -c1-8)\n"
      "  build:\n"
      "    commands:\n"
      "      - docker build -t $REPOSITORY_URI:$IMAGE_TAG .\n"
      "  post_build:\n"
      "    commands:\n"
      "      - docker push $REPOSITORY_URI:$IMAGE_TAG\n";
  if (push_deploy_tag) {
    spec +=
        "      - docker tag $REPOSITORY_URI:$IMAGE_TAG $REPOSITORY_URI:$DEPLOY_TAG\n"
        "      - docker push $REPOSITORY_URI:$DEPLOY_TAG\n";
  }
  spec += "      - aws ecs update-service --cluster $CLUSTER_NAME --service $SERVICE_NAME --force-new-deployment\n";
  return spec;
}

void EmitPipeline(Builder& b, const ir::Pipeline& p, std::vector<std::string>& notified) {
  const ir::App& app = b.app();
  const ir::Service* svc = app.FindService(p.service);
  bool arm = svc && svc->task.architecture == "ARM64";
  std::string deploy_tag = DeployTag(app, p);

  Json env = Json::array({Json{{"name", "REPOSITORY_URI"}, {"value", "${aws_ecr_repository." + p.registry + ".repository_url}"}},
                          Json{{"name", "CLUSTER_NAME"}, {"value", "${aws_ecs_cluster.main.name}"}},
                          Json{{"name", "SERVICE_NAME"}, {"value", "${aws_ecs_service." + p.service + ".name}"}}});
  if (!deploy_tag.empty()) env.push_back(Json{{"name", "DEPLOY_TAG"}, {"value", deploy_tag}});

  Json& project = b.Resource(kFile, "aws_codebuild_project", p.id);
  project["name"] = p.name;
  project["description"] = "builds " + p.registry + " and redeploys " + p.service;
  project["service_role"] = "${aws_iam_role." + p.role + ".arn}";
  project["build_timeout"] = 30;
  project["source"] = Json::array({Json{{"type", "S3"},
                                        {"location", "${aws_s3_bucket." + p.source_bucket + ".bucket}/" + p.source_key},
                                        {"buildspec", Buildspec(!deploy_tag.empty())}}});
  project["artifacts"] = Json::array({Json{{"type", "NO_ARTIFACTS"}}});
  project["environment"] = Json::array(
      {Json{{"type", arm ? "ARM_CONTAINER" : "LINUX_CONTAINER"},
            {"compute_type", p.compute},
            {"image", arm ? "aws/codebuild/amazonlinux2-aarch64-standard:3.0" : "aws/codebuild/amazonlinux2-x86_64-standard:5.0"},
            {"image_pull_credentials_type", "CODEBUILD"},
            {"privileged_mode", true},  // docker build
            {"environment_variable", env}}});
  project["logs_config"] = Json::array({Json{
      {"cloudwatch_logs", Json::array({Json{{"status", "ENABLED"},
                                            {"group_name", "${aws_cloudwatch_log_group." + p.log_group + ".name}"}}})}}});

  // S3 sends its events to EventBridge; one notification resource per bucket.
  if (std::find(notified.begin(), notified.end(), p.source_bucket) == notified.end()) {
    notified.push_back(p.source_bucket);
    b.Resource(kFile, "aws_s3_bucket_notification", p.source_bucket) =
        Json{{"bucket", "${aws_s3_bucket." + p.source_bucket + ".id}"}, {"eventbridge", true}};
  }
  Json pattern = {{"source", Json::array({"aws.s3"})},
                  {"detail-type", Json::array({"Object Created"})},
                  {"detail", Json{{"bucket", Json{{"name", Json::array({"${aws_s3_bucket." + p.source_bucket + ".bucket}"})}}},
                                  {"object", Json{{"key", Json::array({p.source_key})}}}}}};
  Json& rule = b.Resource(kFile, "aws_cloudwatch_event_rule", p.id);
  rule["name"] = p.name;
  rule["description"] = "a new " + p.source_key + " starts build " + p.id;
  rule["event_pattern"] = JsonString(pattern);
  Json& target = b.Resource(kFile, "aws_cloudwatch_event_target", p.id);
  target["rule"] = "${aws_cloudwatch_event_rule." + p.id + ".name}";
  target["target_id"] = "codebuild";
  target["arn"] = "${aws_codebuild_project." + p.id + ".arn}";
  target["role_arn"] = "${aws_iam_role." + p.events_role + ".arn}";
  b.Output("pipeline_" + p.id + "_source", "s3://${aws_s3_bucket." + p.source_bucket + ".bucket}/" + p.source_key,
           "upload the source archive here to rebuild and redeploy " + p.service);
}

}  // namespace

void EmitOps(Builder& b) {
  const ir::App& app = b.app();
  if (app.bastion) EmitBastion(b, *app.bastion);
  std::vector<std::string> notified;
  for (const auto& p : app.pipelines) EmitPipeline(b, p, notified);
}

}  // namespace ecsgen::emit::terraform
