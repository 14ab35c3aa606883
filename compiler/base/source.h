#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ecsgen::base {

// A position in a source file: 1-based line and column, columns counted in code points.
struct Position {
  uint32_t line = 0;
  uint32_t column = 0;
  bool operator==(const Position&) const = default;
  auto operator<=>(const Position&) const = default;
};

// A half-open range [begin, end) in one source file; every AST node and IR element carries one.
struct Range {
  Position begin;
  Position end;
  bool valid() const { return begin.line != 0; }
  bool operator==(const Range&) const = default;
};

// Joins two ranges into the smallest range covering both.
Range Span(const Range& a, const Range& b);

// The text of one input file, with fast access to its lines for snippets.
class SourceFile {
 public:
  SourceFile(std::string path, std::string text);
  const std::string& path() const { return path_; }
  const std::string& text() const { return text_; }
  // The text of a 1-based line, without its line terminator; empty when out of range.
  std::string_view Line(uint32_t line) const;
  uint32_t LineCount() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  std::string path_;
  std::string text_;
  std::vector<size_t> line_starts_;
};

}  // namespace ecsgen::base
