#pragma once

#include <deque>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/emit/json_text.h"
#include "compiler/emit/output.h"
#include "compiler/ir/ir.h"

namespace ecsgen::emit::terraform {

using Json = emit::Json;

// Collects Terraform JSON by file, in the order families emit them, and renders IR references as
// Terraform expressions. Every family file (network.cpp, services.cpp, ...) writes through it.
class Builder {
 public:
  explicit Builder(const ir::App& app, bool merged_document = true) : app_(app), merged_(merged_document) {}

  // `resource "type" "name"` in `file`; returns its body to fill.
  Json& Resource(const std::string& file, const std::string& type, const std::string& name);
  Json& Data(const std::string& file, const std::string& type, const std::string& name);
  Json& Ephemeral(const std::string& file, const std::string& type, const std::string& name);
  void Output(const std::string& name, const std::string& value, const std::string& description);
  // The top-level object of a file (for `terraform`, `provider`, `variable`).
  Json& File(const std::string& file);

  // "${aws_x.id.attr}" for an IR reference, in the form a string field needs.
  std::string Ref(const ir::ObjectRef& ref) const;
  // Private/public subnet ids as a JSON value (a list of references, or one list-valued expression).
  Json SubnetIds(bool is_public) const;
  std::string VpcId() const;
  std::string VpcCidr() const;
  std::string AccountId();  // declares data.aws_caller_identity on first use
  std::string Zone(int index);
  // The value of the CloudFront origin header, read back from its generated secret (write-only version)
  // by a data source that edge.cpp declares: never in the source, but in the state.
  std::string HeaderValue(const std::string& secret) const {
    return "${data.aws_secretsmanager_secret_version." + secret + ".secret_string}";
  }
  std::string GroupId(const std::string& group) const { return "${aws_security_group." + group + ".id}"; }

  const ir::App& app() const { return app_; }
  // Serialises the resource and ephemeral blocks added so far into their groups' text and frees their
  // trees, invalidating the references Resource and Ephemeral returned. Emit calls it after each
  // family, and the loops over per-service objects after each item: trees written while they are
  // still in the cache, instead of 20,000 roles' trees read back from memory at the family's end, keep
  // serialising linear in the app's size. Data sources stay until Finish, since Data reuses them.
  void Flush();
  emit::Output Finish();

 private:
  // A block's body lives in a deque so the references handed out stay valid while others are added
  // (ordered_json keeps members in a vector, so a reference into the tree would dangle), until Flush
  // serialises it into its group's text and frees it.
  struct Entry {
    size_t group;
    std::string name;
    Json body;
  };
  // One (block, type) of one file, e.g. resource/aws_iam_role in iam.tf.json, in order of first use.
  struct Group {
    size_t file;
    std::string block, type;
  };
  Json& Block(const std::string& file, const std::string& block, const std::string& type, const std::string& name,
              bool reuse);
  size_t FileIndex(const std::string& file);
  Text MergedDocument();

  const ir::App& app_;
  std::vector<std::pair<std::string, Json>> files_;
  std::vector<Group> groups_;
  std::unordered_map<std::string, size_t> group_index_;
  std::vector<ObjectText> members_;  // per group: the members written so far
  std::deque<Entry> entries_;        // resource and ephemeral blocks not yet written
  std::deque<Entry> data_;
  std::deque<std::pair<std::string, Json>> outputs_;
  size_t resources_ = 0;
  bool merged_ = true;
  bool caller_identity_ = false;
  bool zones_ = false;
};

// Serialises a policy or container definition to the JSON string Terraform expects; `${...}` inside
// stays an interpolation that Terraform resolves.
std::string JsonString(const Json& value);
// An IAM policy document from IR statements.
Json PolicyDocument(const Builder& b, const std::vector<ir::Statement>& statements);

// One function per family.
void EmitNetwork(Builder& b);
void EmitSecurity(Builder& b);
void EmitIam(Builder& b);
void EmitLogs(Builder& b);
void EmitCluster(Builder& b);
void EmitSecrets(Builder& b);
void EmitServices(Builder& b);
void EmitIngress(Builder& b);
void EmitEdge(Builder& b);
void EmitData(Builder& b);
// The families EmitData calls: volumes and buckets (data_storage.cpp); databases, parameters, caches and
// streams (data_db.cpp); bastion and pipelines (ops.cpp).
void EmitStorage(Builder& b);
void EmitDatabases(Builder& b);
void EmitOps(Builder& b);

}  // namespace ecsgen::emit::terraform
