#include "compiler/syntax/lexer.h"

#include <cstdint>

namespace ecsgen::syntax {
namespace {

constexpr size_t kBlockBytes = size_t{1} << 16;

// Token fields fit 32 bits, files being at most 16 MiB (kMaxFileBytes); the runtime's "no index"
// (INVALID_INDEX, all bits set) maps to all 32 bits set and back.
uint32_t Narrow(size_t value) { return value == INVALID_INDEX ? UINT32_MAX : static_cast<uint32_t>(value); }
size_t Widen(uint32_t value) { return value == UINT32_MAX ? INVALID_INDEX : value; }

// A token as CommonToken behaves, in 64 bytes of the lexer's arena. Deleting one (the token stream
// owns its tokens through unique_ptr) runs its destructor and leaves the memory to the arena.
class ArenaToken final : public antlr4::WritableToken {
 public:
  ArenaToken(antlr4::TokenSource* source, antlr4::CharStream* input, size_t type, size_t channel, size_t start,
             size_t stop, size_t line, size_t column)
      : source_(source), input_(input), type_(Narrow(type)), channel_(Narrow(channel)), line_(Narrow(line)),
        column_(Narrow(column)), index_(UINT32_MAX), start_(Narrow(start)), stop_(Narrow(stop)) {}

  static void operator delete(void*) noexcept {}

  std::string getText() const override {
    if (text_ && !text_->empty()) return *text_;
    if (input_ == nullptr) return "";
    size_t size = input_->size();
    if (getStartIndex() < size && getStopIndex() < size) {
      return input_->getText(antlr4::misc::Interval(getStartIndex(), getStopIndex()));
    }
    return "<EOF>";
  }
  size_t getType() const override { return Widen(type_); }
  size_t getLine() const override { return Widen(line_); }
  size_t getCharPositionInLine() const override { return Widen(column_); }
  size_t getChannel() const override { return Widen(channel_); }
  size_t getTokenIndex() const override { return Widen(index_); }
  size_t getStartIndex() const override { return Widen(start_); }
  size_t getStopIndex() const override { return Widen(stop_); }
  antlr4::TokenSource* getTokenSource() const override { return source_; }
  antlr4::CharStream* getInputStream() const override { return input_; }

  // CommonToken's debugging form: [@index,start:stop='text',<type>,channel=c,line:column].
  std::string toString() const override {
    std::string text = getText();
    std::string shown;
    for (char c : text) shown += c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : std::string(1, c);
    auto number = [](size_t value) { return std::to_string(static_cast<ptrdiff_t>(value)); };
    return "[@" + number(getTokenIndex()) + "," + number(getStartIndex()) + ":" + number(getStopIndex()) + "='" +
           (shown.empty() ? "<no text>" : shown) + "',<" + number(getType()) + ">" +
           (channel_ > 0 ? ",channel=" + std::to_string(channel_) : "") + "," + std::to_string(line_) + ":" +
           std::to_string(column_) + "]";
  }

  void setText(const std::string& text) override { text_ = std::make_unique<std::string>(text); }
  void setType(size_t type) override { type_ = Narrow(type); }
  void setLine(size_t line) override { line_ = Narrow(line); }
  void setCharPositionInLine(size_t column) override { column_ = Narrow(column); }
  void setChannel(size_t channel) override { channel_ = Narrow(channel); }
  void setTokenIndex(size_t index) override { index_ = Narrow(index); }

