#include "compiler/emit/terraform/terraform.h"

#include "compiler/emit/terraform/builder.h"

namespace ecsgen::emit::terraform {

namespace {

void EmitVersions(Builder& b) {
  const ir::App& app = b.app();
  Json& terraform = b.File("versions.tf.json")["terraform"];
  // 1.11 for write-only arguments (secrets never in state); the aws range admits 5.100 and 6.x.
  terraform["required_version"] = ">= 1.11.0";
  terraform["required_providers"]["aws"] = Json{{"source", "hashicorp/aws"}, {"version", ">= 5.100, < 7.0"}};
  if (app.state) {
    Json backend = {{"bucket", app.state->bucket}, {"key", app.state->key}, {"region", app.state->region},
                    {"encrypt", true}};
    if (app.state->lock_table.empty()) backend["use_lockfile"] = true;
    else backend["dynamodb_table"] = app.state->lock_table;
    terraform["backend"]["s3"] = backend;
  }
  Json& provider = b.File("providers.tf.json")["provider"]["aws"];
  provider["region"] = app.region;
  Json tags = {{"app", app.name}, {"managed-by", "ecsgen"}};
  if (!app.env.empty()) tags["env"] = app.env;
  for (const auto& [k, v] : app.tags) tags[k] = v;
  provider["default_tags"] = Json::array({Json{{"tags", tags}}});
}

}  // namespace

Output Emit(const ir::App& app, bool merged_document) {
  Builder b(app, merged_document);
  EmitVersions(b);
  // MSK topic and group grants name the account; the lookup is declared before any policy uses it.
  if (!app.streams.empty()) b.AccountId();
  // Each family's blocks are written (and their trees freed) once it returns: a family holds no
  // reference into the builder after that, so the trees alive at once are those of one family.
  b.Flush();
  for (auto* family : {EmitNetwork, EmitSecurity, EmitLogs, EmitIam, EmitSecrets, EmitCluster, EmitData, EmitIngress,
                       EmitEdge, EmitServices}) {
    family(b);
    b.Flush();
  }
  return b.Finish();
}

}  // namespace ecsgen::emit::terraform
