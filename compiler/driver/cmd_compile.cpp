#include "compiler/driver/cmd_compile.h"

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <iostream>
#include <iterator>

#include "compiler/driver/analysis.h"
#include "compiler/driver/cli.h"
#include "compiler/driver/writer.h"
#include "compiler/emit/cloudformation/cloudformation.h"
#include "compiler/emit/terraform/terraform.h"
#include "compiler/ir/dump.h"
#include "compiler/ir/lower.h"
#include "compiler/plan/plan.h"

namespace ecsgen::driver {

namespace {

// Constructs a target cannot express become located errors; nothing is written then.
void ReportUnsupported(const emit::Output& out, const std::string& target, diagnostics::DiagnosticSink& sink) {
  for (const auto& u : out.unsupported) {
    sink.Report(diagnostics::Kind::kTargetUnsupported, u.origin, u.message + " (target " + target + ")", u.help);
  }
}

// Writes a serialised document to stdout `indent` columns deeper than it was laid out (every line after
// the first), as the same value nested in an object is laid out.
void Print(const emit::Text& text, int indent) {
  std::string margin = "\n" + std::string(indent, ' ');
  for (const std::string& chunk : text.chunks()) {
    if (indent == 0) {
      std::cout.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      continue;
    }
    size_t start = 0;
    for (size_t newline = chunk.find('\n'); newline != std::string::npos; newline = chunk.find('\n', start)) {
      std::cout.write(chunk.data() + start, static_cast<std::streamsize>(newline - start));
      std::cout << margin;
      start = newline + 1;
    }
    std::cout.write(chunk.data() + start, static_cast<std::streamsize>(chunk.size() - start));
  }
}

}  // namespace

int RunCompile(const CompileOptions& options) {
  auto unit = Load(options.file);
  std::optional<ir::App> app;
  if (Analyzable(*unit)) {
    Analysis analysis = AnalyzeFile(unit->ast, unit->file->path(), options.env, unit->sink,
                                    /*report_unused_suppressions=*/false);
    // The checks already lowered the model; the emitters reuse that IR.
    if (analysis.ir && !unit->sink.HasErrors()) app = std::move(analysis.ir);
  }
  // Only the IR and the diagnostics are needed from here on. Parsing peaks at several times the
  // memory the emitters need; handing those freed pages back to the system keeps them out of the
  // process's peak when the emitters' output is added on top.
  unit->ast = ast::File();
#ifdef __GLIBC__
  malloc_trim(0);
#endif
  bool terraform = options.target == "terraform" || options.target == "both";
  bool cloudformation = options.target == "cloudformation" || options.target == "both";
  std::vector<emit::Output> outputs;
  if (app && !options.dump_ir && !options.explain_plan) {
    if (terraform) outputs.push_back(emit::terraform::Emit(*app, options.out == "-"));
    if (cloudformation) {
      outputs.push_back(emit::cloudformation::Emit(*app, options.out == "-"));
      ReportUnsupported(outputs.back(), "cloudformation", unit->sink);
    }
  }
  unit->sink.Sort();
  PrintDiagnostics({unit.get()}, options.format, UseColor(options.color), std::cout, std::cerr);
  if (unit->sink.HasErrors() || (options.strict && unit->sink.WarningCount() > 0) || !app) return kExitDiagnostics;
  if (options.dump_ir) {
    std::cout << ir::Dump(*app);
    return kExitOk;
  }
  if (options.explain_plan) {
    std::cout << plan::ExplainPlan(*app);
    return kExitOk;
  }
  if (options.out == "-") {
    // One JSON document: the merged Terraform configuration, or the template (with both: an object of the two).
    if (outputs.size() == 1) {
      Print(outputs[0].merged, 0);
      std::cout << "\n";
    } else {
      std::cout << "{\n  \"terraform\": ";
      Print(outputs[0].merged, 2);
      std::cout << ",\n  \"cloudformation\": ";
      Print(outputs[1].merged, 2);
      std::cout << "\n}\n";
    }
    std::cout.flush();
    return kExitOk;
  }
  std::vector<emit::OutputFile> files;
  size_t resources = 0;
  for (auto& out : outputs) {
    // Moved, not copied: at 10,000 services the files are over 100 MB.
    files.insert(files.end(), std::make_move_iterator(out.files.begin()), std::make_move_iterator(out.files.end()));
    resources += out.resource_count;
  }
  std::string error = WriteAtomically(options.out, files);
  if (!error.empty()) {
    std::cerr << "ecsgen: " << error << "\nhelp: check that the output directory is writable and the disk has space; "
              << "nothing in " << options.out << " was changed\n";
    return kExitIo;
  }
  std::cerr << "wrote " << resources << " resources to " << options.out << " (" << options.target << ")\n";
  return kExitOk;
}

}  // namespace ecsgen::driver
