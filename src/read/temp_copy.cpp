#include "read/temp_copy.hpp"

#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "io/temp_file.hpp"
#include "read/size_limit.hpp"

namespace factsheet::read {
namespace {

constexpr std::size_t kCheckEvery = std::size_t{64} << 20;

// Whether the file system of `fd` has less than `reserve` bytes free (unknown: no).
bool nearly_full(int fd, std::size_t reserve) {
  struct statvfs fs;
  if (::fstatvfs(fd, &fs) != 0) return false;
  return static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < reserve;
}

}  // namespace

TempCopy::TempCopy(const std::string& dir, std::size_t reserve) : reserve_(reserve) {
  io::TempFile t = io::make_unlinked_temp_file(dir, ".factsheet-input.");
  fd_ = t.fd;
  if (fd_ < 0) why_ = t.dir + ": " + std::strerror(t.error);
}

TempCopy::~TempCopy() {
  if (fd_ >= 0) ::close(fd_);
}

bool TempCopy::write(std::string_view bytes) {
  if (fd_ < 0) return false;
  if (size_ >= checked_) {
    if (nearly_full(fd_, reserve_ + bytes.size())) {
      why_ = "its file system would have less than " + size_limit_text(reserve_) + " free";
      return false;
    }
    checked_ = size_ + kCheckEvery;
  }
  while (!bytes.empty()) {
    ssize_t n = ::write(fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      why_ = std::strerror(errno);
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
    size_ += static_cast<std::size_t>(n);
  }
  return true;
}

std::string TempCopy::read_back(std::size_t size) const {
  std::string bytes(std::min(size, size_), '\0');
  std::size_t got = 0;
  while (fd_ >= 0 && got < bytes.size()) {
    ssize_t n = ::pread(fd_, bytes.data() + got, bytes.size() - got, static_cast<off_t>(got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

std::unique_ptr<InputFile> TempCopy::release(const std::string& name) {
  int fd = fd_;
  fd_ = -1;
  auto file = std::make_unique<InputFile>(fd, name);  // owns fd now, closes it on a throw too
  file->rewind();
  return file;
}

}  // namespace factsheet::read
