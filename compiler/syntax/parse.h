#pragma once

#include "compiler/ast/ast.h"
#include "compiler/base/source.h"
#include "compiler/diagnostics/sink.h"

namespace ecsgen::syntax {

// Limits that keep a hostile file from exhausting memory or the stack.
inline constexpr size_t kMaxFileBytes = 16u << 20;
inline constexpr int kMaxNesting = 64;

// What the parser did, for the tests that keep the grammar cheap to predict: a decision that needs
// ANTLR's full-context prediction is one whose lookahead can run over a whole bracketed region, which
// on broken files has cost seconds (fuzz finding, issue 7).
struct ParseProbe {
  bool skip_sll = false;                 // in: go straight to the LL stage that broken files take
  bool used_ll = false;                  // out: the LL stage ran
  size_t full_context_predictions = 0;   // out: decisions SLL lookahead could not settle
};

// Parses one file into the AST. Every problem goes to `sink`; the returned AST holds whatever parsed,
// so sema can still report the errors of the parts that did.
ast::File Parse(const base::SourceFile& file, diagnostics::DiagnosticSink& sink, ParseProbe* probe = nullptr);

}  // namespace ecsgen::syntax
