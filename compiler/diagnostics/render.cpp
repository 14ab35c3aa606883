#include "compiler/diagnostics/render.h"

#include <algorithm>
#include <vector>

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

// A snippet shows at most this many columns of a line, so a minified or hostile file cannot flood
// the terminal with one 100,000-character line.
constexpr size_t kSnippetWidth = 120;
// Columns kept before the caret when the line is cut, so the reader sees what leads up to it.
constexpr size_t kSnippetLead = 40;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";     // U+2026
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The byte length of the UTF-8 sequence at `i`, or 0 when the byte does not start a valid sequence.
size_t SequenceLength(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  size_t length = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (length == 0 || i + length > text.size()) return 0;
  if (base::FirstInvalidUtf8(text.substr(i, length)) != std::string_view::npos) return 0;
  return length;
}

// Splits a line into printable code points. Tabs become one space so that the caret column (in code
// points) lines up; control characters and invalid bytes become U+FFFD, so that a binary file passed
// by mistake cannot write terminal escapes or NULs through a snippet.
std::vector<std::string> Glyphs(std::string_view line) {
  std::vector<std::string> glyphs;
  for (size_t i = 0; i < line.size();) {
    size_t length = SequenceLength(line, i);
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (length == 0) {
      // Stray continuation bytes count no column (base::CodePoints); only lead bytes get a glyph.
      if ((c & 0xC0) != 0x80) glyphs.emplace_back(kReplacement);
      ++i;
      continue;
    }
    if (c == '\t') glyphs.emplace_back(" ");
    else if (c < 0x20 || c == 0x7F) glyphs.emplace_back(kReplacement);
    else glyphs.emplace_back(line.substr(i, length));
    i += length;
  }
  return glyphs;
}

// The snippet of one line with `^~~~` under the range's columns on that line; long lines are cut to
// a window around the caret, with `…` where text was left out.
std::string Snippet(const base::SourceFile& file, const base::Range& range, std::string_view color,
                    const Palette& p) {
  if (!range.valid()) return "";
  std::vector<std::string> glyphs = Glyphs(file.Line(range.begin.line));
  std::string number = std::to_string(range.begin.line);
  std::string gutter(number.size(), ' ');
  size_t line_width = glyphs.size();
  size_t begin = range.begin.column > 0 ? range.begin.column - 1 : 0;
  size_t end = range.end.line == range.begin.line && range.end.column > range.begin.column
                   ? range.end.column - 1
                   : std::max(line_width, begin + 1);
  if (begin > line_width) begin = line_width;
  if (end <= begin) end = begin + 1;
  size_t first = 0;
  size_t last = line_width;
  if (line_width > kSnippetWidth) {
    first = begin > kSnippetLead ? begin - kSnippetLead : 0;
    first = std::min(first, line_width - kSnippetWidth);
    last = first + kSnippetWidth;
    end = std::min(end, std::max(last, begin + 1));
  }
  std::string text = first > 0 ? std::string(kEllipsis) : "";
  for (size_t i = first; i < last; ++i) text += glyphs[i];
  if (last < line_width) text += kEllipsis;
  std::string underline(begin - first + (first > 0 ? 1 : 0), ' ');
  underline += '^';
  underline += std::string(end - begin - 1, '~');
  std::string out;
  out += std::string(p.blue) + " " + number + " |" + std::string(p.reset) + " " + text + "\n";
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
