#include "compiler/syntax/parse.h"

#include <antlr4-runtime.h>

#include <optional>

#include "EcsLexer.h"
#include "EcsParser.h"
#include "compiler/syntax/builder.h"
#include "compiler/syntax/error_listener.h"
#include "compiler/syntax/input.h"
#include "compiler/syntax/lexer.h"
#include "compiler/syntax/precheck.h"
#include "compiler/syntax/recovery.h"

namespace ecsgen::syntax {
namespace {

using grammar::EcsLexer;
using grammar::EcsParser;

// Rejects nesting deeper than kMaxNesting before ANTLR's recursive descent could overflow the stack.
bool CheckNesting(antlr4::CommonTokenStream& tokens, diagnostics::DiagnosticSink& sink) {
  int depth = 0;
  // By index: getTokens() returns a copy of the whole token vector.
  for (size_t i = 0; i < tokens.size(); ++i) {
    antlr4::Token* token = tokens.get(i);
    size_t type = token->getType();
    if (type == EcsLexer::LBRACE || type == EcsLexer::LBRACK) {
      if (++depth > kMaxNesting) {
        sink.Report(diagnostics::Kind::kNestingTooDeep, TokenRange(token),
                    "nesting is deeper than " + std::to_string(kMaxNesting) + " levels",
                    "flatten the structure; real files nest a few levels");
        return false;
      }
    } else if ((type == EcsLexer::RBRACE || type == EcsLexer::RBRACK) && depth > 0) {
      --depth;
    }
  }
  return true;
}

// Reports every character the lexer could not use and hides it from the parser. The parser then sees
// the rest of the line as written, so one stray `@` costs one error instead of derailing recovery out
// of the enclosing block (which used to add an "unmatched `}`" a few lines later).
void HideUnexpectedCharacters(antlr4::CommonTokenStream& tokens, ErrorListener& listener) {
  bool hidden = false;
  size_t previous = antlr4::Token::INVALID_TYPE;
  for (size_t i = 0; i < tokens.size(); ++i) {
    antlr4::Token* token = tokens.get(i);
    size_t type = token->getType();
    if (type != EcsLexer::OTHER) {
      previous = type;
      continue;
    }
    listener.UnexpectedCharacter(token, previous == EcsLexer::INT);
    if (auto* writable = dynamic_cast<antlr4::WritableToken*>(token)) {
      writable->setChannel(antlr4::Token::HIDDEN_CHANNEL);
      hidden = true;
    }
  }
  // The stream positioned itself on the first visible token when it was filled; recompute that.
  if (hidden) tokens.seek(0);
}

std::vector<ast::Comment> Comments(antlr4::CommonTokenStream& tokens, const InputStream& input) {
  std::vector<ast::Comment> comments;
  for (size_t i = 0; i < tokens.size(); ++i) {
    antlr4::Token* token = tokens.get(i);
    if (token->getType() == EcsLexer::COMMENT) {
      comments.push_back({input.Text(*token).substr(1), TokenRange(token)});
    }
  }
  return comments;
}

// Counts the decisions for which the LL stage falls back to full-context prediction.
class FullContextCounter : public antlr4::BaseErrorListener {
 public:
  explicit FullContextCounter(size_t& count) : count_(count) {}
  void reportAttemptingFullContext(antlr4::Parser*, const antlr4::dfa::DFA&, size_t, size_t,
                                   const antlrcpp::BitSet&, antlr4::atn::ATNConfigSet*) override {
    ++count_;
  }

 private:
  size_t& count_;
};

bool StartsLine(size_t type) { return type == EcsLexer::IDENT || type == EcsLexer::STRING; }
bool IsSeparator(size_t type) { return type == EcsLexer::NL || type == EcsLexer::SEMI || type == EcsLexer::COMMA; }

// The SLL stage, for correct files: `file : body EOF` with the `body` loop run here, one top-level
// line (a block, usually) at a time, each built into the AST and its parse tree freed before the next
// is parsed. A whole file's parse tree was the largest part of peak memory. The loop makes the same
// one-token decisions as the generated `body()`, and SLL prediction inside a line never looks at the
// rules around it, so every line parses as it would inside `file()`. Throws ParseCancellationException
// at the first syntax error; returns nothing when the text after the body is not the end of the file.
std::optional<ast::Body> ParseBodySll(EcsParser& parser, antlr4::TokenStream& tokens, Builder& builder) {
  ast::Body body;
  antlr4::Token* start = tokens.LT(1);
  auto parse_line = [&] {
    builder.BuildLine(*parser.line(), body);
    parser.getTreeTracker().reset();
  };
  if (StartsLine(tokens.LA(1))) parse_line();
  while (IsSeparator(tokens.LA(1))) {
    parser.separator();
    parser.getTreeTracker().reset();
    if (StartsLine(tokens.LA(1))) parse_line();
  }
  if (tokens.LA(1) != antlr4::Token::EOF) return std::nullopt;
  body.range = TokensRange(start, tokens.LT(-1));
  return body;
}

}  // namespace

ast::File Parse(const base::SourceFile& file, diagnostics::DiagnosticSink& sink, ParseProbe* probe) {
  if (!PrecheckBytes(file, sink)) return {};
  InputStream input(file.text());
  Lexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  tokens.fill();
  if (!CheckNesting(tokens, sink)) return {};
  ErrorListener listener(sink);
  HideUnexpectedCharacters(tokens, listener);

  EcsParser parser(&tokens);
  parser.removeErrorListeners();
  // SLL prediction with bail-out first: it is much faster and exact for correct input. Only a file
  // with an error pays for the second, LL parse with error recovery; the grammar has no decision that
  // needs full-context prediction (tests/unit/grammar_test.cpp), so that stage stays linear too.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  Builder builder(input);
  std::optional<ast::Body> body;
  try {
    if (probe == nullptr || !probe->skip_sll) body = ParseBodySll(parser, tokens, builder);
  } catch (const antlr4::ParseCancellationException&) {
    body.reset();
  }
  ast::File result;
  size_t full_context = 0;
  FullContextCounter counter(full_context);
  if (body) {
    result.body = std::move(*body);
  } else {
    tokens.seek(0);
    parser.reset();
    parser.addErrorListener(&listener);
    if (probe != nullptr) parser.addErrorListener(&counter);
    parser.setErrorHandler(std::make_shared<LineRecovery>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    result = builder.BuildFile(*parser.file());
    if (probe != nullptr) probe->used_ll = true;
  }
  if (probe != nullptr) probe->full_context_predictions = full_context;
  result.comments = Comments(tokens, input);
  return result;
}

}  // namespace ecsgen::syntax
