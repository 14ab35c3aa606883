
// Generated from Ecs.g4 by ANTLR 4.7.2



#include "EcsParser.h"


using namespace antlrcpp;
using namespace ecsgen::grammar;
using namespace antlr4;

EcsParser::EcsParser(TokenStream *input) : Parser(input) {
  _interpreter = new atn::ParserATNSimulator(this, _atn, _decisionToDFA, _sharedContextCache);
}

EcsParser::~EcsParser() {
  delete _interpreter;
}

std::string EcsParser::getGrammarFileName() const {
  return "Ecs.g4";
}

const std::vector<std::string>& EcsParser::getRuleNames() const {
  return _ruleNames;
}

dfa::Vocabulary& EcsParser::getVocabulary() const {
  return _vocabulary;
}


//----------------- FileContext ------------------------------------------------------------------

EcsParser::FileContext::FileContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

EcsParser::BodyContext* EcsParser::FileContext::body() {
  return getRuleContext<EcsParser::BodyContext>(0);
}

tree::TerminalNode* EcsParser::FileContext::EOF() {
  return getToken(EcsParser::EOF, 0);
}


size_t EcsParser::FileContext::getRuleIndex() const {
  return EcsParser::RuleFile;
}


EcsParser::FileContext* EcsParser::file() {
  FileContext *_localctx = _tracker.createInstance<FileContext>(_ctx, getState());
  enterRule(_localctx, 0, EcsParser::RuleFile);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(32);
    body();
    setState(33);
    match(EcsParser::EOF);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- BodyContext ------------------------------------------------------------------

EcsParser::BodyContext::BodyContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<EcsParser::LineContext *> EcsParser::BodyContext::line() {
  return getRuleContexts<EcsParser::LineContext>();
}

EcsParser::LineContext* EcsParser::BodyContext::line(size_t i) {
  return getRuleContext<EcsParser::LineContext>(i);
}

std::vector<EcsParser::SeparatorContext *> EcsParser::BodyContext::separator() {
  return getRuleContexts<EcsParser::SeparatorContext>();
}

EcsParser::SeparatorContext* EcsParser::BodyContext::separator(size_t i) {
  return getRuleContext<EcsParser::SeparatorContext>(i);
}


size_t EcsParser::BodyContext::getRuleIndex() const {
  return EcsParser::RuleBody;
}


EcsParser::BodyContext* EcsParser::body() {
  BodyContext *_localctx = _tracker.createInstance<BodyContext>(_ctx, getState());
  enterRule(_localctx, 2, EcsParser::RuleBody);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(36);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == EcsParser::IDENT

    || _la == EcsParser::STRING) {
      setState(35);
      line();
    }
    setState(44);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << EcsParser::COMMA)
      | (1ULL << EcsParser::SEMI)
      | (1ULL << EcsParser::NL))) != 0)) {
      setState(38);
      separator();
      setState(40);
      _errHandler->sync(this);

      _la = _input->LA(1);
      if (_la == EcsParser::IDENT

      || _la == EcsParser::STRING) {
        setState(39);
        line();
      }
      setState(46);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- LineContext ------------------------------------------------------------------

EcsParser::LineContext::LineContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

EcsParser::MemberContext* EcsParser::LineContext::member() {
  return getRuleContext<EcsParser::MemberContext>(0);
}

std::vector<EcsParser::AttributeContext *> EcsParser::LineContext::attribute() {
  return getRuleContexts<EcsParser::AttributeContext>();
}

EcsParser::AttributeContext* EcsParser::LineContext::attribute(size_t i) {
  return getRuleContext<EcsParser::AttributeContext>(i);
}


size_t EcsParser::LineContext::getRuleIndex() const {
  return EcsParser::RuleLine;
}


EcsParser::LineContext* EcsParser::line() {
  LineContext *_localctx = _tracker.createInstance<LineContext>(_ctx, getState());
  enterRule(_localctx, 4, EcsParser::RuleLine);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(47);
    member();
    setState(51);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == EcsParser::IDENT

    || _la == EcsParser::STRING) {
      setState(48);
      attribute();
      setState(53);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- SeparatorContext ------------------------------------------------------------------

EcsParser::SeparatorContext::SeparatorContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::SeparatorContext::NL() {
  return getToken(EcsParser::NL, 0);
}

tree::TerminalNode* EcsParser::SeparatorContext::SEMI() {
  return getToken(EcsParser::SEMI, 0);
}

tree::TerminalNode* EcsParser::SeparatorContext::COMMA() {
  return getToken(EcsParser::COMMA, 0);
}


size_t EcsParser::SeparatorContext::getRuleIndex() const {
  return EcsParser::RuleSeparator;
}


EcsParser::SeparatorContext* EcsParser::separator() {
  SeparatorContext *_localctx = _tracker.createInstance<SeparatorContext>(_ctx, getState());
  enterRule(_localctx, 6, EcsParser::RuleSeparator);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(54);
    _la = _input->LA(1);
    if (!((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << EcsParser::COMMA)
      | (1ULL << EcsParser::SEMI)
      | (1ULL << EcsParser::NL))) != 0))) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MemberContext ------------------------------------------------------------------

EcsParser::MemberContext::MemberContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

EcsParser::AttributeContext* EcsParser::MemberContext::attribute() {
  return getRuleContext<EcsParser::AttributeContext>(0);
}

EcsParser::BlockContext* EcsParser::MemberContext::block() {
  return getRuleContext<EcsParser::BlockContext>(0);
}

EcsParser::StatementContext* EcsParser::MemberContext::statement() {
  return getRuleContext<EcsParser::StatementContext>(0);
}


size_t EcsParser::MemberContext::getRuleIndex() const {
  return EcsParser::RuleMember;
}


