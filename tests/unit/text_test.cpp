#include <catch2/catch.hpp>

#include "compiler/base/text.h"

using namespace ecsgen::base;

TEST_CASE("did-you-mean suggests only close names") {
  CHECK(Closest("memroy", {"memory", "cpu", "port"}) == "memory");
  CHECK(Closest("xyz", {"memory", "cpu", "port"}).empty());
  // A word that extends a candidate with a suffix: the longest such candidate.
  CHECK(Closest("desired_count", {"desired", "grace", "port"}) == "desired");
  CHECK(Closest("health_check_path", {"health", "health_command", "grace"}) == "health");
  CHECK(Closest("portable_xyz", {"port"}).empty());  // a prefix, but not followed by `_`
  CHECK(DidYouMean("servce", {"service", "secret"}) == " (did you mean `service`?)");
}

TEST_CASE("UTF-8 validation finds the first bad byte") {
  CHECK(FirstInvalidUtf8("plain ascii") == std::string_view::npos);
  CHECK(FirstInvalidUtf8("caf\xc3\xa9") == std::string_view::npos);
  CHECK(FirstInvalidUtf8("ab\xff") == 2);
  CHECK(FirstInvalidUtf8("ab\xc3") == 2);           // truncated sequence
  CHECK(FirstInvalidUtf8("\xc0\xaf") == 0);         // overlong
  CHECK(FirstInvalidUtf8("\xed\xa0\x80") == 0);     // surrogate
}

TEST_CASE("stable hash is stable") {
  CHECK(StableHash("web") == StableHash("web"));
  CHECK(StableHash("web") != StableHash("api"));
  CHECK(StableHash("") == 2166136261u);
}
