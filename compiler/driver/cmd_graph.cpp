#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "compiler/driver/analysis.h"
#include "compiler/driver/cli.h"
#include "compiler/driver/cmd_tools.h"
#include "compiler/graph/graph.h"
#include "compiler/ir/lower.h"

namespace ecsgen::driver {

namespace {

// Graphviz is optional: only `--format svg` needs it, so look for it rather than link to it.
bool HaveDot() {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (!dir.empty() && access((dir + "/dot").c_str(), X_OK) == 0) return true;
  }
  return false;
}

int RenderSvg(const std::string& dot) {
  char name[] = "/tmp/ecsgen-graph-XXXXXX";
  int fd = mkstemp(name);
  if (fd < 0) {
    std::cerr << "ecsgen: cannot create a temporary file for Graphviz\n";
    return kExitIo;
  }
  close(fd);
  {
    std::ofstream out(name, std::ios::binary);
    out << dot;
  }
  FILE* pipe = popen((std::string("dot -Tsvg ") + name).c_str(), "r");
  std::string svg;
  char buffer[4096];
  size_t n = 0;
  while (pipe != nullptr && (n = fread(buffer, 1, sizeof buffer, pipe)) > 0) svg.append(buffer, n);
  int status = pipe != nullptr ? pclose(pipe) : -1;
  std::remove(name);
  if (status != 0) {
    std::cerr << "ecsgen: Graphviz `dot -Tsvg` failed\nhelp: run `ecsgen graph FILE --format dot | dot -Tsvg` to see its error\n";
    return kExitIo;
  }
  std::cout << svg;
  return kExitOk;
}

}  // namespace

int RunGraph(const GraphOptions& options) {
  if (options.format == "svg" && !HaveDot()) {
    std::cerr << "ecsgen: `--format svg` needs Graphviz's `dot`, which is not on PATH\n"
              << "help: install Graphviz (apt-get install graphviz), or use `--format dot` or `--format mermaid`\n";
    return kExitUsage;
  }
  auto unit = Load(options.file);
  std::optional<ir::App> app;
  if (Analyzable(*unit)) {
    Analysis analysis = AnalyzeFile(unit->ast, unit->file->path(), options.env, unit->sink);
    if (analysis.model && !unit->sink.HasErrors()) app = ir::Lower(*analysis.model);
  }
  unit->sink.Sort();
  // Diagnostics go to stderr only when there are errors, so `ecsgen graph app.ecs | dot` stays clean.
  if (unit->sink.HasErrors() || !app) {
    PrintDiagnostics({unit.get()}, Format::kText, UseColor("auto"), std::cout, std::cerr);
    return kExitDiagnostics;
  }
  graph::Diagram diagram = graph::Build(*app);
  if (options.format == "mermaid") {
    std::cout << graph::RenderMermaid(diagram);
    return kExitOk;
  }
  std::string dot = graph::RenderDot(diagram);
  if (options.format == "svg") return RenderSvg(dot);
  std::cout << dot;
  return kExitOk;
}

}  // namespace ecsgen::driver
