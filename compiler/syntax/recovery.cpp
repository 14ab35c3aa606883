#include "compiler/syntax/recovery.h"

#include "EcsParser.h"

namespace ecsgen::syntax {

using grammar::EcsParser;

void LineRecovery::SkipLine(antlr4::Parser* parser, bool force) {
  antlr4::TokenStream* input = parser->getTokenStream();
  int depth = 0;
  for (bool first = true;; first = false) {
    size_t type = input->LA(1);
    if (type == antlr4::Token::EOF) return;
    bool closer = type == EcsParser::NL || type == EcsParser::RBRACE || type == EcsParser::RBRACK;
    if (depth == 0 && closer && !(first && force)) return;
    if (type == EcsParser::LBRACE || type == EcsParser::LBRACK) ++depth;
    if ((type == EcsParser::RBRACE || type == EcsParser::RBRACK) && depth > 0) --depth;
    parser->consume();
  }
}

// A body is where most errors surface: a line that does not start with a name. ANTLR's own sync
// lets the loop end there and leaves the enclosing rule to fail; here the line is reported and
// skipped so the loop goes on with the next line of the same block.
void LineRecovery::sync(antlr4::Parser* parser) {
  if (dynamic_cast<EcsParser::LineContext*>(parser->getContext()) != nullptr) return SyncLine(parser);
  auto* body = dynamic_cast<EcsParser::BodyContext*>(parser->getContext());
  if (body == nullptr) return DefaultErrorStrategy::sync(parser);
  bool top_level = dynamic_cast<EcsParser::FileContext*>(body->parent) != nullptr;
  antlr4::TokenStream* input = parser->getTokenStream();
  for (;;) {
    size_t type = input->LA(1);
    bool member = type == EcsParser::IDENT || type == EcsParser::NL || type == EcsParser::SEMI ||
                  type == EcsParser::COMMA;
    bool end = type == antlr4::Token::EOF || (type == EcsParser::RBRACE && !top_level);
    if (member || end) return;
    if (!inErrorRecoveryMode(parser)) {
      beginErrorCondition(parser);
      parser->notifyErrorListeners(input->LT(1), "unexpected token", nullptr);
    }
    // A stray closing bracket is dropped alone; anything else takes the rest of its line with it.
    if (type == EcsParser::RBRACE || type == EcsParser::RBRACK) {
      parser->consume();
    } else {
      SkipLine(parser, true);
    }
  }
}

// After a member only `key = value` may follow on the same line. A name that does not start one is a
// block or statement missing its separator: it is reported here (the listener words it) and its line
// skipped, rather than read as an attribute and reported as a missing `=` further on.
void LineRecovery::SyncLine(antlr4::Parser* parser) {
  antlr4::TokenStream* input = parser->getTokenStream();
  size_t type = input->LA(1);
  if ((type != EcsParser::IDENT && type != EcsParser::STRING) || input->LA(2) == EcsParser::ASSIGN) return;
  if (!inErrorRecoveryMode(parser)) {
    beginErrorCondition(parser);
    parser->notifyErrorListeners(input->LT(1), "missing separator", nullptr);
  }
  SkipLine(parser, true);
}

void LineRecovery::recover(antlr4::Parser* parser, std::exception_ptr /*error*/) {
  antlr4::TokenStream* input = parser->getTokenStream();
  // As in ANTLR's own recover: a second error at the same token and state must consume something,
  // or the parser would loop forever.
  if (lastErrorIndex == static_cast<int>(input->index()) && lastErrorStates.contains(parser->getState()) &&
      input->LA(1) != antlr4::Token::EOF) {
    parser->consume();
  }
  lastErrorIndex = static_cast<int>(input->index());
  lastErrorStates.add(parser->getState());
  SkipLine(parser, false);
}

// Deleting a line break would make the next line part of this line's value (`port =` followed by
// `cpu = 256` read as `port = cpu`), so line breaks are never deleted.
antlr4::Token* LineRecovery::singleTokenDeletion(antlr4::Parser* parser) {
  if (parser->getTokenStream()->LA(1) == EcsParser::NL) return nullptr;
  return DefaultErrorStrategy::singleTokenDeletion(parser);
}

// ANTLR stays quiet after an error until a token matches. A block left open at the end of the file
// comes after no match when the last line had an error of its own, and would then go unreported.
void LineRecovery::reportError(antlr4::Parser* parser, const antlr4::RecognitionException& error) {
  if (parser->getTokenStream()->LA(1) == antlr4::Token::EOF) endErrorCondition(parser);
  DefaultErrorStrategy::reportError(parser, error);
}

void LineRecovery::reportMissingToken(antlr4::Parser* parser) {
  if (parser->getTokenStream()->LA(1) == antlr4::Token::EOF) endErrorCondition(parser);
  DefaultErrorStrategy::reportMissingToken(parser);
}

}  // namespace ecsgen::syntax
