
// Generated from Ecs.g4 by ANTLR 4.7.2

#pragma once


#include "antlr4-runtime.h"


namespace ecsgen::grammar {


class  EcsParser : public antlr4::Parser {
public:
  enum {
    ASSIGN = 1, LBRACE = 2, RBRACE = 3, LBRACK = 4, RBRACK = 5, COMMA = 6, 
    SEMI = 7, COLON = 8, DOTDOT = 9, DOT = 10, ARROW = 11, CIDR = 12, DECIMAL = 13, 
    PERCENT = 14, INT = 15, IDENT = 16, STRING = 17, UNTERMINATED_STRING = 18, 
    COMMENT = 19, NL = 20, WS = 21, OTHER = 22
  };

  enum {
    RuleFile = 0, RuleBody = 1, RuleLine = 2, RuleSeparator = 3, RuleMember = 4, 
    RuleAttribute = 5, RuleBlock = 6, RuleLabel = 7, RuleStatement = 8, 
    RuleArg = 9, RuleValue = 10, RuleAtom = 11, RulePath = 12, RuleList = 13, 
    RuleListSep = 14, RuleMap = 15
  };

  EcsParser(antlr4::TokenStream *input);
  ~EcsParser();

  virtual std::string getGrammarFileName() const override;
  virtual const antlr4::atn::ATN& getATN() const override { return _atn; };
  virtual const std::vector<std::string>& getTokenNames() const override { return _tokenNames; }; // deprecated: use vocabulary instead.
  virtual const std::vector<std::string>& getRuleNames() const override;
  virtual antlr4::dfa::Vocabulary& getVocabulary() const override;


  class FileContext;
  class BodyContext;
  class LineContext;
  class SeparatorContext;
  class MemberContext;
  class AttributeContext;
  class BlockContext;
  class LabelContext;
  class StatementContext;
  class ArgContext;
  class ValueContext;
  class AtomContext;
  class PathContext;
  class ListContext;
  class ListSepContext;
  class MapContext; 

  class  FileContext : public antlr4::ParserRuleContext {
  public:
    FileContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    BodyContext *body();
    antlr4::tree::TerminalNode *EOF();

   
  };

  FileContext* file();

  class  BodyContext : public antlr4::ParserRuleContext {
  public:
    BodyContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<LineContext *> line();
    LineContext* line(size_t i);
    std::vector<SeparatorContext *> separator();
    SeparatorContext* separator(size_t i);

   
  };

  BodyContext* body();

  class  LineContext : public antlr4::ParserRuleContext {
  public:
    LineContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    MemberContext *member();
    std::vector<AttributeContext *> attribute();
    AttributeContext* attribute(size_t i);

   
  };

  LineContext* line();

  class  SeparatorContext : public antlr4::ParserRuleContext {
  public:
    SeparatorContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *NL();
    antlr4::tree::TerminalNode *SEMI();
    antlr4::tree::TerminalNode *COMMA();

   
  };

  SeparatorContext* separator();

  class  MemberContext : public antlr4::ParserRuleContext {
  public:
    MemberContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    AttributeContext *attribute();
    BlockContext *block();
    StatementContext *statement();

   
  };

  MemberContext* member();

  class  AttributeContext : public antlr4::ParserRuleContext {
  public:
    AttributeContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *ASSIGN();
    ValueContext *value();
    antlr4::tree::TerminalNode *IDENT();
    antlr4::tree::TerminalNode *STRING();

   
  };

  AttributeContext* attribute();

  class  BlockContext : public antlr4::ParserRuleContext {
  public:
    BlockContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *IDENT();
    antlr4::tree::TerminalNode *LBRACE();
    BodyContext *body();
    antlr4::tree::TerminalNode *RBRACE();
    LabelContext *label();

   
  };

  BlockContext* block();

  class  LabelContext : public antlr4::ParserRuleContext {
  public:
    LabelContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *IDENT();
    antlr4::tree::TerminalNode *STRING();

   
  };

