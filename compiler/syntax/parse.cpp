#include "compiler/syntax/parse.h"

#include <antlr4-runtime.h>

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
  EcsParser::FileContext* tree = nullptr;
  try {
    if (probe == nullptr || !probe->skip_sll) tree = parser.file();
  } catch (const antlr4::ParseCancellationException&) {
    tree = nullptr;
  }
  size_t full_context = 0;
  FullContextCounter counter(full_context);
  if (tree == nullptr) {
    tokens.seek(0);
    parser.reset();
    parser.addErrorListener(&listener);
    if (probe != nullptr) parser.addErrorListener(&counter);
    parser.setErrorHandler(std::make_shared<LineRecovery>());
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(antlr4::atn::PredictionMode::LL);
    tree = parser.file();
    if (probe != nullptr) probe->used_ll = true;
  }
  if (probe != nullptr) probe->full_context_predictions = full_context;
  Builder builder(input);
  ast::File result = builder.BuildFile(*tree);
  result.comments = Comments(tokens, input);
  return result;
}

}  // namespace ecsgen::syntax
