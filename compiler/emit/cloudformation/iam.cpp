#include "compiler/emit/cloudformation/logical_ids.h"
#include "compiler/emit/cloudformation/refs.h"
#include "compiler/emit/cloudformation/template.h"

// IAM roles with their statements inline (one policy per role), exactly as the IR grants them.
namespace ecsgen::emit::cloudformation {

namespace {

// IAM statement ids are alphanumeric only.
std::string Sid(const std::string& sid) { return LogicalId("", sid); }

Json RenderStatement(Template& t, const ir::Statement& s, base::Range origin) {
  Json out = Json::object();
  if (!s.sid.empty()) out["Sid"] = Sid(s.sid);
  out["Effect"] = s.allow ? "Allow" : "Deny";
  out["Action"] = s.actions.size() == 1 ? Json(s.actions[0]) : Json(s.actions);
  if (s.any_resource || s.resources.empty()) {
    out["Resource"] = "*";
  } else {
    Json resources = Json::array();
    for (const auto& r : s.resources) resources.push_back(Render(t, r, origin));
    out["Resource"] = resources.size() == 1 ? resources[0] : resources;
  }
  if (!s.conditions.empty()) {
    Json conditions = Json::object();
    for (const auto& [op, kv] : s.conditions) conditions[op][kv.first] = kv.second;
    out["Condition"] = conditions;
  }
  return out;
}

}  // namespace

Json PolicyDocument(Template& t, const std::vector<ir::Statement>& statements, base::Range origin) {
  Json list = Json::array();
  for (const auto& s : statements) list.push_back(RenderStatement(t, s, origin));
  return Json{{"Version", "2012-10-17"}, {"Statement", list}};
}

void EmitRoles(Template& t) {
  for (const auto& role : t.app.roles) {
    Json trust = {{"Version", "2012-10-17"},
                  {"Statement", Json::array({Json{{"Effect", "Allow"},
                                                  {"Principal", Json{{"Service", role.principal}}},
                                                  {"Action", "sts:AssumeRole"}}})}};
    Json props = {{"RoleName", role.name}, {"AssumeRolePolicyDocument", trust}};
    if (!role.managed_policy_arns.empty()) props["ManagedPolicyArns"] = role.managed_policy_arns;
    if (!role.statements.empty()) {
      props["Policies"] = Json::array(
          {Json{{"PolicyName", role.name}, {"PolicyDocument", PolicyDocument(t, role.statements, role.origin)}}});
    }
    props["Tags"] = t.Tags(role.name);
    t.Add(LogicalId("Role", role.id), "AWS::IAM::Role", props);
  }
}

}  // namespace ecsgen::emit::cloudformation
