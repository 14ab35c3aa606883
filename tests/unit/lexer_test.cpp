#include <antlr4-runtime.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "EcsLexer.h"
#include "compiler/base/text.h"
#include "compiler/syntax/input.h"
#include "compiler/syntax/lexer.h"

// The hand-written scanner (syntax::Lexer over an InputStream) against the lexer ANTLR generates from
// grammar/Ecs.g4, token for token: type, channel, start and stop, line and column, EOF included.
namespace {

namespace fs = std::filesystem;

std::string Describe(antlr4::Token& t) {
  std::ostringstream out;
  out << t.getType() << "/" << t.getChannel() << " " << t.getStartIndex() << ":" << t.getStopIndex() << " @"
      << t.getLine() << ":" << t.getCharPositionInLine();
  return out.str();
}

std::vector<std::string> Generated(const std::string& text) {
  antlr4::ANTLRInputStream input(text);
  ecsgen::grammar::EcsLexer lexer(&input);
  lexer.removeErrorListeners();
  std::vector<std::string> tokens;
  for (;;) {
    auto token = lexer.nextToken();
    tokens.push_back(Describe(*token));
    if (token->getType() == antlr4::Token::EOF) return tokens;
  }
}

std::vector<std::string> Scanned(const std::string& text) {
  ecsgen::syntax::InputStream input(text);
  ecsgen::syntax::Lexer lexer(&input);
  std::vector<std::string> tokens;
  for (;;) {
    auto token = lexer.nextToken();
    tokens.push_back(Describe(*token));
    if (token->getType() == antlr4::Token::EOF) return tokens;
  }
}

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("the scanner tokenises every sample and golden case as the generated lexer does") {
  fs::path root(ECSGEN_SOURCE_DIR);
  size_t files = 0;
  for (const char* dir : {"samples", "tests/golden", "templates"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      if (entry.path().extension() != ".ecs") continue;
      std::string text = Read(entry.path());
      // Text that is not UTF-8 never reaches a lexer: PrecheckBytes reports it.
      if (ecsgen::base::FirstInvalidUtf8(text) != std::string_view::npos) continue;
      INFO(entry.path().string());
      CHECK(Scanned(text) == Generated(text));
      ++files;
    }
  }
  CHECK(files > 200);
}

TEST_CASE("the scanner agrees with the generated lexer on the rules' edges") {
  for (const std::string text : {
           "", "10.0.0.0/16", "10.0.0.0/", "10.0.0/16", "1000.0.0.0/8", "1.2.3.4/5.6", "1.2.3", "1..2", "1...",
           "5%", "5.5%", "5.%", "5.", ".5", "007", "a-b-c", "a--b", "a-", "a->b", "->", "-", "--", "_x9", "9x",
           "\"abc\"", "\"abc", "\"a\\\"b\"", "\"a\\\nb\"", "\"abc\\", "\"a\rb\"", "\"\"\"", "# note\nx", "#",
           "\r", "\r\n", "\n\n", " \t x", "x\t", "\xef\xbb\xbf" "app", "caf\xc3\xa9 = \"\xe2\x82\xac\"", "\xf0\x9f\x9a\x80",
           "a = { b = [1, 2] }; c: d..e", "@", "\"\xc3\xa9\\\xc3\xa9\"",
       }) {
    INFO(text);
    CHECK(Scanned(text) == Generated(text));
  }
}

TEST_CASE("the scanner agrees with the generated lexer on random text") {
  // Pieces that start, continue or break every rule; each input is valid UTF-8 as PrecheckBytes requires.
  const std::vector<std::string> pieces = {"0", "1",  "9",  "12", "255", ".",  "..", "/",  "%",  "\"", "\\",
                                           "\n", "\r", "#",  "a",  "Z",   "_",  "-",  ">",  " ",  "\t", "=",
                                           "{",  "}",  "[",  "]",  ",",   ";",  ":",  "@",  "\xc3\xa9", "\xe2\x82\xac"};
  std::mt19937 random(20261207);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 30);
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    for (int n = length(random); n > 0; --n) text += pieces[piece(random)];
    INFO(text);
    REQUIRE(Scanned(text) == Generated(text));
  }
}
