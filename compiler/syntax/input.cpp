#include "compiler/syntax/input.h"

namespace ecsgen::syntax {

InputStream::InputStream(std::string_view utf8) {
  if (utf8.starts_with("\xef\xbb\xbf")) utf8.remove_prefix(3);
  size_t count = 0;
  for (unsigned char c : utf8) count += (c & 0xC0) != 0x80;
  _data.resize(count);
  size_t out = 0;
  for (size_t i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    size_t extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    char32_t code_point = extra == 0 ? c : c & (0x3F >> extra);
    for (size_t k = 1; k <= extra; ++k) code_point = (code_point << 6) | (utf8[i + k] & 0x3F);
    _data[out++] = code_point;
    i += extra + 1;
  }
  p = 0;
}

std::string InputStream::Text(const antlr4::Token& token) const {
  size_t start = token.getStartIndex();
  size_t stop = token.getStopIndex();
  // Tokens the error recovery conjures carry their own text ("<missing ...>") and no indexes, and EOF's
  // text is "<EOF>": the runtime answers for those. A token the lexer cut from this stream has no text
  // of its own (the grammar has no actions that set one), so its text is the characters it spans.
  if (start > stop || stop >= _data.size() || token.getInputStream() != this) return token.getText();
  std::string text;
  text.reserve(stop - start + 1);
  for (size_t i = start; i <= stop; ++i) {
    char32_t c = _data[i];
    if (c < 0x80) {
      text += static_cast<char>(c);
    } else if (c < 0x800) {
      text += static_cast<char>(0xC0 | (c >> 6));
      text += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      text += static_cast<char>(0xE0 | (c >> 12));
      text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      text += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      text += static_cast<char>(0xF0 | (c >> 18));
      text += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      text += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return text;
}

}  // namespace ecsgen::syntax
