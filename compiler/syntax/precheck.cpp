#include "compiler/syntax/precheck.h"

#include "compiler/base/text.h"
#include "compiler/syntax/parse.h"

namespace ecsgen::syntax {

base::Position PositionOfByte(const base::SourceFile& file, size_t offset) {
  const std::string& text = file.text();
  uint32_t line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  std::string_view before(text.data() + line_start, offset - line_start);
  return {line, static_cast<uint32_t>(base::CodePoints(before) + 1)};
}

bool PrecheckBytes(const base::SourceFile& file, diagnostics::DiagnosticSink& sink) {
  using diagnostics::Kind;
  const std::string& text = file.text();
  if (text.size() > kMaxFileBytes) {
    sink.Report(Kind::kFileTooLarge, base::Range{{1, 1}, {1, 2}},
                "file is " + std::to_string(text.size() >> 20) + " MiB, over the 16 MiB limit",
                "an .ecs file describes one application; split it or check that the right file was passed");
    return false;
  }
  size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    base::Position at = PositionOfByte(file, nul);
    sink.Report(Kind::kNulByte, base::Range{at, {at.line, at.column + 1}}, "file contains a NUL byte",
                "this looks like a binary file; pass an .ecs text file");
    return false;
  }
  size_t bad = base::FirstInvalidUtf8(text);
  if (bad != std::string::npos) {
    base::Position at = PositionOfByte(file, bad);
    sink.Report(Kind::kInvalidUtf8, base::Range{at, {at.line, at.column + 1}},
                "invalid UTF-8 byte 0x" + [&] {
                  static const char* hex = "0123456789abcdef";
                  unsigned char c = static_cast<unsigned char>(text[bad]);
                  return std::string{hex[c >> 4], hex[c & 15]};
                }(),
                "save the file as UTF-8");
    return false;
  }
  return true;
}

}  // namespace ecsgen::syntax
