#include "compiler/emit/text.h"

#include <utility>

namespace ecsgen::emit {

Text::Text(std::string text) {
  if (!text.empty()) chunks_.push_back(std::move(text));
}

std::string& Text::Tail() {
  if (chunks_.empty() || chunks_.back().size() >= kChunk) {
    if (!chunks_.empty()) size_ += chunks_.back().size();
    chunks_.emplace_back().reserve(kChunk + kChunk / 4);
  }
  return chunks_.back();
}

void Text::Append(Text&& other) {
  if (other.chunks_.empty()) return;
  auto first = other.chunks_.begin();
  // A short text (one member, a closing brace) is copied into the last chunk rather than becoming
  // a chunk of its own; a long one keeps its buffers.
  if (!chunks_.empty() && chunks_.back().size() < kChunk && first->size() < kChunk / 16) {
    chunks_.back() += *first++;
  }
  for (; first != other.chunks_.end(); ++first) {
    if (!chunks_.empty()) size_ += chunks_.back().size();
    chunks_.push_back(std::move(*first));
  }
  other.chunks_.clear();
  other.size_ = 0;
}

std::string Text::Join() const {
  std::string out;
  out.reserve(size());
  for (const auto& chunk : chunks_) out += chunk;
  return out;
}

}  // namespace ecsgen::emit
