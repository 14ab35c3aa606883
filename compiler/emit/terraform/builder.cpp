#include "compiler/emit/terraform/builder.h"

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
  File("outputs.tf.json")["output"][name] = Json{{"description", description}, {"value", value}};
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
  for (auto& e : entries_) File(e.file)[e.block][e.type][e.name] = std::move(e.body);
  entries_.clear();
  emit::Output out;
  out.resource_count = resources_;
  out.document = Json::object();
  for (auto& [name, json] : files_) {
    out.files.push_back(OutputFile{name, Serialize(json)});
    // The merged document (`-o -`): Terraform merges top-level blocks of all files the same way.
    for (auto& [key, value] : json.items()) {
      if (!out.document.contains(key)) {
        out.document[key] = value;
        continue;
      }
      for (auto& [type, entries] : value.items()) {
        if (!out.document[key].contains(type) || !entries.is_object() || key == "terraform" || key == "provider" ||
            key == "output" || key == "variable") {
          out.document[key][type] = entries;
          continue;
        }
        for (auto& [entry, body] : entries.items()) out.document[key][type][entry] = body;
      }
    }
  }
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
