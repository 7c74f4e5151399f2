#include "eval/text_lines.hpp"

#include <algorithm>

namespace factsheet::eval {

TextLines::TextLines(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

std::string_view TextLines::line(std::size_t n) const {
  std::size_t b = start(n);
  std::size_t e = n < starts_.size() ? starts_[n] - 1 : text_.size();
  return text_.substr(b, e - b);
}

std::size_t TextLines::line_of(std::size_t offset) const {
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  return static_cast<std::size_t>(it - starts_.begin());
}

Position TextLines::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  std::size_t n = line_of(offset);
  std::size_t column = 1;
  for (std::size_t i = start(n); i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // skip continuation bytes
  return {n, column};
}

}  // namespace factsheet::eval