 private:
  antlr4::TokenSource* source_;
  antlr4::CharStream* input_;
  std::unique_ptr<std::string> text_;  // only what setText gave it, as CommonToken's _text
  uint32_t type_, channel_, line_, column_, index_, start_, stop_;
};

bool IsDigit(char32_t c) { return c >= '0' && c <= '9'; }
bool IsIdentStart(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsIdentPart(char32_t c) { return IsIdentStart(c) || IsDigit(c); }

using grammar::EcsLexer;

// The rules that start with a digit: CIDR, DECIMAL, PERCENT and INT, the longest that matches.
Scanned ScanNumber(const std::u32string& text, size_t at) {
  size_t n = text.size();
  auto digits = [&](size_t from) {
    size_t to = from;
    while (to < n && IsDigit(text[to])) ++to;
    return to - from;
  };
  auto is = [&](size_t i, char32_t c) { return i < n && text[i] == c; };
  size_t whole = digits(at);
  Scanned best{EcsLexer::INT, whole};
  size_t after = at + whole;
  // DIGIT+ '.' DIGIT+ and DIGIT+ '.' DIGIT+ '%'
  if (is(after, '.')) {
    size_t fraction = digits(after + 1);
    if (fraction > 0) {
      best = {EcsLexer::DECIMAL, whole + 1 + fraction};
      if (is(after + 1 + fraction, '%')) best = {EcsLexer::PERCENT, best.length + 1};
    }
  } else if (is(after, '%')) {
    best = {EcsLexer::PERCENT, whole + 1};
  }
  // OCTET '.' OCTET '.' OCTET '.' OCTET '/' DIGIT+, an OCTET being one to three digits. A run of digits
  // has to be an OCTET whole, since only '.' or '/' may follow one.
  size_t i = at;
  for (int octet = 0; octet < 4; ++octet) {
    size_t run = digits(i);
    if (run == 0 || run > 3) return best;
    i += run;
    if (!is(i, octet < 3 ? '.' : '/')) return best;
    ++i;
  }
  size_t prefix = digits(i);
  if (prefix == 0) return best;
  Scanned cidr{EcsLexer::CIDR, i + prefix - at};
  return cidr.length >= best.length ? cidr : best;  // CIDR is written first
}

// STRING and UNTERMINATED_STRING: '"' (ESC | ~["\\\r\n])* and the closing '"' if there is one.
Scanned ScanString(const std::u32string& text, size_t at) {
  size_t n = text.size();
  size_t i = at + 1;
  while (i < n) {
    char32_t c = text[i];
    if (c == '\\') {
      if (i + 1 >= n) break;  // ESC needs a character after the backslash
      i += 2;
    } else if (c == '"') {
      return {EcsLexer::STRING, i + 1 - at};
    } else if (c == '\r' || c == '\n') {
      break;
    } else {
      ++i;
    }
  }
  return {EcsLexer::UNTERMINATED_STRING, i - at};
}

}  // namespace

Scanned ScanToken(const std::u32string& text, size_t at) {
  size_t n = text.size();
  char32_t c = text[at];
  auto next_is = [&](char32_t expected) { return at + 1 < n && text[at + 1] == expected; };
  switch (c) {
    case '=': return {EcsLexer::ASSIGN, 1};
    case '{': return {EcsLexer::LBRACE, 1};
    case '}': return {EcsLexer::RBRACE, 1};
    case '[': return {EcsLexer::LBRACK, 1};
    case ']': return {EcsLexer::RBRACK, 1};
    case ',': return {EcsLexer::COMMA, 1};
    case ';': return {EcsLexer::SEMI, 1};
    case ':': return {EcsLexer::COLON, 1};
    case '.': return next_is('.') ? Scanned{EcsLexer::DOTDOT, 2} : Scanned{EcsLexer::DOT, 1};
    case '-': return next_is('>') ? Scanned{EcsLexer::ARROW, 2} : Scanned{EcsLexer::OTHER, 1};
    case '"': return ScanString(text, at);
    case '\n': return {EcsLexer::NL, 1};
    case '\r': return next_is('\n') ? Scanned{EcsLexer::NL, 2} : Scanned{EcsLexer::OTHER, 1};
    case '#': {
      size_t i = at + 1;
      while (i < n && text[i] != '\r' && text[i] != '\n') ++i;
      return {EcsLexer::COMMENT, i - at};
    }
    case ' ':
    case '\t': {
      size_t i = at + 1;
      while (i < n && (text[i] == ' ' || text[i] == '\t')) ++i;
      return {EcsLexer::WS, i - at};
    }
    default: break;
  }
  if (IsDigit(c)) return ScanNumber(text, at);
  if (IsIdentStart(c)) {
    // [a-zA-Z_] ([a-zA-Z0-9_] | '-' [a-zA-Z0-9_])*
    size_t i = at + 1;
    while (i < n) {
      if (IsIdentPart(text[i])) {
        ++i;
      } else if (text[i] == '-' && i + 1 < n && IsIdentPart(text[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    return {EcsLexer::IDENT, i - at};
  }
  return {EcsLexer::OTHER, 1};
}

std::unique_ptr<antlr4::Token> Lexer::nextToken() {
  while (true) {
    // As the generated lexer's EOF: empty, at the end, on the line and column reached.
    if (position_ >= text_.size()) {
      return Token(antlr4::Token::EOF, antlr4::Token::DEFAULT_CHANNEL, position_, line_, column_);
    }
    Scanned token = ScanToken(text_, position_);
    size_t start = position_, line = line_, column = column_;
    // As the lexer simulator counts: a line per '\n' consumed (NL, or an escaped one in a string).
    for (size_t i = start; i < start + token.length; ++i) {
      if (text_[i] == '\n') {
        ++line_;
        column_ = 0;
      } else {
        ++column_;
      }
    }
    position_ += token.length;
    if (token.type == EcsLexer::WS) continue;  // -> skip
    size_t channel = token.type == EcsLexer::COMMENT ? antlr4::Token::HIDDEN_CHANNEL : antlr4::Token::DEFAULT_CHANNEL;
    return Token(token.type, channel, start, line, column);
  }
}

// A token from `start` to the position reached, in the arena.
std::unique_ptr<antlr4::Token> Lexer::Token(size_t type, size_t channel, size_t start, size_t line, size_t column) {
  auto* token = new (Allocate(sizeof(ArenaToken)))
      ArenaToken(this, _input, type, channel, start, position_ - 1, line, column);
  return std::unique_ptr<antlr4::Token>(token);
}

void* Lexer::Allocate(size_t size) {
  size = (size + alignof(std::max_align_t) - 1) & ~(alignof(std::max_align_t) - 1);
  if (blocks_.empty() || used_ + size > kBlockBytes) {
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(kBlockBytes));
    used_ = 0;
  }
  void* at = blocks_.back().get() + used_;
  used_ += size;
  return at;
}

}  // namespace ecsgen::syntax
