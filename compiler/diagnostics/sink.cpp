#include "compiler/diagnostics/sink.h"

#include <algorithm>

namespace ecsgen::diagnostics {

Diagnostic& DiagnosticSink::Report(Kind kind, base::Range range, std::string message, std::string help) {
  return Report(kind, Info(kind).severity, range, std::move(message), std::move(help));
}

Diagnostic& DiagnosticSink::Report(Kind kind, Severity severity, base::Range range, std::string message,
                                   std::string help) {
  diagnostics_.push_back(Diagnostic{kind, severity, range, std::move(message), std::move(help), {}});
  return diagnostics_.back();
}

size_t DiagnosticSink::ErrorCount() const {
  return std::count_if(diagnostics_.begin(), diagnostics_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kError; });
}

size_t DiagnosticSink::WarningCount() const {
  return std::count_if(diagnostics_.begin(), diagnostics_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::kWarning; });
}

void DiagnosticSink::Sort() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
    return static_cast<int>(a.kind) < static_cast<int>(b.kind);
  });
}

}  // namespace ecsgen::diagnostics
