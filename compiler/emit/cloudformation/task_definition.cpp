#include <string>

#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// Fargate task definitions and their container definitions, shared by services and standalone tasks.
namespace ecsgen::emit::cloudformation {

namespace {

Json Image(const ir::Container& c) {
  if (c.image_registry.empty()) return c.image;
  return Sub("${" + LogicalId("Repository", c.image_registry) + ".RepositoryUri}:" + c.image);
}

Json ContainerDefinition(Template& t, const ir::Container& c, const std::string& port_name, bool init_process) {
  Json out = Json::object();
  out["Name"] = c.name;
  out["Image"] = Image(c);
  out["Essential"] = c.essential;
  if (c.cpu > 0) out["Cpu"] = c.cpu;
  if (c.memory > 0) out["Memory"] = c.memory;
  if (c.port > 0) {
    Json mapping = {{"ContainerPort", c.port}, {"Protocol", "tcp"}};
    if (!port_name.empty()) mapping["Name"] = port_name;
    out["PortMappings"] = Json::array({mapping});
  }
  if (!c.command.empty()) out["Command"] = c.command;
  if (!c.env.empty()) {
    Json env = Json::array();
    for (const auto& e : c.env) {
      env.push_back(Json{{"Name", e.name}, {"Value", e.ref ? Render(t, *e.ref, e.origin) : Json(e.literal)}});
    }
    out["Environment"] = env;
  }
  if (!c.secrets.empty()) {
    Json secrets = Json::array();
    for (const auto& s : c.secrets) {
      secrets.push_back(Json{{"Name", s.name}, {"ValueFrom", Render(t, s.source, s.origin)}});
    }
    out["Secrets"] = secrets;
  }
  if (!c.mounts.empty()) {
    Json mounts = Json::array();
    for (const auto& m : c.mounts) {
      mounts.push_back(Json{{"SourceVolume", m.volume}, {"ContainerPath", m.path}, {"ReadOnly", m.read_only}});
    }
    out["MountPoints"] = mounts;
  }
  if (!c.health_command.empty()) {
    out["HealthCheck"] = Json{{"Command", Json::array({"CMD-SHELL", c.health_command})},
                              {"Interval", 30},
                              {"Timeout", 5},
                              {"Retries", 3},
                              {"StartPeriod", 60}};
  }
  out["ReadonlyRootFilesystem"] = c.read_only_root;
  if (!c.user.empty()) out["User"] = c.user;
  if (init_process) out["LinuxParameters"] = Json{{"InitProcessEnabled", true}};
  if (!c.log_group.empty()) {
    out["LogConfiguration"] = Json{{"LogDriver", "awslogs"},
                                   {"Options", Json{{"awslogs-group", Ref(LogicalId("LogGroup", c.log_group))},
                                                    {"awslogs-region", Ref("AWS::Region")},
                                                    {"awslogs-stream-prefix", c.log_prefix}}}};
  }
  return out;
}

}  // namespace

void EmitTaskDefinition(Template& t, const ir::TaskDefinition& task, const std::string& logical_id,
                        const std::string& port_name) {
  Json containers = Json::array();
  for (size_t i = 0; i < task.containers.size(); ++i) {
    containers.push_back(ContainerDefinition(t, task.containers[i], i == 0 ? port_name : "", task.init_process));
  }
  Json props = {{"Family", task.family},
                {"Cpu", std::to_string(task.cpu)},
                {"Memory", std::to_string(task.memory)},
                {"NetworkMode", "awsvpc"},
                {"RequiresCompatibilities", Json::array({"FARGATE"})},
                {"RuntimePlatform", Json{{"CpuArchitecture", task.architecture}, {"OperatingSystemFamily", "LINUX"}}},
                {"ExecutionRoleArn", GetAtt(LogicalId("Role", task.execution_role), "Arn")},
                {"TaskRoleArn", GetAtt(LogicalId("Role", task.task_role), "Arn")},
                {"ContainerDefinitions", containers}};
  if (!task.volumes.empty()) {
    Json volumes = Json::array();
    for (const auto& v : task.volumes) {
      // EFS through its access point, encrypted in transit and authorised by the task role.
      volumes.push_back(Json{{"Name", v.volume},
                             {"EFSVolumeConfiguration",
                              Json{{"FilesystemId", Ref(LogicalId("FileSystem", v.volume))},
                                   {"TransitEncryption", "ENABLED"},
                                   {"AuthorizationConfig",
                                    Json{{"AccessPointId", Ref(LogicalId("AccessPoint", v.volume))}, {"IAM", "ENABLED"}}}}}});
    }
    props["Volumes"] = volumes;
  }
  props["Tags"] = t.Tags(task.family);
  t.Add(logical_id, "AWS::ECS::TaskDefinition", props);
}

}  // namespace ecsgen::emit::cloudformation
