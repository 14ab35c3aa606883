#include <cstdio>
#include <fstream>
#include <iostream>

#include "compiler/driver/cli.h"
#include "compiler/driver/cmd_tools.h"
#include "compiler/format/format.h"

namespace ecsgen::driver {

namespace {

// Replaces the file by rename so an interrupted run never leaves it half-written.
bool WriteFile(const std::string& path, const std::string& text) {
  std::string tmp = path + ".ecsgen-fmt.tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) return false;
  }
  return std::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace

int RunFmt(const FmtOptions& options) {
  int status = kExitOk;
  for (const auto& path : options.files) {
    // A file that does not parse is left alone: its layout cannot be trusted to keep its meaning.
    std::unique_ptr<Unit> unit = path == "-" ? LoadText("<stdin>", std::string(std::istreambuf_iterator<char>(std::cin), {}))
                                             : Load(path);
    if (unit->sink.HasErrors()) {
      unit->sink.Sort();
      PrintDiagnostics({unit.get()}, Format::kText, UseColor("auto"), std::cout, std::cerr);
      status = kExitDiagnostics;
      continue;
    }
    std::string formatted = format::Format(syntax::Lex(unit->file->text()));
    if (path == "-") {
      std::cout << formatted;
      if (options.check && formatted != unit->file->text()) status = kExitDiagnostics;
      continue;
    }
    if (formatted == unit->file->text()) continue;
    if (options.check) {
      std::cout << path << "\n";
      status = kExitDiagnostics;
    } else if (!WriteFile(path, formatted)) {
      std::cerr << "ecsgen: cannot write " << path << "\nhelp: check the file's permissions\n";
      return kExitIo;
    }
  }
  return status;
}

}  // namespace ecsgen::driver
