#include "compiler/syntax/error_listener.h"

#include "EcsParser.h"
#include "compiler/base/text.h"

namespace ecsgen::syntax {
namespace {

using grammar::EcsParser;
using diagnostics::Kind;

constexpr const char* kDefaultHelp =
    "write `key = value`, `kind name { ... }` or a statement such as `route \"/\" -> web`";

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
  if (value) {
    // Where a value may start, `{` (a map) and a name (a word or reference) are values too.
    std::erase_if(words, [](const std::string& w) { return w == "`{`" || w == "a name"; });
    words.push_back("a value");
  }
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

// Just after the last token before `eof`, so that "found end of file" points at the end of the text
// rather than at the empty line after it.
base::Range AfterLastToken(antlr4::Parser& parser, const antlr4::Token* eof, base::Range fallback) {
  antlr4::TokenStream* tokens = parser.getTokenStream();
  for (size_t i = eof->getTokenIndex(); i-- > 0;) {
    const antlr4::Token* token = tokens->get(i);
    if (token->getChannel() != antlr4::Token::DEFAULT_CHANNEL || token->getType() == EcsParser::NL) continue;
    base::Position end = TokenRange(token).end;
    return base::Range{end, {end.line, end.column + 1}};
  }
  return fallback;
}

}  // namespace

base::Range TokenRange(const antlr4::Token* token) {
  uint32_t line = static_cast<uint32_t>(token->getLine());
  uint32_t column = static_cast<uint32_t>(token->getCharPositionInLine()) + 1;
  // The input stream holds code points, so the token's start and stop indexes give its width without
  // copying its text (this runs for every token of the file).
  size_t start = token->getStartIndex();
  size_t stop = token->getStopIndex();
  size_t width = token->getType() == antlr4::Token::EOF || token->getType() == EcsParser::NL || stop < start ||
                         stop == INVALID_INDEX
                     ? 1
                     : stop - start + 1;
  return base::Range{{line, column}, {line, static_cast<uint32_t>(column + width)}};
}

bool ErrorListener::Admit(const antlr4::Token* token, bool always) {
  if (!lines_.insert(token->getLine()).second && !always) return false;
  if (++count_ == kMaxSyntaxErrors + 1) {
    // Said once, as a note: the analysis drops what sema reports from here on (see driver/analysis.cpp).
    sink_.Report(Kind::kSyntaxError, diagnostics::Severity::kInfo, TokenRange(token),
                 "too many syntax errors; the rest of the file is not checked", "fix the errors above and run again");
  }
  return count_ <= kMaxSyntaxErrors;
}

void ErrorListener::UnexpectedCharacter(const antlr4::Token* token, bool after_number) {
  if (!Admit(token)) return;
  const std::string text = token->getText();
  std::string help = "outside strings and comments only names, numbers and `= { } [ ] , ; : . .. -> %` are used";
  // The characters people bring from other configuration languages get a specific hint.
  if (text == "'") help = "strings are written in double quotes: \"...\"";
  else if (text == "/") help = "paths are strings: write \"/health\"; comments start with `#`";
  else if (text == "$") help = "values are not interpolated; reference a component directly, e.g. `db.url`";
  else if (text == "-" && after_number) help = "ranges are written with `..`, e.g. `scale = 2..10`";
  sink_.Report(Kind::kUnexpectedCharacter, TokenRange(token), "unexpected character `" + text + "`", help);
}

void ErrorListener::syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                                size_t column, const std::string& /*message*/, std::exception_ptr /*error*/) {
  // Recovery often reports twice at one token; the first report is the useful one.
  if (line == last_line_ && column == last_column_) return;
  last_line_ = line;
  last_column_ = column;
  if (offending == nullptr) return;
  // A block left open at the end of the file is reported even when the last line has an error of its
  // own (`health = "/health` without a newline or `}`): otherwise the next run would be the first to say.
  bool at_end = offending->getType() == antlr4::Token::EOF;
  if (!Admit(offending, at_end)) return;
  base::Range range = TokenRange(offending);
  if (offending->getType() == EcsParser::UNTERMINATED_STRING) {
    sink_.Report(Kind::kUnterminatedString, range, "string is not closed before the end of the line",
                 "add the closing `\"`; strings cannot span lines");
    return;
  }
  auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
  if (parser == nullptr) {
    sink_.Report(Kind::kSyntaxError, range, "unexpected " + Describe(offending), kDefaultHelp);
    return;
  }
  ReportUnexpected(*parser, offending, range);
}

void ErrorListener::ReportUnexpected(antlr4::Parser& parser, const antlr4::Token* offending, base::Range range) {
  base::Range opened;
  std::string closer = OpenConstruct(parser.getContext(), &opened);
  std::string where = " opened at " + std::to_string(opened.begin.line) + ":" + std::to_string(opened.begin.column);
  size_t type = offending->getType();
  if (type == antlr4::Token::EOF && !closer.empty()) {
    auto& d = sink_.Report(Kind::kSyntaxError, AfterLastToken(parser, offending, range),
                           "expected " + closer + where + ", found end of file",
                           "add the missing closing bracket");
    d.notes.push_back({opened, "opened here"});
    return;
  }
  if ((type == EcsParser::RBRACE || type == EcsParser::RBRACK) && closer.empty()) {
    sink_.Report(Kind::kSyntaxError, range, "unmatched " + Describe(offending),
                 "remove it, or add the opening bracket it should close");
    return;
  }
  std::string unexpected = "unexpected " + Describe(offending);
  std::string help = kDefaultHelp;
  if (type == EcsParser::LBRACE) {
    help = "a block is written `kind name { ... }`, its name a word such as `web`";
  } else if (type == EcsParser::INT || type == EcsParser::DECIMAL) {
    help = "keys and names start with a letter or `_`";
  }
  if ((type == EcsParser::IDENT || type == EcsParser::STRING) &&
      dynamic_cast<EcsParser::LineContext*>(parser.getContext()) != nullptr) {
    sink_.Report(Kind::kSyntaxError, range, "expected a line break or `;` before " + Describe(offending),
                 "a block or statement starts its own line; only `key = value` may follow another member on "
                 "the same line");
    return;
  }
  // At the start of a member: the parser wanted a line such as `key = value` or a block.
  if (auto* body = dynamic_cast<EcsParser::BodyContext*>(parser.getContext())) {
    std::string message = closer.empty() ? unexpected + "; expected a block such as `service web { ... }`"
                          : dynamic_cast<EcsParser::MapContext*>(body->parent) != nullptr
                              ? unexpected + "; expected `key = value` or `}`"
                              : unexpected + "; expected `key = value`, a block or `}`";
    sink_.Report(Kind::kSyntaxError, range, message, help);
    return;
  }
  std::string expected = ExpectedWords(parser.getExpectedTokens());
  // Only the closing bracket fits here: say which construct is left open, and where it started.
  if (!closer.empty() && !expected.empty() && closer.rfind(expected, 0) == 0) {
    auto& d = sink_.Report(Kind::kSyntaxError, range, unexpected + "; expected " + closer + where,
                           "add the missing closing bracket before this line");
    d.notes.push_back({opened, "opened here"});
    return;
  }
  if (expected == "a value") help = "write a value after `=`, e.g. `port = 8080`, `image = \"nginx:1.27\"` or `tags = { team = \"web\" }`";
  if (expected == "`=`") help = "attributes are written `key = value`";
  sink_.Report(Kind::kSyntaxError, range, expected.empty() ? unexpected : unexpected + "; expected " + expected, help);
}

}  // namespace ecsgen::syntax