EcsParser::MemberContext* EcsParser::member() {
  MemberContext *_localctx = _tracker.createInstance<MemberContext>(_ctx, getState());
  enterRule(_localctx, 8, EcsParser::RuleMember);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(59);
    _errHandler->sync(this);
    switch (getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 4, _ctx)) {
    case 1: {
      enterOuterAlt(_localctx, 1);
      setState(56);
      attribute();
      break;
    }

    case 2: {
      enterOuterAlt(_localctx, 2);
      setState(57);
      block();
      break;
    }

    case 3: {
      enterOuterAlt(_localctx, 3);
      setState(58);
      statement();
      break;
    }

    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AttributeContext ------------------------------------------------------------------

EcsParser::AttributeContext::AttributeContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::AttributeContext::ASSIGN() {
  return getToken(EcsParser::ASSIGN, 0);
}

EcsParser::ValueContext* EcsParser::AttributeContext::value() {
  return getRuleContext<EcsParser::ValueContext>(0);
}

tree::TerminalNode* EcsParser::AttributeContext::IDENT() {
  return getToken(EcsParser::IDENT, 0);
}

tree::TerminalNode* EcsParser::AttributeContext::STRING() {
  return getToken(EcsParser::STRING, 0);
}


size_t EcsParser::AttributeContext::getRuleIndex() const {
  return EcsParser::RuleAttribute;
}


EcsParser::AttributeContext* EcsParser::attribute() {
  AttributeContext *_localctx = _tracker.createInstance<AttributeContext>(_ctx, getState());
  enterRule(_localctx, 10, EcsParser::RuleAttribute);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(61);
    _la = _input->LA(1);
    if (!(_la == EcsParser::IDENT

    || _la == EcsParser::STRING)) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
    setState(62);
    match(EcsParser::ASSIGN);
    setState(63);
    value();
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- BlockContext ------------------------------------------------------------------

EcsParser::BlockContext::BlockContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::BlockContext::IDENT() {
  return getToken(EcsParser::IDENT, 0);
}

tree::TerminalNode* EcsParser::BlockContext::LBRACE() {
  return getToken(EcsParser::LBRACE, 0);
}

EcsParser::BodyContext* EcsParser::BlockContext::body() {
  return getRuleContext<EcsParser::BodyContext>(0);
}

tree::TerminalNode* EcsParser::BlockContext::RBRACE() {
  return getToken(EcsParser::RBRACE, 0);
}

EcsParser::LabelContext* EcsParser::BlockContext::label() {
  return getRuleContext<EcsParser::LabelContext>(0);
}


size_t EcsParser::BlockContext::getRuleIndex() const {
  return EcsParser::RuleBlock;
}


EcsParser::BlockContext* EcsParser::block() {
  BlockContext *_localctx = _tracker.createInstance<BlockContext>(_ctx, getState());
  enterRule(_localctx, 12, EcsParser::RuleBlock);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(65);
    match(EcsParser::IDENT);
    setState(67);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == EcsParser::IDENT

    || _la == EcsParser::STRING) {
      setState(66);
      label();
    }
    setState(69);
    match(EcsParser::LBRACE);
    setState(70);
    body();
    setState(71);
    match(EcsParser::RBRACE);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- LabelContext ------------------------------------------------------------------

EcsParser::LabelContext::LabelContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::LabelContext::IDENT() {
  return getToken(EcsParser::IDENT, 0);
}

tree::TerminalNode* EcsParser::LabelContext::STRING() {
  return getToken(EcsParser::STRING, 0);
}


size_t EcsParser::LabelContext::getRuleIndex() const {
  return EcsParser::RuleLabel;
}


EcsParser::LabelContext* EcsParser::label() {
  LabelContext *_localctx = _tracker.createInstance<LabelContext>(_ctx, getState());
  enterRule(_localctx, 14, EcsParser::RuleLabel);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(73);
    _la = _input->LA(1);
    if (!(_la == EcsParser::IDENT

    || _la == EcsParser::STRING)) {
    _errHandler->recoverInline(this);
    }
    else {
      _errHandler->reportMatch(this);
      consume();
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- StatementContext ------------------------------------------------------------------

EcsParser::StatementContext::StatementContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::StatementContext::IDENT() {
  return getToken(EcsParser::IDENT, 0);
}

std::vector<EcsParser::ArgContext *> EcsParser::StatementContext::arg() {
  return getRuleContexts<EcsParser::ArgContext>();
}

EcsParser::ArgContext* EcsParser::StatementContext::arg(size_t i) {
  return getRuleContext<EcsParser::ArgContext>(i);
}


size_t EcsParser::StatementContext::getRuleIndex() const {
  return EcsParser::RuleStatement;
}


EcsParser::StatementContext* EcsParser::statement() {
  StatementContext *_localctx = _tracker.createInstance<StatementContext>(_ctx, getState());
  enterRule(_localctx, 16, EcsParser::RuleStatement);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(75);
    match(EcsParser::IDENT);
    setState(77); 
    _errHandler->sync(this);
    alt = 1;
    do {
      switch (alt) {
        case 1: {
              setState(76);
              arg();
              break;
            }

      default:
        throw NoViableAltException(this);
      }
      setState(79); 
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 6, _ctx);
    } while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ArgContext ------------------------------------------------------------------

EcsParser::ArgContext::ArgContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::ArgContext::STRING() {
  return getToken(EcsParser::STRING, 0);
}

tree::TerminalNode* EcsParser::ArgContext::INT() {
  return getToken(EcsParser::INT, 0);
}

tree::TerminalNode* EcsParser::ArgContext::DECIMAL() {
  return getToken(EcsParser::DECIMAL, 0);
}

tree::TerminalNode* EcsParser::ArgContext::PERCENT() {
  return getToken(EcsParser::PERCENT, 0);
}

tree::TerminalNode* EcsParser::ArgContext::CIDR() {
  return getToken(EcsParser::CIDR, 0);
}

EcsParser::PathContext* EcsParser::ArgContext::path() {
  return getRuleContext<EcsParser::PathContext>(0);
}

tree::TerminalNode* EcsParser::ArgContext::COLON() {
  return getToken(EcsParser::COLON, 0);
}

tree::TerminalNode* EcsParser::ArgContext::DOTDOT() {
  return getToken(EcsParser::DOTDOT, 0);
}

tree::TerminalNode* EcsParser::ArgContext::ARROW() {
  return getToken(EcsParser::ARROW, 0);
}

EcsParser::ListContext* EcsParser::ArgContext::list() {
  return getRuleContext<EcsParser::ListContext>(0);
}


size_t EcsParser::ArgContext::getRuleIndex() const {
  return EcsParser::RuleArg;
}


EcsParser::ArgContext* EcsParser::arg() {
  ArgContext *_localctx = _tracker.createInstance<ArgContext>(_ctx, getState());
  enterRule(_localctx, 18, EcsParser::RuleArg);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(91);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case EcsParser::STRING: {
        enterOuterAlt(_localctx, 1);
        setState(81);
        match(EcsParser::STRING);
        break;
      }

      case EcsParser::INT: {
        enterOuterAlt(_localctx, 2);
        setState(82);
        match(EcsParser::INT);
        break;
      }

      case EcsParser::DECIMAL: {
        enterOuterAlt(_localctx, 3);
        setState(83);
        match(EcsParser::DECIMAL);
        break;
      }

      case EcsParser::PERCENT: {
        enterOuterAlt(_localctx, 4);
        setState(84);
        match(EcsParser::PERCENT);
        break;
      }

      case EcsParser::CIDR: {
        enterOuterAlt(_localctx, 5);
        setState(85);
        match(EcsParser::CIDR);
        break;
      }

      case EcsParser::IDENT: {
        enterOuterAlt(_localctx, 6);
        setState(86);
        path();
        break;
      }

      case EcsParser::COLON: {
        enterOuterAlt(_localctx, 7);
        setState(87);
        match(EcsParser::COLON);
        break;
      }

      case EcsParser::DOTDOT: {
        enterOuterAlt(_localctx, 8);
        setState(88);
        match(EcsParser::DOTDOT);
        break;
      }

      case EcsParser::ARROW: {
        enterOuterAlt(_localctx, 9);
        setState(89);
        match(EcsParser::ARROW);
        break;
      }

      case EcsParser::LBRACK: {
        enterOuterAlt(_localctx, 10);
        setState(90);
        list();
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ValueContext ------------------------------------------------------------------

EcsParser::ValueContext::ValueContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<EcsParser::AtomContext *> EcsParser::ValueContext::atom() {
  return getRuleContexts<EcsParser::AtomContext>();
}

EcsParser::AtomContext* EcsParser::ValueContext::atom(size_t i) {
  return getRuleContext<EcsParser::AtomContext>(i);
}


size_t EcsParser::ValueContext::getRuleIndex() const {
  return EcsParser::RuleValue;
}


EcsParser::ValueContext* EcsParser::value() {
  ValueContext *_localctx = _tracker.createInstance<ValueContext>(_ctx, getState());
  enterRule(_localctx, 20, EcsParser::RuleValue);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(94); 
    _errHandler->sync(this);
    alt = 1;
    do {
      switch (alt) {
        case 1: {
              setState(93);
              atom();
              break;
            }

      default:
        throw NoViableAltException(this);
      }
      setState(96); 
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 8, _ctx);
    } while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- AtomContext ------------------------------------------------------------------

EcsParser::AtomContext::AtomContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::AtomContext::STRING() {
  return getToken(EcsParser::STRING, 0);
}

tree::TerminalNode* EcsParser::AtomContext::INT() {
  return getToken(EcsParser::INT, 0);
}

tree::TerminalNode* EcsParser::AtomContext::DECIMAL() {
  return getToken(EcsParser::DECIMAL, 0);
}

tree::TerminalNode* EcsParser::AtomContext::PERCENT() {
  return getToken(EcsParser::PERCENT, 0);
}

tree::TerminalNode* EcsParser::AtomContext::CIDR() {
  return getToken(EcsParser::CIDR, 0);
}

EcsParser::PathContext* EcsParser::AtomContext::path() {
  return getRuleContext<EcsParser::PathContext>(0);
}

tree::TerminalNode* EcsParser::AtomContext::COLON() {
  return getToken(EcsParser::COLON, 0);
}

tree::TerminalNode* EcsParser::AtomContext::DOTDOT() {
  return getToken(EcsParser::DOTDOT, 0);
}

tree::TerminalNode* EcsParser::AtomContext::ARROW() {
  return getToken(EcsParser::ARROW, 0);
}

EcsParser::ListContext* EcsParser::AtomContext::list() {
  return getRuleContext<EcsParser::ListContext>(0);
}

EcsParser::MapContext* EcsParser::AtomContext::map() {
  return getRuleContext<EcsParser::MapContext>(0);
}


size_t EcsParser::AtomContext::getRuleIndex() const {
  return EcsParser::RuleAtom;
}


EcsParser::AtomContext* EcsParser::atom() {
  AtomContext *_localctx = _tracker.createInstance<AtomContext>(_ctx, getState());
  enterRule(_localctx, 22, EcsParser::RuleAtom);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    setState(109);
    _errHandler->sync(this);
    switch (_input->LA(1)) {
      case EcsParser::STRING: {
        enterOuterAlt(_localctx, 1);
        setState(98);
        match(EcsParser::STRING);
        break;
      }

      case EcsParser::INT: {
        enterOuterAlt(_localctx, 2);
        setState(99);
        match(EcsParser::INT);
        break;
      }

      case EcsParser::DECIMAL: {
        enterOuterAlt(_localctx, 3);
        setState(100);
        match(EcsParser::DECIMAL);
        break;
      }

      case EcsParser::PERCENT: {
        enterOuterAlt(_localctx, 4);
        setState(101);
        match(EcsParser::PERCENT);
        break;
      }

      case EcsParser::CIDR: {
        enterOuterAlt(_localctx, 5);
        setState(102);
        match(EcsParser::CIDR);
        break;
      }

      case EcsParser::IDENT: {
        enterOuterAlt(_localctx, 6);
        setState(103);
        path();
        break;
      }

      case EcsParser::COLON: {
        enterOuterAlt(_localctx, 7);
        setState(104);
        match(EcsParser::COLON);
        break;
      }

      case EcsParser::DOTDOT: {
        enterOuterAlt(_localctx, 8);
        setState(105);
        match(EcsParser::DOTDOT);
        break;
      }

      case EcsParser::ARROW: {
        enterOuterAlt(_localctx, 9);
        setState(106);
        match(EcsParser::ARROW);
        break;
      }

      case EcsParser::LBRACK: {
        enterOuterAlt(_localctx, 10);
        setState(107);
        list();
        break;
      }

      case EcsParser::LBRACE: {
        enterOuterAlt(_localctx, 11);
        setState(108);
        map();
        break;
      }

    default:
      throw NoViableAltException(this);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- PathContext ------------------------------------------------------------------

EcsParser::PathContext::PathContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<tree::TerminalNode *> EcsParser::PathContext::IDENT() {
  return getTokens(EcsParser::IDENT);
}

tree::TerminalNode* EcsParser::PathContext::IDENT(size_t i) {
  return getToken(EcsParser::IDENT, i);
}

std::vector<tree::TerminalNode *> EcsParser::PathContext::DOT() {
  return getTokens(EcsParser::DOT);
}

tree::TerminalNode* EcsParser::PathContext::DOT(size_t i) {
  return getToken(EcsParser::DOT, i);
}


size_t EcsParser::PathContext::getRuleIndex() const {
  return EcsParser::RulePath;
}


EcsParser::PathContext* EcsParser::path() {
  PathContext *_localctx = _tracker.createInstance<PathContext>(_ctx, getState());
  enterRule(_localctx, 24, EcsParser::RulePath);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(111);
    match(EcsParser::IDENT);
    setState(116);
    _errHandler->sync(this);
    _la = _input->LA(1);
    while (_la == EcsParser::DOT) {
      setState(112);
      match(EcsParser::DOT);
      setState(113);
      match(EcsParser::IDENT);
      setState(118);
      _errHandler->sync(this);
      _la = _input->LA(1);
    }
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ListContext ------------------------------------------------------------------

EcsParser::ListContext::ListContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::ListContext::LBRACK() {
  return getToken(EcsParser::LBRACK, 0);
}

tree::TerminalNode* EcsParser::ListContext::RBRACK() {
  return getToken(EcsParser::RBRACK, 0);
}

std::vector<tree::TerminalNode *> EcsParser::ListContext::NL() {
  return getTokens(EcsParser::NL);
}

tree::TerminalNode* EcsParser::ListContext::NL(size_t i) {
  return getToken(EcsParser::NL, i);
}

std::vector<EcsParser::ValueContext *> EcsParser::ListContext::value() {
  return getRuleContexts<EcsParser::ValueContext>();
}

EcsParser::ValueContext* EcsParser::ListContext::value(size_t i) {
  return getRuleContext<EcsParser::ValueContext>(i);
}

std::vector<EcsParser::ListSepContext *> EcsParser::ListContext::listSep() {
  return getRuleContexts<EcsParser::ListSepContext>();
}

EcsParser::ListSepContext* EcsParser::ListContext::listSep(size_t i) {
  return getRuleContext<EcsParser::ListSepContext>(i);
}


size_t EcsParser::ListContext::getRuleIndex() const {
  return EcsParser::RuleList;
}


EcsParser::ListContext* EcsParser::list() {
  ListContext *_localctx = _tracker.createInstance<ListContext>(_ctx, getState());
  enterRule(_localctx, 26, EcsParser::RuleList);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    size_t alt;
    enterOuterAlt(_localctx, 1);
    setState(119);
    match(EcsParser::LBRACK);
    setState(123);
    _errHandler->sync(this);
    alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 11, _ctx);
    while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
      if (alt == 1) {
        setState(120);
        match(EcsParser::NL); 
      }
      setState(125);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 11, _ctx);
    }
    setState(135);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if ((((_la & ~ 0x3fULL) == 0) &&
      ((1ULL << _la) & ((1ULL << EcsParser::LBRACE)
      | (1ULL << EcsParser::LBRACK)
      | (1ULL << EcsParser::COLON)
      | (1ULL << EcsParser::DOTDOT)
      | (1ULL << EcsParser::ARROW)
      | (1ULL << EcsParser::CIDR)
      | (1ULL << EcsParser::DECIMAL)
      | (1ULL << EcsParser::PERCENT)
      | (1ULL << EcsParser::INT)
      | (1ULL << EcsParser::IDENT)
      | (1ULL << EcsParser::STRING))) != 0)) {
      setState(126);
      value();
      setState(132);
      _errHandler->sync(this);
      alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 12, _ctx);
      while (alt != 2 && alt != atn::ATN::INVALID_ALT_NUMBER) {
        if (alt == 1) {
          setState(127);
          listSep();
          setState(128);
          value(); 
        }
        setState(134);
        _errHandler->sync(this);
        alt = getInterpreter<atn::ParserATNSimulator>()->adaptivePredict(_input, 12, _ctx);
      }
    }
    setState(138);
    _errHandler->sync(this);

    _la = _input->LA(1);
    if (_la == EcsParser::COMMA

    || _la == EcsParser::NL) {
      setState(137);
      listSep();
    }
    setState(140);
    match(EcsParser::RBRACK);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- ListSepContext ------------------------------------------------------------------

EcsParser::ListSepContext::ListSepContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

std::vector<tree::TerminalNode *> EcsParser::ListSepContext::COMMA() {
  return getTokens(EcsParser::COMMA);
}

tree::TerminalNode* EcsParser::ListSepContext::COMMA(size_t i) {
  return getToken(EcsParser::COMMA, i);
}

std::vector<tree::TerminalNode *> EcsParser::ListSepContext::NL() {
  return getTokens(EcsParser::NL);
}

tree::TerminalNode* EcsParser::ListSepContext::NL(size_t i) {
  return getToken(EcsParser::NL, i);
}


size_t EcsParser::ListSepContext::getRuleIndex() const {
  return EcsParser::RuleListSep;
}


EcsParser::ListSepContext* EcsParser::listSep() {
  ListSepContext *_localctx = _tracker.createInstance<ListSepContext>(_ctx, getState());
  enterRule(_localctx, 28, EcsParser::RuleListSep);
  size_t _la = 0;

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(143); 
    _errHandler->sync(this);
    _la = _input->LA(1);
    do {
      setState(142);
      _la = _input->LA(1);
      if (!(_la == EcsParser::COMMA

      || _la == EcsParser::NL)) {
      _errHandler->recoverInline(this);
      }
      else {
        _errHandler->reportMatch(this);
        consume();
      }
      setState(145); 
      _errHandler->sync(this);
      _la = _input->LA(1);
    } while (_la == EcsParser::COMMA

    || _la == EcsParser::NL);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

//----------------- MapContext ------------------------------------------------------------------

EcsParser::MapContext::MapContext(ParserRuleContext *parent, size_t invokingState)
  : ParserRuleContext(parent, invokingState) {
}

tree::TerminalNode* EcsParser::MapContext::LBRACE() {
  return getToken(EcsParser::LBRACE, 0);
}

EcsParser::BodyContext* EcsParser::MapContext::body() {
  return getRuleContext<EcsParser::BodyContext>(0);
}

tree::TerminalNode* EcsParser::MapContext::RBRACE() {
  return getToken(EcsParser::RBRACE, 0);
}


size_t EcsParser::MapContext::getRuleIndex() const {
  return EcsParser::RuleMap;
}


EcsParser::MapContext* EcsParser::map() {
  MapContext *_localctx = _tracker.createInstance<MapContext>(_ctx, getState());
  enterRule(_localctx, 30, EcsParser::RuleMap);

  auto onExit = finally([=] {
    exitRule();
  });
  try {
    enterOuterAlt(_localctx, 1);
    setState(147);
    match(EcsParser::LBRACE);
    setState(148);
    body();
    setState(149);
    match(EcsParser::RBRACE);
   
  }
  catch (RecognitionException &e) {
    _errHandler->reportError(this, e);
    _localctx->exception = std::current_exception();
    _errHandler->recover(this, _localctx->exception);
  }

  return _localctx;
}

// Static vars and initialization.
std::vector<dfa::DFA> EcsParser::_decisionToDFA;
atn::PredictionContextCache EcsParser::_sharedContextCache;

// We own the ATN which in turn owns the ATN states.
atn::ATN EcsParser::_atn;
std::vector<uint16_t> EcsParser::_serializedATN;

std::vector<std::string> EcsParser::_ruleNames = {
  "file", "body", "line", "separator", "member", "attribute", "block", "label", 
  "statement", "arg", "value", "atom", "path", "list", "listSep", "map"
};

std::vector<std::string> EcsParser::_literalNames = {
  "", "'='", "'{'", "'}'", "'['", "']'", "','", "';'", "':'", "'..'", "'.'", 
  "'->'"
};

std::vector<std::string> EcsParser::_symbolicNames = {
  "", "ASSIGN", "LBRACE", "RBRACE", "LBRACK", "RBRACK", "COMMA", "SEMI", 
  "COLON", "DOTDOT", "DOT", "ARROW", "CIDR", "DECIMAL", "PERCENT", "INT", 
  "IDENT", "STRING", "UNTERMINATED_STRING", "COMMENT", "NL", "WS", "OTHER"
};

dfa::Vocabulary EcsParser::_vocabulary(_literalNames, _symbolicNames);

std::vector<std::string> EcsParser::_tokenNames;

EcsParser::Initializer::Initializer() {
	for (size_t i = 0; i < _symbolicNames.size(); ++i) {
		std::string name = _vocabulary.getLiteralName(i);
		if (name.empty()) {
			name = _vocabulary.getSymbolicName(i);
		}

		if (name.empty()) {
			_tokenNames.push_back("<INVALID>");
		} else {
      _tokenNames.push_back(name);
    }
	}

  _serializedATN = {
    0x3, 0x608b, 0xa72a, 0x8133, 0xb9ed, 0x417c, 0x3be7, 0x7786, 0x5964, 
    0x3, 0x18, 0x9a, 0x4, 0x2, 0x9, 0x2, 0x4, 0x3, 0x9, 0x3, 0x4, 0x4, 0x9, 
    0x4, 0x4, 0x5, 0x9, 0x5, 0x4, 0x6, 0x9, 0x6, 0x4, 0x7, 0x9, 0x7, 0x4, 
    0x8, 0x9, 0x8, 0x4, 0x9, 0x9, 0x9, 0x4, 0xa, 0x9, 0xa, 0x4, 0xb, 0x9, 
    0xb, 0x4, 0xc, 0x9, 0xc, 0x4, 0xd, 0x9, 0xd, 0x4, 0xe, 0x9, 0xe, 0x4, 
    0xf, 0x9, 0xf, 0x4, 0x10, 0x9, 0x10, 0x4, 0x11, 0x9, 0x11, 0x3, 0x2, 
    0x3, 0x2, 0x3, 0x2, 0x3, 0x3, 0x5, 0x3, 0x27, 0xa, 0x3, 0x3, 0x3, 0x3, 
    0x3, 0x5, 0x3, 0x2b, 0xa, 0x3, 0x7, 0x3, 0x2d, 0xa, 0x3, 0xc, 0x3, 0xe, 
    0x3, 0x30, 0xb, 0x3, 0x3, 0x4, 0x3, 0x4, 0x7, 0x4, 0x34, 0xa, 0x4, 0xc, 
    0x4, 0xe, 0x4, 0x37, 0xb, 0x4, 0x3, 0x5, 0x3, 0x5, 0x3, 0x6, 0x3, 0x6, 
    0x3, 0x6, 0x5, 0x6, 0x3e, 0xa, 0x6, 0x3, 0x7, 0x3, 0x7, 0x3, 0x7, 0x3, 
    0x7, 0x3, 0x8, 0x3, 0x8, 0x5, 0x8, 0x46, 0xa, 0x8, 0x3, 0x8, 0x3, 0x8, 
    0x3, 0x8, 0x3, 0x8, 0x3, 0x9, 0x3, 0x9, 0x3, 0xa, 0x3, 0xa, 0x6, 0xa, 
    0x50, 0xa, 0xa, 0xd, 0xa, 0xe, 0xa, 0x51, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 
    0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 0x3, 0xb, 
    0x5, 0xb, 0x5e, 0xa, 0xb, 0x3, 0xc, 0x6, 0xc, 0x61, 0xa, 0xc, 0xd, 0xc, 
    0xe, 0xc, 0x62, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 
    0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x3, 0xd, 0x5, 0xd, 0x70, 
    0xa, 0xd, 0x3, 0xe, 0x3, 0xe, 0x3, 0xe, 0x7, 0xe, 0x75, 0xa, 0xe, 0xc, 
    0xe, 0xe, 0xe, 0x78, 0xb, 0xe, 0x3, 0xf, 0x3, 0xf, 0x7, 0xf, 0x7c, 0xa, 
    0xf, 0xc, 0xf, 0xe, 0xf, 0x7f, 0xb, 0xf, 0x3, 0xf, 0x3, 0xf, 0x3, 0xf, 
    0x3, 0xf, 0x7, 0xf, 0x85, 0xa, 0xf, 0xc, 0xf, 0xe, 0xf, 0x88, 0xb, 0xf, 
    0x5, 0xf, 0x8a, 0xa, 0xf, 0x3, 0xf, 0x5, 0xf, 0x8d, 0xa, 0xf, 0x3, 0xf, 
    0x3, 0xf, 0x3, 0x10, 0x6, 0x10, 0x92, 0xa, 0x10, 0xd, 0x10, 0xe, 0x10, 
    0x93, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x3, 0x11, 0x2, 0x2, 
    0x12, 0x2, 0x4, 0x6, 0x8, 0xa, 0xc, 0xe, 0x10, 0x12, 0x14, 0x16, 0x18, 
    0x1a, 0x1c, 0x1e, 0x20, 0x2, 0x5, 0x4, 0x2, 0x8, 0x9, 0x16, 0x16, 0x3, 
    0x2, 0x12, 0x13, 0x4, 0x2, 0x8, 0x8, 0x16, 0x16, 0x2, 0xab, 0x2, 0x22, 
    0x3, 0x2, 0x2, 0x2, 0x4, 0x26, 0x3, 0x2, 0x2, 0x2, 0x6, 0x31, 0x3, 0x2, 
    0x2, 0x2, 0x8, 0x38, 0x3, 0x2, 0x2, 0x2, 0xa, 0x3d, 0x3, 0x2, 0x2, 0x2, 
    0xc, 0x3f, 0x3, 0x2, 0x2, 0x2, 0xe, 0x43, 0x3, 0x2, 0x2, 0x2, 0x10, 
    0x4b, 0x3, 0x2, 0x2, 0x2, 0x12, 0x4d, 0x3, 0x2, 0x2, 0x2, 0x14, 0x5d, 
    0x3, 0x2, 0x2, 0x2, 0x16, 0x60, 0x3, 0x2, 0x2, 0x2, 0x18, 0x6f, 0x3, 
    0x2, 0x2, 0x2, 0x1a, 0x71, 0x3, 0x2, 0x2, 0x2, 0x1c, 0x79, 0x3, 0x2, 
    0x2, 0x2, 0x1e, 0x91, 0x3, 0x2, 0x2, 0x2, 0x20, 0x95, 0x3, 0x2, 0x2, 
    0x2, 0x22, 0x23, 0x5, 0x4, 0x3, 0x2, 0x23, 0x24, 0x7, 0x2, 0x2, 0x3, 
    0x24, 0x3, 0x3, 0x2, 0x2, 0x2, 0x25, 0x27, 0x5, 0x6, 0x4, 0x2, 0x26, 
    0x25, 0x3, 0x2, 0x2, 0x2, 0x26, 0x27, 0x3, 0x2, 0x2, 0x2, 0x27, 0x2e, 
    0x3, 0x2, 0x2, 0x2, 0x28, 0x2a, 0x5, 0x8, 0x5, 0x2, 0x29, 0x2b, 0x5, 
    0x6, 0x4, 0x2, 0x2a, 0x29, 0x3, 0x2, 0x2, 0x2, 0x2a, 0x2b, 0x3, 0x2, 
    0x2, 0x2, 0x2b, 0x2d, 0x3, 0x2, 0x2, 0x2, 0x2c, 0x28, 0x3, 0x2, 0x2, 
    0x2, 0x2d, 0x30, 0x3, 0x2, 0x2, 0x2, 0x2e, 0x2c, 0x3, 0x2, 0x2, 0x2, 
    0x2e, 0x2f, 0x3, 0x2, 0x2, 0x2, 0x2f, 0x5, 0x3, 0x2, 0x2, 0x2, 0x30, 
    0x2e, 0x3, 0x2, 0x2, 0x2, 0x31, 0x35, 0x5, 0xa, 0x6, 0x2, 0x32, 0x34, 
    0x5, 0xc, 0x7, 0x2, 0x33, 0x32, 0x3, 0x2, 0x2, 0x2, 0x34, 0x37, 0x3, 
    0x2, 0x2, 0x2, 0x35, 0x33, 0x3, 0x2, 0x2, 0x2, 0x35, 0x36, 0x3, 0x2, 
    0x2, 0x2, 0x36, 0x7, 0x3, 0x2, 0x2, 0x2, 0x37, 0x35, 0x3, 0x2, 0x2, 
    0x2, 0x38, 0x39, 0x9, 0x2, 0x2, 0x2, 0x39, 0x9, 0x3, 0x2, 0x2, 0x2, 
    0x3a, 0x3e, 0x5, 0xc, 0x7, 0x2, 0x3b, 0x3e, 0x5, 0xe, 0x8, 0x2, 0x3c, 
    0x3e, 0x5, 0x12, 0xa, 0x2, 0x3d, 0x3a, 0x3, 0x2, 0x2, 0x2, 0x3d, 0x3b, 
    0x3, 0x2, 0x2, 0x2, 0x3d, 0x3c, 0x3, 0x2, 0x2, 0x2, 0x3e, 0xb, 0x3, 
    0x2, 0x2, 0x2, 0x3f, 0x40, 0x9, 0x3, 0x2, 0x2, 0x40, 0x41, 0x7, 0x3, 
    0x2, 0x2, 0x41, 0x42, 0x5, 0x16, 0xc, 0x2, 0x42, 0xd, 0x3, 0x2, 0x2, 
    0x2, 0x43, 0x45, 0x7, 0x12, 0x2, 0x2, 0x44, 0x46, 0x5, 0x10, 0x9, 0x2, 
    0x45, 0x44, 0x3, 0x2, 0x2, 0x2, 0x45, 0x46, 0x3, 0x2, 0x2, 0x2, 0x46, 
    0x47, 0x3, 0x2, 0x2, 0x2, 0x47, 0x48, 0x7, 0x4, 0x2, 0x2, 0x48, 0x49, 
    0x5, 0x4, 0x3, 0x2, 0x49, 0x4a, 0x7, 0x5, 0x2, 0x2, 0x4a, 0xf, 0x3, 
    0x2, 0x2, 0x2, 0x4b, 0x4c, 0x9, 0x3, 0x2, 0x2, 0x4c, 0x11, 0x3, 0x2, 
    0x2, 0x2, 0x4d, 0x4f, 0x7, 0x12, 0x2, 0x2, 0x4e, 0x50, 0x5, 0x14, 0xb, 
    0x2, 0x4f, 0x4e, 0x3, 0x2, 0x2, 0x2, 0x50, 0x51, 0x3, 0x2, 0x2, 0x2, 
    0x51, 0x4f, 0x3, 0x2, 0x2, 0x2, 0x51, 0x52, 0x3, 0x2, 0x2, 0x2, 0x52, 
    0x13, 0x3, 0x2, 0x2, 0x2, 0x53, 0x5e, 0x7, 0x13, 0x2, 0x2, 0x54, 0x5e, 
    0x7, 0x11, 0x2, 0x2, 0x55, 0x5e, 0x7, 0xf, 0x2, 0x2, 0x56, 0x5e, 0x7, 
    0x10, 0x2, 0x2, 0x57, 0x5e, 0x7, 0xe, 0x2, 0x2, 0x58, 0x5e, 0x5, 0x1a, 
    0xe, 0x2, 0x59, 0x5e, 0x7, 0xa, 0x2, 0x2, 0x5a, 0x5e, 0x7, 0xb, 0x2, 
    0x2, 0x5b, 0x5e, 0x7, 0xd, 0x2, 0x2, 0x5c, 0x5e, 0x5, 0x1c, 0xf, 0x2, 
    0x5d, 0x53, 0x3, 0x2, 0x2, 0x2, 0x5d, 0x54, 0x3, 0x2, 0x2, 0x2, 0x5d, 
    0x55, 0x3, 0x2, 0x2, 0x2, 0x5d, 0x56, 0x3, 0x2, 0x2, 0x2, 0x5d, 0x57, 
    0x3, 0x2, 0x2, 0x2, 0x5d, 0x58, 0x3, 0x2, 0x2, 0x2, 0x5d, 0x59, 0x3, 
    0x2, 0x2, 0x2, 0x5d, 0x5a, 0x3, 0x2, 0x2, 0x2, 0x5d, 0x5b, 0x3, 0x2, 
    0x2, 0x2, 0x5d, 0x5c, 0x3, 0x2, 0x2, 0x2, 0x5e, 0x15, 0x3, 0x2, 0x2, 
    0x2, 0x5f, 0x61, 0x5, 0x18, 0xd, 0x2, 0x60, 0x5f, 0x3, 0x2, 0x2, 0x2, 
    0x61, 0x62, 0x3, 0x2, 0x2, 0x2, 0x62, 0x60, 0x3, 0x2, 0x2, 0x2, 0x62, 
    0x63, 0x3, 0x2, 0x2, 0x2, 0x63, 0x17, 0x3, 0x2, 0x2, 0x2, 0x64, 0x70, 
    0x7, 0x13, 0x2, 0x2, 0x65, 0x70, 0x7, 0x11, 0x2, 0x2, 0x66, 0x70, 0x7, 
    0xf, 0x2, 0x2, 0x67, 0x70, 0x7, 0x10, 0x2, 0x2, 0x68, 0x70, 0x7, 0xe, 
    0x2, 0x2, 0x69, 0x70, 0x5, 0x1a, 0xe, 0x2, 0x6a, 0x70, 0x7, 0xa, 0x2, 
    0x2, 0x6b, 0x70, 0x7, 0xb, 0x2, 0x2, 0x6c, 0x70, 0x7, 0xd, 0x2, 0x2, 
    0x6d, 0x70, 0x5, 0x1c, 0xf, 0x2, 0x6e, 0x70, 0x5, 0x20, 0x11, 0x2, 0x6f, 
    0x64, 0x3, 0x2, 0x2, 0x2, 0x6f, 0x65, 0x3, 0x2, 0x2, 0x2, 0x6f, 0x66, 
    0x3, 0x2, 0x2, 0x2, 0x6f, 0x67, 0x3, 0x2, 0x2, 0x2, 0x6f, 0x68, 0x3, 
    0x2, 0x2, 0x2, 0x6f, 0x69, 0x3, 0x2, 0x2, 0x2, 0x6f, 0x6a, 0x3, 0x2, 
    0x2, 0x2, 0x6f, 0x6b, 0x3, 0x2, 0x2, 0x2, 0x6f, 0x6c, 0x3, 0x2, 0x2, 
    0x2, 0x6f, 0x6d, 0x3, 0x2, 0x2, 0x2, 0x6f, 0x6e, 0x3, 0x2, 0x2, 0x2, 
    0x70, 0x19, 0x3, 0x2, 0x2, 0x2, 0x71, 0x76, 0x7, 0x12, 0x2, 0x2, 0x72, 
    0x73, 0x7, 0xc, 0x2, 0x2, 0x73, 0x75, 0x7, 0x12, 0x2, 0x2, 0x74, 0x72, 
    0x3, 0x2, 0x2, 0x2, 0x75, 0x78, 0x3, 0x2, 0x2, 0x2, 0x76, 0x74, 0x3, 
    0x2, 0x2, 0x2, 0x76, 0x77, 0x3, 0x2, 0x2, 0x2, 0x77, 0x1b, 0x3, 0x2, 
    0x2, 0x2, 0x78, 0x76, 0x3, 0x2, 0x2, 0x2, 0x79, 0x7d, 0x7, 0x6, 0x2, 
    0x2, 0x7a, 0x7c, 0x7, 0x16, 0x2, 0x2, 0x7b, 0x7a, 0x3, 0x2, 0x2, 0x2, 
    0x7c, 0x7f, 0x3, 0x2, 0x2, 0x2, 0x7d, 0x7b, 0x3, 0x2, 0x2, 0x2, 0x7d, 
    0x7e, 0x3, 0x2, 0x2, 0x2, 0x7e, 0x89, 0x3, 0x2, 0x2, 0x2, 0x7f, 0x7d, 
    0x3, 0x2, 0x2, 0x2, 0x80, 0x86, 0x5, 0x16, 0xc, 0x2, 0x81, 0x82, 0x5, 
    0x1e, 0x10, 0x2, 0x82, 0x83, 0x5, 0x16, 0xc, 0x2, 0x83, 0x85, 0x3, 0x2, 
    0x2, 0x2, 0x84, 0x81, 0x3, 0x2, 0x2, 0x2, 0x85, 0x88, 0x3, 0x2, 0x2, 
    0x2, 0x86, 0x84, 0x3, 0x2, 0x2, 0x2, 0x86, 0x87, 0x3, 0x2, 0x2, 0x2, 
    0x87, 0x8a, 0x3, 0x2, 0x2, 0x2, 0x88, 0x86, 0x3, 0x2, 0x2, 0x2, 0x89, 
    0x80, 0x3, 0x2, 0x2, 0x2, 0x89, 0x8a, 0x3, 0x2, 0x2, 0x2, 0x8a, 0x8c, 
    0x3, 0x2, 0x2, 0x2, 0x8b, 0x8d, 0x5, 0x1e, 0x10, 0x2, 0x8c, 0x8b, 0x3, 
    0x2, 0x2, 0x2, 0x8c, 0x8d, 0x3, 0x2, 0x2, 0x2, 0x8d, 0x8e, 0x3, 0x2, 
    0x2, 0x2, 0x8e, 0x8f, 0x7, 0x7, 0x2, 0x2, 0x8f, 0x1d, 0x3, 0x2, 0x2, 
    0x2, 0x90, 0x92, 0x9, 0x4, 0x2, 0x2, 0x91, 0x90, 0x3, 0x2, 0x2, 0x2, 
    0x92, 0x93, 0x3, 0x2, 0x2, 0x2, 0x93, 0x91, 0x3, 0x2, 0x2, 0x2, 0x93, 
    0x94, 0x3, 0x2, 0x2, 0x2, 0x94, 0x1f, 0x3, 0x2, 0x2, 0x2, 0x95, 0x96, 
    0x7, 0x4, 0x2, 0x2, 0x96, 0x97, 0x5, 0x4, 0x3, 0x2, 0x97, 0x98, 0x7, 
    0x5, 0x2, 0x2, 0x98, 0x21, 0x3, 0x2, 0x2, 0x2, 0x12, 0x26, 0x2a, 0x2e, 
    0x35, 0x3d, 0x45, 0x51, 0x5d, 0x62, 0x6f, 0x76, 0x7d, 0x86, 0x89, 0x8c, 
    0x93, 
  };

  atn::ATNDeserializer deserializer;
  _atn = deserializer.deserialize(_serializedATN);

  size_t count = _atn.getNumberOfDecisions();
  _decisionToDFA.reserve(count);
  for (size_t i = 0; i < count; i++) { 
    _decisionToDFA.emplace_back(_atn.getDecisionState(i), i);
  }
}

EcsParser::Initializer EcsParser::_init;
