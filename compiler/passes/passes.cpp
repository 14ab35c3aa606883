#include "compiler/passes/passes.h"

#include <cassert>

#include "compiler/passes/registry.h"

namespace ecsgen::passes {

void CheckContext::Report(diagnostics::Kind kind, base::Range range, std::string message, std::string help) const {
  sink.Report(kind, range.valid() ? range : model.app.name_range, std::move(message), std::move(help));
}

base::Range CheckContext::Where(const sema::Component& component, std::string_view key) const {
  base::Range range = component.At(key);
  return range.valid() ? range : model.app.name_range;
}

std::vector<const sema::Container*> Containers(const sema::Workload& workload) {
  std::vector<const sema::Container*> all = {&workload.main};
  for (const auto& sidecar : workload.sidecars) all.push_back(&sidecar);
  return all;
}

std::string Plural(int count, std::string_view word) {
  return std::to_string(count) + " " + std::string(word) + (count == 1 ? "" : "s");
}

void RunChecks(const sema::Model& model, const ir::App& app, diagnostics::DiagnosticSink& sink) {
  CheckContext context{model, app, sink};
  for (const auto* table : {&SecurityChecks(), &CorrectnessChecks(), &ReliabilityChecks(), &CostChecks()}) {
    for (const Check& check : *table) {
      [[maybe_unused]] size_t before = sink.diagnostics().size();
      check.run(context);
      // A check reports only its own kind, so its registry entry documents everything it says.
      for (size_t i = before; i < sink.diagnostics().size(); ++i) assert(sink.diagnostics()[i].kind == check.kind);
    }
  }
}

}  // namespace ecsgen::passes
