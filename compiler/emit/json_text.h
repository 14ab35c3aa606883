#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "compiler/emit/json.h"
#include "compiler/emit/text.h"

namespace ecsgen::emit {

// Appends `value` to `out` exactly as `value.dump(2)` lays it out when the value sits at column
// `indent` (or as `value.dump()` when `pretty` is false). nlohmann's serializer goes through a virtual
// output adapter per write and was a sixth of `compile` at 10,000 services; this writes into the
// string directly and hands nlohmann only what it rarely sees here (floats, non-ASCII strings), so the
// bytes stay its bytes.
// Defined for emit::Json and nlohmann::ordered_json.
template <typename BasicJson>
void AppendJson(std::string& out, const BasicJson& value, bool pretty = true, int indent = 0);
// `value.dump()`: the compact form Terraform's JSON-in-a-string arguments take.
std::string CompactJson(const Json& value);

// The members of one JSON object, serialised as they are added, laid out exactly as `dump(2)` lays
// them out when the object sits `depth` levels below the document's root. Emitters add each resource
// here and free its tree at once instead of assembling one tree per file: at 10,000 services that
// assembly and the trees alive beside the text were most of the time and memory of `compile`.
class ObjectText {
 public:
  explicit ObjectText(int depth) : depth_(depth) {}

  // Adds `"key": value`. Keys are not looked up: callers guarantee they are unique (see AppendMember).
  void Add(std::string_view key, const Json& value);
  // Adds `"key": ` followed by `value`, already serialised one level deeper (another ObjectText's Close).
  void AddSerialized(std::string_view key, Text value);
  // Adds the other object's members after these; both sit at the same depth.
  void Append(const ObjectText& other);
  bool empty() const { return members_.empty(); }
  // The whole object, `{}` when empty; the members are moved out, leaving this object empty.
  Text Close();

 private:
  std::string& Key(std::string_view key);

  int depth_;
  // "{" and the members so far (each after "\n" or ",\n"); the closing line is added by Close.
  Text members_;
};

}  // namespace ecsgen::emit
