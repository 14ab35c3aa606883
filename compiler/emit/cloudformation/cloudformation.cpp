#include "compiler/emit/cloudformation/cloudformation.h"

#include <cassert>

#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

namespace ecsgen::emit::cloudformation {

Json& Template::Add(const std::string& logical_id, const std::string& type, Json properties) {
  // Trees are serialised while they are still in the cache: written after a whole family, 20,000
  // roles' trees were read back from main memory, and serialising grew faster than the app.
  if (resources_.size() >= kPending) Flush();
  Json resource = Json::object();
  resource["Type"] = type;
  if (!properties.empty()) resource["Properties"] = std::move(properties);
  auto [it, inserted] = resource_index_.emplace(logical_id, added_);
  // A family may replace a resource it added; one already written by Flush cannot be (none is).
  assert(inserted || it->second >= written_);
  if (!inserted && it->second >= written_) return resources_[it->second - written_].second = std::move(resource);
  ++added_;
  resources_.emplace_back(logical_id, std::move(resource));
  return resources_.back().second;
}

void Template::Flush() {
  for (; !resources_.empty(); resources_.pop_front()) {
    resources_text_.Add(resources_.front().first, resources_.front().second);
  }
  written_ = added_;
}

Text Template::Resources() {
  Flush();
  resource_index_.clear();
  return resources_text_.Close();
}

Text Template::Outputs() {
  ObjectText section(1);
  for (const auto& [name, output] : outputs_) section.Add(name, output);
  outputs_.clear();
  return section.Close();
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

Output Emit(const ir::App& app, bool merged_document) {
  Template t(app);
  // Each family's resources are written (and their trees freed) once it returns: a family holds no
  // reference into the template after that, so the trees alive at once are those of one family.
  for (auto* family :
       {EmitNetwork, EmitSecurityGroups, EmitKmsKey, EmitLogGroups, EmitRoles, EmitCluster, EmitRegistries, EmitSecrets,
        EmitData, EmitLoadBalancers, EmitEdges, EmitServices, EmitTasks, EmitBastion, EmitPipelines}) {
    family(t);
    t.Flush();
  }

  ObjectText doc(0);
  doc.Add("AWSTemplateFormatVersion", "2010-09-09");
  std::string source = app.source_path.empty() ? app.name + ".ecs" : app.source_path;
  doc.Add("Description",
          "ecsgen: application " + app.name + " from " + source + (app.env.empty() ? "" : " (env " + app.env + ")"));
  if (!t.parameters.empty()) doc.Add("Parameters", t.parameters);
  size_t resource_count = t.ResourceCount();
  doc.AddSerialized("Resources", t.Resources());
  if (t.HasOutputs()) doc.AddSerialized("Outputs", t.Outputs());

  Output out;
  out.resource_count = resource_count;
  Text text = doc.Close();
  if (merged_document) out.merged = text;
  text.Append("\n");
  out.files.push_back(OutputFile{"template.json", std::move(text)});
  out.unsupported = std::move(t.unsupported);
  return out;
}

}  // namespace ecsgen::emit::cloudformation
