#include <algorithm>

#include "compiler/emit/terraform/builder.h"

// services.tf.json: task definitions, services, and their autoscaling.
namespace ecsgen::emit::terraform {

namespace {

constexpr const char* kFile = "services.tf.json";

Json ContainerDefinition(const Builder& b, const ir::Container& c, bool init_process) {
  const ir::App& app = b.app();
  Json def = Json::object();
  def["name"] = c.name;
  def["image"] = c.image_registry.empty() ? c.image : "${aws_ecr_repository." + c.image_registry + ".repository_url}:" + c.image;
  def["essential"] = c.essential;
  if (c.cpu > 0) def["cpu"] = c.cpu;
  if (c.memory > 0) def["memory"] = c.memory;
  if (c.port > 0) {
    def["portMappings"] = Json::array({Json{{"name", c.name}, {"containerPort", c.port}, {"protocol", "tcp"}}});
  }
  if (!c.command.empty()) def["command"] = c.command;
  Json env = Json::array();
  for (const auto& e : c.env) env.push_back(Json{{"name", e.name}, {"value", e.ref ? b.Ref(*e.ref) : e.literal}});
  def["environment"] = env;
  Json secrets = Json::array();
  for (const auto& s : c.secrets) secrets.push_back(Json{{"name", s.name}, {"valueFrom", b.Ref(s.source)}});
  def["secrets"] = secrets;
  Json mounts = Json::array();
  for (const auto& m : c.mounts) {
    mounts.push_back(Json{{"sourceVolume", m.volume}, {"containerPath", m.path}, {"readOnly", m.read_only}});
  }
  def["mountPoints"] = mounts;
  def["readonlyRootFilesystem"] = c.read_only_root;
  if (!c.user.empty()) def["user"] = c.user;
  if (!c.health_command.empty()) {
    def["healthCheck"] = Json{{"command", Json::array({"CMD-SHELL", c.health_command})},
                              {"interval", 30}, {"timeout", 5}, {"retries", 3}, {"startPeriod", 10}};
  }
  if (init_process) def["linuxParameters"] = Json{{"initProcessEnabled", true}};
  def["logConfiguration"] = Json{{"logDriver", "awslogs"},
                                 {"options", Json{{"awslogs-group", "${aws_cloudwatch_log_group." + c.log_group + ".name}"},
                                                  {"awslogs-region", app.region},
                                                  {"awslogs-stream-prefix", c.log_prefix}}}};
  return def;
}

void TaskDefinition(Builder& b, const ir::TaskDefinition& t) {
  Json& task = b.Resource(kFile, "aws_ecs_task_definition", t.id);
  task["family"] = t.family;
  task["requires_compatibilities"] = Json::array({"FARGATE"});
  task["network_mode"] = "awsvpc";
  task["cpu"] = std::to_string(t.cpu);
  task["memory"] = std::to_string(t.memory);
  task["execution_role_arn"] = "${aws_iam_role." + t.execution_role + ".arn}";
  task["task_role_arn"] = "${aws_iam_role." + t.task_role + ".arn}";
  task["runtime_platform"] = Json::array({Json{{"operating_system_family", "LINUX"}, {"cpu_architecture", t.architecture}}});
  Json containers = Json::array();
  for (const auto& c : t.containers) containers.push_back(ContainerDefinition(b, c, t.init_process));
  task["container_definitions"] = JsonString(containers);
  if (!t.volumes.empty()) {
    Json volumes = Json::array();
    for (const auto& v : t.volumes) {
      volumes.push_back(Json{{"name", v.volume},
                             {"efs_volume_configuration",
                              Json::array({Json{{"file_system_id", "${aws_efs_file_system." + v.volume + ".id}"},
                                                {"transit_encryption", "ENABLED"},
                                                {"authorization_config",
                                                 Json::array({Json{{"access_point_id", "${aws_efs_access_point." + v.volume + ".id}"},
                                                                   {"iam", "ENABLED"}}})}}})}});
    }
    task["volume"] = volumes;
  }
}

void Scaling(Builder& b, const ir::Service& s) {
  if (!s.scale) return;
  std::string resource = "service/${aws_ecs_cluster.main.name}/${aws_ecs_service." + s.id + ".name}";
  Json& target = b.Resource(kFile, "aws_appautoscaling_target", s.id);
  target["min_capacity"] = s.scale->first;
  target["max_capacity"] = s.scale->second;
  target["resource_id"] = resource;
  target["scalable_dimension"] = "ecs:service:DesiredCount";
  target["service_namespace"] = "ecs";
  for (const auto& p : s.policies) {
    std::string metric = p.metric == ir::ScalingPolicy::Metric::kCpu      ? "ECSServiceAverageCPUUtilization"
                         : p.metric == ir::ScalingPolicy::Metric::kMemory ? "ECSServiceAverageMemoryUtilization"
                                                                          : "ALBRequestCountPerTarget";
    std::string suffix = p.metric == ir::ScalingPolicy::Metric::kCpu ? "cpu" : p.metric == ir::ScalingPolicy::Metric::kMemory ? "memory" : "requests";
    Json& policy = b.Resource(kFile, "aws_appautoscaling_policy", s.id + "_" + suffix);
    policy["name"] = s.name + "-" + suffix;
    policy["policy_type"] = "TargetTrackingScaling";
    policy["resource_id"] = "${aws_appautoscaling_target." + s.id + ".resource_id}";
    policy["scalable_dimension"] = "${aws_appautoscaling_target." + s.id + ".scalable_dimension}";
    policy["service_namespace"] = "${aws_appautoscaling_target." + s.id + ".service_namespace}";
    Json spec = {{"predefined_metric_type", metric}};
    if (p.metric == ir::ScalingPolicy::Metric::kRequests) {
      spec["resource_label"] = "${aws_lb." + p.load_balancer + ".arn_suffix}/${aws_lb_target_group." + p.target_group + ".arn_suffix}";
    }
    policy["target_tracking_scaling_policy_configuration"] = Json::array(
        {Json{{"target_value", p.target}, {"scale_in_cooldown", 300}, {"scale_out_cooldown", 60},
              {"predefined_metric_specification", Json::array({spec})}}});
  }
}

}  // namespace

void EmitServices(Builder& b) {
  const ir::App& app = b.app();
  if (!app.service_connect_namespace.empty()) {
    b.Resource(kFile, "aws_service_discovery_http_namespace", "main") =
        Json{{"name", app.service_connect_namespace}, {"description", "Service Connect namespace of " + app.name}};
  }
  const auto forwarders = app.ForwardersByTargetGroup();
  for (const auto& s : app.services) {
    TaskDefinition(b, s.task);
    Json& svc = b.Resource(kFile, "aws_ecs_service", s.id);
    svc["name"] = s.name;
    svc["cluster"] = "${aws_ecs_cluster.main.id}";
    svc["task_definition"] = "${aws_ecs_task_definition." + s.id + ".arn}";
    svc["desired_count"] = s.desired;
    if (s.spot) {
      svc["capacity_provider_strategy"] = Json::array({Json{{"capacity_provider", "FARGATE_SPOT"}, {"weight", 1}}});
    } else {
      svc["launch_type"] = "FARGATE";
    }
    svc["platform_version"] = "LATEST";
    svc["network_configuration"] = Json::array({Json{{"subnets", b.SubnetIds(false)},
                                                     {"security_groups", Json::array({b.GroupId(s.security_group)})},
                                                     {"assign_public_ip", false}}});
    svc["deployment_minimum_healthy_percent"] = s.min_healthy;
    svc["deployment_maximum_percent"] = s.max_percent;
    svc["deployment_circuit_breaker"] = Json::array({Json{{"enable", s.circuit_breaker}, {"rollback", s.circuit_breaker}}});
    svc["enable_execute_command"] = s.exec;
    svc["propagate_tags"] = "SERVICE";
    svc["wait_for_steady_state"] = false;
    Json depends = Json::array();
    if (!s.attachments.empty()) {
      Json lbs = Json::array();
      for (const auto& a : s.attachments) {
        lbs.push_back(Json{{"target_group_arn", "${aws_lb_target_group." + a.target_group + ".arn}"},
                           {"container_name", a.container},
                           {"container_port", a.port}});
      }
      svc["load_balancer"] = lbs;
      svc["health_check_grace_period_seconds"] = s.grace_period;
      // The target group must be attached to a listener before a service can register into it: the
      // listeners and rules that forward to this service's groups (all of them, for every service, made
      // the output grow with services x ingresses).
      for (const auto& a : s.attachments) {
        auto it = forwarders.find(a.target_group);
        if (it == forwarders.end()) continue;
        for (const auto& f : it->second) {
          std::string address = (f.rule ? "aws_lb_listener_rule." : "aws_lb_listener.") + f.id;
          if (std::find(depends.begin(), depends.end(), address) == depends.end()) depends.push_back(address);
        }
      }
    }
    if (!s.connect_name.empty() || s.connect_client) {
      Json connect = {{"enabled", true}, {"namespace", "${aws_service_discovery_http_namespace.main.arn}"}};
      if (!s.connect_name.empty()) {
        connect["service"] = Json::array({Json{{"port_name", s.task.containers[0].name},
                                               {"discovery_name", s.connect_name},
                                               {"client_alias", Json::array({Json{{"port", s.connect_port},
                                                                                  {"dns_name", s.connect_name}}})}}});
      }
      svc["service_connect_configuration"] = Json::array({connect});
    }
    if (!depends.empty()) svc["depends_on"] = depends;
    if (s.scale) svc["lifecycle"] = Json::array({Json{{"ignore_changes", Json::array({"desired_count"})}}});
    Scaling(b, s);
    b.Output("service_" + s.id + "_name", "${aws_ecs_service." + s.id + ".name}", "ECS service " + s.name);
    // Services are most of a large app's output: write each one's blocks now rather than at the end.
    b.Flush();
  }
  for (const auto& t : app.tasks) {
    TaskDefinition(b, t.task);
    b.Output("task_" + t.id + "_definition", "${aws_ecs_task_definition." + t.id + ".arn}", "task definition " + t.id);
    b.Output("task_" + t.id + "_security_group", b.GroupId(t.security_group), "security group to run task " + t.id + " with");
  }
  for (const auto& g : app.log_groups) {
    b.Output("log_group_" + g.id, "${aws_cloudwatch_log_group." + g.id + ".name}", "log group " + g.name);
  }
}

}  // namespace ecsgen::emit::terraform
