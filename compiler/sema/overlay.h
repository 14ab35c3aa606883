#pragma once

#include "compiler/ast/ast.h"
#include "compiler/diagnostics/sink.h"

namespace ecsgen::sema {

// Merges an `env NAME { ... }` overlay into the base body: attributes replace those with the same key,
// statements of a keyword the overlay uses replace the base's statements of that keyword, and nested
// blocks merge by kind and name. An overlay block whose target does not exist is reported.
ast::Body ApplyOverlay(const ast::Body& base, const ast::Body& overlay, diagnostics::DiagnosticSink& sink);

}  // namespace ecsgen::sema
