#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// ECS services with their networking, load balancer attachments, Service Connect and autoscaling; and
// the task definitions of standalone tasks.
namespace ecsgen::emit::cloudformation {

namespace {

// Indexed once per template (ir::App::ForwardersByTargetGroup): looking through every listener for each
// service was quadratic (10,000 services and 5,000 rules took most of the CloudFormation time).
using ListenerIndex = std::unordered_map<std::string, std::vector<ir::App::Forwarder>>;

Json ListenersOf(const ListenerIndex& index, const ir::Service& svc) {
  Json depends = Json::array();
  for (const auto& a : svc.attachments) {
    auto it = index.find(a.target_group);
    if (it == index.end()) continue;
    for (const auto& f : it->second) depends.push_back(LogicalId(f.rule ? "ListenerRule" : "Listener", f.id));
  }
  return depends;
}

Json Placement(const ir::App& app) {
  const ir::Cluster& c = app.cluster;
  Json fargate = {{"CapacityProvider", "FARGATE"}, {"Weight", c.fargate_weight}};
  if (c.base > 0) fargate["Base"] = c.base;
  return Json::array({fargate, Json{{"CapacityProvider", "FARGATE_SPOT"}, {"Weight", c.spot_weight > 0 ? c.spot_weight : 1}}});
}

void EmitScaling(Template& t, const ir::Service& svc, const std::string& service_id) {
  if (!svc.scale) return;
  std::string target = LogicalId("Service", svc.id, "ScalableTarget");
  t.Add(target, "AWS::ApplicationAutoScaling::ScalableTarget",
        {{"ServiceNamespace", "ecs"},
         {"ScalableDimension", "ecs:service:DesiredCount"},
         {"ResourceId", Sub("service/${Cluster}/${" + service_id + ".Name}")},
         {"MinCapacity", svc.scale->first},
         {"MaxCapacity", svc.scale->second}});
  for (const auto& p : svc.policies) {
    using M = ir::ScalingPolicy::Metric;
    std::string metric = p.metric == M::kCpu ? "cpu" : p.metric == M::kMemory ? "memory" : "requests";
    Json spec = {{"PredefinedMetricType", p.metric == M::kCpu      ? "ECSServiceAverageCPUUtilization"
                                          : p.metric == M::kMemory ? "ECSServiceAverageMemoryUtilization"
                                                                   : "ALBRequestCountPerTarget"}};
    if (p.metric == M::kRequests) {
      if (p.target_group.empty()) {
        t.Report(svc.origin, "scaling on requests needs the service behind an application load balancer",
                      "route an `alb` ingress to the service, or scale on cpu or memory");
        continue;
      }
      spec["ResourceLabel"] = Sub("${" + LogicalId("LoadBalancer", p.load_balancer) + ".LoadBalancerFullName}/${" +
                                  LogicalId("TargetGroup", p.target_group) + ".TargetGroupFullName}");
    }
    t.Add(LogicalId("Service", svc.id, "Scaling" + metric), "AWS::ApplicationAutoScaling::ScalingPolicy",
          {{"PolicyName", svc.name + "-" + metric},
           {"PolicyType", "TargetTrackingScaling"},
           {"ScalingTargetId", Ref(target)},
           {"TargetTrackingScalingPolicyConfiguration",
            Json{{"TargetValue", p.target},
                 {"PredefinedMetricSpecification", spec},
                 {"ScaleInCooldown", 300},
                 {"ScaleOutCooldown", 60}}}});
  }
}

Json ServiceConnect(const ir::Service& svc) {
  Json config = {{"Enabled", true}, {"Namespace", GetAtt("ServiceConnectNamespace", "Arn")}};
  if (!svc.connect_name.empty()) {
    config["Services"] = Json::array({Json{{"PortName", svc.connect_name},
                                           {"DiscoveryName", svc.connect_name},
                                           {"ClientAliases", Json::array({Json{{"Port", svc.connect_port},
                                                                               {"DnsName", svc.connect_name}}})}}});
  }
  return config;
}

}  // namespace

void EmitServices(Template& t) {
  ListenerIndex listeners = t.app.ForwardersByTargetGroup();
  for (const auto& svc : t.app.services) {
    std::string id = LogicalId("Service", svc.id);
    std::string task = LogicalId("Service", svc.id, "TaskDefinition");
    EmitTaskDefinition(t, svc.task, task, svc.connect_name);
    Json props = {{"ServiceName", svc.name}, {"Cluster", Ref("Cluster")}, {"TaskDefinition", Ref(task)},
                  {"DesiredCount", svc.desired}};
    if (svc.spot) props["CapacityProviderStrategy"] = Placement(t.app);
    else props["LaunchType"] = "FARGATE";
    props["NetworkConfiguration"] =
        Json{{"AwsvpcConfiguration",
              Json{{"AssignPublicIp", "DISABLED"},
                   {"Subnets", SubnetIds(t, false)},
                   {"SecurityGroups", Json::array({GetAtt(LogicalId("SecurityGroup", svc.security_group), "GroupId")})}}}};
    props["DeploymentConfiguration"] =
        Json{{"MinimumHealthyPercent", svc.min_healthy},
             {"MaximumPercent", svc.max_percent},
             {"DeploymentCircuitBreaker", Json{{"Enable", svc.circuit_breaker}, {"Rollback", svc.circuit_breaker}}}};
    if (!svc.attachments.empty()) {
      Json lbs = Json::array();
      for (const auto& a : svc.attachments) {
        lbs.push_back(Json{{"TargetGroupArn", Ref(LogicalId("TargetGroup", a.target_group))},
                           {"ContainerName", a.container},
                           {"ContainerPort", a.port}});
      }
      props["LoadBalancers"] = lbs;
      props["HealthCheckGracePeriodSeconds"] = svc.grace_period;
    }
    props["EnableExecuteCommand"] = svc.exec;
    if (!svc.connect_name.empty() || svc.connect_client) props["ServiceConnectConfiguration"] = ServiceConnect(svc);
    props["PropagateTags"] = "SERVICE";
    props["EnableECSManagedTags"] = true;
    props["Tags"] = t.Tags(svc.name);
    Json& resource = t.Add(id, "AWS::ECS::Service", props);
    Json depends = ListenersOf(listeners, svc);
    // The cluster's capacity providers must be associated before a service uses them.
    if (svc.spot) depends.push_back("ClusterCapacityProviders");
    if (!depends.empty()) resource["DependsOn"] = depends;
    EmitScaling(t, svc, id);
    t.Output(LogicalId("Service", svc.id, "Name"), GetAtt(id, "Name"), "the ECS service `" + svc.name + "`");
  }
}

void EmitTasks(Template& t) {
  for (const auto& task : t.app.tasks) {
    std::string id = LogicalId("Task", task.id, "TaskDefinition");
    EmitTaskDefinition(t, task.task, id, "");
    t.Output(LogicalId("Task", task.id, "TaskDefinitionArn"), Ref(id), "run with `aws ecs run-task` (task `" + task.id + "`)");
    t.Output(LogicalId("Task", task.id, "SecurityGroup"), GetAtt(LogicalId("SecurityGroup", task.security_group), "GroupId"),
             "the security group of task `" + task.id + "`");
  }
}

}  // namespace ecsgen::emit::cloudformation
