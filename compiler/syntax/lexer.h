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

// The generated lexer, with its tokens kept in an arena it owns. Over an InputStream it does not run
// the generated lexer at all: nextToken scans with ScanToken. ANTLR 4.9's lexer simulator took a
// lock and walked its DFA for every character, a third of `check`; the rules are eleven fixed
// strings and six short patterns, and tests/unit/lexer_test.cpp holds the scanner to the generated
// lexer token for token on every sample, golden case and thousands of random inputs. The runtime would allocate each token
// as a CommonToken of its own (112 bytes, a third of it a text field this grammar never uses); a big
// file has about a million tokens, all alive until the parse ends, so they were the largest part of
// the parser's peak memory and a million allocations and frees. The tokens are freed with the lexer:
// a token stream reading from it must be destroyed first (declare the lexer before the stream).
class Lexer : public grammar::EcsLexer {
 public:
  explicit Lexer(antlr4::CharStream* input) : EcsLexer(input) {}
  explicit Lexer(InputStream* input) : EcsLexer(input), text_(&input->CodePoints()) {}
  ~Lexer() override;

  antlr4::Token* emit() override;
  std::unique_ptr<antlr4::Token> nextToken() override;

 private:
  void* Allocate(size_t size);

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  size_t used_ = 0;
  // Set when scanning by hand: the input's code points and the position, line and column reached.
  const std::u32string* text_ = nullptr;
  size_t position_ = 0;
  size_t line_ = 1;
  size_t column_ = 0;
};

}  // namespace ecsgen::syntax
