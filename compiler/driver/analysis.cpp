#include "compiler/driver/analysis.h"

#include <algorithm>

#include "compiler/sema/analyze.h"

namespace ecsgen::driver {

Analysis AnalyzeFile(const ast::File& file, const std::string& path, const std::string& env,
                     diagnostics::DiagnosticSink& sink) {
  Analysis analysis;
  analysis.model = sema::Analyze(file, path, env, sink);
  return analysis;
}

void CheckAllEnvs(Unit& unit, const std::string& env) {
  if (!Analyzable(unit)) return;
  unit.model = AnalyzeFile(unit.ast, unit.file->path(), env, unit.sink).model;
  if (env.empty()) {
    for (const auto& name : sema::EnvNames(unit.ast)) {
      diagnostics::DiagnosticSink overlay;
      AnalyzeFile(unit.ast, unit.file->path(), name, overlay);
      // An overlay repeats the base file's problems; only what is new to the overlay is added.
      for (const auto& d : overlay.diagnostics()) {
        bool known = std::any_of(unit.sink.diagnostics().begin(), unit.sink.diagnostics().end(), [&](const auto& seen) {
          return seen.kind == d.kind && seen.range == d.range;
        });
        if (!known) {
          auto& added = unit.sink.Report(d.kind, d.severity, d.range, d.message + " (in env `" + name + "`)", d.help);
          added.notes = d.notes;
        }
      }
    }
  }
  unit.sink.Sort();
}

}  // namespace ecsgen::driver
