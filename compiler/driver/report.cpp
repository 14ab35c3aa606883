#include "compiler/driver/report.h"

#include <unistd.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "compiler/diagnostics/render.h"
#include "compiler/driver/sarif.h"

namespace ecsgen::driver {

bool UseColor(const std::string& mode) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && no_color[0] != '\0') return false;
  return isatty(STDERR_FILENO) == 1;
}

namespace {
std::string Plural(size_t n, const std::string& word) { return std::to_string(n) + " " + word + (n == 1 ? "" : "s"); }
}  // namespace

void PrintDiagnostics(const std::vector<const Unit*>& units, Format format, bool color, std::ostream& out,
                      std::ostream& err) {
  if (format == Format::kSarif) {
    out << Sarif(units).dump(2) << "\n";
    return;
  }
  if (format == Format::kJson) {
    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    for (const Unit* unit : units) {
      for (const auto& d : unit->sink.diagnostics()) all.push_back(diagnostics::RenderJson(d, *unit->file));
    }
    out << all.dump(2) << "\n";
    return;
  }
  size_t errors = 0;
  size_t warnings = 0;
  for (const Unit* unit : units) {
    for (const auto& d : unit->sink.diagnostics()) err << diagnostics::RenderText(d, *unit->file, color) << "\n";
    errors += unit->sink.ErrorCount();
    warnings += unit->sink.WarningCount();
  }
  if (errors + warnings > 0) {
    std::string files = units.size() == 1 ? units[0]->file->path() : Plural(units.size(), "file");
    err << files << ": " << Plural(errors, "error") << ", " << Plural(warnings, "warning") << "\n";
  }
}

}  // namespace ecsgen::driver
