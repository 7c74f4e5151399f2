#include "read/text_pool.hpp"

namespace factsheet::read {

std::string TextPool::take() {
  std::lock_guard lock(mutex_);
  if (free_.empty()) return {};
  std::string text = std::move(free_.back());
  free_.pop_back();
  return text;
}

void TextPool::give(std::string&& text) {
  if (text.capacity() < min_bytes_ || text.capacity() > max_bytes_) return;
  text.clear();
  std::lock_guard lock(mutex_);
  if (free_.size() < keep_) free_.push_back(std::move(text));
}

}  // namespace factsheet::read
