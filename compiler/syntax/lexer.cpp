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

}  // namespace

Lexer::~Lexer() {
  // The runtime's Lexer releases its current token after this class's arena is gone.
  token.reset();
}

// As Lexer::emit, with the token in the arena. The runtime passes the lexer's own text, which only
// actions set and this grammar has none, so the token never has text of its own.
antlr4::Token* Lexer::emit() {
  auto* emitted = new (Allocate(sizeof(ArenaToken)))
      ArenaToken(this, _input, type, channel, tokenStartCharIndex, getCharIndex() - 1, tokenStartLine,
                 tokenStartCharPositionInLine);
  EcsLexer::emit(std::unique_ptr<antlr4::Token>(emitted));
  return emitted;
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
