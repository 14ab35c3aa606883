#pragma once

#include <deque>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/emit/json_text.h"
#include "compiler/emit/output.h"
#include "compiler/emit/text.h"
#include "compiler/ir/ir.h"

namespace ecsgen::emit::cloudformation {

using Json = emit::Json;

// The template being built: the IR it is a function of, the sections filled so far, and the constructs
// CloudFormation cannot express. Each resource family (one file each) appends to it in a fixed order.
class Template {
 public:
  explicit Template(const ir::App& app) : app(app) {}

  const ir::App& app;
  Json parameters = Json::object();
  std::vector<emit::Unsupported> unsupported;

  // Adds a resource and returns it, so callers can add DependsOn or policies. The reference stays
  // valid until the next Add or Flush: Add writes the pending resources once there are kPending.
  // Adding a logical id again replaces the resource while it is pending.
  Json& Add(const std::string& logical_id, const std::string& type, Json properties);
  size_t ResourceCount() const { return added_; }
  // Serialises the resources added so far into the Resources section and frees their trees; Emit
  // calls it after each family, Add when kPending are waiting.
  void Flush();
  // The Resources and Outputs sections in insertion order, serialised as members of the document
  // (see ObjectText); each resource's tree is freed once written.
  Text Resources();
  Text Outputs();
  bool HasOutputs() const { return !outputs_.empty(); }
  // DeletionPolicy and UpdateReplacePolicy `policy` ("Retain", "Snapshot") unless the app is disposable.
  void Keep(Json& resource, const std::string& policy) const;
  // An output exported as `${AWS::StackName}-<name>`.
  void Output(const std::string& name, Json value, const std::string& description);
  // A parameter the user must supply at deploy time (added once).
  void Parameter(const std::string& name, const std::string& type, const std::string& description);
  // A construct with no CloudFormation equivalent; the driver reports it as `target-unsupported`.
  void Report(base::Range origin, std::string message, std::string help);
  // The `Name` tag plus the app's tags, as a Key/Value list.
  Json Tags(const std::string& name) const;

 private:
  // Resources added since the last Flush; the index maps every logical id to its position in the order
  // of addition (those before `written_` are already in `resources_text_`).
  static constexpr size_t kPending = 64;
  std::deque<std::pair<std::string, Json>> resources_;
  std::unordered_map<std::string, size_t> resource_index_;
  ObjectText resources_text_{1};
  size_t added_ = 0;
  size_t written_ = 0;
  std::deque<std::pair<std::string, Json>> outputs_;
};

// The families, in the order they are emitted (network.cpp, security.cpp, ...).
void EmitNetwork(Template& t);
void EmitSecurityGroups(Template& t);
void EmitKmsKey(Template& t);
void EmitLogGroups(Template& t);
void EmitRoles(Template& t);
void EmitCluster(Template& t);
void EmitRegistries(Template& t);
void EmitSecrets(Template& t);
void EmitData(Template& t);
void EmitServices(Template& t);
void EmitTasks(Template& t);
void EmitLoadBalancers(Template& t);
void EmitEdges(Template& t);
void EmitBastion(Template& t);
void EmitPipelines(Template& t);

// Shared by the families: the subnet ids of one tier and the VPC id (created, literal or parameter).
Json SubnetIds(Template& t, bool is_public);
Json VpcId(Template& t);
Json VpcCidr(Template& t);
// A Fargate task definition (task_definition.cpp); `port_name` names the main port for Service Connect.
void EmitTaskDefinition(Template& t, const ir::TaskDefinition& task, const std::string& logical_id,
                        const std::string& port_name);
// An IAM policy document from IR statements (iam.cpp).
Json PolicyDocument(Template& t, const std::vector<ir::Statement>& statements, base::Range origin);

}  // namespace ecsgen::emit::cloudformation
