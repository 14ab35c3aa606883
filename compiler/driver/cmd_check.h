#pragma once

#include <string>
#include <vector>

#include "compiler/driver/report.h"

namespace ecsgen::driver {

struct CheckOptions {
  std::vector<std::string> files;
  std::string env;          // "" checks the base file and every env overlay
  Format format = Format::kText;
  bool strict = false;
  std::string color = "auto";
};

// `ecsgen check`: diagnostics for every file (and env), exit 0 clean, 1 on errors (or warnings with --strict).
int RunCheck(const CheckOptions& options);

// `ecsgen explain ID` and `ecsgen check --list`.
int RunExplain(const std::string& id);
int RunList();
// `ecsgen check --list --format markdown`: the whole of docs/checks.md, generated from the registry.
int RunListMarkdown();

}  // namespace ecsgen::driver
