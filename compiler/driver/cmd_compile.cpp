#include "compiler/driver/cmd_compile.h"

#include <iostream>

#include "compiler/driver/analysis.h"
#include "compiler/driver/cli.h"

namespace ecsgen::driver {

int RunCompile(const CompileOptions& options) {
  auto unit = Load(options.file);
  if (Analyzable(*unit)) {
    unit->model = AnalyzeFile(unit->ast, unit->file->path(), options.env, unit->sink).model;
  }
  unit->sink.Sort();
  PrintDiagnostics({unit.get()}, options.format, UseColor(options.color), std::cout, std::cerr);
  if (unit->sink.HasErrors() || (options.strict && unit->sink.WarningCount() > 0)) return kExitDiagnostics;
  std::cerr << "ecsgen: the " << options.target << " backend is not built yet; nothing written\n";
  return kExitUsage;
}

}  // namespace ecsgen::driver
