#include "compiler/emit/cloudformation/cloudformation.h"

#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

namespace ecsgen::emit::cloudformation {

Json& Template::Add(const std::string& logical_id, const std::string& type, Json properties) {
  Json resource = Json::object();
  resource["Type"] = type;
  if (!properties.empty()) resource["Properties"] = std::move(properties);
  auto [it, inserted] = resource_index_.emplace(logical_id, resources_.size());
  if (!inserted) return resources_[it->second].second = std::move(resource);
  resources_.emplace_back(logical_id, std::move(resource));
  return resources_.back().second;
}

Json Template::Resources() {
  Json section = Json::object();
  for (auto& [id, resource] : resources_) AppendMember(section, id, std::move(resource));
  resources_.clear();
  return section;
}

Json Template::Outputs() {
  Json section = Json::object();
  for (auto& [name, output] : outputs_) AppendMember(section, name, std::move(output));
  outputs_.clear();
  return section;
}

void Template::Keep(Json& resource, const std::string& policy) const {
  if (app.disposable) return;
  resource["DeletionPolicy"] = policy;
  resource["UpdateReplacePolicy"] = policy;
}

void Template::Output(const std::string& name, Json value, const std::string& description) {
  outputs_.emplace_back(name, Json{{"Description", description},
                       {"Value", std::move(value)},
                       {"Export", Json{{"Name", Sub("${AWS::StackName}-" + name)}}}});
}

void Template::Parameter(const std::string& name, const std::string& type, const std::string& description) {
  if (parameters.contains(name)) return;
  parameters[name] = Json{{"Type", type}, {"Description", description}};
}

void Template::Report(base::Range origin, std::string message, std::string help) {
  unsupported.push_back(emit::Unsupported{origin, std::move(message), std::move(help)});
}

Json Template::Tags(const std::string& name) const {
  Json tags = Json::array();
  tags.push_back(Json{{"Key", "Name"}, {"Value", name}});
  for (const auto& [key, value] : app.tags) {
    if (key != "Name") tags.push_back(Json{{"Key", key}, {"Value", value}});
  }
  return tags;
}

Output Emit(const ir::App& app) {
  Template t(app);
  EmitNetwork(t);
  EmitSecurityGroups(t);
  EmitKmsKey(t);
  EmitLogGroups(t);
  EmitRoles(t);
  EmitCluster(t);
  EmitRegistries(t);
  EmitSecrets(t);
  EmitData(t);
  EmitLoadBalancers(t);
  EmitEdges(t);
  EmitServices(t);
  EmitTasks(t);
  EmitBastion(t);
  EmitPipelines(t);

  Json doc = Json::object();
  doc["AWSTemplateFormatVersion"] = "2010-09-09";
  std::string source = app.source_path.empty() ? app.name + ".ecs" : app.source_path;
  doc["Description"] = "ecsgen: application " + app.name + " from " + source + (app.env.empty() ? "" : " (env " + app.env + ")");
  if (!t.parameters.empty()) doc["Parameters"] = t.parameters;
  size_t resource_count = t.ResourceCount();
  doc["Resources"] = t.Resources();
  Json outputs = t.Outputs();
  if (!outputs.empty()) doc["Outputs"] = std::move(outputs);

  Output out;
  out.resource_count = resource_count;
  out.files.push_back(OutputFile{"template.json", Serialize(doc)});
  out.document = std::move(doc);
  out.unsupported = std::move(t.unsupported);
  return out;
}

}  // namespace ecsgen::emit::cloudformation
