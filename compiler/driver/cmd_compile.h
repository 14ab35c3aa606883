#pragma once

#include <string>

#include "compiler/driver/report.h"

namespace ecsgen::driver {

struct CompileOptions {
  std::string file;
  std::string out;
  std::string target = "terraform";
  std::string env;
  Format format = Format::kText;
  bool strict = false;
  bool dump_ir = false;
  bool explain_plan = false;  // print a summary (counts, exposure, fixed cost) instead of writing output
  std::string color = "auto";
};

// `ecsgen compile`: runs every check, then writes the chosen target atomically into `out`.
int RunCompile(const CompileOptions& options);

}  // namespace ecsgen::driver
