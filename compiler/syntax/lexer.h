#pragma once

#include <antlr4-runtime.h>

#include <cstddef>
#include <memory>
#include <vector>

#include "EcsLexer.h"

namespace ecsgen::syntax {

// The generated lexer, with its tokens kept in an arena it owns. The runtime would allocate each token
// as a CommonToken of its own (112 bytes, a third of it a text field this grammar never uses); a big
// file has about a million tokens, all alive until the parse ends, so they were the largest part of
// the parser's peak memory and a million allocations and frees. The tokens are freed with the lexer:
// a token stream reading from it must be destroyed first (declare the lexer before the stream).
class Lexer : public grammar::EcsLexer {
 public:
  explicit Lexer(antlr4::CharStream* input) : EcsLexer(input) {}
  ~Lexer() override;

  antlr4::Token* emit() override;

 private:
  void* Allocate(size_t size);

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  size_t used_ = 0;
};

}  // namespace ecsgen::syntax
