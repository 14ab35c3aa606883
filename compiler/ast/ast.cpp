#include "compiler/ast/ast.h"

namespace ecsgen::ast {

std::string Describe(const Atom& atom) {
  switch (atom.kind) {
    case AtomKind::kString: return "string \"" + atom.text + "\"";
    case AtomKind::kInt: return "integer " + atom.text;
    case AtomKind::kDecimal: return "number " + atom.text;
    case AtomKind::kPercent: return "percentage " + atom.text + "%";
    case AtomKind::kCidr: return "CIDR " + atom.text;
    case AtomKind::kPath: return "`" + atom.text + "`";
    case AtomKind::kColon: return "`:`";
    case AtomKind::kDotDot: return "`..`";
    case AtomKind::kArrow: return "`->`";
    case AtomKind::kList: return "a list";
    case AtomKind::kMap: return "a map";
  }
  return "value";
}

}  // namespace ecsgen::ast
