#pragma once

#include "compiler/ast/ast.h"
#include "compiler/base/source.h"
#include "compiler/diagnostics/sink.h"

namespace ecsgen::syntax {

// Limits that keep a hostile file from exhausting memory or the stack.
inline constexpr size_t kMaxFileBytes = 16u << 20;
inline constexpr int kMaxNesting = 64;

// Parses one file into the AST. Every problem goes to `sink`; the returned AST holds whatever parsed,
// so sema can still report the errors of the parts that did.
ast::File Parse(const base::SourceFile& file, diagnostics::DiagnosticSink& sink);

}  // namespace ecsgen::syntax
