#include <catch2/catch.hpp>

#include "EcsLexer.h"
#include "compiler/syntax/input.h"

using ecsgen::syntax::InputStream;

// InputStream replaces ANTLRInputStream for the parser, so it must present the same characters and
// give every token the text the runtime would.
TEST_CASE("InputStream reads and cuts tokens like ANTLRInputStream") {
  std::string text = GENERATE(std::string("app shop {\n  region = \"eu-north-1\" # x\n}\n"),
                              std::string("\xef\xbb\xbf" "app a { x = 1 }"),
                              std::string("# caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\nservice w\xc3\xa9 { a = \"\xe2\x82\xac\" }\n@"),
                              std::string(""));
  antlr4::ANTLRInputStream reference(text);
  InputStream input(text);
  REQUIRE(input.size() == reference.size());
  for (size_t i = 0; i < input.size(); ++i) {
    REQUIRE(input.LA(static_cast<ssize_t>(i + 1)) == reference.LA(static_cast<ssize_t>(i + 1)));
  }
  ecsgen::grammar::EcsLexer lexer(&input);
  lexer.removeErrorListeners();
  for (const auto& token : lexer.getAllTokens()) CHECK(input.Text(*token) == token->getText());
}
