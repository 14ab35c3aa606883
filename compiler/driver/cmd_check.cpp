#include "compiler/driver/cmd_check.h"

#include <iostream>

#include "compiler/base/text.h"
#include "compiler/driver/analysis.h"
#include "compiler/driver/checks_doc.h"
#include "compiler/driver/cli.h"

namespace ecsgen::driver {

int RunCheck(const CheckOptions& options) {
  std::vector<std::unique_ptr<Unit>> units;
  for (const auto& path : options.files) {
    auto unit = Load(path);
    CheckAllEnvs(*unit, options.env);
    units.push_back(std::move(unit));
  }
  std::vector<const Unit*> views;
  bool failed = false;
  for (const auto& unit : units) {
    views.push_back(unit.get());
    failed = failed || unit->sink.HasErrors() || (options.strict && unit->sink.WarningCount() > 0);
  }
  PrintDiagnostics(views, options.format, UseColor(options.color), std::cout, std::cerr);
  return failed ? kExitDiagnostics : kExitOk;
}

int RunExplain(const std::string& id) {
  const auto* info = diagnostics::FindKind(id);
  if (!info) {
    std::vector<std::string> ids;
    for (const auto& kind : diagnostics::AllKinds()) ids.emplace_back(kind.id);
    std::cerr << "ecsgen: no check or diagnostic named `" << id << "`" << base::DidYouMean(id, ids)
              << "\nhelp: `ecsgen check --list` lists every ID\n";
    return kExitUsage;
  }
  std::cout << info->id << " (" << diagnostics::SeverityName(info->severity) << ", "
            << diagnostics::CategoryName(info->category) << ")\n\n"
            << info->summary << "\n\n"
            << info->explanation << "\n";
  return kExitOk;
}

int RunList() {
  for (const auto& info : diagnostics::AllKinds()) {
    std::string id(info.id);
    std::string category(diagnostics::CategoryName(info.category));
    std::string severity(diagnostics::SeverityName(info.severity));
    id.resize(std::max<size_t>(id.size(), 28), ' ');
    category.resize(std::max<size_t>(category.size(), 12), ' ');
    severity.resize(std::max<size_t>(severity.size(), 8), ' ');
    std::cout << id << " " << category << " " << severity << " " << info.summary << "\n";
  }
  return kExitOk;
}

int RunListMarkdown() {
  std::cout << ChecksMarkdown();
  return kExitOk;
}

}  // namespace ecsgen::driver
