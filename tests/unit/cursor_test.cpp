#include <catch2/catch.hpp>

#include "compiler/sema/cursor.h"
#include "unit_helpers.h"

using namespace ecsgen;
using testing::Ids;
using testing::ValueOf;

namespace {

// Reads `text` as a value with `read` and returns what it produced, leaving diagnostics in `sink`.
template <typename Read>
auto ReadValue(const std::string& text, diagnostics::DiagnosticSink& sink, Read read) {
  ast::Value value = ValueOf(text);
  sema::Cursor cursor(value, "v", sink);
  auto result = read(cursor);
  cursor.Finish("one value");
  return result;
}

std::optional<int64_t> Size(const std::string& text, diagnostics::DiagnosticSink& sink) {
  return ReadValue(text, sink, [](sema::Cursor& c) { return c.ExpectSizeMiB(); });
}

std::optional<int64_t> Duration(const std::string& text, diagnostics::DiagnosticSink& sink) {
  return ReadValue(text, sink, [](sema::Cursor& c) { return c.ExpectDurationSeconds(); });
}

std::optional<int64_t> Percent(const std::string& text, diagnostics::DiagnosticSink& sink) {
  return ReadValue(text, sink, [](sema::Cursor& c) { return c.ExpectPercent(1, 100); });
}

}  // namespace

TEST_CASE("sizes are normalised to MiB") {
  diagnostics::DiagnosticSink sink;
  CHECK(Size("512 MiB", sink) == 512);
  CHECK(Size("2 GiB", sink) == 2048);
  CHECK(Size("1 TiB", sink) == 1024 * 1024);
  CHECK(Size("0 MiB", sink) == 0);
  CHECK(Ids(sink).empty());
}

TEST_CASE("sizes need a known unit") {
  diagnostics::DiagnosticSink sink;
  CHECK_FALSE(Size("512", sink));
  CHECK_FALSE(Size("512 MB", sink));
  CHECK_FALSE(Size("2 gib", sink));
  CHECK(Ids(sink) == "bad-unit bad-unit bad-unit");
  CHECK(sink.diagnostics()[1].message == "`v` needs a size unit, found `MB` (did you mean `MiB`?)");
}

TEST_CASE("sizes too large to represent are out of range, not overflowed") {
  diagnostics::DiagnosticSink sink;
  CHECK_FALSE(Size("99999999999999999999999 GiB", sink));
  CHECK_FALSE(Size("2000 TiB", sink));
  CHECK(Ids(sink) == "out-of-range out-of-range");
}

TEST_CASE("sizes are not strings or decimals") {
  diagnostics::DiagnosticSink sink;
  CHECK_FALSE(Size("\"512 MiB\"", sink));
  CHECK_FALSE(Size("1.5 GiB", sink));
  CHECK(Ids(sink) == "type-mismatch type-mismatch");
}

TEST_CASE("durations are normalised to seconds, in every unit spelling") {
  diagnostics::DiagnosticSink sink;
  CHECK(Duration("90s", sink) == 90);
  CHECK(Duration("90 seconds", sink) == 90);
  CHECK(Duration("5 m", sink) == 300);
  CHECK(Duration("1 minute", sink) == 60);
  CHECK(Duration("2 h", sink) == 7200);
  CHECK(Duration("1 day", sink) == 86400);
  CHECK(Duration("30 days", sink) == 30 * 86400);
  CHECK(Ids(sink).empty());
}

TEST_CASE("durations need a known unit") {
  diagnostics::DiagnosticSink sink;
  CHECK_FALSE(Duration("30", sink));
  CHECK_FALSE(Duration("2 weeks", sink));
  CHECK_FALSE(Duration("3 dayz", sink));
  CHECK(Ids(sink) == "bad-unit bad-unit bad-unit");
  CHECK(sink.diagnostics()[2].message == "`v` needs a duration unit, found `dayz` (did you mean `days`?)");
}

TEST_CASE("CIDRs parse to address and prefix") {
  std::string reason;
  auto cidr = sema::ParseCidr("10.0.0.0/16", &reason);
  REQUIRE(cidr);
  CHECK(cidr->address == 0x0A000000u);
  CHECK(cidr->prefix == 16);
  CHECK(cidr->ToString() == "10.0.0.0/16");
  CHECK(sema::ParseCidr("0.0.0.0/0", &reason)->prefix == 0);
  CHECK(sema::ParseCidr("203.0.113.7/32", &reason)->address == 0xCB007107u);
  CHECK(sema::ParseCidr("255.255.255.255/32", &reason));
}

TEST_CASE("CIDRs with host bits set are rejected, naming the network") {
  std::string reason;
  CHECK_FALSE(sema::ParseCidr("10.0.1.0/16", &reason));
  CHECK(reason == "has host bits set (the network is 10.0.0.0/16)");
  CHECK_FALSE(sema::ParseCidr("10.0.0.1/31", &reason));
  CHECK(reason == "has host bits set (the network is 10.0.0.0/31)");
  CHECK_FALSE(sema::ParseCidr("1.2.3.4/0", &reason));
  CHECK(reason == "has host bits set (the network is 0.0.0.0/0)");
}

