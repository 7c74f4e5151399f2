#include "io/spill_log.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "io/temp_file.hpp"

namespace factsheet::io {

SpillLog::SpillLog(std::string what, std::size_t memory, std::string dir)
    : what_(std::move(what)), dir_(std::move(dir)), memory_(std::max<std::size_t>(memory, 1)) {}

SpillLog::~SpillLog() {
  if (fd_ >= 0) ::close(fd_);
}

void SpillLog::fail(const std::string& doing, int err) const {
  throw SpillError(what_ + ": " + doing + " in " + (dir_.empty() ? "the temporary directory" : dir_) + ": " +
                           std::strerror(err));
}

std::uint64_t SpillLog::append(std::string_view bytes) {
  std::uint64_t at = size();
  buffer_.append(bytes);
  if (buffer_.size() >= memory_) spill();
  return at;
}

void SpillLog::spill() {
  if (fd_ < 0) {
    TempFile t = make_unlinked_temp_file(dir_, ".factsheet-spill.");
    if (t.fd < 0) {
      dir_ = t.dir;
      fail("making a temporary file", t.error);
    }
    fd_ = t.fd;
    dir_ = t.dir;
  }
  std::size_t done = 0;
  while (done < buffer_.size()) {
    ssize_t n = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done, static_cast<off_t>(spilled_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("writing a temporary file", n < 0 ? errno : ENOSPC);
    done += static_cast<std::size_t>(n);
  }
  spilled_ += buffer_.size();
  buffer_.clear();
}

void SpillLog::overwrite(std::uint64_t at, std::string_view bytes) {
  if (at > size() || bytes.size() > size() - at) throw std::out_of_range(what_ + ": write past the end");
  // The part in the file, then the part in memory.
  while (at < spilled_ && !bytes.empty()) {
    auto take = static_cast<std::size_t>(std::min<std::uint64_t>(bytes.size(), spilled_ - at));
    ssize_t n = ::pwrite(fd_, bytes.data(), take, static_cast<off_t>(at));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("writing a temporary file", n < 0 ? errno : ENOSPC);
    if (block_at_ != UINT64_MAX && at < block_at_ + block_.size() && at + static_cast<std::uint64_t>(n) > block_at_)
      block_at_ = UINT64_MAX;  // the cached block is stale
    at += static_cast<std::uint64_t>(n);
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  if (!bytes.empty()) std::memcpy(buffer_.data() + (at - spilled_), bytes.data(), bytes.size());
}

void SpillLog::read(std::uint64_t at, std::size_t size, char* out) const {
  if (at > this->size() || size > this->size() - at) throw std::out_of_range(what_ + ": read past the end");
  while (size > 0) {
    if (at >= spilled_) {
      std::memcpy(out, buffer_.data() + (at - spilled_), size);
      return;
    }
    std::uint64_t start = at / kBlock * kBlock;
    if (block_at_ != start) {
      auto length = static_cast<std::size_t>(std::min<std::uint64_t>(kBlock, spilled_ - start));
      block_.resize(length);
      std::size_t done = 0;
      while (done < length) {
        ssize_t n = ::pread(fd_, block_.data() + done, length - done, static_cast<off_t>(start + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
          block_at_ = UINT64_MAX;
          fail("reading a temporary file", n < 0 ? errno : EIO);
        }
        done += static_cast<std::size_t>(n);
      }
      block_at_ = start;
    }
    std::size_t offset = static_cast<std::size_t>(at - start);
    std::size_t take = std::min(size, block_.size() - offset);
    std::memcpy(out, block_.data() + offset, take);
    out += take;
    at += take;
    size -= take;
  }
}

std::string SpillLog::read(std::uint64_t at, std::size_t size) const {
  std::string out(size, '\0');
  read(at, size, out.data());
  return out;
}

}  // namespace factsheet::io
