#include "compiler/base/text.h"

#include <algorithm>

namespace ecsgen::base {

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string Closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = 0;
  for (const auto& candidate : candidates) {
    size_t d = EditDistance(word, candidate);
    if (best.empty() || d < best_distance) {
      best = candidate;
      best_distance = d;
    }
  }
  // A suggestion further than a third of the word is noise rather than help.
  size_t limit = std::max<size_t>(1, (word.size() + 2) / 3);
  if (best_distance <= limit) return best;
  // Names from other tools often extend ours with a suffix (`desired_count` for `desired`,
  // `health_check` for `health`): suggest the longest candidate the word starts with.
  std::string prefix;
  for (const auto& candidate : candidates) {
    bool extends = word.size() > candidate.size() + 1 && word.substr(0, candidate.size()) == candidate &&
                   word[candidate.size()] == '_';
    if (extends && candidate.size() > prefix.size()) prefix = candidate;
  }
  return prefix;
}

std::string DidYouMean(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best = Closest(word, candidates);
  return best.empty() ? "" : " (did you mean `" + best + "`?)";
}

std::string QuotedList(const std::vector<std::string>& words, std::string_view last_joiner) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0) out += i + 1 == words.size() ? " " + std::string(last_joiner) + " " : ", ";
    out += "`" + words[i] + "`";
  }
  return out;
}

uint32_t StableHash(std::string_view text) {
  uint32_t hash = 2166136261u;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 16777619u;
  }
  return hash;
}

size_t CodePoints(std::string_view text) {
  size_t count = 0;
  for (unsigned char c : text) {
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count;
}

size_t FirstInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t extra = 0;
    uint32_t cp = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      extra = 1;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      extra = 2;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      extra = 3;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + extra >= text.size()) return i;
    for (size_t k = 1; k <= extra; ++k) {
      unsigned char n = static_cast<unsigned char>(text[i + k]);
      if ((n & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (n & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are invalid too.
    static const uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += extra + 1;
  }
  return std::string_view::npos;
}

}  // namespace ecsgen::base
