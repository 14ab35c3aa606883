#include "compiler/emit/terraform/builder.h"

#include <algorithm>

namespace ecsgen::emit::terraform {

size_t Builder::FileIndex(const std::string& file) {
  for (size_t i = 0; i < files_.size(); ++i) {
    if (files_[i].first == file) return i;
  }
  files_.emplace_back(file, Json::object());
  return files_.size() - 1;
}

Json& Builder::File(const std::string& file) { return files_[FileIndex(file)].second; }

Json& Builder::Block(const std::string& file, const std::string& block, const std::string& type,
                     const std::string& name, bool reuse) {
  size_t file_index = FileIndex(file);  // fixes the file's position in the output order
  auto [it, inserted] = group_index_.emplace(file + "\n" + block + "\n" + type, groups_.size());
  if (inserted) {
    groups_.push_back(Group{file_index, block, type});
    members_.emplace_back(2);
  }
  // A group holds blocks of one kind, so keeping data sources apart does not change any group's order.
  std::deque<Entry>& entries = reuse ? data_ : entries_;
  if (reuse) {
    for (auto& e : data_) {
      if (e.group == it->second && e.name == name) return e.body;
    }
  }
  entries.push_back(Entry{it->second, name, Json::object()});
  return entries.back().body;
}

void Builder::Flush() {
  for (; !entries_.empty(); entries_.pop_front()) {
    members_[entries_.front().group].Add(entries_.front().name, entries_.front().body);
  }
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
  // Blocks are grouped by (block, type) in order of first appearance, per file, each group's members
  // already serialised: no tree of a whole file is ever built.
  Flush();
  for (; !data_.empty(); data_.pop_front()) members_[data_.front().group].Add(data_.front().name, data_.front().body);
  emit::Output out;
  out.resource_count = resources_;
  if (merged_) out.merged = MergedDocument();
  for (size_t f = 0; f < files_.size(); ++f) {
    auto& [name, top] = files_[f];
    ObjectText file(0);
    for (auto& [key, value] : top.items()) file.Add(key, value);
    std::vector<std::pair<std::string, ObjectText>> blocks;
    for (size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].file != f) continue;
      auto block =
          std::find_if(blocks.begin(), blocks.end(), [&](const auto& b) { return b.first == groups_[g].block; });
      if (block == blocks.end()) block = blocks.insert(blocks.end(), {groups_[g].block, ObjectText(1)});
      block->second.AddSerialized(groups_[g].type, members_[g].Close());
    }
    for (auto& [block, text] : blocks) file.AddSerialized(block, text.Close());
    if (name == "outputs.tf.json" && !outputs_.empty()) {
      ObjectText outputs(1);
      for (const auto& [output, body] : outputs_) outputs.Add(output, body);
      file.AddSerialized("output", outputs.Close());
    }
    Text text = file.Close();
    text.Append("\n");
    out.files.push_back(OutputFile{name, std::move(text)});
    top = Json();
  }
  return out;
}

Text Builder::MergedDocument() {
  // Terraform reads the files together as one document: top-level keys in order of first appearance,
  // each block type with its members from every file, in file order.
  std::vector<std::string> keys;
  auto note = [&](const std::string& key) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  };
  Json others = Json::object();
  auto merge = [&](const std::string& key, const Json& value) {
    note(key);
    if (!others.contains(key)) {
      others[key] = value;
      return;
    }
    for (const auto& [member, body] : value.items()) others[key][member] = body;
  };
  std::vector<std::pair<std::string, std::vector<std::pair<std::string, ObjectText>>>> blocks;
  for (size_t f = 0; f < files_.size(); ++f) {
    for (const auto& [key, value] : files_[f].second.items()) merge(key, value);
    for (size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g].file != f) continue;
      note(groups_[g].block);
      auto block =
          std::find_if(blocks.begin(), blocks.end(), [&](const auto& b) { return b.first == groups_[g].block; });
      if (block == blocks.end()) block = blocks.insert(blocks.end(), {groups_[g].block, {}});
      auto& types = block->second;
      auto type = std::find_if(types.begin(), types.end(), [&](const auto& t) { return t.first == groups_[g].type; });
      if (type == types.end()) type = types.insert(types.end(), {groups_[g].type, ObjectText(2)});
      type->second.Append(members_[g]);
    }
    if (files_[f].first == "outputs.tf.json" && !outputs_.empty()) {
      Json outputs = Json::object();
      for (const auto& [output, body] : outputs_) AppendMember(outputs, output, body);
      merge("output", outputs);
    }
  }
  ObjectText doc(0);
  for (const auto& key : keys) {
    auto block = std::find_if(blocks.begin(), blocks.end(), [&](const auto& b) { return b.first == key; });
    if (block == blocks.end()) {
      doc.Add(key, others[key]);
      continue;
    }
    ObjectText types(1);
    for (auto& [type, text] : block->second) types.AddSerialized(type, text.Close());
    doc.AddSerialized(key, types.Close());
  }
  return doc.Close();
}

std::string JsonString(const Json& value) { return CompactJson(value); }

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
