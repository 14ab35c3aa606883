#pragma once

#include <antlr4-runtime.h>

#include <string>
#include <string_view>

namespace ecsgen::syntax {

// The character stream the lexer reads, decoded from text that PrecheckBytes has accepted as UTF-8.
// ANTLRInputStream's own decoding (std::wstring_convert) sizes its buffer for the worst case, about
// 20 bytes per input byte, and keeps all of it for the whole parse; this one holds exactly one code
// point per character. Its tokens' text is encoded here directly as well: Token::getText goes through
// the same converter on every call, and the builder asks for the text of most tokens of a file.
class InputStream : public antlr4::ANTLRInputStream {
 public:
  // `utf8` must be valid UTF-8; a leading byte order mark is dropped, as ANTLRInputStream does.
  explicit InputStream(std::string_view utf8);

  // The text of a token read from this stream, the same as `token.getText()`.
  std::string Text(const antlr4::Token& token) const;
  // The code points, for the hand-written scanner (lexer.h).
  const std::u32string& CodePoints() const { return _data; }
};

}  // namespace ecsgen::syntax
