// Room for the texts of a long file's parts, handed back once a part is done with, so
// that the next part is read into memory already in use: a fresh megabyte for every part
// cost a page fault per 4 KB of the input. Thread-safe: a part is done with on the thread
// that extracted it.
#pragma once
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace factsheet::read {

class TextPool {
 public:
  // Keeps at most `keep` texts, each with room for `min_bytes` to `max_bytes`: others
  // (a short document's text, the rest of a file grown past its parts) are let go.
  TextPool(std::size_t keep, std::size_t min_bytes, std::size_t max_bytes)
      : keep_(keep), min_bytes_(min_bytes), max_bytes_(max_bytes) {}
  TextPool(const TextPool&) = delete;
  TextPool& operator=(const TextPool&) = delete;

  // An empty string, with the room of one given back when there is one.
  std::string take();
  // A text no longer wanted: its room is kept for a later take() if the pool has room.
  void give(std::string&& text);

 private:
  std::mutex mutex_;
  std::vector<std::string> free_;
  std::size_t keep_, min_bytes_, max_bytes_;
};

}  // namespace factsheet::read
