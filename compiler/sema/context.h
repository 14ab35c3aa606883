#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diagnostics/sink.h"
#include "compiler/sema/model.h"

namespace ecsgen::sema {

// What sema knows while reading blocks: the sink, the model being filled, and every component name
// (collected before any block is read, so references do not depend on block order).
struct Context {
  diagnostics::DiagnosticSink& sink;
  Model& model;
  struct Symbol {
    ComponentKind kind;
    base::Range range;
  };
  // Component names are unique across kinds, except registries: images say `registry.NAME`, so a
  // registry may share its name with the service that runs it. They live under the key "registry.NAME".
  std::map<std::string, Symbol, std::less<>> symbols;
  static std::string SymbolKey(ComponentKind kind, const std::string& name) {
    return kind == ComponentKind::kRegistry ? "registry." + name : name;
  }

  // Resolves a reference atom such as `db.password` to a component of one of `allowed` kinds and an
  // attribute it exports. Reports unknown names (with did-you-mean), wrong kinds and attributes.
  std::optional<Ref> Resolve(const ast::Atom& atom, const std::vector<ComponentKind>& allowed, std::string_view what,
                             bool name_only = false);
  // Resolves a bare component name (no attribute) of one kind.
  std::optional<std::string> ResolveName(const ast::Atom& atom, ComponentKind kind, std::string_view what);
};

// The attributes a component kind exports to references (`db.host`); "" is the component itself.
const std::vector<std::string>& ExportedAttributes(ComponentKind kind);

}  // namespace ecsgen::sema
