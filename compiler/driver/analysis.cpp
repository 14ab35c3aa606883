#include "compiler/driver/analysis.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include "compiler/ir/lower.h"
#include "compiler/passes/passes.h"
#include "compiler/sema/analyze.h"

namespace ecsgen::driver {

namespace {

// The lines on which the parser reported an error. After too many errors the parser stops reporting
// with an info note; from that line on every line counts as one with an error, because unreported
// syntax errors still leave their echoes in sema.
struct SyntaxLines {
  std::set<uint32_t> lines;
  uint32_t stopped_at = UINT32_MAX;
  size_t count(uint32_t line) const { return line >= stopped_at ? 1 : lines.count(line); }
};

SyntaxLines SyntaxErrorLines(const diagnostics::DiagnosticSink& sink) {
  SyntaxLines syntax;
  for (const auto& d : sink.diagnostics()) {
    if (diagnostics::Info(d.kind).category != diagnostics::Category::kSyntax) continue;
    syntax.lines.insert(d.range.begin.line);
    if (d.severity == diagnostics::Severity::kInfo) syntax.stopped_at = std::min(syntax.stopped_at, d.range.begin.line);
  }
  return syntax;
}

// Error recovery leaves a partial AST behind a syntax error: `port = @` reaches sema as a `port` with
// no value. Sema's complaint about such a line ("expects an integer, found nothing") only echoes the
// parser's error, and the user cannot act on it until the syntax is fixed, so it is not reported. This
// is the one place that decides it, for `check` and `compile` alike; `d` is always a sema diagnostic
// and `syntax_lines` holds the parser's lines only. Lines without a syntax error keep all their
// diagnostics, so every independent mistake of a file is still reported in one run.
bool EchoesSyntaxError(const diagnostics::Diagnostic& d, const SyntaxLines& syntax_lines) {
  return d.range.valid() && syntax_lines.count(d.range.begin.line) != 0;
}

}  // namespace

Analysis AnalyzeFile(const ast::File& file, const std::string& path, const std::string& env,
                     diagnostics::DiagnosticSink& sink, bool report_unused_suppressions) {
  Analysis analysis;
  diagnostics::DiagnosticSink sema_sink;
  analysis.model = sema::Analyze(file, path, env, sema_sink);
  SyntaxLines syntax_lines = SyntaxErrorLines(sink);
  for (auto& d : sema_sink.mutable_diagnostics()) {
    if (!EchoesSyntaxError(d, syntax_lines)) sink.mutable_diagnostics().push_back(std::move(d));
  }
  // Checks run on the IR of a model without errors; suppressions apply to what they report.
  bool checked = analysis.model && !sink.HasErrors();
  if (checked) {
    analysis.ir = ir::Lower(*analysis.model);
    passes::RunChecks(*analysis.model, *analysis.ir, sink);
  }
  passes::ApplySuppressions(file.comments, sink, checked && report_unused_suppressions);
  return analysis;
}

void CheckAllEnvs(Unit& unit, const std::string& env) {
  if (!Analyzable(unit)) return;
  // Each overlay is analysed into a sink of its own, which holds no parser errors; the file's parser
  // errors, collected before sema adds anything, filter the overlay's echoes when they are merged.
  SyntaxLines syntax_lines = SyntaxErrorLines(unit.sink);
  unit.model = AnalyzeFile(unit.ast, unit.file->path(), env, unit.sink).model;
  if (env.empty()) {
    for (const auto& name : sema::EnvNames(unit.ast)) {
      diagnostics::DiagnosticSink overlay;
      AnalyzeFile(unit.ast, unit.file->path(), name, overlay);
      passes::MergeSuppressionUse(unit.sink, overlay);
      // An overlay repeats the base file's problems; only what is new to the overlay is added.
      for (const auto& d : overlay.diagnostics()) {
        bool known = std::any_of(unit.sink.diagnostics().begin(), unit.sink.diagnostics().end(), [&](const auto& seen) {
          return seen.kind == d.kind && seen.range == d.range;
        });
        if (!known && !EchoesSyntaxError(d, syntax_lines)) {
          auto& added = unit.sink.Report(d.kind, d.severity, d.range, d.message + " (in env `" + name + "`)", d.help);
          added.notes = d.notes;
        }
      }
    }
  }
  unit.sink.Sort();
}

}  // namespace ecsgen::driver