TEST_CASE("malformed CIDRs are rejected with a reason") {
  std::string reason;
  CHECK_FALSE(sema::ParseCidr("256.0.0.0/8", &reason));
  CHECK(reason == "has an octet over 255");
  CHECK_FALSE(sema::ParseCidr("10.0.0.0/33", &reason));
  CHECK(reason == "has a prefix length over 32");
  for (const char* text : {"10.0.0/16", "10.0.0.0", "10.0.0.0/", "10..0.0/8", "1000.0.0.0/8", "10.0.0.0/1234", "a.b.c.d/8"}) {
    CAPTURE(text);
    CHECK_FALSE(sema::ParseCidr(text, &reason));
  }
}

TEST_CASE("a CIDR value reports bad-cidr at the atom") {
  diagnostics::DiagnosticSink sink;
  auto cidr = ReadValue("10.0.1.0/16", sink, [](sema::Cursor& c) { return c.ExpectCidr(); });
  CHECK_FALSE(cidr);
  REQUIRE(Ids(sink) == "bad-cidr");
  CHECK(sink.diagnostics()[0].range == base::Range{{2, 7}, {2, 18}});
}

TEST_CASE("percentages are whole numbers within bounds") {
  diagnostics::DiagnosticSink sink;
  CHECK(Percent("60%", sink) == 60);
  CHECK(Percent("1%", sink) == 1);
  CHECK(Percent("100%", sink) == 100);
  CHECK(Ids(sink).empty());
  CHECK_FALSE(Percent("0%", sink));
  CHECK_FALSE(Percent("101%", sink));
  CHECK_FALSE(Percent("99999999999%", sink));
  CHECK(Ids(sink) == "out-of-range out-of-range out-of-range");
  diagnostics::DiagnosticSink other;
  CHECK_FALSE(Percent("62.5%", other));
  CHECK_FALSE(Percent("60", other));
  CHECK(Ids(other) == "type-mismatch type-mismatch");
}

TEST_CASE("integers are bounded and never overflow") {
  diagnostics::DiagnosticSink sink;
  auto read = [&](const std::string& text) {
    return ReadValue(text, sink, [](sema::Cursor& c) { return c.ExpectInt(1, 65535); });
  };
  CHECK(read("1") == 1);
  CHECK(read("65535") == 65535);
  CHECK_FALSE(read("0"));
  CHECK_FALSE(read("65536"));
  CHECK_FALSE(read("123456789012345678901234567890"));
  CHECK(Ids(sink) == "out-of-range out-of-range out-of-range");
  // Leading zeros are the number they spell, however many.
  CHECK(read("000000000000000000000000000080") == 80);
}

TEST_CASE("durations and percentages too large to represent are huge, never clamped into range") {
  diagnostics::DiagnosticSink sink;
  // 9999999999 s once read as 2^31-1 s, inside the range of `grace`.
  auto seconds = Duration("9999999999s", sink);
  REQUIRE(seconds);
  CHECK(*seconds > INT32_MAX);
  auto days = Duration("99999999999999999999999 days", sink);
  REQUIRE(days);
  CHECK(*days > INT32_MAX);
  CHECK(Ids(sink).empty());
}

TEST_CASE("a list item with a second atom reports the atom and suggests a comma") {
  diagnostics::DiagnosticSink sink;
  ast::Value value = ValueOf("[ecr logs]");
  sema::Cursor item(value.atoms.at(0).items.at(0), "endpoints", sink);
  CHECK(item.ExpectWord({"ecr", "logs"}) == "ecr");
  CHECK_FALSE(item.FinishItem("one word"));
  REQUIRE(Ids(sink) == "type-mismatch");
  CHECK(sink.diagnostics()[0].range == base::Range{{2, 12}, {2, 16}});
  CHECK(sink.diagnostics()[0].help.find("separate list items with `,`") == 0);
}

TEST_CASE("one error per value: leftovers after a bad atom are not reported again") {
  diagnostics::DiagnosticSink sink;
  ReadValue("\"x\" 1 2 3", sink, [](sema::Cursor& c) { return c.ExpectInt(0, 10); });
  CHECK(Ids(sink) == "type-mismatch");
  diagnostics::DiagnosticSink leftovers;
  ReadValue("8080 tcp", leftovers, [](sema::Cursor& c) { return c.ExpectInt(0, 65535); });
  REQUIRE(Ids(leftovers) == "type-mismatch");
  CHECK(leftovers.diagnostics()[0].message == "unexpected `tcp` in `v`");
}

TEST_CASE("Since spans the atoms taken") {
  diagnostics::DiagnosticSink sink;
  ast::Value value = ValueOf("10 days at \"03:00\"");
  sema::Cursor cursor(value, "v", sink);
  size_t mark = cursor.Mark();
  CHECK(cursor.ExpectDurationSeconds() == 10 * 86400);
  CHECK(cursor.Since(mark) == base::Range{{2, 7}, {2, 14}});
}
