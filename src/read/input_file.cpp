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
  identify();
}

InputFile::InputFile(int fd, std::string name) : name_(std::move(name)), fd_(fd), owned_(true) { identify(); }

void InputFile::identify() {
  struct stat st;
  int err = ::fstat(fd_, &st) != 0 ? errno : S_ISDIR(st.st_mode) ? EISDIR : 0;
  if (err != 0) {
    if (owned_) ::close(fd_);  // the destructor does not run for a constructor that throws
    fail(err);
  }
  if (S_ISREG(st.st_mode)) size_hint_ = st.st_size;
  id_ = {st.st_dev, st.st_ino};
}

void InputFile::rewind() {
  if (::lseek(fd_, 0, SEEK_SET) != 0) fail(errno);
  at_end_ = false;
}

InputFile::~InputFile() {
  if (observer_) observer_->closed(at_end_);
  if (owned_) ::close(fd_);
}

void InputFile::observe(ReadObserver* observer) {
  observer_ = observer;
  if (observer_) observer_->opened(name_);
}

void InputFile::fail(int err) const { throw ReadError(name_ + ": " + std::strerror(err)); }

std::size_t InputFile::read(char* buf, std::size_t size) {
  for (;;) {
    ssize_t n = ::read(fd_, buf, size);
    if (n > 0) {
      if (observer_) observer_->bytes(std::string_view(buf, static_cast<std::size_t>(n)));
      return static_cast<std::size_t>(n);
    }
    if (n == 0) {
      at_end_ = size > 0;
      return 0;
    }
    if (errno != EINTR) fail(errno);
  }
}

bool InputFile::read_all(std::string& out, std::size_t limit) {
  out.clear();
  if (size_hint_ > static_cast<long long>(limit)) return false;
  // The size of a regular file is known: one allocation. Otherwise grow as read.
  if (size_hint_ > 0) out.reserve(static_cast<std::size_t>(size_hint_));
  return read_more(out, limit);
}

bool InputFile::read_more(std::string& out, std::size_t limit) {
  if (out.size() > limit) {
    out.clear();
    out.shrink_to_fit();
    return false;
  }
  // Read through a buffer and append: growing the string by a chunk before each read would
  // zero a whole chunk for every small file.
  constexpr std::size_t kChunk = 1 << 16;
  char buf[kChunk];
  for (;;) {
    // Read at most one byte beyond the limit: enough to tell that it was exceeded.
    // Endless input (/dev/zero) therefore ends here too.
    std::size_t n = read(buf, std::min(kChunk, limit + 1 - out.size()));
    if (n == 0) return true;
    out.append(buf, n);
    if (out.size() > limit) {
      out.clear();
      out.shrink_to_fit();
      return false;
    }
  }
}

std::unique_ptr<InputFile> open_input(const std::string& path, ReadObserver* observer) {
  try {
    return std::make_unique<InputFile>(path);
  } catch (const ReadError& e) {
    if (observer) {
      std::string what = e.what();
      observer->failed(path, what.substr(std::min(what.size(), path.size() + 2)));
    }
    throw;
  }
}

}  // namespace factsheet::read
