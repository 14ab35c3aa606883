#include "compiler/syntax/builder.h"

#include "compiler/syntax/error_listener.h"

namespace ecsgen::syntax {

using grammar::EcsParser;

namespace {

// Tells a parse-tree node's kind by double dispatch. ANTLR 4.9's nodes carry no type tag, and the
// generated accessors (`ctx.value()`, `ctx.IDENT()`) find a child by trying a dynamic_cast on every
// child at each call, which made those casts the largest cost of building a big file's AST.
class NodeKind : public antlr4::tree::ParseTreeVisitor {
 public:
  explicit NodeKind(antlr4::tree::ParseTree* node) { node->accept(this); }
  antlr4::ParserRuleContext* rule = nullptr;
  antlr4::tree::TerminalNode* terminal = nullptr;

  antlrcpp::Any visit(antlr4::tree::ParseTree* node) override { return node->accept(this); }
  // RuleContext::accept lands here, and every context a parser creates is a ParserRuleContext.
  antlrcpp::Any visitChildren(antlr4::tree::ParseTree* node) override {
    rule = static_cast<antlr4::ParserRuleContext*>(node);
    return {};
  }
  antlrcpp::Any visitTerminal(antlr4::tree::TerminalNode* node) override {
    terminal = node;
    return {};
  }
  // Error nodes count as tokens, as they do for the generated accessors.
  antlrcpp::Any visitErrorNode(antlr4::tree::ErrorNode* node) override {
    terminal = node;
    return {};
  }
};

// The rule index of each context type, so that a child's type follows from its getRuleIndex().
template <class Context>
constexpr size_t kRule = SIZE_MAX;
template <> constexpr size_t kRule<EcsParser::BodyContext> = EcsParser::RuleBody;
template <> constexpr size_t kRule<EcsParser::LineContext> = EcsParser::RuleLine;
template <> constexpr size_t kRule<EcsParser::MemberContext> = EcsParser::RuleMember;
template <> constexpr size_t kRule<EcsParser::AttributeContext> = EcsParser::RuleAttribute;
template <> constexpr size_t kRule<EcsParser::BlockContext> = EcsParser::RuleBlock;
template <> constexpr size_t kRule<EcsParser::LabelContext> = EcsParser::RuleLabel;
template <> constexpr size_t kRule<EcsParser::StatementContext> = EcsParser::RuleStatement;
template <> constexpr size_t kRule<EcsParser::ArgContext> = EcsParser::RuleArg;
template <> constexpr size_t kRule<EcsParser::ValueContext> = EcsParser::RuleValue;
template <> constexpr size_t kRule<EcsParser::AtomContext> = EcsParser::RuleAtom;
template <> constexpr size_t kRule<EcsParser::PathContext> = EcsParser::RulePath;
template <> constexpr size_t kRule<EcsParser::ListContext> = EcsParser::RuleList;
template <> constexpr size_t kRule<EcsParser::MapContext> = EcsParser::RuleMap;

// `node` as a `Context`, or null when it is a token or another rule.
template <class Context>
Context* As(antlr4::tree::ParseTree* node) {
  antlr4::ParserRuleContext* rule = NodeKind(node).rule;
  return rule != nullptr && rule->getRuleIndex() == kRule<Context> ? static_cast<Context*>(rule) : nullptr;
}

// The token of a terminal or error node, or null when `node` is a rule.
antlr4::Token* AsToken(antlr4::tree::ParseTree* node) {
  antlr4::tree::TerminalNode* terminal = NodeKind(node).terminal;
  return terminal != nullptr ? terminal->getSymbol() : nullptr;
}

// The first child that is a `Context`, like the generated `ctx.value()`.
template <class Context>
Context* First(antlr4::ParserRuleContext& ctx) {
  for (auto* child : ctx.children) {
    if (auto* context = As<Context>(child)) return context;
  }
  return nullptr;
}

// The first child token of `type`, like the generated `ctx.IDENT()`.
antlr4::Token* FirstToken(antlr4::ParserRuleContext& ctx, size_t type) {
  for (auto* child : ctx.children) {
    antlr4::Token* token = AsToken(child);
    if (token != nullptr && token->getType() == type) return token;
  }
  return nullptr;
}

// The token that names an attribute: its IDENT, else its STRING (a quoted key).
antlr4::Token* AttributeKey(EcsParser::AttributeContext& ctx) {
  antlr4::Token* ident = FirstToken(ctx, EcsParser::IDENT);
  return ident != nullptr ? ident : FirstToken(ctx, EcsParser::STRING);
}

}  // namespace

base::Range ContextRange(antlr4::ParserRuleContext& ctx) { return TokensRange(ctx.getStart(), ctx.getStop()); }

base::Range TokensRange(const antlr4::Token* start, const antlr4::Token* stop) {
  if (start == nullptr) return {};
  base::Range range = TokenRange(start);
  if (stop != nullptr && stop->getTokenIndex() >= start->getTokenIndex() && stop->getType() != antlr4::Token::EOF) {
    range.end = TokenRange(stop).end;
  }
  return range;
}

std::string Unquote(const std::string& text) {
  std::string out;
  size_t end = text.size() >= 2 && text.back() == '"' ? text.size() - 1 : text.size();
  out.reserve(end);
  for (size_t i = 1; i < end; ++i) {
    if (text[i] == '\\' && i + 1 < end) {
      char next = text[++i];
      out += next == 'n' ? '\n' : next == 't' ? '\t' : next;
    } else {
      out += text[i];
    }
  }
  return out;
}

std::string Builder::RuleText(antlr4::ParserRuleContext& ctx) {
  std::string text;
  for (auto* child : ctx.children) {
    NodeKind kind(child);
    if (kind.terminal != nullptr) {
      text += input_.Text(*kind.terminal->getSymbol());
    } else if (kind.rule != nullptr) {
      text += RuleText(*kind.rule);
    }
  }
  return text;
}

ast::File Builder::BuildFile(EcsParser::FileContext& ctx) {
  ast::File file;
  if (auto* body = First<EcsParser::BodyContext>(ctx)) file.body = BuildBody(*body);
  return file;
}

ast::Body Builder::BuildBody(EcsParser::BodyContext& ctx) {
  ast::Body body;
  body.range = ContextRange(ctx);
  for (auto* child : ctx.children) {
    if (auto* line = As<EcsParser::LineContext>(child)) BuildLine(*line, body);
  }
  return body;
}

void Builder::BuildLine(EcsParser::LineContext& ctx, ast::Body& body) {
  // A line is `member attribute*`, so its member comes before its attributes.
  bool member_seen = false;
  for (auto* part : ctx.children) {
    if (auto* member = As<EcsParser::MemberContext>(part); member != nullptr && !member_seen) {
      member_seen = true;
      BuildMember(*member, body);
    } else if (auto* attribute = As<EcsParser::AttributeContext>(part); attribute && AttributeKey(*attribute)) {
      body.attributes.push_back(BuildAttribute(*attribute));
    }
  }
}

void Builder::BuildMember(EcsParser::MemberContext& ctx, ast::Body& body) {
  EcsParser::AttributeContext* attribute = nullptr;
  EcsParser::BlockContext* block = nullptr;
  EcsParser::StatementContext* statement = nullptr;
  for (auto* child : ctx.children) {
    if (!attribute) attribute = As<EcsParser::AttributeContext>(child);
    if (!block) block = As<EcsParser::BlockContext>(child);
    if (!statement) statement = As<EcsParser::StatementContext>(child);
  }
  if (attribute && AttributeKey(*attribute)) {
    body.attributes.push_back(BuildAttribute(*attribute));
  } else if (block && FirstToken(*block, EcsParser::IDENT)) {
    body.blocks.push_back(BuildBlock(*block));
  } else if (statement && FirstToken(*statement, EcsParser::IDENT)) {
    body.statements.push_back(BuildStatement(*statement));
  }
}

ast::Attribute Builder::BuildAttribute(EcsParser::AttributeContext& ctx) {
  ast::Attribute attribute;
  antlr4::Token* key = AttributeKey(ctx);
  attribute.quoted_key = FirstToken(ctx, EcsParser::STRING) != nullptr;
  attribute.key = attribute.quoted_key ? Unquote(input_.Text(*key)) : input_.Text(*key);
  attribute.key_range = TokenRange(key);
  attribute.range = ContextRange(ctx);
  if (auto* value = First<EcsParser::ValueContext>(ctx)) attribute.value = BuildValue(*value);
  if (!attribute.value.range.valid()) attribute.value.range = attribute.range;
  return attribute;
}

ast::Block Builder::BuildBlock(EcsParser::BlockContext& ctx) {
  ast::Block block;
  antlr4::Token* kind = FirstToken(ctx, EcsParser::IDENT);
  block.kind = input_.Text(*kind);
  block.kind_range = TokenRange(kind);
  block.range = ContextRange(ctx);
  if (auto* label = First<EcsParser::LabelContext>(ctx)) {
    block.label = FirstToken(*label, EcsParser::STRING) ? Unquote(RuleText(*label)) : RuleText(*label);
    block.label_range = ContextRange(*label);
  }
  if (auto* body = First<EcsParser::BodyContext>(ctx)) block.body = BuildBody(*body);
  return block;
}

ast::Statement Builder::BuildStatement(EcsParser::StatementContext& ctx) {
  ast::Statement statement;
  antlr4::Token* keyword = FirstToken(ctx, EcsParser::IDENT);
  statement.keyword = input_.Text(*keyword);
  statement.keyword_range = TokenRange(keyword);
  statement.range = ContextRange(ctx);
  for (auto* child : ctx.children) {
    auto* arg = As<EcsParser::ArgContext>(child);
    if (arg && arg->getStart()) statement.args.push_back(BuildAtom(*arg));
  }
  return statement;
}

ast::Value Builder::BuildValue(EcsParser::ValueContext& ctx) {
  ast::Value value;
  value.range = ContextRange(ctx);
  value.atoms.reserve(ctx.children.size());
  for (auto* child : ctx.children) {
    auto* atom = As<EcsParser::AtomContext>(child);
    if (atom && atom->getStart()) value.atoms.push_back(BuildAtom(*atom));
  }
  return value;
}

// An `atom` or an `arg` (the same alternatives, less the map).
ast::Atom Builder::BuildAtom(antlr4::ParserRuleContext& ctx) {
  EcsParser::PathContext* path = nullptr;
  EcsParser::ListContext* list = nullptr;
  EcsParser::MapContext* map = nullptr;
  for (auto* child : ctx.children) {
    if (!path) path = As<EcsParser::PathContext>(child);
    if (!list) list = As<EcsParser::ListContext>(child);
    if (!map) map = As<EcsParser::MapContext>(child);
  }
  if (path) return BuildPath(*path);
  if (list) return BuildList(*list);
  ast::Atom atom;
  atom.range = ContextRange(ctx);
  if (map) {
    atom.kind = ast::AtomKind::kMap;
    if (auto* body = First<EcsParser::BodyContext>(*map)) atom.map = BuildBody(*body);
    return atom;
  }
  const antlr4::Token* token = ctx.getStart();
  atom.text = input_.Text(*token);
  switch (token->getType()) {
    case EcsParser::STRING: atom.kind = ast::AtomKind::kString; atom.text = Unquote(atom.text); break;
    case EcsParser::INT: atom.kind = ast::AtomKind::kInt; break;
    case EcsParser::DECIMAL: atom.kind = ast::AtomKind::kDecimal; break;
    case EcsParser::PERCENT: atom.kind = ast::AtomKind::kPercent; atom.text.pop_back(); break;
    case EcsParser::CIDR: atom.kind = ast::AtomKind::kCidr; break;
    case EcsParser::COLON: atom.kind = ast::AtomKind::kColon; break;
    case EcsParser::DOTDOT: atom.kind = ast::AtomKind::kDotDot; break;
    default: atom.kind = ast::AtomKind::kArrow; break;
  }
  return atom;
}

ast::Atom Builder::BuildPath(EcsParser::PathContext& ctx) {
  ast::Atom atom;
  atom.kind = ast::AtomKind::kPath;
  atom.range = ContextRange(ctx);
  for (auto* child : ctx.children) {
    antlr4::Token* token = AsToken(child);
    if (token == nullptr || token->getType() != EcsParser::IDENT) continue;
    std::string part = input_.Text(*token);
    if (!atom.text.empty()) atom.text += '.';
    atom.text += part;
    atom.path.push_back(std::move(part));
  }
  return atom;
}

ast::Atom Builder::BuildList(EcsParser::ListContext& ctx) {
  ast::Atom atom;
  atom.kind = ast::AtomKind::kList;
  atom.range = ContextRange(ctx);
  for (auto* child : ctx.children) {
    auto* value = As<EcsParser::ValueContext>(child);
    if (value && value->getStart()) atom.items.push_back(BuildValue(*value));
  }
  return atom;
}

}  // namespace ecsgen::syntax
