#pragma once

#include "EcsParser.h"
#include "compiler/ast/ast.h"
#include "compiler/syntax/input.h"

namespace ecsgen::syntax {

// Hand-written transformer from the ANTLR parse tree to the AST: one Build… function per rule.
// Tolerates the partial trees that error recovery leaves (missing children are skipped).
class Builder {
 public:
  explicit Builder(const InputStream& input) : input_(input) {}
  ast::File BuildFile(grammar::EcsParser::FileContext& ctx);
  // Adds the members of one line to `body`.
  void BuildLine(grammar::EcsParser::LineContext& ctx, ast::Body& body);

 private:
  ast::Body BuildBody(grammar::EcsParser::BodyContext& ctx);
  void BuildMember(grammar::EcsParser::MemberContext& ctx, ast::Body& body);
  ast::Attribute BuildAttribute(grammar::EcsParser::AttributeContext& ctx);
  ast::Block BuildBlock(grammar::EcsParser::BlockContext& ctx);
  ast::Statement BuildStatement(grammar::EcsParser::StatementContext& ctx);
  ast::Value BuildValue(grammar::EcsParser::ValueContext& ctx);
  ast::Atom BuildAtom(antlr4::ParserRuleContext& ctx);
  ast::Atom BuildPath(grammar::EcsParser::PathContext& ctx);
  ast::Atom BuildList(grammar::EcsParser::ListContext& ctx);
  // The text of a rule context: its tokens' text concatenated, as ParserRuleContext::getText gives it.
  std::string RuleText(antlr4::ParserRuleContext& ctx);

  const InputStream& input_;
};

// The source range from token `start` to token `stop` (null, or before `start`: `start` alone).
base::Range TokensRange(const antlr4::Token* start, const antlr4::Token* stop);
// The source range a rule context spans.
base::Range ContextRange(antlr4::ParserRuleContext& ctx);

// The contents of a string token without quotes, with escapes resolved.
std::string Unquote(const std::string& token_text);

}  // namespace ecsgen::syntax
