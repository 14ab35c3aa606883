#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "compiler/ir/lowering.h"

// Services and tasks: task definitions, their two roles, log groups, and the edges their references imply.
namespace ecsgen::ir {

namespace {

int DatabasePort(const Lowering& l, const std::string& name) {
  const sema::Database* db = l.FindDatabase(name);
  return db && db->engine == sema::DbEngine::kMysql ? 3306 : 5432;
}

Container LowerContainer(Lowering& l, const sema::Container& in, const std::string& log_group) {
  Container c;
  c.name = Dashed(in.name);
  c.origin = in.name_range;
  c.image_registry = in.image.registry.empty() ? "" : Id(in.image.registry);
  c.image = in.image.registry.empty() ? in.image.uri : in.image.tag;
  c.cpu = in.cpu;
  c.memory = in.memory;
  c.port = in.port;
  c.command = in.command;
  c.essential = in.essential;
  c.health_command = in.health ? in.health->command : "";
  c.read_only_root = in.read_only_root;
  c.user = in.user;
  c.log_group = log_group;
  c.log_prefix = Dashed(in.name);
  for (const auto& e : in.env) {
    EnvVar v;
    v.name = e.name;
    v.origin = e.range;
    if (e.kind == sema::EnvKind::kLiteral) v.literal = e.literal;
    else v.ref = l.Ref(e.ref);
    c.env.push_back(std::move(v));
  }
  for (const auto& e : in.secrets) c.secrets.push_back(SecretVar{e.name, l.Ref(e.ref), e.range});
  return c;
}

// Everything a workload references: the edges and grants it needs, in one place for services and tasks.
void LowerReferences(Lowering& l, const sema::Workload& w, const std::vector<sema::Ref>& uses, const std::string& group,
                     Role& exec_role, Role& task_role) {
  std::vector<sema::Ref> refs = uses;
  std::vector<const sema::Container*> containers = {&w.main};
  for (const auto& s : w.sidecars) containers.push_back(&s);
  for (const auto* c : containers) {
    for (const auto& e : c->env) {
      if (e.kind == sema::EnvKind::kRef) refs.push_back(e.ref);
    }
    for (const auto& e : c->secrets) refs.push_back(e.ref);
  }
  std::vector<ObjectRef> secret_arns, ssm_arns, buckets;
  std::vector<std::string> seen;
  for (const auto& ref : refs) {
    std::string key = std::string(sema::KindName(ref.kind)) + "." + ref.component + "." + ref.attribute;
    if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
    seen.push_back(key);
    ObjectRef object = l.Ref(ref);
    switch (ref.kind) {
      case sema::ComponentKind::kDatabase:
        l.Connect(group, Lowering::DatabaseGroup(ref.component), DatabasePort(l, ref.component),
                  "`" + w.name + "` to database `" + ref.component + "`", ref.range);
        if (object.kind == ObjectKind::kDatabaseSecret) {
          object.json_key.clear();
          if (std::none_of(secret_arns.begin(), secret_arns.end(), [&](const ObjectRef& r) {
                return r.kind == object.kind && r.id == object.id;
              })) {
            secret_arns.push_back(object);
          }
        }
        break;
      case sema::ComponentKind::kCache:
        l.Connect(group, Lowering::CacheGroup(ref.component), 6379, "`" + w.name + "` to cache `" + ref.component + "`",
                  ref.range);
        if (object.kind == ObjectKind::kCacheSecret) secret_arns.push_back(object);
        break;
      case sema::ComponentKind::kStream:
        l.Connect(group, Lowering::StreamGroup(ref.component), 9098, "`" + w.name + "` to stream `" + ref.component + "` (IAM/TLS)",
                  ref.range);
        // MSK IAM authorises per resource type: the cluster, its topics, its consumer groups.
        task_role.statements.push_back(Allow("Stream" + Camel(ref.component),
                                             {"kafka-cluster:Connect", "kafka-cluster:DescribeCluster",
                                              "kafka:GetBootstrapBrokers", "kafka:DescribeClusterV2"},
                                             {RefTo(ObjectKind::kStream, Id(ref.component))}));
        task_role.statements.push_back(Allow("Stream" + Camel(ref.component) + "Topics",
                                             {"kafka-cluster:DescribeTopic", "kafka-cluster:CreateTopic",
                                              "kafka-cluster:ReadData", "kafka-cluster:WriteData"},
                                             {RefTo(ObjectKind::kStreamTopics, Id(ref.component))}));
        task_role.statements.push_back(Allow("Stream" + Camel(ref.component) + "Groups",
                                             {"kafka-cluster:DescribeGroup", "kafka-cluster:AlterGroup"},
                                             {RefTo(ObjectKind::kStreamGroups, Id(ref.component))}));
        break;
      case sema::ComponentKind::kSecret:
        if (object.kind == ObjectKind::kSsmParameter) ssm_arns.push_back(object);
        else secret_arns.push_back(object);
        break;
      case sema::ComponentKind::kParameter: ssm_arns.push_back(object); break;
      case sema::ComponentKind::kBucket: {
        ObjectRef bucket = RefTo(ObjectKind::kBucket, Id(ref.component));
        if (std::none_of(buckets.begin(), buckets.end(), [&](const ObjectRef& r) { return r.id == bucket.id; })) {
          buckets.push_back(bucket);
        }
        break;
      }
      default: break;
    }
  }
  if (!secret_arns.empty()) {
    exec_role.statements.push_back(Allow("ReadSecrets", {"secretsmanager:GetSecretValue"}, secret_arns));
    // Secrets ecsgen generates are encrypted with the app key (RDS-managed and existing ones are not).
    bool generated = std::any_of(secret_arns.begin(), secret_arns.end(), [](const ObjectRef& r) {
      return r.kind == ObjectKind::kCacheSecret || (r.kind == ObjectKind::kSecret && r.literal.empty());
    });
    if (generated) {
      exec_role.statements.push_back(Allow("DecryptSecrets", {"kms:Decrypt"}, {RefTo(ObjectKind::kKmsKey, "main")}));
    }
  }
  if (!ssm_arns.empty()) {
    exec_role.statements.push_back(Allow("ReadParameters", {"ssm:GetParameters"}, ssm_arns));
    // Only SecureString parameters (secrets with `store = ssm`) are encrypted; plain parameters are not.
    bool secure = std::any_of(ssm_arns.begin(), ssm_arns.end(), [&](const ObjectRef& r) {
      return r.literal.empty() && l.app.FindSecret(r.id) != nullptr;
    });
    if (secure) {
      exec_role.statements.push_back(Allow("DecryptParameters", {"kms:Decrypt"}, {RefTo(ObjectKind::kKmsKey, "main")}));
    }
  }
  for (const auto& bucket : buckets) {
    task_role.statements.push_back(Allow("ListBucket" + Camel(bucket.id), {"s3:ListBucket"}, {bucket}));
    ObjectRef objects = bucket;
    objects.wildcard_suffix = true;
    task_role.statements.push_back(
        Allow("UseBucket" + Camel(bucket.id), {"s3:GetObject", "s3:PutObject", "s3:DeleteObject"}, {objects}));
  }
  for (const auto& mount : w.mounts) {
    std::string volume = Id(mount.volume);
    l.Connect(group, Lowering::VolumeGroup(mount.volume), 2049, "`" + w.name + "` to volume `" + mount.volume + "` (NFS)",
              mount.range);
    Statement s = Allow("Mount" + Camel(volume), {"elasticfilesystem:ClientMount"},
                        {RefTo(ObjectKind::kFileSystem, volume)});
    if (!mount.read_only) s.actions.push_back("elasticfilesystem:ClientWrite");
    task_role.statements.push_back(std::move(s));
  }
}

struct Lowered {
  TaskDefinition task;
  std::string group;
};

Lowered LowerWorkload(Lowering& l, const sema::Workload& w, const std::vector<sema::Ref>& uses, bool is_service,
                      bool exec) {
  std::string id = Id(w.name);
  Lowered out;
  out.group = is_service ? Lowering::ServiceGroup(w.name) : Lowering::TaskGroup(w.name);
  l.Group(out.group, l.Name(std::string(is_service ? "svc-" : "task-") + w.name, 255),
          std::string(is_service ? "ECS service " : "ECS task ") + w.name + ": only derived paths are open", w.name_range);
  l.AwsApiEgress(out.group, w.name_range);

  LogGroup logs;
  logs.id = id;
  logs.origin = w.name_range;
  logs.name = "/ecs/" + l.app.name + "/" + w.name;
  logs.retention_days = l.model.app.log_retention_days;
  l.app.log_groups.push_back(std::move(logs));

  Role exec_role;
  exec_role.id = id + "_execution";
  exec_role.origin = w.name_range;
  exec_role.name = l.Name(w.name + "-execution", 64);
  exec_role.principal = "ecs-tasks.amazonaws.com";
  Role task_role = exec_role;
  task_role.id = id + "_task";
  task_role.name = l.Name(w.name + "-task", 64);
  task_role.managed_policy_arns = w.managed_policies;

  std::vector<std::string> registries;
  for (const sema::Container* c : [&] {
         std::vector<const sema::Container*> all = {&w.main};
         for (const auto& s : w.sidecars) all.push_back(&s);
         return all;
       }()) {
    if (!c->image.registry.empty() &&
        std::find(registries.begin(), registries.end(), Id(c->image.registry)) == registries.end()) {
      registries.push_back(Id(c->image.registry));
    }
  }
  if (!registries.empty()) {
    // GetAuthorizationToken has no resource-level permissions: AWS requires "*" for it.
    Statement token = Allow("EcrAuth", {"ecr:GetAuthorizationToken"}, {});
    token.any_resource = true;
    exec_role.statements.push_back(token);
    std::vector<ObjectRef> repos;
    for (const auto& r : registries) repos.push_back(RefTo(ObjectKind::kRegistry, r));
    exec_role.statements.push_back(
        Allow("PullImages", {"ecr:BatchCheckLayerAvailability", "ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"}, repos));
  }
  ObjectRef log_arn = RefTo(ObjectKind::kLogGroup, id);
  log_arn.wildcard_suffix = true;
  exec_role.statements.push_back(Allow("WriteLogs", {"logs:CreateLogStream", "logs:PutLogEvents"}, {log_arn}));
  LowerReferences(l, w, uses, out.group, exec_role, task_role);
  if (exec) {
    // ECS Exec: the SSM agent's message channels have no resource-level permissions ("*" is required).
    Statement channels = Allow("EcsExecChannels", {"ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel",
                                                   "ssmmessages:OpenControlChannel", "ssmmessages:OpenDataChannel"}, {});
    channels.any_resource = true;
    task_role.statements.push_back(std::move(channels));
    ObjectRef audit = RefTo(ObjectKind::kLogGroup, "exec_audit");
    audit.wildcard_suffix = true;
    task_role.statements.push_back(Allow("EcsExecAudit", {"logs:CreateLogStream", "logs:PutLogEvents"}, {audit}));
    Statement describe = Allow("EcsExecAuditDescribe", {"logs:DescribeLogGroups"}, {});
    describe.any_resource = true;
    task_role.statements.push_back(std::move(describe));
    task_role.statements.push_back(Allow("EcsExecDecrypt", {"kms:Decrypt", "kms:GenerateDataKey"}, {RefTo(ObjectKind::kKmsKey, "main")}));
  }
  // Like Copilot: a task role can never manage IAM, whatever is attached to it later.
  Statement deny = Allow("DenyIam", {"iam:*"}, {});
  deny.allow = false;
  deny.any_resource = true;
  task_role.statements.push_back(std::move(deny));

  TaskDefinition& t = out.task;
  t.id = id;
  t.origin = w.name_range;
  t.family = l.Name(w.name, 255);
  t.cpu = w.cpu;
  t.memory = w.memory;
  t.architecture = w.architecture;
  t.execution_role = exec_role.id;
  t.task_role = task_role.id;
  t.containers.push_back(LowerContainer(l, w.main, id));
  for (const auto& m : w.mounts) t.containers[0].mounts.push_back(MountPoint{Id(m.volume), m.path, m.read_only});
  for (const auto& s : w.sidecars) t.containers.push_back(LowerContainer(l, s, id));
  for (const auto& m : w.mounts) {
    if (std::none_of(t.volumes.begin(), t.volumes.end(), [&](const TaskVolume& v) { return v.volume == Id(m.volume); })) {
      t.volumes.push_back(TaskVolume{Id(m.volume)});
    }
  }
  l.app.roles.push_back(std::move(exec_role));
  l.app.roles.push_back(std::move(task_role));
  return out;
}

}  // namespace

void LowerWorkloads(Lowering& l) {
  const sema::Model& m = l.model;
  std::unordered_set<std::string> connect_targets;
  std::unordered_map<std::string, const sema::Service*> by_name;
  for (const auto& s : m.services) {
    by_name[s.name] = &s;
    for (const auto& ref : s.connects) connect_targets.insert(ref.component);
  }
  for (const auto& s : m.services) {
    bool exec = s.exec || m.cluster.exec;
    Lowered lowered = LowerWorkload(l, s, s.uses, true, exec);
    Service svc;
    svc.id = Id(s.name);
    svc.origin = s.name_range;
    svc.name = Dashed(s.name);
    svc.task = std::move(lowered.task);
    svc.security_group = lowered.group;
    svc.desired = s.scale ? std::max(s.desired, s.scale->min) : s.desired;
    svc.min_healthy = s.deployment.min_healthy;
    svc.max_percent = s.deployment.max_percent;
    svc.circuit_breaker = s.deployment.circuit_breaker;
    svc.grace_period = s.deployment.grace_period;
    svc.spot = s.spot;
    svc.exec = exec;
    if (s.scale) {
      svc.scale = std::make_pair(s.scale->min, s.scale->max);
      ScalingPolicy p;
      p.metric = s.scale->metric == sema::ScaleMetric::kCpu      ? ScalingPolicy::Metric::kCpu
                 : s.scale->metric == sema::ScaleMetric::kMemory ? ScalingPolicy::Metric::kMemory
                                                                 : ScalingPolicy::Metric::kRequests;
      p.target = s.scale->target;
      svc.policies.push_back(p);  // requests policies get their load balancer from LowerIngresses
    }
    bool is_target = connect_targets.count(s.name) != 0;
    if (is_target && s.main.port != 0) {
      svc.connect_name = Dashed(s.name);
      svc.connect_port = s.main.port;
    }
    svc.connect_client = !s.connects.empty();
    if (is_target || !s.connects.empty()) l.app.service_connect_namespace = Dashed(l.app.name) + ".local";
    for (const auto& ref : s.connects) {
      auto found = by_name.find(ref.component);
      if (found == by_name.end() || found->second->main.port == 0) continue;
      const sema::Service& target = *found->second;
      l.Connect(lowered.group, Lowering::ServiceGroup(target.name), target.main.port,
                "`" + s.name + "` calls `" + target.name + "` (Service Connect)", ref.range);
    }
    l.app.services.push_back(std::move(svc));
  }
  for (const auto& t : m.tasks) {
    Lowered lowered = LowerWorkload(l, t, {}, false, t.exec || m.cluster.exec);
    if (!t.allowed_tags.empty()) {
      // An operator's toolkit (reference 002's debug task) inspects services, tasks and logs, but only
      // those carrying the given tags: `*` narrowed by aws:ResourceTag conditions.
      for (auto& role : l.app.roles) {
        if (role.id != lowered.task.task_role) continue;
        Statement inspect = Allow("InspectTagged", {"ecs:DescribeServices", "ecs:DescribeTasks", "ecs:ListTasks",
                                                    "logs:GetLogEvents", "logs:FilterLogEvents"}, {});
        inspect.any_resource = true;
        for (const auto& [key, value] : t.allowed_tags) {
          inspect.conditions.push_back({"StringEquals", {"aws:ResourceTag/" + key, value}});
        }
        role.statements.insert(role.statements.end() - 1, inspect);  // before the closing DenyIam
      }
    }
    Task task;
    task.id = Id(t.name);
    task.origin = t.name_range;
    task.task = std::move(lowered.task);
    task.task.init_process = t.init_process;
    task.security_group = lowered.group;
    l.app.tasks.push_back(std::move(task));
  }
}

}  // namespace ecsgen::ir
