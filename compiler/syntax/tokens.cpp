#include "compiler/syntax/tokens.h"

#include <antlr4-runtime.h>

#include "EcsLexer.h"

namespace ecsgen::syntax {
namespace {

using grammar::EcsLexer;

TokenKind KindOf(size_t type) {
  switch (type) {
    case EcsLexer::IDENT: return TokenKind::kIdent;
    case EcsLexer::STRING: return TokenKind::kString;
    case EcsLexer::INT: return TokenKind::kInt;
    case EcsLexer::DECIMAL: return TokenKind::kDecimal;
    case EcsLexer::PERCENT: return TokenKind::kPercent;
    case EcsLexer::CIDR: return TokenKind::kCidr;
    case EcsLexer::ASSIGN: return TokenKind::kAssign;
    case EcsLexer::LBRACE: return TokenKind::kLBrace;
    case EcsLexer::RBRACE: return TokenKind::kRBrace;
    case EcsLexer::LBRACK: return TokenKind::kLBrack;
    case EcsLexer::RBRACK: return TokenKind::kRBrack;
    case EcsLexer::COMMA: return TokenKind::kComma;
    case EcsLexer::SEMI: return TokenKind::kSemi;
    case EcsLexer::COLON: return TokenKind::kColon;
    case EcsLexer::DOTDOT: return TokenKind::kDotDot;
    case EcsLexer::DOT: return TokenKind::kDot;
    case EcsLexer::ARROW: return TokenKind::kArrow;
    case EcsLexer::COMMENT: return TokenKind::kComment;
    case EcsLexer::NL: return TokenKind::kNewline;
    default: return TokenKind::kOther;
  }
}

}  // namespace

std::vector<Token> Lex(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  EcsLexer lexer(&input);
  lexer.removeErrorListeners();
  std::vector<Token> tokens;
  // Indices are code points; a gap between two tokens is skipped whitespace.
  size_t next = 0;
  for (const auto& token : lexer.getAllTokens()) {
    if (token->getType() == antlr4::Token::EOF) break;
    tokens.push_back({KindOf(token->getType()), token->getText(), token->getStartIndex() > next});
    next = token->getStopIndex() + 1;
  }
  return tokens;
}

}  // namespace ecsgen::syntax
