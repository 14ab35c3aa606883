#include "compiler/syntax/error_listener.h"

#include "EcsParser.h"
#include "compiler/base/text.h"

namespace ecsgen::syntax {
namespace {

using grammar::EcsParser;
using diagnostics::Kind;

// At most this many syntax errors per file: past it, recovery mostly produces noise.
constexpr size_t kMaxSyntaxErrors = 25;

std::string TokenWords(size_t type) {
  switch (type) {
    case EcsParser::ASSIGN: return "`=`";
    case EcsParser::LBRACE: return "`{`";
    case EcsParser::RBRACE: return "`}`";
    case EcsParser::LBRACK: return "`[`";
    case EcsParser::RBRACK: return "`]`";
    case EcsParser::COMMA: return "`,`";
    case EcsParser::SEMI: return "`;`";
    case EcsParser::COLON: return "`:`";
    case EcsParser::DOTDOT: return "`..`";
    case EcsParser::DOT: return "`.`";
    case EcsParser::ARROW: return "`->`";
    case EcsParser::IDENT: return "a name";
    case EcsParser::STRING: return "a string";
    case EcsParser::INT: return "a number";
    case EcsParser::NL: return "a line break";
    case antlr4::Token::EOF: return "end of file";
    default: return "a value";
  }
}

std::string Describe(const antlr4::Token* token) {
  switch (token->getType()) {
    case antlr4::Token::EOF: return "end of file";
    case EcsParser::NL: return "end of line";
    case EcsParser::STRING: return "string " + token->getText();
    case EcsParser::IDENT: return "`" + token->getText() + "`";
    default: return "`" + token->getText() + "`";
  }
}

// "a name, `=` or `{`" from the parser's expected set, with value-starting tokens folded into "a value".
std::string ExpectedWords(const antlr4::misc::IntervalSet& expected) {
  std::vector<std::string> words;
  bool value = false;
  for (size_t type : expected.toList()) {
    switch (type) {
      case EcsParser::STRING: case EcsParser::INT: case EcsParser::DECIMAL: case EcsParser::PERCENT:
      case EcsParser::CIDR: case EcsParser::LBRACK:
        value = true;
        continue;
      case EcsParser::NL: case EcsParser::SEMI: case EcsParser::COMMA: case EcsParser::DOTDOT:
      case EcsParser::COLON: case EcsParser::DOT: case EcsParser::ARROW:
        continue;  // separators and connectors are always possible; naming them only adds noise
      default: break;
    }
    std::string word = TokenWords(type);
    if (std::find(words.begin(), words.end(), word) == words.end()) words.push_back(word);
  }
  if (value) words.push_back("a value");
  if (words.empty()) return "";
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) out += (i == 0 ? "" : i + 1 == words.size() ? " or " : ", ") + words[i];
  return out;
}

// The innermost open block, map or list around the parser's current position, for "to close" errors.
std::string OpenConstruct(antlr4::ParserRuleContext* ctx, base::Range* opened) {
  for (; ctx != nullptr; ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent)) {
    if (auto* block = dynamic_cast<EcsParser::BlockContext*>(ctx)) {
      *opened = TokenRange(block->getStart());
      std::string name = block->IDENT() ? block->IDENT()->getText() : "block";
      if (block->label()) name += " " + block->label()->getText();
      return "`}` to close `" + name + "`";
    }
    if (auto* map = dynamic_cast<EcsParser::MapContext*>(ctx)) {
      *opened = TokenRange(map->getStart());
      return "`}` to close the map";
    }
    if (auto* list = dynamic_cast<EcsParser::ListContext*>(ctx)) {
      *opened = TokenRange(list->getStart());
      return "`]` to close the list";
    }
  }
  return "";
}

}  // namespace

base::Range TokenRange(const antlr4::Token* token) {
  uint32_t line = static_cast<uint32_t>(token->getLine());
  uint32_t column = static_cast<uint32_t>(token->getCharPositionInLine()) + 1;
  size_t width = token->getType() == antlr4::Token::EOF || token->getType() == EcsParser::NL
                     ? 1
                     : std::max<size_t>(1, base::CodePoints(token->getText()));
  return base::Range{{line, column}, {line, static_cast<uint32_t>(column + width)}};
}

void ErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                                size_t column, const std::string& /*message*/, std::exception_ptr /*error*/) {
  // Recovery often reports twice at one token; the first report is the useful one.
  if (line == last_line_ && column == last_column_) return;
  last_line_ = line;
  last_column_ = column;
  if (++count_ > kMaxSyntaxErrors) return;
  if (offending == nullptr) return;
  base::Range range = TokenRange(offending);
  if (offending->getType() == EcsParser::UNTERMINATED_STRING) {
    sink_.Report(Kind::kUnterminatedString, range, "string is not closed before the end of the line",
                 "add the closing `\"`; strings cannot span lines");
    return;
  }
  if (offending->getType() == EcsParser::OTHER) {
    sink_.Report(Kind::kUnexpectedCharacter, range, "unexpected character `" + offending->getText() + "`",
                 "outside strings and comments only names, numbers and `= { } [ ] , ; : . .. -> %` are used");
    return;
  }
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  std::string expected = parser ? ExpectedWords(parser->getExpectedTokens()) : "";
  base::Range opened;
  std::string closer = parser ? OpenConstruct(parser->getContext(), &opened) : "";
  bool at_end = offending->getType() == antlr4::Token::EOF;
  if (at_end && !closer.empty()) {
    auto& d = sink_.Report(Kind::kSyntaxError, range,
                           "expected " + closer + " opened at " + std::to_string(opened.begin.line) + ":" +
                               std::to_string(opened.begin.column) + ", found end of file",
                           "add the missing closing bracket");
    d.notes.push_back({opened, "opened here"});
    return;
  }
  if (offending->getType() == EcsParser::RBRACE && closer.empty()) {
    sink_.Report(Kind::kSyntaxError, range, "unmatched `}`", "remove it, or add the `{` it should close");
    return;
  }
  std::string message = "unexpected " + Describe(offending);
  if (!expected.empty()) message += "; expected " + expected;
  std::string help = "write `key = value`, `kind name { ... }` or a statement such as `route \"/\" -> web`";
  if (expected == "`=`") help = "attributes are written `key = value`";
  sink_.Report(Kind::kSyntaxError, range, message, help);
}

}  // namespace ecsgen::syntax
