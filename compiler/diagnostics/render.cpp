#include "compiler/diagnostics/render.h"

#include <algorithm>

#include "compiler/base/text.h"

namespace ecsgen::diagnostics {
namespace {

struct Palette {
  std::string_view bold, red, yellow, blue, cyan, reset;
};

Palette Colors(bool on) {
  if (!on) return {};
  return {"\x1b[1m", "\x1b[1;31m", "\x1b[1;33m", "\x1b[1;34m", "\x1b[1;36m", "\x1b[0m"};
}

std::string_view SeverityColor(Severity severity, const Palette& p) {
  switch (severity) {
    case Severity::kError: return p.red;
    case Severity::kWarning: return p.yellow;
    case Severity::kInfo: return p.cyan;
  }
  return p.red;
}

// Tabs are shown as one space so that the caret column (in code points) lines up.
std::string Printable(std::string_view line) {
  std::string out(line);
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

// The snippet of one line with `^~~~` under the range's columns on that line.
std::string Snippet(const base::SourceFile& file, const base::Range& range, std::string_view color,
                    const Palette& p) {
  if (!range.valid()) return "";
  std::string_view line = file.Line(range.begin.line);
  std::string number = std::to_string(range.begin.line);
  std::string gutter(number.size(), ' ');
  size_t line_width = base::CodePoints(line);
  size_t begin = range.begin.column > 0 ? range.begin.column - 1 : 0;
  size_t end = range.end.line == range.begin.line && range.end.column > range.begin.column
                   ? range.end.column - 1
                   : std::max(line_width, begin + 1);
  if (begin > line_width) begin = line_width;
  if (end <= begin) end = begin + 1;
  std::string underline(begin, ' ');
  underline += '^';
  underline += std::string(end - begin - 1, '~');
  std::string out;
  out += std::string(p.blue) + " " + number + " |" + std::string(p.reset) + " " + Printable(line) + "\n";
  out += std::string(p.blue) + " " + gutter + " |" + std::string(p.reset) + " " + std::string(color) + underline +
         std::string(p.reset) + "\n";
  return out;
}

std::string Location(const base::SourceFile& file, const base::Range& range) {
  if (!range.valid()) return file.path();
  return file.path() + ":" + std::to_string(range.begin.line) + ":" + std::to_string(range.begin.column);
}

}  // namespace

std::string RenderText(const Diagnostic& d, const base::SourceFile& file, bool color) {
  Palette p = Colors(color);
  std::string_view sev_color = SeverityColor(d.severity, p);
  std::string out;
  out += std::string(p.bold) + Location(file, d.range) + ": " + std::string(p.reset) + std::string(sev_color) +
         std::string(SeverityName(d.severity)) + ":" + std::string(p.reset) + std::string(p.bold) + " " + d.message +
         " [" + std::string(Info(d.kind).id) + "]" + std::string(p.reset) + "\n";
  out += Snippet(file, d.range, sev_color, p);
  for (const auto& note : d.notes) {
    out += std::string(p.bold) + Location(file, note.range) + ": " + std::string(p.reset) + std::string(p.cyan) +
           "note:" + std::string(p.reset) + " " + note.message + "\n";
    out += Snippet(file, note.range, p.cyan, p);
  }
  if (!d.help.empty()) out += std::string(p.cyan) + "help:" + std::string(p.reset) + " " + d.help + "\n";
  return out;
}

nlohmann::ordered_json RenderJson(const Diagnostic& d, const base::SourceFile& file) {
  nlohmann::ordered_json j;
  j["id"] = Info(d.kind).id;
  j["severity"] = SeverityName(d.severity);
  j["file"] = file.path();
  j["line"] = d.range.begin.line;
  j["column"] = d.range.begin.column;
  j["end"] = {{"line", d.range.end.line}, {"column", d.range.end.column}};
  j["message"] = d.message;
  j["help"] = d.help;
  nlohmann::ordered_json notes = nlohmann::ordered_json::array();
  for (const auto& note : d.notes) {
    notes.push_back({{"line", note.range.begin.line}, {"column", note.range.begin.column}, {"message", note.message}});
  }
  j["notes"] = notes;
  return j;
}

}  // namespace ecsgen::diagnostics
