#include "compiler/format/format.h"

#include <algorithm>

namespace ecsgen::format {
namespace {

using syntax::Token;
using syntax::TokenKind;

// One source line after layout: its nesting depth and its tokens rendered with canonical spacing.
struct Line {
  int indent = 0;
  std::vector<const Token*> tokens;
  bool blank() const { return tokens.empty(); }
  bool Is(size_t i, TokenKind kind) const { return i < tokens.size() && tokens[i]->kind == kind; }
  bool IsAttribute() const { return Is(0, TokenKind::kIdent) && Is(1, TokenKind::kAssign); }
  bool IsComment() const { return tokens.size() == 1 && Is(0, TokenKind::kComment); }
  // The position of `->` in a statement (`route "/api/*" -> api`), or 0 when the line is not one.
  size_t Arrow() const {
    if (!Is(0, TokenKind::kIdent) || Is(1, TokenKind::kAssign)) return 0;
    for (size_t i = 1; i < tokens.size(); ++i) {
      if (tokens[i]->kind == TokenKind::kArrow) return i;
    }
    return 0;
  }
};

bool Opens(TokenKind k) { return k == TokenKind::kLBrace || k == TokenKind::kLBrack; }
bool Closes(TokenKind k) { return k == TokenKind::kRBrace || k == TokenKind::kRBrack; }

// Whether a space goes between `a` and `b`. Brackets, braces, `,`, `;` and `=` are single-character
// tokens no lexer rule can extend, so spacing around them is free; between other tokens the original
// choice (adjacent or not) is kept, because joining `a -b` or splitting `a-b` would change the tokens.
bool SpaceBetween(const Token& a, const Token& b) {
  if (b.kind == TokenKind::kComment) return true;
  if (b.kind == TokenKind::kComma || b.kind == TokenKind::kSemi) return false;
  if (a.kind == TokenKind::kLBrack || b.kind == TokenKind::kRBrack) return false;
  if (a.kind == TokenKind::kLBrace) return b.kind != TokenKind::kRBrace;
  if (b.kind == TokenKind::kRBrace) return true;
  if (a.kind == TokenKind::kComma || a.kind == TokenKind::kSemi) return true;
  if (a.kind == TokenKind::kAssign || b.kind == TokenKind::kAssign) return true;
  if (a.kind == TokenKind::kArrow || b.kind == TokenKind::kArrow) return true;
  if (b.kind == TokenKind::kLBrace) return true;
  return b.space_before;
}

std::string TokenText(const Token& token) {
  if (token.kind != TokenKind::kComment) return token.text;
  std::string text = token.text;
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.pop_back();
  return text;
}

// Splits the stream at newlines and gives each line its depth (closers at the start dedent it).
std::vector<Line> SplitLines(const std::vector<Token>& tokens) {
  std::vector<Line> lines(1);
  int depth = 0;
  for (const Token& token : tokens) {
    if (token.kind == TokenKind::kNewline) {
      lines.emplace_back();
      continue;
    }
    Line& line = lines.back();
    if (line.tokens.empty()) line.indent = depth;
    if (Closes(token.kind)) {
      depth = std::max(0, depth - 1);
      bool leading = std::all_of(line.tokens.begin(), line.tokens.end(), [](const Token* t) { return Closes(t->kind); });
      if (leading) line.indent = depth;
    }
    if (Opens(token.kind)) ++depth;
    line.tokens.push_back(&token);
  }
  return lines;
}

// Which lines end a top-level member: the line after one must be preceded by exactly one blank line.
bool EndsTopLevel(const Line& line, int depth_after) {
  if (depth_after != 0 || line.blank() || line.IsComment()) return false;
  return true;
}

// Drops blank lines that carry no meaning and enforces the ones that do.
std::vector<Line> NormalizeBlanks(const std::vector<Line>& lines) {
  std::vector<Line> out;
  bool need_blank = false;
  int depth = 0;
  for (const Line& line : lines) {
    int depth_after = depth;
    for (const Token* t : line.tokens) depth_after += Opens(t->kind) ? 1 : Closes(t->kind) ? -1 : 0;
    if (line.blank()) {
      bool after_open = !out.empty() && !out.back().blank() && Opens(out.back().tokens.back()->kind);
      if (!out.empty() && !out.back().blank() && !after_open) out.push_back(line);
      continue;
    }
    bool closer = Closes(line.tokens.front()->kind);
    if (closer && !out.empty() && out.back().blank()) out.pop_back();
    if (need_blank && !out.empty() && !out.back().blank()) out.push_back(Line{});
    out.push_back(line);
    need_blank = EndsTopLevel(line, depth_after);
    depth = depth_after;
  }
  while (!out.empty() && out.back().blank()) out.pop_back();
  return out;
}

// Display width in code points (strings may hold UTF-8), for aligning what follows them.
size_t Width(const std::string& text) {
  size_t width = 0;
  for (unsigned char c : text) width += (c & 0xC0) != 0x80 ? 1 : 0;
  return width;
}

// Renders one line; `key_width` pads an attribute key so that its `=` lines up with its neighbours', and
// `arrow_column` pads a statement so that its `->` does.
std::string Render(const Line& line, size_t key_width, size_t arrow_column = 0) {
  std::string text(static_cast<size_t>(line.indent) * 2, ' ');
  size_t arrow = line.Arrow();
  for (size_t i = 0; i < line.tokens.size(); ++i) {
    if (arrow_column > 0 && i == arrow) text.append(arrow_column - Width(text), ' ');
    if (i > 0 && SpaceBetween(*line.tokens[i - 1], *line.tokens[i])) text += ' ';
    text += TokenText(*line.tokens[i]);
    if (i == 0 && key_width > 0 && line.IsAttribute()) text.append(key_width - line.tokens[0]->text.size(), ' ');
  }
  return text;
}

}  // namespace

std::string Format(const std::vector<Token>& tokens) {
  std::vector<Line> lines = NormalizeBlanks(SplitLines(tokens));
  std::string out;
  size_t i = 0;
  while (i < lines.size()) {
    // A run: consecutive attribute lines at one depth; a blank, comment, block or deeper line ends it.
    size_t end = i;
    size_t width = 0;
    while (end < lines.size() && lines[end].IsAttribute() && lines[end].indent == lines[i].indent) {
      width = std::max(width, lines[end].tokens[0]->text.size());
      ++end;
    }
    if (end > i) {
      for (size_t j = i; j < end; ++j) out += Render(lines[j], width) + "\n";
      i = end;
      continue;
    }
    // A run of statements with one keyword and an arrow (routes): their `->` line up.
    size_t column = 0;
    while (end < lines.size() && lines[end].Arrow() > 0 && lines[end].indent == lines[i].indent &&
           lines[end].tokens[0]->text == lines[i].tokens[0]->text) {
      Line before = lines[end];
      before.tokens.resize(before.Arrow());
      column = std::max(column, Width(Render(before, 0)));
      ++end;
    }
    if (end == i) end = i + 1;
    for (size_t j = i; j < end; ++j) out += Render(lines[j], 0, end - i > 1 ? column : 0) + "\n";
    i = end;
  }
  return out;
}

}  // namespace ecsgen::format
