// An append-only log of bytes that stays in memory while it is small and moves to an
// unlinked temporary file as it grows, so that what a long run keeps only for its last
// step (a report's view of each figure, say) costs disk, not memory. Bytes are read back
// by offset; reads in increasing order are served from one cached block of the file.
//
// Memory: at most `memory` bytes of log, plus one block for reading. Not thread-safe:
// read() fills the cache.
#pragma once
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace factsheet::io {

// A spill file that could not be made, written or read: "WHAT: DOING in DIR: <OS message>".
struct SpillError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class SpillLog {
 public:
  static constexpr std::size_t kBlock = 64 * 1024;

  // `what` names the log in errors ("the audit's figures"); `dir`: where the file goes,
  // empty for the system's temporary directory.
  explicit SpillLog(std::string what, std::size_t memory = 1 << 20, std::string dir = "");
  ~SpillLog();
  SpillLog(const SpillLog&) = delete;
  SpillLog& operator=(const SpillLog&) = delete;

  // Appends `bytes` and returns the offset they start at. Throws SpillError naming the
  // log and the directory when the file cannot be made or written (read() and
  // overwrite() too).
  std::uint64_t append(std::string_view bytes);
  // Writes `bytes` over the log's bytes at `at`, which must lie within size().
  void overwrite(std::uint64_t at, std::string_view bytes);
  // The `size` bytes at `at`, which must lie within size(), into `out`.
  void read(std::uint64_t at, std::size_t size, char* out) const;
  std::string read(std::uint64_t at, std::size_t size) const;
  std::uint64_t size() const { return spilled_ + buffer_.size(); }
  // Bytes that went to the file.
  std::uint64_t spilled() const { return spilled_; }

 private:
  void spill();
  [[noreturn]] void fail(const std::string& doing, int err) const;

  std::string what_, dir_;
  std::size_t memory_;
  std::string buffer_;        // the log from spilled_ on
  std::uint64_t spilled_ = 0;  // bytes in the file
  int fd_ = -1;
  mutable std::string block_;                   // one block of the file
  mutable std::uint64_t block_at_ = UINT64_MAX;  // its offset; UINT64_MAX: none
};

}  // namespace factsheet::io
