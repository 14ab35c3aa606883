#include <sys/stat.h>

#include <fstream>
#include <iostream>

#include "compiler/driver/cli.h"
#include "compiler/driver/cmd_tools.h"
#include "compiler/driver/templates.h"

namespace ecsgen::driver {

int RunInit(const InitOptions& options) {
  const auto& templates = Templates();
  if (options.list) {
    for (const auto& t : templates) {
      // The first comment line of a template is its one-line summary.
      std::string_view summary = t.text.substr(0, t.text.find('\n'));
      if (summary.starts_with("# ")) summary.remove_prefix(2);
      std::cout << t.name << std::string(t.name.size() < 20 ? 20 - t.name.size() : 1, ' ') << summary << "\n";
    }
    return kExitOk;
  }
  const Template* chosen = nullptr;
  for (const auto& t : templates) {
    if (t.name == options.template_name) chosen = &t;
  }
  if (chosen == nullptr) {
    std::cerr << "ecsgen: no template `" << options.template_name << "`\nhelp: `ecsgen init --list` shows them\n";
    return kExitUsage;
  }
  if (options.file == "-") {
    std::cout << chosen->text;
    return kExitOk;
  }
  struct stat info {};
  if (stat(options.file.c_str(), &info) == 0) {
    std::cerr << "ecsgen: " << options.file << " already exists; not overwriting it\n"
              << "help: pass another file name, or `-` to print the template\n";
    return kExitDiagnostics;
  }
  std::ofstream out(options.file, std::ios::binary);
  out << chosen->text;
  if (!out.flush()) {
    std::cerr << "ecsgen: cannot write " << options.file << "\nhelp: check that the directory exists and is writable\n";
    return kExitIo;
  }
  std::cerr << "wrote " << options.file << " from template " << chosen->name << "\n";
  return kExitOk;
}

}  // namespace ecsgen::driver
