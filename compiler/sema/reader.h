#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diagnostics/sink.h"
#include "compiler/sema/cursor.h"
#include "compiler/sema/model.h"

namespace ecsgen::sema {

// Reads the attributes of one block into a component. Every key a reader asks for becomes part of
// the block's schema, so Finish() can reject everything else with a did-you-mean. A reader only
// writes an output when the attribute is present and valid; defaults stay in the model's fields.
class BlockReader {
 public:
  BlockReader(const ast::Body& body, std::string block_name, Component& component, diagnostics::DiagnosticSink& sink);

  // The attribute `key`, or nullptr; records the range in the component and accepts the key.
  const ast::Attribute* Get(std::string_view key);
  // Reports a missing required attribute (at the block's name) unless present.
  bool Require(std::string_view key, std::string_view example);

  // A non-empty string: "" would later read as "not set" and silently become the default.
  void String(std::string_view key, std::string& out);
  void Int(std::string_view key, int& out, int64_t min, int64_t max);
  void Bool(std::string_view key, bool& out);
  void SizeMiB(std::string_view key, int& out, int64_t min_mib, int64_t max_mib);
  void SizeGiB(std::string_view key, int& out, int64_t min_gib, int64_t max_gib);
  void DurationSeconds(std::string_view key, int& out, int64_t min, int64_t max);
  void DurationDays(std::string_view key, int& out, int64_t min, int64_t max);
  void Percent(std::string_view key, int& out, int64_t min, int64_t max);
  // An enum word mapped to a value.
  template <typename T>
  void Word(std::string_view key, T& out, const std::vector<std::pair<std::string, T>>& table);
  void Cidr(std::string_view key, sema::Cidr& out);
  // Items are non-empty and unique unless `kAny` (a command's arguments may be empty or repeat).
  enum class Items { kUnique, kAny };
  void StringList(std::string_view key, std::vector<std::string>& out, Items items = Items::kUnique);
  void WordList(std::string_view key, std::vector<std::string>& out, const std::vector<std::string>& allowed);
  // `{ key = "value", ... }` with string values. `check` (optional) returns why an entry is invalid, or
  // "" when it is fine; an invalid entry is reported at its key and left out.
  using EntryCheck = std::function<std::string(const std::string& key, const std::string& value)>;
  void StringMap(std::string_view key, std::vector<std::pair<std::string, std::string>>& out,
                 const EntryCheck& check = nullptr);
  // A custom interpretation of the value's atoms.
  void Custom(std::string_view key, const std::function<void(Cursor&)>& read);

  // Nested blocks and statements of one kind; each one taken is accepted.
  std::vector<const ast::Block*> Blocks(std::string_view kind);
  std::vector<const ast::Statement*> Statements(std::string_view keyword);
  // Reports duplicate keys and every attribute, block or statement that no one asked for.
  void Finish();

  diagnostics::DiagnosticSink& sink() { return sink_; }
  const std::string& block_name() const { return block_name_; }

 private:
  const ast::Body& body_;
  std::string block_name_;
  Component& component_;
  diagnostics::DiagnosticSink& sink_;
  std::vector<std::string> known_attributes_;
  std::vector<std::string> known_blocks_;
  std::vector<std::string> known_statements_;
};

template <typename T>
void BlockReader::Word(std::string_view key, T& out, const std::vector<std::pair<std::string, T>>& table) {
  const ast::Attribute* attribute = Get(key);
  if (!attribute) return;
  std::vector<std::string> words;
  for (const auto& entry : table) words.push_back(entry.first);
  Cursor cursor(attribute->value, std::string(key), sink_);
  auto word = cursor.ExpectWord(words);
  if (!word || !cursor.Finish("one word")) return;
  for (const auto& entry : table) {
    if (entry.first == *word) out = entry.second;
  }
}

}  // namespace ecsgen::sema
