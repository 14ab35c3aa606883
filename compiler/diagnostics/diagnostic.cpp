#include "compiler/diagnostics/diagnostic.h"

namespace ecsgen::diagnostics {

const std::vector<KindInfo>& AllKinds() {
  static const std::vector<KindInfo> all = {
#define DIAG(name, id, severity, category, summary, explanation) \
  {Kind::name, id, Severity::severity, Category::category, summary, explanation},
#include "compiler/diagnostics/kinds.def"
#undef DIAG
  };
  return all;
}

const KindInfo& Info(Kind kind) { return AllKinds()[static_cast<size_t>(kind)]; }

const KindInfo* FindKind(std::string_view id) {
  for (const auto& info : AllKinds()) {
    if (info.id == id) return &info;
  }
  return nullptr;
}

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "error";
}

std::string_view CategoryName(Category category) {
  switch (category) {
    case Category::kInput: return "input";
    case Category::kSyntax: return "syntax";
    case Category::kSemantic: return "semantic";
    case Category::kSecurity: return "security";
    case Category::kCorrectness: return "correctness";
    case Category::kReliability: return "reliability";
    case Category::kCost: return "cost";
    case Category::kTarget: return "target";
  }
  return "semantic";
}

}  // namespace ecsgen::diagnostics
