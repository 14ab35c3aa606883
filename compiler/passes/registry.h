#pragma once

#include <string>
#include <vector>

#include "compiler/diagnostics/sink.h"
#include "compiler/ir/ir.h"
#include "compiler/sema/model.h"

// What a check sees and how it reports. Internal to compiler/passes.
namespace ecsgen::passes {

// The inputs of one check: the IR, and the model for what the IR no longer knows (attribute ranges,
// settings that only change what is emitted by their absence).
struct CheckContext {
  const sema::Model& model;
  const ir::App& app;
  diagnostics::DiagnosticSink& sink;

  void Report(diagnostics::Kind kind, base::Range range, std::string message, std::string help) const;
  // A component's range, or the app's name when the component was not written (a defaulted network).
  base::Range Where(const sema::Component& component, std::string_view key) const;
};

using CheckFn = void (*)(const CheckContext&);

// One registered check: the diagnostic kind it reports and the function that finds it.
struct Check {
  diagnostics::Kind kind;
  CheckFn run;
};

// One table per category file.
const std::vector<Check>& SecurityChecks();
const std::vector<Check>& CorrectnessChecks();
const std::vector<Check>& ReliabilityChecks();
const std::vector<Check>& CostChecks();

// Production components that keep no access log (checks_logging.cpp; in the security table).
void AccessLogsOff(const CheckContext& c);

// Every container of a workload: the main one first, then the sidecars.
std::vector<const sema::Container*> Containers(const sema::Workload& workload);

// "1 zone" / "3 zones".
std::string Plural(int count, std::string_view word);

}  // namespace ecsgen::passes
