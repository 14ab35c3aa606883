#include "compiler/emit/terraform/builder.h"

#include <unordered_map>

namespace ecsgen::emit::terraform {

Json& Builder::File(const std::string& file) {
  for (auto& [name, json] : files_) {
    if (name == file) return json;
  }
  files_.emplace_back(file, Json::object());
  return files_.back().second;
}

Json& Builder::Block(const std::string& file, const std::string& block, const std::string& type,
                     const std::string& name, bool reuse) {
  File(file);  // fixes the file's position in the output order
  if (reuse) {
    for (auto& e : entries_) {
      if (e.file == file && e.block == block && e.type == type && e.name == name) return e.body;
    }
  }
  entries_.push_back(Entry{file, block, type, name, Json::object()});
  return entries_.back().body;
}

Json& Builder::Resource(const std::string& file, const std::string& type, const std::string& name) {
  ++resources_;
  return Block(file, "resource", type, name, false);
}

Json& Builder::Data(const std::string& file, const std::string& type, const std::string& name) {
  return Block(file, "data", type, name, true);
}

Json& Builder::Ephemeral(const std::string& file, const std::string& type, const std::string& name) {
  return Block(file, "ephemeral", type, name, false);
}

void Builder::Output(const std::string& name, const std::string& value, const std::string& description) {
  File("outputs.tf.json");  // fixes the file's position in the output order
  outputs_.emplace_back(name, Json{{"description", description}, {"value", value}});
}

std::string Builder::AccountId() {
  if (!caller_identity_) {
    caller_identity_ = true;
    Data("iam.tf.json", "aws_caller_identity", "current");
  }
  return "${data.aws_caller_identity.current.account_id}";
}

std::string Builder::Zone(int index) {
  if (!zones_) {
    zones_ = true;
    Data("network.tf.json", "aws_availability_zones", "available")["state"] = "available";
  }
  return "${data.aws_availability_zones.available.names[" + std::to_string(index) + "]}";
}

std::string Builder::VpcId() const {
  return app_.network.existing ? "${data.aws_vpc.main.id}" : "${aws_vpc.main.id}";
}

std::string Builder::VpcCidr() const {
  return app_.network.existing ? "${data.aws_vpc.main.cidr_block}" : "${aws_vpc.main.cidr_block}";
}

Json Builder::SubnetIds(bool is_public) const {
  const ir::Network& net = app_.network;
  const auto& subnets = is_public ? net.public_subnets : net.private_subnets;
  Json ids = Json::array();
  if (net.existing) {
    if (subnets.empty()) return std::string("${data.aws_subnets.") + (is_public ? "public" : "private") + ".ids}";
    for (const auto& s : subnets) ids.push_back(s.existing);
    return ids;
  }
  for (const auto& s : subnets) ids.push_back("${aws_subnet." + s.id + ".id}");
  return ids;
}

emit::Output Builder::Finish() {
  // Blocks are grouped by (block, type) in order of first appearance, per file and for the merged
  // document (`-o -`, which Terraform reads the same way as the files together), and appended without
  // key lookups: see AppendMember.
  struct Group {
    std::string block, type;
    std::vector<Entry*> entries;
  };
  auto add = [](std::vector<Group>& groups, std::unordered_map<std::string, size_t>& index, Entry& e) {
    auto [it, inserted] = index.emplace(e.block + "\n" + e.type, groups.size());
    if (inserted) groups.push_back(Group{e.block, e.type, {}});
    groups[it->second].entries.push_back(&e);
  };
  // Bodies are moved into the files when no merged document needs them too: half the peak memory.
  auto fill = [](Json& doc, const std::vector<Group>& groups, bool move) {
    for (const auto& g : groups) {
      Json& typed = doc[g.block][g.type];
      for (Entry* e : g.entries) AppendMember(typed, e->name, move ? std::move(e->body) : e->body);
    }
  };
  std::vector<Group> all;
  std::unordered_map<std::string, size_t> all_index;
  emit::Output out;
  out.resource_count = resources_;
  out.document = Json::object();
  for (auto& [name, json] : files_) {
    std::vector<Group> groups;
    std::unordered_map<std::string, size_t> index;
    for (auto& e : entries_) {
      if (e.file != name) continue;
      add(groups, index, e);
      if (merged_) add(all, all_index, e);
    }
    fill(json, groups, !merged_);
    if (name == "outputs.tf.json") {
      for (auto& [output, body] : outputs_) AppendMember(json["output"], output, body);
    }
    out.files.push_back(OutputFile{name, Serialize(json)});
    if (!merged_) {
      json = Json();  // serialised: the tree is no longer needed
      continue;
    }
    for (auto& [key, value] : json.items()) {
      if (!out.document.contains(key)) out.document[key] = Json::object();
      if (key == "resource" || key == "data" || key == "ephemeral") continue;  // filled from the groups
      for (auto& [member, body] : value.items()) out.document[key][member] = body;
    }
  }
  fill(out.document, all, true);
  return out;
}

std::string JsonString(const Json& value) { return value.dump(); }

Json PolicyDocument(const Builder& b, const std::vector<ir::Statement>& statements) {
  Json doc = {{"Version", "2012-10-17"}, {"Statement", Json::array()}};
  for (const auto& s : statements) {
    Json st = {{"Sid", s.sid}, {"Effect", s.allow ? "Allow" : "Deny"}};
    st["Action"] = s.actions.size() == 1 ? Json(s.actions[0]) : Json(s.actions);
    if (s.any_resource) {
      st["Resource"] = "*";
    } else {
      Json resources = Json::array();
      for (const auto& r : s.resources) resources.push_back(b.Ref(r));
      st["Resource"] = resources.size() == 1 ? resources[0] : resources;
    }
    if (!s.conditions.empty()) {
      Json condition = Json::object();
      for (const auto& [op, kv] : s.conditions) condition[op][kv.first] = kv.second;
      st["Condition"] = condition;
    }
    doc["Statement"].push_back(st);
  }
  return doc;
}

}  // namespace ecsgen::emit::terraform
