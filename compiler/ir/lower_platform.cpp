#include <algorithm>

#include "compiler/ir/lowering.h"

// The cluster, the image registries and the secrets: what every workload builds on.
namespace ecsgen::ir {

void LowerCluster(Lowering& l) {
  const sema::Cluster& in = l.model.cluster;
  Cluster& cluster = l.app.cluster;
  cluster.id = "main";
  cluster.origin = in.name_range.valid() ? in.name_range : l.model.app.name_range;
  cluster.name = l.Name("", 255);
  cluster.insights = in.insights;
  cluster.exec = in.exec;
  cluster.fargate_weight = in.capacity.fargate;
  cluster.spot_weight = in.capacity.fargate_spot;
  cluster.base = in.capacity.base;
  bool any_exec = in.exec;
  for (const auto& s : l.model.services) any_exec = any_exec || s.exec;
  for (const auto& t : l.model.tasks) any_exec = any_exec || t.exec;
  if (any_exec) {
    // ECS Exec sessions are logged to their own encrypted log group, so shells on tasks are audited.
    LogGroup audit;
    audit.id = "exec_audit";
    audit.origin = in.Has("exec") ? in.At("exec") : cluster.origin;
    audit.name = "/ecs/" + l.app.name + "/exec-audit";
    audit.retention_days = std::max(l.model.app.log_retention_days, 365);
    audit.kms = true;
    l.app.log_groups.push_back(audit);
    l.app.kms_key = true;
    cluster.exec_log_group = audit.id;
    cluster.exec = true;
  }
}

void LowerRegistries(Lowering& l) {
  for (const auto& in : l.model.registries) {
    Registry r;
    r.id = Id(in.name);
    r.origin = in.name_range;
    r.name = Dashed(l.app.name) + "/" + Dashed(in.name);
    r.scan_on_push = in.scan_on_push;
    r.immutable = in.immutable;
    r.keep_images = in.keep_images;
    l.app.registries.push_back(r);
  }
}

void LowerSecrets(Lowering& l) {
  for (const auto& in : l.model.secrets) {
    Secret s;
    s.id = Id(in.name);
    s.origin = in.name_range;
    s.name = Dashed(l.app.name) + "/" + Dashed(in.name);
    s.generate = in.generate;
    s.existing_arn = in.arn;
    s.ssm = in.store == sema::SecretStore::kSsm;
    s.description = in.description.empty() ? "ecsgen secret " + in.name + " of app " + l.app.name : in.description;
    if (s.ssm) {
      s.name = "/" + s.name;
      l.app.kms_key = true;
    }
    l.app.secrets.push_back(s);
  }
}

}  // namespace ecsgen::ir
