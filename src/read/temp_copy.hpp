// An unlinked temporary file that a long input is copied into (read/input_spool.hpp) or
// decoded into (read/decoded_copy.hpp), to be read in parts from. Unlinked as soon as it
// is made, it goes with the process whatever happens. A copy leaves `reserve` bytes free
// on its file system, so that endless input (`yes |`) or a huge one does not fill it.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "read/input_file.hpp"

namespace factsheet::read {

// What a copy leaves free on its file system: 1 GiB.
constexpr std::size_t kCopyReserve = std::size_t{1} << 30;

class TempCopy {
 public:
  // A new file in `dir` ("": TMPDIR, else /tmp); ok() tells whether it was made, why() why not.
  TempCopy(const std::string& dir, std::size_t reserve);
  ~TempCopy();
  TempCopy(const TempCopy&) = delete;
  TempCopy& operator=(const TempCopy&) = delete;

  bool ok() const { return fd_ >= 0; }
  // Appends `bytes`; false, with why() set, when it cannot.
  bool write(std::string_view bytes);
  // The first `size` bytes of the copy (fewer if it holds fewer).
  std::string read_back(std::size_t size) const;
  std::size_t size() const { return size_; }
  const std::string& why() const { return why_; }
  // The copy as an input named `name`, at its start; the TempCopy is empty after.
  std::unique_ptr<InputFile> release(const std::string& name);

 private:
  int fd_ = -1;
  std::size_t reserve_;
  std::size_t size_ = 0, checked_ = 0;  // bytes written; at which the free space is next checked
  std::string why_;
};

}  // namespace factsheet::read
