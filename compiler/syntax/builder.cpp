#include "compiler/syntax/builder.h"

#include "compiler/syntax/error_listener.h"

namespace ecsgen::syntax {

using grammar::EcsParser;

base::Range ContextRange(antlr4::ParserRuleContext& ctx) {
  const antlr4::Token* start = ctx.getStart();
  const antlr4::Token* stop = ctx.getStop();
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

ast::File Builder::BuildFile(EcsParser::FileContext& ctx) {
  ast::File file;
  if (ctx.body()) file.body = BuildBody(*ctx.body());
  return file;
}

ast::Body Builder::BuildBody(EcsParser::BodyContext& ctx) {
  ast::Body body;
  body.range = ContextRange(ctx);
  for (auto* line : ctx.line()) {
    if (line == nullptr) continue;
    if (line->member()) BuildMember(*line->member(), body);
    for (auto* attribute : line->attribute()) {
      if (attribute->IDENT() || attribute->STRING()) body.attributes.push_back(BuildAttribute(*attribute));
    }
  }
  return body;
}

void Builder::BuildMember(EcsParser::MemberContext& ctx, ast::Body& body) {
  if (auto* attribute = ctx.attribute(); attribute && (attribute->IDENT() || attribute->STRING())) {
    body.attributes.push_back(BuildAttribute(*attribute));
  } else if (auto* block = ctx.block(); block && block->IDENT()) {
    body.blocks.push_back(BuildBlock(*block));
  } else if (auto* statement = ctx.statement(); statement && statement->IDENT()) {
    body.statements.push_back(BuildStatement(*statement));
  }
}

ast::Attribute Builder::BuildAttribute(EcsParser::AttributeContext& ctx) {
  ast::Attribute attribute;
  antlr4::tree::TerminalNode* key = ctx.IDENT() ? ctx.IDENT() : ctx.STRING();
  attribute.quoted_key = ctx.STRING() != nullptr;
  attribute.key = attribute.quoted_key ? Unquote(key->getText()) : key->getText();
  attribute.key_range = TokenRange(key->getSymbol());
  attribute.range = ContextRange(ctx);
  if (ctx.value()) attribute.value = BuildValue(*ctx.value());
  if (!attribute.value.range.valid()) attribute.value.range = attribute.range;
  return attribute;
}

ast::Block Builder::BuildBlock(EcsParser::BlockContext& ctx) {
  ast::Block block;
  block.kind = ctx.IDENT()->getText();
  block.kind_range = TokenRange(ctx.IDENT()->getSymbol());
  block.range = ContextRange(ctx);
  if (auto* label = ctx.label()) {
    block.label = label->STRING() ? Unquote(label->getText()) : label->getText();
    block.label_range = ContextRange(*label);
  }
  if (ctx.body()) block.body = BuildBody(*ctx.body());
  return block;
}

ast::Statement Builder::BuildStatement(EcsParser::StatementContext& ctx) {
  ast::Statement statement;
  statement.keyword = ctx.IDENT()->getText();
  statement.keyword_range = TokenRange(ctx.IDENT()->getSymbol());
  statement.range = ContextRange(ctx);
  for (auto* arg : ctx.arg()) {
    if (arg && arg->getStart()) statement.args.push_back(BuildAtom(*arg, arg->path(), arg->list(), nullptr));
  }
  return statement;
}

ast::Value Builder::BuildValue(EcsParser::ValueContext& ctx) {
  ast::Value value;
  value.range = ContextRange(ctx);
  for (auto* atom : ctx.atom()) {
    if (atom && atom->getStart()) value.atoms.push_back(BuildAtom(*atom, atom->path(), atom->list(), atom->map()));
  }
  return value;
}

ast::Atom Builder::BuildAtom(antlr4::ParserRuleContext& ctx, EcsParser::PathContext* path,
                             EcsParser::ListContext* list, EcsParser::MapContext* map) {
  if (path) return BuildPath(*path);
  if (list) return BuildList(*list);
  ast::Atom atom;
  atom.range = ContextRange(ctx);
  if (map) {
    atom.kind = ast::AtomKind::kMap;
    if (map->body()) atom.map = BuildBody(*map->body());
    return atom;
  }
  const antlr4::Token* token = ctx.getStart();
  atom.text = token->getText();
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
  for (auto* ident : ctx.IDENT()) {
    atom.path.push_back(ident->getText());
    atom.text += (atom.text.empty() ? "" : ".") + ident->getText();
  }
  return atom;
}

ast::Atom Builder::BuildList(EcsParser::ListContext& ctx) {
  ast::Atom atom;
  atom.kind = ast::AtomKind::kList;
  atom.range = ContextRange(ctx);
  for (auto* value : ctx.value()) {
    if (value && value->getStart()) atom.items.push_back(BuildValue(*value));
  }
  return atom;
}

}  // namespace ecsgen::syntax
