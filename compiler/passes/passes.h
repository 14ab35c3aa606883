#pragma once

#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diagnostics/sink.h"
#include "compiler/ir/ir.h"
#include "compiler/sema/model.h"

// The checks: security, correctness, reliability and cost rules over the IR. Each is a small function
// registered with its diagnostic kind; the kind's registry entry (kinds.def) documents it.
namespace ecsgen::passes {

// Runs every registered check on one lowered env.
void RunChecks(const sema::Model& model, const ir::App& app, diagnostics::DiagnosticSink& sink);

// Applies `# ecsgen:allow ID reason` comments to the check diagnostics in `sink`: a matching diagnostic
// on the comment's line or the line below is dropped. Reports suppressions without a reason, with an
// unknown ID, and (when `report_unused`) those that matched nothing.
void ApplySuppressions(const std::vector<ast::Comment>& comments, diagnostics::DiagnosticSink& sink,
                       bool report_unused = true);

// A suppression is unused only when it is unused in every env: drops `base`'s unused-suppression
// warnings that the overlay's analysis used, and every such warning from `overlay`.
void MergeSuppressionUse(diagnostics::DiagnosticSink& base, diagnostics::DiagnosticSink& overlay);

}  // namespace ecsgen::passes
