#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "compiler/driver/frontend.h"

namespace ecsgen::driver {

enum class Format { kText, kJson, kSarif };

// Prints the diagnostics of every unit: text to `err` (with a summary line), JSON or SARIF to `out`.
void PrintDiagnostics(const std::vector<const Unit*>& units, Format format, bool color, std::ostream& out,
                      std::ostream& err);

// Whether to colour text output: on a TTY, unless NO_COLOR is set; `mode` is auto, always or never.
bool UseColor(const std::string& mode);

}  // namespace ecsgen::driver
