#pragma once

#include <string>
#include <vector>

// The token stream of an .ecs file as plain data, so tools outside compiler/syntax (the formatter)
// can work on the exact text without seeing ANTLR types.
namespace ecsgen::syntax {

enum class TokenKind {
  kIdent, kString, kInt, kDecimal, kPercent, kCidr, kAssign, kLBrace, kRBrace, kLBrack, kRBrack,
  kComma, kSemi, kColon, kDotDot, kDot, kArrow, kComment, kNewline, kOther
};

// One token: its kind, its exact source text, and whether whitespace separated it from the previous
// token (the formatter keeps adjacent tokens adjacent, so re-lexing its output yields the same tokens).
struct Token {
  TokenKind kind = TokenKind::kOther;
  std::string text;
  bool space_before = false;
};

// Every token of `text`, comments and newlines included, in source order.
std::vector<Token> Lex(const std::string& text);

}  // namespace ecsgen::syntax
