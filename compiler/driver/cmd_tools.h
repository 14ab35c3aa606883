#pragma once

#include <string>
#include <vector>

#include "compiler/driver/report.h"

// The commands around the compiler: fmt, init and graph.
namespace ecsgen::driver {

struct FmtOptions {
  std::vector<std::string> files;
  bool check = false;
};

// `ecsgen fmt`: rewrites each file in canonical layout, or with `check` lists those that would change.
int RunFmt(const FmtOptions& options);

struct InitOptions {
  std::string template_name = "web-alb";
  std::string file = "app.ecs";
  bool list = false;
};

// `ecsgen init`: writes a starter file from an embedded template; never overwrites.
int RunInit(const InitOptions& options);

struct GraphOptions {
  std::string file;
  std::string env;
  std::string format = "dot";
};

// `ecsgen graph`: the application's diagram (dot, mermaid, or svg through Graphviz's `dot`).
int RunGraph(const GraphOptions& options);

}  // namespace ecsgen::driver
