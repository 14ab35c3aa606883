#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diagnostics/sink.h"
#include "compiler/sema/model.h"

namespace ecsgen::sema {

// Reads the atoms of one value left to right. Each Expect… reports a located error when the value
// does not have the expected shape; `what` names the attribute for messages.
class Cursor {
 public:
  Cursor(const ast::Value& value, std::string what, diagnostics::DiagnosticSink& sink);
  Cursor(const std::vector<ast::Atom>& atoms, base::Range range, std::string what, diagnostics::DiagnosticSink& sink);

  bool AtEnd() const { return index_ >= atoms_.size(); }
  const ast::Atom* Peek(size_t ahead = 0) const;
  bool PeekIs(ast::AtomKind kind) const { return Peek() && Peek()->kind == kind; }
  bool PeekWord(std::string_view word) const;
  // Takes the next atom when it has this kind; otherwise nullptr and nothing reported.
  const ast::Atom* Take(ast::AtomKind kind);
  bool TakeWord(std::string_view word);

  std::optional<std::string> ExpectString();
  std::optional<int64_t> ExpectInt(int64_t min, int64_t max);
  std::optional<std::string> ExpectWord(const std::vector<std::string>& allowed);
  std::optional<std::string> ExpectName();  // any single identifier
  std::optional<int64_t> ExpectPercent(int64_t min, int64_t max);
  // `512 MiB`, `2 GiB`; returns MiB.
  std::optional<int64_t> ExpectSizeMiB();
  // `30 days`, `90s`, `5 m`; returns seconds.
  std::optional<int64_t> ExpectDurationSeconds();
  // The same within min..max seconds; `name` is what the range error names (an attribute or a clause).
  std::optional<int64_t> ExpectSecondsIn(int64_t min, int64_t max, std::string_view name);
  // An engine version string such as "16.4": up to three numeric parts of at most 4 digits, since the
  // passes compare versions numerically. `example` is the help's suggestion.
  std::optional<std::string> ExpectVersion(std::string_view example);
  std::optional<Cidr> ExpectCidr();
  // Reports any atoms left over; `shape` describes the expected form ("a size like `512 MiB`").
  bool Finish(std::string_view shape);
  // The same for one item of a list: leftovers there are usually a missing `,` (`[ecr logs]`).
  bool FinishItem(std::string_view shape);
  // Reports that the value as a whole has the wrong type.
  void Mismatch(std::string_view shape);
  base::Range Here() const;
  // Where the cursor is now, and the range of the atoms taken since then: `10 days` rather than `10`.
  size_t Mark() const { return index_; }
  base::Range Since(size_t mark) const;
  bool failed() const { return failed_; }
  const std::string& what() const { return what_; }

 private:
  void Error(diagnostics::Kind kind, base::Range range, std::string message, std::string help);
  const std::vector<ast::Atom>& atoms_;
  base::Range range_;
  std::string what_;
  diagnostics::DiagnosticSink& sink_;
  size_t index_ = 0;
  bool failed_ = false;
};

// Parses "10.0.0.0/16"; nullopt with a reason when malformed.
std::optional<Cidr> ParseCidr(std::string_view text, std::string* reason);

}  // namespace ecsgen::sema