  LabelContext* label();

  class  StatementContext : public antlr4::ParserRuleContext {
  public:
    StatementContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *IDENT();
    std::vector<ArgContext *> arg();
    ArgContext* arg(size_t i);

   
  };

  StatementContext* statement();

  class  ArgContext : public antlr4::ParserRuleContext {
  public:
    ArgContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *INT();
    antlr4::tree::TerminalNode *DECIMAL();
    antlr4::tree::TerminalNode *PERCENT();
    antlr4::tree::TerminalNode *CIDR();
    PathContext *path();
    antlr4::tree::TerminalNode *COLON();
    antlr4::tree::TerminalNode *DOTDOT();
    antlr4::tree::TerminalNode *ARROW();
    ListContext *list();

   
  };

  ArgContext* arg();

  class  ValueContext : public antlr4::ParserRuleContext {
  public:
    ValueContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<AtomContext *> atom();
    AtomContext* atom(size_t i);

   
  };

  ValueContext* value();

  class  AtomContext : public antlr4::ParserRuleContext {
  public:
    AtomContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *STRING();
    antlr4::tree::TerminalNode *INT();
    antlr4::tree::TerminalNode *DECIMAL();
    antlr4::tree::TerminalNode *PERCENT();
    antlr4::tree::TerminalNode *CIDR();
    PathContext *path();
    antlr4::tree::TerminalNode *COLON();
    antlr4::tree::TerminalNode *DOTDOT();
    antlr4::tree::TerminalNode *ARROW();
    ListContext *list();
    MapContext *map();

   
  };

  AtomContext* atom();

  class  PathContext : public antlr4::ParserRuleContext {
  public:
    PathContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<antlr4::tree::TerminalNode *> IDENT();
    antlr4::tree::TerminalNode* IDENT(size_t i);
    std::vector<antlr4::tree::TerminalNode *> DOT();
    antlr4::tree::TerminalNode* DOT(size_t i);

   
  };

  PathContext* path();

  class  ListContext : public antlr4::ParserRuleContext {
  public:
    ListContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACK();
    antlr4::tree::TerminalNode *RBRACK();
    std::vector<antlr4::tree::TerminalNode *> NL();
    antlr4::tree::TerminalNode* NL(size_t i);
    std::vector<ValueContext *> value();
    ValueContext* value(size_t i);
    std::vector<ListSepContext *> listSep();
    ListSepContext* listSep(size_t i);

   
  };

  ListContext* list();

  class  ListSepContext : public antlr4::ParserRuleContext {
  public:
    ListSepContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    std::vector<antlr4::tree::TerminalNode *> COMMA();
    antlr4::tree::TerminalNode* COMMA(size_t i);
    std::vector<antlr4::tree::TerminalNode *> NL();
    antlr4::tree::TerminalNode* NL(size_t i);

   
  };

  ListSepContext* listSep();

  class  MapContext : public antlr4::ParserRuleContext {
  public:
    MapContext(antlr4::ParserRuleContext *parent, size_t invokingState);
    virtual size_t getRuleIndex() const override;
    antlr4::tree::TerminalNode *LBRACE();
    BodyContext *body();
    antlr4::tree::TerminalNode *RBRACE();

   
  };

  MapContext* map();


private:
  static std::vector<antlr4::dfa::DFA> _decisionToDFA;
  static antlr4::atn::PredictionContextCache _sharedContextCache;
  static std::vector<std::string> _ruleNames;
  static std::vector<std::string> _tokenNames;

  static std::vector<std::string> _literalNames;
  static std::vector<std::string> _symbolicNames;
  static antlr4::dfa::Vocabulary _vocabulary;
  static antlr4::atn::ATN _atn;
  static std::vector<uint16_t> _serializedATN;


  struct Initializer {
    Initializer();
  };
  static Initializer _init;
};

}  // namespace ecsgen::grammar
