#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/base/source.h"

// The syntax tree of an .ecs file, independent of ANTLR. It is untyped on purpose: the grammar knows
// blocks, attributes, statements and atoms; sema gives them meaning against per-kind schemas.
namespace ecsgen::ast {

enum class AtomKind { kString, kInt, kDecimal, kPercent, kCidr, kPath, kColon, kDotDot, kArrow, kList, kMap };

struct Atom;
struct Block;

// A value is the sequence of atoms after `=`: `512 MiB` is [Int 512, Path MiB].
struct Value {
  std::vector<Atom> atoms;
  base::Range range;
};

// `key = value`.
struct Attribute {
  std::string key;  // without the quotes of a quoted key
  base::Range key_range;
  bool quoted_key = false;
  Value value;
  base::Range range;
};

// `keyword arg arg ...`, e.g. `route "/api/*" -> api` or `mount dags at "/data" read_only`.
struct Statement {
  std::string keyword;
  base::Range keyword_range;
  std::vector<Atom> args;
  base::Range range;
};

// The inside of a block or a map literal, members kept in source order per kind.
struct Body {
  std::vector<Attribute> attributes;
  std::vector<Block> blocks;
  std::vector<Statement> statements;
  base::Range range;
};

// A value of T on the heap, copied deeply; until one is assigned it reads as an empty T. For the body
// of a map atom: most atoms are not maps, and a Body held inline made every atom 192 bytes, the
// largest item of a big file's AST.
template <class T>
class Box {
 public:
  Box() = default;
  Box(const Box& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  Box& operator=(T value) {
    value_ = std::make_unique<T>(std::move(value));
    return *this;
  }
  const T& operator*() const { return value_ ? *value_ : Empty(); }
  const T* operator->() const { return &**this; }

 private:
  static const T& Empty() {
    static const T empty;
    return empty;
  }
  std::unique_ptr<T> value_;
};

// One atom of a value. `text` holds the unescaped string, the digits of a number, or the dotted path.
struct Atom {
  AtomKind kind = AtomKind::kString;
  base::Range range;
  std::string text;
  std::vector<std::string> path;  // kPath: the dotted parts
  std::vector<Value> items;       // kList
  Box<Body> map;                  // kMap
};

// `kind label { body }`, e.g. `service web { ... }` or `network { ... }`.
struct Block {
  std::string kind;
  base::Range kind_range;
  std::optional<std::string> label;
  base::Range label_range;
  Body body;
  base::Range range;
};

// A comment, kept for suppressions (`# ecsgen:allow ID reason`) and for the formatter.
struct Comment {
  std::string text;  // without the leading `#`
  base::Range range;
};

struct File {
  Body body;
  std::vector<Comment> comments;
};

// A short human description of an atom for messages: "string", "integer", "`web`", "list".
std::string Describe(const Atom& atom);

}  // namespace ecsgen::ast
