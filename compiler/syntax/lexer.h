#pragma once

#include <antlr4-runtime.h>

#include <cstddef>
#include <memory>
#include <vector>

#include "EcsLexer.h"
#include "compiler/syntax/input.h"

namespace ecsgen::syntax {

// The longest token of the grammar's lexer rules that starts at `at` (ties go to the rule written
// first, as in ANTLR), as its type (EcsLexer::IDENT, ...) and its length in code points; WS is
// returned like any other rule. `at` must be before the end.
struct Scanned {
  size_t type;
  size_t length;
};
Scanned ScanToken(const std::u32string& text, size_t at);

// The token source the parser reads: ScanToken over an InputStream's code points, with its tokens in
// an arena it owns. It derives from the generated lexer only for the TokenSource interface the
// runtime expects (token factory, vocabulary, source name); the generated lexer's own scanning, which
// in ANTLR 4.9 takes a lock and walks a DFA for every character, was a third of `check`.
// tests/unit/lexer_test.cpp holds the scanner to the generated lexer token for token on every sample,
// golden case and thousands of random inputs.
// The runtime would allocate each token as a CommonToken of its own (112 bytes); a big file has about a
// million tokens, all alive until the parse ends. The tokens are freed with the lexer: a token stream
// reading from it must be destroyed first (declare the lexer before the stream).
class Lexer : public grammar::EcsLexer {
 public:
  explicit Lexer(InputStream* input) : EcsLexer(input), text_(input->CodePoints()) {}

  std::unique_ptr<antlr4::Token> nextToken() override;

 private:
  std::unique_ptr<antlr4::Token> Token(size_t type, size_t channel, size_t start, size_t line, size_t column);
  void* Allocate(size_t size);

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  size_t used_ = 0;
  // The input's code points, and the position, line and column the scan has reached.
  const std::u32string& text_;
  size_t position_ = 0;
  size_t line_ = 1;
  size_t column_ = 0;
};

}  // namespace ecsgen::syntax
