#pragma once

#include <optional>
#include <string>

#include "compiler/driver/frontend.h"
#include "compiler/ir/ir.h"

namespace ecsgen::driver {

// What the middle of the pipeline produced for one env.
struct Analysis {
  std::optional<sema::Model> model;
  // The lowered IR the checks ran on; set when sema produced a model without errors.
  std::optional<ir::App> ir;
};

// Runs sema and the checks for one env ("" for the base file), reporting into `sink`. `compile` sees one
// env only, so it leaves unused suppressions to `check`, which judges them across every env.
Analysis AnalyzeFile(const ast::File& file, const std::string& path, const std::string& env,
                     diagnostics::DiagnosticSink& sink, bool report_unused_suppressions = true);

// `check` without --env analyses the base file and every env overlay, reporting each problem once.
void CheckAllEnvs(Unit& unit, const std::string& env);

}  // namespace ecsgen::driver
