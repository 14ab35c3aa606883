#pragma once

#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"

namespace ecsgen::diagnostics {

// Collects the diagnostics of one source file. Phases report here and carry on; nothing throws.
class DiagnosticSink {
 public:
  // Reports a problem with the kind's default severity; returns it so notes can be attached.
  Diagnostic& Report(Kind kind, base::Range range, std::string message, std::string help);
  // Reports with an explicit severity (e.g. a check raised to an error by the app's policy).
  Diagnostic& Report(Kind kind, Severity severity, base::Range range, std::string message, std::string help);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::vector<Diagnostic>& mutable_diagnostics() { return diagnostics_; }
  size_t ErrorCount() const;
  size_t WarningCount() const;
  bool HasErrors() const { return ErrorCount() > 0; }
  // Orders diagnostics by position (then kind) so output does not depend on phase order.
  void Sort();

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace ecsgen::diagnostics
