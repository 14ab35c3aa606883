#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace ecsgen::emit {

// The members of one JSON object, serialised as they are added, laid out exactly as `Serialize` lays
// them out when the object sits `depth` levels below the document's root. Emitters add each resource
// here and free its tree at once instead of assembling one tree per file: at 10,000 services that
// assembly and the trees alive beside the text were most of the time and memory of `compile`.
class ObjectText {
 public:
  explicit ObjectText(int depth) : depth_(depth) {}

  // Adds `"key": value`. Keys are not looked up: callers guarantee they are unique (see AppendMember).
  void Add(std::string_view key, const nlohmann::ordered_json& value);
  // Adds `"key": ` followed by `value`, already serialised one level deeper (another ObjectText's Close).
  void AddSerialized(std::string_view key, std::string value);
  // Adds the other object's members after these; both sit at the same depth.
  void Append(const ObjectText& other);
  bool empty() const { return members_.empty(); }
  // The whole object, `{}` when empty; the members are moved out, leaving this object empty.
  std::string Close();

 private:
  void Key(std::string_view key);

  int depth_;
  // "{" and the members so far (each after "\n" or ",\n"); the closing line is added by Close.
  std::string members_;
};

}  // namespace ecsgen::emit
