#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compiler/syntax/parse.h"
#include "unit_helpers.h"

using namespace ecsgen;
using testing::Ids;
using testing::Parse;

namespace {

// Every .ecs file the repository holds: samples, golden cases (valid and broken), fuzz findings.
std::vector<std::filesystem::path> Corpus() {
  std::vector<std::filesystem::path> files;
  for (const char* dir : {"samples", "tests/golden"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(std::string(ECSGEN_SOURCE_DIR) + "/" + dir)) {
      if (entry.path().extension() == ".ecs") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

syntax::ParseProbe ProbeLL(const std::string& path, const std::string& text) {
  base::SourceFile file(path, text);
  diagnostics::DiagnosticSink sink;
  syntax::ParseProbe probe;
  probe.skip_sll = true;
  syntax::Parse(file, sink, &probe);
  return probe;
}

}  // namespace

// The fuzzer found a 1.4 KB broken file that took seconds in the LL stage: a value followed by a
// block on the same line was ambiguous, and full-context prediction scanned every nested map to the
// end of the file. The grammar now needs no full-context decision at all; this keeps it that way.
TEST_CASE("no file needs full-context prediction, broken or not") {
  auto corpus = Corpus();
  REQUIRE(corpus.size() > 100);
  size_t parsed = 0;
  for (const auto& path : corpus) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    syntax::ParseProbe probe = ProbeLL(path.string(), text.str());
    INFO(path.string());
    CHECK(probe.full_context_predictions == 0);
    // Files with bytes that cannot be lexed, or nested too deep, stop before parsing.
    parsed += probe.used_ll ? 1 : 0;
  }
  CHECK(parsed + 10 > corpus.size());
}

TEST_CASE("nested maps after a value on one line stay cheap to predict") {
  std::string text = "app a {\n";
  for (int i = 0; i < 60; ++i) text += "k = x c { \"open ";
  text += "\n";
  for (int i = 0; i < 2000; ++i) text += "k" + std::to_string(i) + " = \"v\", ";
  CHECK(ProbeLL("nested.ecs", text).full_context_predictions == 0);
}

TEST_CASE("only `key = value` may follow a member on the same line") {
  auto two = Parse("cluster { insights = true  exec = true }\n");
  CHECK(Ids(two->sink).empty());
  CHECK(two->ast.body.blocks.at(0).body.attributes.size() == 2);

  // A block after a value is a map in that value (and sema says the value has too many words).
  auto map = Parse("x {\n  v = a c { k = 1 }\n}\n");
  CHECK(Ids(map->sink).empty());
  CHECK(map->ast.body.blocks.at(0).body.attributes.at(0).value.atoms.size() == 3);

  auto blocks = Parse("cluster { insights = true } service web { cpu = 256 }\nservice api {}\n");
  REQUIRE(Ids(blocks->sink) == "syntax");
  const auto& d = blocks->sink.diagnostics()[0];
  CHECK(d.message == "expected a line break or `;` before `service`");
  CHECK(d.range.begin == base::Position{1, 29});
  // The rest of the line is skipped, the next line is read as usual.
  CHECK(blocks->ast.body.blocks.size() == 2);
}

namespace {

std::string Dump(const base::Range& r) {
  return std::to_string(r.begin.line) + ":" + std::to_string(r.begin.column) + "-" + std::to_string(r.end.line) + ":" +
         std::to_string(r.end.column);
}

std::string Dump(const ast::Body& body);

std::string Dump(const ast::Value& value) {
  std::string out = "(" + Dump(value.range);
  for (const auto& atom : value.atoms) {
    out += " [" + std::to_string(static_cast<int>(atom.kind)) + " " + Dump(atom.range) + " `" + atom.text + "`";
    for (const auto& part : atom.path) out += " ." + part;
    for (const auto& item : atom.items) out += " " + Dump(item);
    if (atom.kind == ast::AtomKind::kMap) out += " " + Dump(*atom.map);
    out += "]";
  }
  return out + ")";
}

std::string Dump(const ast::Body& body) {
  std::string out = "{" + Dump(body.range);
  for (const auto& a : body.attributes) {
    out += " " + a.key + (a.quoted_key ? "'" : "") + Dump(a.key_range) + Dump(a.range) + "=" + Dump(a.value);
  }
  for (const auto& b : body.blocks) {
    out += " " + b.kind + Dump(b.kind_range) + Dump(b.range) + (b.label ? " " + *b.label + Dump(b.label_range) : "") +
           Dump(b.body);
  }
  for (const auto& s : body.statements) {
    out += " " + s.keyword + Dump(s.keyword_range) + Dump(s.range);
    for (const auto& arg : s.args) out += " " + Dump(ast::Value{{arg}, {}});
  }
  return out + "}";
}

}  // namespace

// A correct file is parsed one top-level line at a time in the SLL stage (compiler/syntax/parse.cpp);
// its AST must be the one the LL stage builds from the parse tree of the whole file.
TEST_CASE("the SLL stage builds the AST the LL stage builds") {
  for (const auto& path : Corpus()) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    base::SourceFile file(path.string(), text.str());
    diagnostics::DiagnosticSink sll_sink, ll_sink;
    syntax::ParseProbe sll, ll;
    ll.skip_sll = true;
    ast::File by_sll = syntax::Parse(file, sll_sink, &sll);
    ast::File by_ll = syntax::Parse(file, ll_sink, &ll);
    if (sll.used_ll || ll_sink.HasErrors()) continue;
    INFO(path.string());
    CHECK(Dump(by_sll.body) == Dump(by_ll.body));
  }
}
