#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "compiler/emit/json_text.h"
#include "compiler/emit/text.h"

using ecsgen::emit::AppendJson;
using ecsgen::emit::CompactJson;
using ecsgen::emit::ObjectText;
using ecsgen::emit::Text;
using Json = ecsgen::emit::Json;

namespace {

// Every value AppendJson writes itself, and the ones it hands to nlohmann.
Json Awkward() {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
  return Json{{"quote\"and\\backslash", "a \"b\" \\c\\ /d"},
              {"controls", controls + "\x7f"},
              {"unicode", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x9a\x80"},
              {"empty", Json::object()},
              {"none", Json::array()},
              {"nested", Json{{"a", Json::array({1, -2, Json::object(), Json::array({Json::array()})})}}},
              {"numbers", Json::array({0, -9223372036854775807LL - 1, 18446744073709551615ULL, 1.5, -0.25, 1e300})},
              {"literals", Json::array({true, false, nullptr})},
              {"", ""}};
}

}  // namespace

TEST_CASE("AppendJson writes what nlohmann's dump writes") {
  Json value = Awkward();
  for (int indent : {0, 2, 6}) {
    std::string ours;
    AppendJson(ours, value, true, indent);
    // dump(2) of the value nested `indent` columns deep is dump(2) with each line after the first
    // indented that much further.
    std::string theirs;
    for (char c : value.dump(2)) {
      theirs += c;
      if (c == '\n') theirs.append(indent, ' ');
    }
    CHECK(ours == theirs);
  }
  CHECK(CompactJson(value) == value.dump());
  // The same for the plain ordered_json the driver merges documents in.
  nlohmann::ordered_json plain = nlohmann::ordered_json::parse(value.dump());
  std::string ours;
  AppendJson(ours, plain, true, 0);
  CHECK(ours == plain.dump(2));
  for (const Json& scalar : {Json("x"), Json(7), Json(nullptr), Json(Json::array()), Json(Json::object())}) {
    CHECK(CompactJson(scalar) == scalar.dump());
  }
}

TEST_CASE("AppendJson rejects invalid UTF-8 as nlohmann does") {
  std::string out;
  CHECK_THROWS_AS(AppendJson(out, Json("ab\xff")), nlohmann::json::type_error);
  CHECK_THROWS_AS(AppendJson(out, Json{{"k\xff", 1}}), nlohmann::json::type_error);
}

TEST_CASE("ObjectText lays members out as the whole document's dump") {
  Json doc = {{"first", Awkward()}, {"section", Json{{"x", 1}, {"y", Json::array({"a"})}}}, {"empty", Json::object()}};
  ObjectText section(1);
  for (const auto& [key, value] : doc["section"].items()) section.Add(key, value);
  ObjectText top(0);
  top.Add("first", doc["first"]);
  top.AddSerialized("section", section.Close());
  top.AddSerialized("empty", ObjectText(1).Close());
  CHECK(top.Close().Join() == doc.dump(2));
  CHECK(ObjectText(0).Close().Join() == "{}");
}

TEST_CASE("ObjectText::Append joins two objects' members") {
  ObjectText a(0), b(0), empty(0);
  a.Add("x", 1);
  b.Add("y", 2);
  b.Add("z", 3);
  a.Append(b);
  a.Append(empty);
  CHECK(a.Close().Join() == Json{{"x", 1}, {"y", 2}, {"z", 3}}.dump(2));
  ObjectText c(0);
  c.Append(b);
  CHECK(c.Close().Join() == Json{{"y", 2}, {"z", 3}}.dump(2));
}

TEST_CASE("Text grows in chunks and splices without copying") {
  Text text;
  std::string expected;
  std::string line(1000, 'x');
  line += '\n';
  // Past a few chunks: the appends start new chunks once the last one has reached kChunk.
  for (size_t i = 0; i < 3 * Text::kChunk / line.size(); ++i) {
    text.Append(line);
    expected += line;
  }
  CHECK(text.chunks().size() >= 3);
  for (const auto& chunk : text.chunks()) CHECK(chunk.size() < Text::kChunk + line.size());
  CHECK(text.size() == expected.size());

  Text big(std::string(2 * Text::kChunk, 'b'));
  const char* buffer = big.chunks().front().data();
  text.Append(std::move(big));
  expected += std::string(2 * Text::kChunk, 'b');
  CHECK(text.chunks().back().data() == buffer);  // moved, not copied
  CHECK(big.empty());

  text.Append(Text("tail"));
  expected += "tail";
  CHECK(text.size() == expected.size());
  CHECK(text.Join() == expected);
  CHECK(Text().Join().empty());
  CHECK(Text().empty());
}

TEST_CASE("the emitters' pool hands out aligned, distinct blocks") {
  namespace pool = ecsgen::emit::pool;
  std::vector<std::pair<char*, size_t>> blocks;
  for (size_t bytes : {1, 8, 16, 17, 48, 1000, 1024, 1025, 5000}) {
    for (int i = 0; i < 100; ++i) {
      auto* block = static_cast<char*>(pool::Allocate(bytes));
      CHECK(reinterpret_cast<std::uintptr_t>(block) % 16 == 0);
      std::memset(block, 0x5a, bytes);  // a block shorter than asked for shows up under ASan
      blocks.emplace_back(block, bytes);
    }
  }
  std::sort(blocks.begin(), blocks.end());
  for (size_t i = 1; i < blocks.size(); ++i) CHECK(blocks[i - 1].first + blocks[i - 1].second <= blocks[i].first);
  for (auto [block, bytes] : blocks) pool::Free(block, bytes);
  // A tree built, freed and built again (the emitters' pattern) comes out the same.
  for (int round = 0; round < 2; ++round) {
    Json tree = Awkward();
    tree["copy"] = Awkward();
    CHECK(tree["copy"].dump() == Awkward().dump());
  }
}
