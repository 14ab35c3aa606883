#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ecsgen::emit {

// Output text kept as a list of chunks of about a megabyte. A file of 150 MB (a template for 10,000
// services) built in one std::string is copied every time the string doubles, and the old and new
// buffers are both resident during the copy; in chunks nothing is ever copied to grow, sections are
// joined by moving chunks, and the writer writes the chunks one after another.
class Text {
 public:
  // Below this a chunk is appended to; at or above it the next append starts a new chunk. Chunks are
  // reserved a quarter larger so that the member that crosses the mark rarely reallocates.
  static constexpr size_t kChunk = size_t{1} << 20;

  Text() = default;
  explicit Text(std::string text);

  // The chunk to append to, a new one when the last has reached kChunk. The reference is valid until
  // the next call that changes this Text.
  std::string& Tail();
  void Append(std::string_view text) { Tail().append(text); }
  // Moves the other text's chunks after these (the last chunk may absorb a small first one).
  void Append(Text&& other);

  size_t size() const { return size_ + (chunks_.empty() ? 0 : chunks_.back().size()); }
  bool empty() const { return size() == 0; }
  const std::vector<std::string>& chunks() const { return chunks_; }
  // The whole text in one string; for tests, `-o -` and small documents.
  std::string Join() const;

 private:
  std::vector<std::string> chunks_;
  size_t size_ = 0;  // the size of every chunk but the last
};

}  // namespace ecsgen::emit
