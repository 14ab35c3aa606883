#include <catch2/catch.hpp>

#include "compiler/format/format.h"
#include "compiler/syntax/tokens.h"

using namespace ecsgen;

namespace {
std::string Fmt(const std::string& text) { return format::Format(syntax::Lex(text)); }

// The token kinds and texts, without spacing: what formatting must never change.
std::vector<std::pair<syntax::TokenKind, std::string>> Meaning(const std::string& text) {
  std::vector<std::pair<syntax::TokenKind, std::string>> out;
  for (const auto& t : syntax::Lex(text)) {
    if (t.kind != syntax::TokenKind::kNewline) out.emplace_back(t.kind, t.kind == syntax::TokenKind::kComment ? "#" : t.text);
  }
  return out;
}
}  // namespace

TEST_CASE("fmt indents by nesting and aligns `=` within a run of attributes") {
  CHECK(Fmt("service s {\nimage = \"a\"\n      port=80\n}\n") == "service s {\n  image = \"a\"\n  port  = 80\n}\n");
}

TEST_CASE("fmt: a blank line, comment or nested block ends an alignment run") {
  std::string text = "x {\n  a = 1\n  bbbb = 2\n\n  cc = 3\n  # note\n  d = 4\n}\n";
  CHECK(Fmt(text) == "x {\n  a    = 1\n  bbbb = 2\n\n  cc = 3\n  # note\n  d = 4\n}\n");
}

TEST_CASE("fmt puts exactly one blank line between top-level blocks and none at the edges") {
  CHECK(Fmt("\n\na {}\nb {}\n\n\n\nc {\n\n  x = 1\n\n}\n\n") == "a {}\n\nb {}\n\nc {\n  x = 1\n}\n");
}

TEST_CASE("fmt keeps full-line and trailing comments where they were") {
  CHECK(Fmt("# head\na { # why\n  x = 1   # one   \n}\n") == "# head\na { # why\n  x = 1 # one\n}\n");
}

TEST_CASE("fmt lays out multi-line lists and maps and normalises CRLF") {
  std::string text = "a {\r\n  l = [\r\n\"x\",\r\n   \"y\" ]\r\n  m = {\r\nk = 1\r\n  kk = 2 }\r\n}\r\n";
  CHECK(Fmt(text) == "a {\n  l = [\n    \"x\",\n    \"y\"]\n  m = {\n    k  = 1\n    kk = 2 }\n}\n");
}

TEST_CASE("fmt never joins or splits tokens, and is idempotent") {
  for (const std::string text : {"a {\n  s = 2..10 on cpu 60%\n  i = registry.web:\"1.4.2\"\n}\n",
                                  "a { b = 10.0.0.0/16; c = [1,2 ,3] }\n", "route \"/\"   ->   web\n",
                                  "x {\n  y = a-b\n  z = 512 MiB\n}\n"}) {
    std::string once = Fmt(text);
    CHECK(Meaning(once) == Meaning(text));
    CHECK(Fmt(once) == once);
  }
}

TEST_CASE("fmt lines up `->` within a run of statements with one keyword") {
  CHECK(Fmt("i {\n  route \"/\" -> web\n  route \"/api/*\"   ->  api\n}\n") ==
        "i {\n  route \"/\"      -> web\n  route \"/api/*\" -> api\n}\n");
}
