#include <string>

#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// The ECS cluster with its capacity providers and Service Connect namespace, and the ECR repositories.
namespace ecsgen::emit::cloudformation {

namespace {

std::string LifecyclePolicy(int keep_images) {
  Json rule = {{"rulePriority", 1},
               {"description", "keep the last " + std::to_string(keep_images) + " images"},
               {"selection", Json{{"tagStatus", "any"}, {"countType", "imageCountMoreThan"}, {"countNumber", keep_images}}},
               {"action", Json{{"type", "expire"}}}};
  return Json{{"rules", Json::array({rule})}}.dump();
}

}  // namespace

void EmitCluster(Template& t) {
  const ir::Cluster& c = t.app.cluster;
  Json props = {{"ClusterName", c.name},
                {"ClusterSettings",
                 Json::array({Json{{"Name", "containerInsights"}, {"Value", c.insights ? "enabled" : "disabled"}}})}};
  if (c.exec) {
    // ECS Exec sessions are encrypted with the app key and logged to the audit log group.
    Json log = {{"CloudWatchEncryptionEnabled", true}};
    if (!c.exec_log_group.empty()) log["CloudWatchLogGroupName"] = Ref(LogicalId("LogGroup", c.exec_log_group));
    props["Configuration"] = Json{{"ExecuteCommandConfiguration",
                                   Json{{"KmsKeyId", Ref("KmsKey")}, {"Logging", "OVERRIDE"}, {"LogConfiguration", log}}}};
  }
  if (!t.app.service_connect_namespace.empty()) {
    t.Add("ServiceConnectNamespace", "AWS::ServiceDiscovery::HttpNamespace",
          {{"Name", t.app.service_connect_namespace},
           {"Description", "Service Connect namespace of " + t.app.name},
           {"Tags", t.Tags(t.app.service_connect_namespace)}});
    props["ServiceConnectDefaults"] = Json{{"Namespace", GetAtt("ServiceConnectNamespace", "Arn")}};
  }
  props["Tags"] = t.Tags(c.name);
  t.Add("Cluster", "AWS::ECS::Cluster", props);

  Json strategy = Json::array();
  Json fargate = {{"CapacityProvider", "FARGATE"}, {"Weight", c.fargate_weight}};
  if (c.base > 0) fargate["Base"] = c.base;
  strategy.push_back(fargate);
  if (c.spot_weight > 0) strategy.push_back(Json{{"CapacityProvider", "FARGATE_SPOT"}, {"Weight", c.spot_weight}});
  t.Add("ClusterCapacityProviders", "AWS::ECS::ClusterCapacityProviderAssociations",
        {{"Cluster", Ref("Cluster")},
         {"CapacityProviders", Json::array({"FARGATE", "FARGATE_SPOT"})},
         {"DefaultCapacityProviderStrategy", strategy}});
  t.Output("ClusterName", Ref("Cluster"), "the ECS cluster");
}

void EmitRegistries(Template& t) {
  for (const auto& r : t.app.registries) {
    std::string id = LogicalId("Repository", r.id);
    Json props = {{"RepositoryName", r.name},
                  {"ImageScanningConfiguration", Json{{"ScanOnPush", r.scan_on_push}}},
                  {"ImageTagMutability", r.immutable ? "IMMUTABLE" : "MUTABLE"},
                  {"EncryptionConfiguration", Json{{"EncryptionType", "KMS"}}},
                  {"LifecyclePolicy", Json{{"LifecyclePolicyText", LifecyclePolicy(r.keep_images)}}},
                  {"Tags", t.Tags(r.name)}};
    t.Keep(t.Add(id, "AWS::ECR::Repository", props), "Retain");
    t.Output(LogicalId("Repository", r.id, "Uri"), GetAtt(id, "RepositoryUri"), "push images of `" + r.id + "` here");
  }
}

}  // namespace ecsgen::emit::cloudformation
