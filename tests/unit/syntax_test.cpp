#include <catch2/catch.hpp>

#include "unit_helpers.h"

using namespace ecsgen;
using testing::Ids;
using testing::Parse;

namespace {
base::Range R(uint32_t line, uint32_t begin, uint32_t end) { return base::Range{{line, begin}, {line, end}}; }
}  // namespace

TEST_CASE("a block with a label, attributes and a statement") {
  auto unit = Parse("service web {\n  cpu = 512\n  mount dags at \"/data\" read_only\n}\n");
  REQUIRE(Ids(unit->sink).empty());
  REQUIRE(unit->ast.body.blocks.size() == 1);
  const ast::Block& block = unit->ast.body.blocks[0];
  CHECK(block.kind == "service");
  CHECK(block.label == std::optional<std::string>("web"));
  CHECK(block.kind_range == R(1, 1, 8));
  CHECK(block.label_range == R(1, 9, 12));
  CHECK(block.range == base::Range{{1, 1}, {4, 2}});

  REQUIRE(block.body.attributes.size() == 1);
  const ast::Attribute& cpu = block.body.attributes[0];
  CHECK(cpu.key == "cpu");
  CHECK(cpu.key_range == R(2, 3, 6));
  CHECK(cpu.value.range == R(2, 9, 12));
  REQUIRE(cpu.value.atoms.size() == 1);
  CHECK(cpu.value.atoms[0].kind == ast::AtomKind::kInt);
  CHECK(cpu.value.atoms[0].text == "512");

  REQUIRE(block.body.statements.size() == 1);
  const ast::Statement& mount = block.body.statements[0];
  CHECK(mount.keyword == "mount");
  CHECK(mount.keyword_range == R(3, 3, 8));
  REQUIRE(mount.args.size() == 4);
  CHECK(mount.args[0].text == "dags");
  CHECK(mount.args[2].kind == ast::AtomKind::kString);
  CHECK(mount.args[2].text == "/data");
  CHECK(mount.args[2].range == R(3, 17, 24));
}

TEST_CASE("each kind of atom, with its text and range") {
  auto unit = Parse("x {\n  v = \"s\\\"q\" 42 1.5 60% 10.0.0.0/16 db.url : .. -> [1, 2] { a = 1 }\n}\n");
  REQUIRE(Ids(unit->sink).empty());
  const auto& atoms = unit->ast.body.blocks.at(0).body.attributes.at(0).value.atoms;
  REQUIRE(atoms.size() == 11);
  using K = ast::AtomKind;
  std::vector<K> kinds;
  for (const auto& atom : atoms) kinds.push_back(atom.kind);
  CHECK(kinds == std::vector<K>{K::kString, K::kInt, K::kDecimal, K::kPercent, K::kCidr, K::kPath, K::kColon,
                                K::kDotDot, K::kArrow, K::kList, K::kMap});
  CHECK(atoms[0].text == "s\"q");  // escapes resolved, quotes removed
  CHECK(atoms[0].range == R(2, 7, 13));
  CHECK(atoms[3].text == "60");  // the `%` is not part of the number
  CHECK(atoms[5].path == std::vector<std::string>{"db", "url"});
  CHECK(atoms[5].text == "db.url");
  CHECK(atoms[9].items.size() == 2);
  CHECK(atoms[10].map->attributes.at(0).key == "a");
}

TEST_CASE("columns count code points, not bytes") {
  auto unit = Parse("x {\n  v = \"h\xc3\xa9llo\" 7\n}\n");
  const auto& atoms = unit->ast.body.blocks.at(0).body.attributes.at(0).value.atoms;
  CHECK(atoms.at(0).range == R(2, 7, 14));
  CHECK(atoms.at(1).range == R(2, 15, 16));
}

TEST_CASE("lists may span lines; separators are commas, semicolons or line breaks") {
  auto unit = Parse("x { a = [\n  1,\n  2\n  3\n]; b = 2, c = 3 }\n");
  REQUIRE(Ids(unit->sink).empty());
  const auto& body = unit->ast.body.blocks.at(0).body;
  REQUIRE(body.attributes.size() == 3);
  CHECK(body.attributes[0].value.atoms.at(0).items.size() == 3);
  CHECK(body.attributes[0].value.range == base::Range{{1, 9}, {5, 2}});
  CHECK(body.attributes[2].key == "c");
}

TEST_CASE("comments are kept with their ranges") {
  auto unit = Parse("# first\nx { } # ecsgen:allow sg-open-world public site\n");
  REQUIRE(unit->ast.comments.size() == 2);
  CHECK(unit->ast.comments[0].text == " first");
  CHECK(unit->ast.comments[1].text == " ecsgen:allow sg-open-world public site");
  CHECK(unit->ast.comments[1].range.begin == base::Position{2, 7});
}

TEST_CASE("a syntax error costs its line only") {
  auto unit = Parse("x {\n  a = @\n  b = 2\n}\ny {\n  c = 3\n}\n");
  CHECK(Ids(unit->sink) == "unexpected-character");
  CHECK(unit->sink.diagnostics().at(0).range == R(2, 7, 8));
  REQUIRE(unit->ast.body.blocks.size() == 2);
  CHECK(unit->ast.body.blocks[0].body.attributes.size() == 2);
  CHECK(unit->ast.body.blocks[1].body.attributes.at(0).key == "c");
}

TEST_CASE("an unclosed block is reported after the last token, with a note at its start") {
  auto unit = Parse("x {\n  a = 1\n\n");
  REQUIRE(Ids(unit->sink) == "syntax");
  const auto& d = unit->sink.diagnostics()[0];
  CHECK(d.message == "expected `}` to close `x` opened at 1:1, found end of file");
  CHECK(d.range.begin == base::Position{2, 8});
  REQUIRE(d.notes.size() == 1);
  CHECK(d.notes[0].range == R(1, 1, 2));
}

TEST_CASE("an unmatched closing brace at the top level is one error") {
  auto unit = Parse("x { }\n}\ny { a = 1 }\n");
  CHECK(Ids(unit->sink) == "syntax");
  CHECK(unit->sink.diagnostics()[0].message == "unmatched `}`");
  CHECK(unit->ast.body.blocks.size() == 2);
}

TEST_CASE("bytes that cannot be lexed stop before parsing") {
  CHECK(Ids(Parse(std::string("x {\n \x01\0 }", 9))->sink) == "nul-byte");
  CHECK(Ids(Parse("x { v = \"\xff\" }")->sink) == "invalid-utf8");
  std::string deep(100, '[');
  auto unit = Parse("x = " + deep);
  REQUIRE(Ids(unit->sink) == "nesting-too-deep");
  CHECK(unit->sink.diagnostics()[0].range.begin == base::Position{1, 69});
  CHECK(unit->ast.body.blocks.empty());
}

TEST_CASE("at most 25 syntax errors, then one note") {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "a = @\n";
  auto unit = Parse(text);
  CHECK(unit->sink.ErrorCount() == 25);
  CHECK(unit->sink.diagnostics().back().severity == diagnostics::Severity::kInfo);
}
