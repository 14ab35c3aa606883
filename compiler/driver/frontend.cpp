#include "compiler/driver/frontend.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "compiler/syntax/parse.h"

namespace ecsgen::driver {

namespace {
void Unreadable(Unit& unit, const std::string& why, const std::string& help) {
  unit.sink.Report(diagnostics::Kind::kFileUnreadable, base::Range{}, "cannot read input: " + why, help);
}
}  // namespace

std::unique_ptr<Unit> LoadText(const std::string& path, std::string text) {
  auto unit = std::make_unique<Unit>();
  unit->file = std::make_unique<base::SourceFile>(path, std::move(text));
  unit->readable = true;
  unit->ast = syntax::Parse(*unit->file, unit->sink);
  return unit;
}

std::unique_ptr<Unit> Load(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) {
    auto unit = std::make_unique<Unit>();
    unit->file = std::make_unique<base::SourceFile>(path, "");
    Unreadable(*unit, std::strerror(errno), "check the path");
    return unit;
  }
  if (S_ISDIR(info.st_mode)) {
    auto unit = std::make_unique<Unit>();
    unit->file = std::make_unique<base::SourceFile>(path, "");
    Unreadable(*unit, "it is a directory", "pass an .ecs file, e.g. `" + path + "/app.ecs`");
    return unit;
  }
  if (static_cast<size_t>(info.st_size) > syntax::kMaxFileBytes) {
    auto unit = std::make_unique<Unit>();
    unit->file = std::make_unique<base::SourceFile>(path, "");
    unit->sink.Report(diagnostics::Kind::kFileTooLarge, base::Range{},
                      "file is " + std::to_string(info.st_size >> 20) + " MiB, over the 16 MiB limit",
                      "an .ecs file describes one application; check that the right file was passed");
    return unit;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    auto unit = std::make_unique<Unit>();
    unit->file = std::make_unique<base::SourceFile>(path, "");
    Unreadable(*unit, std::strerror(errno), "check the file's permissions");
    return unit;
  }
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) {
    auto unit = std::make_unique<Unit>();
    unit->file = std::make_unique<base::SourceFile>(path, "");
    Unreadable(*unit, "read error", "check the file");
    return unit;
  }
  return LoadText(path, text.str());
}

bool Analyzable(const Unit& unit) {
  if (!unit.readable) return false;
  for (const auto& d : unit.sink.diagnostics()) {
    if (diagnostics::Info(d.kind).category == diagnostics::Category::kInput) return false;
  }
  return true;
}

}  // namespace ecsgen::driver
