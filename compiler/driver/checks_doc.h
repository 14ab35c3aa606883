#pragma once

#include <string>

namespace ecsgen::driver {

// docs/checks.md: every diagnostic ID with its category, severity, summary and explanation, generated
// from compiler/diagnostics/kinds.def so the page cannot drift from the binary.
std::string ChecksMarkdown();

}  // namespace ecsgen::driver
