#include "compiler/ir/names.h"

#include <cstdio>

#include "compiler/base/text.h"

namespace ecsgen::ir {

std::string ShortName(std::string_view name, size_t limit) {
  std::string out(name);
  if (out.size() > limit) {
    char suffix[8];
    std::snprintf(suffix, sizeof suffix, "%06x", base::StableHash(name) & 0xFFFFFFu);
    out = out.substr(0, limit - 7);
    while (!out.empty() && out.back() == '-') out.pop_back();
    out += "-";
    out += suffix;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string Id(std::string_view name) {
  std::string out;
  for (char c : name) out += c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Dashed(std::string_view name) {
  std::string out;
  for (char c : name) out += c == '_' ? '-' : c;
  return out;
}

std::string Camel(std::string_view name) {
  std::string out;
  bool upper = true;
  for (char c : name) {
    if (c == '_' || c == '-' || c == '.' || c == '/') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

}  // namespace ecsgen::ir
