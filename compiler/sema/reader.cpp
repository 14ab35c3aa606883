#include "compiler/sema/reader.h"

#include <algorithm>

#include "compiler/base/text.h"
#include "compiler/sema/analyze.h"

namespace ecsgen::sema {

using diagnostics::Kind;

namespace {
bool Contains(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}
}  // namespace

BlockReader::BlockReader(const ast::Body& body, std::string block_name, Component& component,
                         diagnostics::DiagnosticSink& sink)
    : body_(body), block_name_(std::move(block_name)), component_(component), sink_(sink) {}

const ast::Attribute* BlockReader::Get(std::string_view key) {
  if (!Contains(known_attributes_, key)) known_attributes_.emplace_back(key);
  // The last one wins here; Finish() reports the duplicate so the user knows.
  const ast::Attribute* found = nullptr;
  for (const auto& attribute : body_.attributes) {
    if (attribute.key == key) found = &attribute;
  }
  if (found) component_.attribute_ranges[std::string(key)] = found->value.range;
  return found;
}

bool BlockReader::Require(std::string_view key, std::string_view example) {
  if (Get(key)) return true;
  // `image "nginx"` (a missing `=`) is reported by Finish(); saying `image` is missing too would be noise.
  for (const auto& statement : body_.statements) {
    if (statement.keyword == key) return false;
  }
  sink_.Report(Kind::kMissingAttribute, component_.name_range,
               "`" + block_name_ + "` needs `" + std::string(key) + "`", "add e.g. `" + std::string(example) + "`");
  return false;
}

void BlockReader::String(std::string_view key, std::string& out) {
  Custom(key, [&](Cursor& c) {
    base::Range at = c.Here();
    auto v = c.ExpectString();
    if (!v) return;
    if (v->empty()) {
      sink_.Report(Kind::kBadString, at, "`" + std::string(key) + "` cannot be empty",
                   "write a non-empty string; an optional attribute is left out to keep its default");
      return;
    }
    out = *v;
  });
}

void BlockReader::Int(std::string_view key, int& out, int64_t min, int64_t max) {
  Custom(key, [&](Cursor& c) {
    if (auto v = c.ExpectInt(min, max)) out = static_cast<int>(*v);
  });
}

void BlockReader::Bool(std::string_view key, bool& out) {
  Custom(key, [&](Cursor& c) {
    if (auto v = c.ExpectWord({"true", "false"})) out = *v == "true";
  });
}

void BlockReader::SizeMiB(std::string_view key, int& out, int64_t min_mib, int64_t max_mib) {
  Custom(key, [&](Cursor& c) {
    size_t start = c.Mark();
    auto v = c.ExpectSizeMiB();
    if (!v) return;
    base::Range at = c.Since(start);
    if (*v < min_mib || *v > max_mib) {
      sink_.Report(Kind::kOutOfRange, at, "`" + std::string(key) + "` must be between " + std::to_string(min_mib) +
                   " MiB and " + std::to_string(max_mib) + " MiB", "choose a size in that range");
      return;
    }
    out = static_cast<int>(*v);
  });
}

void BlockReader::SizeGiB(std::string_view key, int& out, int64_t min_gib, int64_t max_gib) {
  Custom(key, [&](Cursor& c) {
    size_t start = c.Mark();
    auto v = c.ExpectSizeMiB();
    if (!v) return;
    base::Range at = c.Since(start);
    if (*v % 1024 != 0 || *v / 1024 < min_gib || *v / 1024 > max_gib) {
      sink_.Report(Kind::kOutOfRange, at, "`" + std::string(key) + "` must be whole GiB from " +
                   std::to_string(min_gib) + " GiB to " + std::to_string(max_gib) + " GiB", "e.g. `20 GiB`");
      return;
    }
    out = static_cast<int>(*v / 1024);
  });
}

void BlockReader::DurationSeconds(std::string_view key, int& out, int64_t min, int64_t max) {
  Custom(key, [&](Cursor& c) {
    if (auto v = c.ExpectSecondsIn(min, max, key)) out = static_cast<int>(*v);
  });
}

void BlockReader::DurationDays(std::string_view key, int& out, int64_t min, int64_t max) {
  Custom(key, [&](Cursor& c) {
    size_t start = c.Mark();
    auto v = c.ExpectDurationSeconds();
    if (!v) return;
    base::Range at = c.Since(start);
    if (*v % 86400 != 0 || *v / 86400 < min || *v / 86400 > max) {
      sink_.Report(Kind::kOutOfRange, at, "`" + std::string(key) + "` must be whole days from " +
                   std::to_string(min) + " to " + std::to_string(max), "e.g. `7 days`");
      return;
    }
    out = static_cast<int>(*v / 86400);
  });
}

void BlockReader::Percent(std::string_view key, int& out, int64_t min, int64_t max) {
  Custom(key, [&](Cursor& c) {
    if (auto v = c.ExpectPercent(min, max)) out = static_cast<int>(*v);
  });
}

void BlockReader::Cidr(std::string_view key, sema::Cidr& out) {
  Custom(key, [&](Cursor& c) {
    if (auto v = c.ExpectCidr()) out = *v;
  });
}

void BlockReader::StringList(std::string_view key, std::vector<std::string>& out, Items items) {
  Custom(key, [&](Cursor& c) {
    const ast::Atom* list = c.Take(ast::AtomKind::kList);
    if (!list) return c.Mismatch("a list of strings like `[\"a\", \"b\"]`");
    std::vector<std::string> values;
    for (const auto& item : list->items) {
      Cursor inner(item, std::string(key), sink_);
      auto v = inner.ExpectString();
      if (!v || !inner.FinishItem("one string")) continue;
      if (items == Items::kUnique && v->empty()) {
        sink_.Report(Kind::kBadString, item.range, "an empty string in `" + std::string(key) + "`", "remove it");
        continue;
      }
      if (items == Items::kUnique && Contains(values, *v)) {
        sink_.Report(Kind::kDuplicateAttribute, item.range, "\"" + *v + "\" is listed twice in `" + std::string(key) + "`",
                     "remove the repetition");
        continue;
      }
      values.push_back(*v);
    }
    out = std::move(values);
  });
}

void BlockReader::WordList(std::string_view key, std::vector<std::string>& out, const std::vector<std::string>& allowed) {
  Custom(key, [&](Cursor& c) {
    const ast::Atom* list = c.Take(ast::AtomKind::kList);
    if (!list) return c.Mismatch("a list like `[" + (allowed.empty() ? std::string("a") : allowed[0]) + "]`");
    std::vector<std::string> values;
    for (const auto& item : list->items) {
      Cursor inner(item, std::string(key), sink_);
      auto v = inner.ExpectWord(allowed);
      if (!v || !inner.FinishItem("one word")) continue;
      if (Contains(values, *v)) {
        sink_.Report(Kind::kDuplicateAttribute, item.range, "`" + *v + "` is listed twice in `" + std::string(key) + "`",
                     "remove the repetition");
        continue;
      }
      values.push_back(*v);
    }
    out = std::move(values);
  });
}

void BlockReader::StringMap(std::string_view key, std::vector<std::pair<std::string, std::string>>& out,
                            const EntryCheck& check) {
  Custom(key, [&](Cursor& c) {
    const ast::Atom* map = c.Take(ast::AtomKind::kMap);
    if (!map) return c.Mismatch("a map like `{ team = \"payments\" }`");
    std::vector<std::pair<std::string, std::string>> values;
    std::set<std::string> seen;
    for (const auto& attribute : map->map->attributes) {
      Cursor inner(attribute.value, attribute.key, sink_);
      auto v = inner.ExpectString();
      if (!v || !inner.Finish("a string")) continue;
      if (!seen.insert(attribute.key).second) {
        sink_.Report(Kind::kDuplicateAttribute, attribute.key_range, "`" + attribute.key + "` is set twice in `" +
                     std::string(key) + "`", "keep one");
        continue;
      }
      if (std::string why = check ? check(attribute.key, *v) : ""; !why.empty()) {
        std::string entry = attribute.key.empty() ? "with an empty key" : "`" + attribute.key + "`";
        sink_.Report(Kind::kBadString, attribute.key_range, "`" + std::string(key) + "` entry " + entry + " is not valid", why);
        continue;
      }
      values.emplace_back(attribute.key, *v);
    }
    for (const auto& block : map->map->blocks) {
      sink_.Report(Kind::kTypeMismatch, block.range, "`" + std::string(key) + "` takes `name = \"value\"` entries, not blocks",
                   "write `" + block.kind + " = \"...\"`");
    }
    for (const auto& statement : map->map->statements) {
      sink_.Report(Kind::kTypeMismatch, statement.range, "`" + std::string(key) + "` takes `name = \"value\"` entries",
                   "write `" + statement.keyword + " = \"...\"`");
    }
    out = std::move(values);
  });
}

void BlockReader::Custom(std::string_view key, const std::function<void(Cursor&)>& read) {
  const ast::Attribute* attribute = Get(key);
  if (!attribute) return;
  Cursor cursor(attribute->value, std::string(key), sink_);
  read(cursor);
  cursor.Finish("a single value");
}

std::vector<const ast::Block*> BlockReader::Blocks(std::string_view kind) {
  if (!Contains(known_blocks_, kind)) known_blocks_.emplace_back(kind);
  std::vector<const ast::Block*> out;
  for (const auto& block : body_.blocks) {
    if (block.kind == kind) out.push_back(&block);
  }
  return out;
}

std::vector<const ast::Statement*> BlockReader::Statements(std::string_view keyword) {
  if (!Contains(known_statements_, keyword)) known_statements_.emplace_back(keyword);
  std::vector<const ast::Statement*> out;
  for (const auto& statement : body_.statements) {
    if (statement.keyword == keyword) out.push_back(&statement);
  }
  return out;
}

void BlockReader::Finish() {
  std::vector<std::string> seen;
  for (const auto& attribute : body_.attributes) {
    if (attribute.quoted_key) {
      // Quotes are for map entries that are not identifiers; a block's attributes are named by its schema.
      sink_.Report(Kind::kUnknownAttribute, attribute.key_range,
                   "the attributes of `" + block_name_ + "` are written without quotes",
                   "write `" + attribute.key + " = ...`; quoted keys are for map entries such as `tags`");
      continue;
    }
    if (!Contains(known_attributes_, attribute.key)) {
      sink_.Report(Kind::kUnknownAttribute, attribute.key_range,
                   "`" + block_name_ + "` has no attribute `" + attribute.key + "`" +
                       base::DidYouMean(attribute.key, known_attributes_),
                   known_attributes_.empty() ? "this block takes no attributes"
                                             : "known attributes: " + base::QuotedList(known_attributes_, "and"));
      continue;
    }
    if (Contains(seen, attribute.key)) {
      auto& d = sink_.Report(Kind::kDuplicateAttribute, attribute.key_range,
                             "`" + attribute.key + "` is set twice in `" + block_name_ + "`", "remove one of them");
      for (const auto& first : body_.attributes) {
        if (first.key == attribute.key) {
          d.notes.push_back({first.key_range, "first set here"});
          break;
        }
      }
      continue;
    }
    seen.push_back(attribute.key);
  }
  for (const auto& block : body_.blocks) {
    if (Contains(known_blocks_, block.kind)) continue;
    // `env { A = "x" }` parses as a nested block; what is wrong is the missing `=` of a map attribute.
    if (Contains(known_attributes_, block.kind) && !block.label) {
      sink_.Report(Kind::kSyntaxError, block.kind_range, "expected `=` after `" + block.kind + "`",
                   "attributes are written `" + block.kind + " = { ... }`");
      continue;
    }
    std::vector<std::string> all = known_blocks_;
    all.insert(all.end(), known_attributes_.begin(), known_attributes_.end());
    std::string help = !known_blocks_.empty() ? "blocks allowed here: " + base::QuotedList(known_blocks_, "and")
                       : known_attributes_.empty() ? "this block takes no nested blocks"
                                                   : "this block takes no nested blocks; its attributes are " +
                                                         base::QuotedList(known_attributes_, "and");
    // A top-level kind inside a block usually means the block above it was not closed.
    if (IsTopLevelKind(block.kind)) help = "`" + block.kind + "` blocks go at the top level; is a `}` missing above?";
    sink_.Report(Kind::kMisplacedStatement, block.kind_range,
                 "`" + block_name_ + "` cannot contain a `" + block.kind + "` block" + base::DidYouMean(block.kind, all),
                 help);
  }
  for (const auto& statement : body_.statements) {
    if (Contains(known_statements_, statement.keyword)) continue;
    // `image "nginx:1.27"` parses as a statement; what is wrong is the missing `=`.
    if (Contains(known_attributes_, statement.keyword)) {
      sink_.Report(Kind::kSyntaxError, statement.keyword_range, "expected `=` after `" + statement.keyword + "`",
                   "attributes are written `" + statement.keyword + " = value`");
      continue;
    }
    std::vector<std::string> all = known_statements_;
    all.insert(all.end(), known_attributes_.begin(), known_attributes_.end());
    std::string suggestion = base::DidYouMean(statement.keyword, all);
    sink_.Report(Kind::kMisplacedStatement, statement.keyword_range,
                 "`" + block_name_ + "` has no `" + statement.keyword + "` statement" + suggestion,
                 "attributes are written `key = value`" +
                     (known_statements_.empty() ? std::string() : "; statements here: " + base::QuotedList(known_statements_, "and")));
  }
}

}  // namespace ecsgen::sema
