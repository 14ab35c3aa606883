#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecsgen::base {

// Edit distance used for did-you-mean suggestions.
size_t EditDistance(std::string_view a, std::string_view b);

// The candidate closest to `word` when it is close enough to be a plausible typo, else "".
std::string Closest(std::string_view word, const std::vector<std::string>& candidates);
// "a service", "an ingress": the indefinite article for a component kind in a message.
inline std::string WithArticle(std::string_view noun) {
  bool vowel = !noun.empty() && std::string_view("aeiou").find(noun[0]) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

// " (did you mean `x`?)" or "" — appended to messages about unknown names.
std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates);

// Joins words as "`a`, `b` or `c`".
std::string QuotedList(const std::vector<std::string>& words, std::string_view last_joiner = "or");

// A stable 32-bit FNV-1a hash, used for short deterministic name suffixes.
uint32_t StableHash(std::string_view text);

// Counts code points in UTF-8 text (invalid bytes count one each).
size_t CodePoints(std::string_view text);

// The byte offset of the first invalid UTF-8 sequence, or npos when the text is valid.
size_t FirstInvalidUtf8(std::string_view text);

}  // namespace ecsgen::base
