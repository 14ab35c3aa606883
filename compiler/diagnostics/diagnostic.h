#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "compiler/base/source.h"

namespace ecsgen::diagnostics {

enum class Severity { kError, kWarning, kInfo };
enum class Category { kInput, kSyntax, kSemantic, kSecurity, kCorrectness, kReliability, kCost, kTarget };

// Every diagnostic kind has one entry in kinds.def: a stable kebab-case ID and its documentation.
enum class Kind {
#define DIAG(name, id, severity, category, summary, explanation) name,
#include "compiler/diagnostics/kinds.def"
#undef DIAG
};

// The registered facts about one kind: what `explain`, `check --list` and docs/checks.md print.
struct KindInfo {
  Kind kind;
  std::string_view id;
  Severity severity;
  Category category;
  std::string_view summary;
  std::string_view explanation;
};

const std::vector<KindInfo>& AllKinds();
const KindInfo& Info(Kind kind);
// The kind with this ID, or nullptr.
const KindInfo* FindKind(std::string_view id);
std::string_view SeverityName(Severity severity);
std::string_view CategoryName(Category category);

// A secondary location attached to a diagnostic ("first defined here").
struct Note {
  base::Range range;
  std::string message;
};

// One reported problem: where, what, and how to fix it.
struct Diagnostic {
  Kind kind;
  Severity severity;
  base::Range range;
  std::string message;
  std::string help;
  std::vector<Note> notes;
};

}  // namespace ecsgen::diagnostics
