#include "compiler/emit/json_text.h"

#include <utility>

namespace ecsgen::emit {

namespace {

using Json = nlohmann::ordered_json;

// nlohmann's own serializer, so strings and numbers come out byte for byte as `Json::dump` writes them.
void Dump(std::string& out, const Json& value, bool pretty, int indent) {
  nlohmann::detail::serializer<Json> serializer(nlohmann::detail::output_adapter<char, std::string>(out), ' ');
  serializer.dump(value, pretty, /*ensure_ascii=*/false, /*indent_step=*/2, static_cast<unsigned>(indent));
}

}  // namespace

void ObjectText::Key(std::string_view key) {
  members_ += members_.empty() ? "{\n" : ",\n";
  members_.append(2 * (depth_ + 1), ' ');
  Dump(members_, Json(std::string(key)), false, 0);
  members_ += ": ";
}

void ObjectText::Add(std::string_view key, const Json& value) {
  Key(key);
  Dump(members_, value, true, 2 * (depth_ + 1));
}

void ObjectText::AddSerialized(std::string_view key, std::string value) {
  Key(key);
  if (value.size() <= members_.size()) {
    members_ += value;
    return;
  }
  // A whole section (over 100 MB at 10,000 services) keeps its buffer and gets the few members before
  // it put in front, instead of being copied after them.
  value.insert(0, members_);
  members_ = std::move(value);
}

void ObjectText::Append(const ObjectText& other) {
  if (other.members_.empty()) return;
  if (members_.empty()) {
    members_ = other.members_;
    return;
  }
  // The other's text starts with the opening "{"; between members the separator is ",".
  members_ += ',';
  members_.append(other.members_, 1);
}

std::string ObjectText::Close() {
  if (members_.empty()) return "{}";
  members_ += '\n';
  members_.append(2 * depth_, ' ');
  members_ += '}';
  return std::exchange(members_, std::string());
}

}  // namespace ecsgen::emit
