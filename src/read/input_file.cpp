#include "read/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace factsheet::read {

InputFile::InputFile(const std::string& path) : name_(path) {
  if (path == "-") {
    fd_ = STDIN_FILENO;
  } else {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) fail(errno);
    owned_ = true;
  }
  struct stat st;
  if (::fstat(fd_, &st) != 0) fail(errno);
  if (S_ISDIR(st.st_mode)) fail(EISDIR);
  if (S_ISREG(st.st_mode)) size_hint_ = st.st_size;
}

InputFile::~InputFile() {
  if (owned_) ::close(fd_);
}

void InputFile::fail(int err) const { throw ReadError(name_ + ": " + std::strerror(err)); }

std::size_t InputFile::read(char* buf, std::size_t size) {
  for (;;) {
    ssize_t n = ::read(fd_, buf, size);
    if (n >= 0) return static_cast<std::size_t>(n);
    if (errno != EINTR) fail(errno);
  }
}

bool InputFile::read_all(std::string& out, std::size_t limit) {
  out.clear();
  if (size_hint_ > static_cast<long long>(limit)) return false;
  // The size of a regular file is known: one allocation. Otherwise grow in chunks.
  if (size_hint_ > 0) out.reserve(static_cast<std::size_t>(size_hint_));
  constexpr std::size_t kChunk = 1 << 16;
  for (;;) {
    std::size_t old = out.size();
    // Read at most one byte beyond the limit: enough to tell that it was exceeded.
    std::size_t want = std::min(kChunk, limit + 1 - old);
    out.resize(old + want);
    std::size_t n = read(out.data() + old, want);
    out.resize(old + n);
    if (n == 0) return true;
    if (out.size() > limit) {
      out.clear();
      out.shrink_to_fit();
      return false;
    }
  }
}

}  // namespace factsheet::read
