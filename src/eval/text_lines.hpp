// Lines of a text as the answer keys number them: text split on '\n', from 1.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace factsheet::eval {

struct Position {
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, in code points, so editors and readers agree
};

class TextLines {
 public:
  explicit TextLines(std::string_view text);

  std::size_t count() const { return starts_.size(); }
  // Line n (1-based) without its '\n'.
  std::string_view line(std::size_t n) const;
  // Byte offset of the start of line n.
  std::size_t start(std::size_t n) const { return starts_.at(n - 1); }
  // Line holding byte `offset` (a '\n' belongs to the line it ends; the end of text to the last line).
  std::size_t line_of(std::size_t offset) const;
  Position position(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace factsheet::eval
