#include "cli/checked_stdout.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.hpp"
#include "cli/messages.hpp"

namespace factsheet::cli {

// Writes to file descriptor 1 in blocks; after the first error it keeps its errno and
// drops everything else.
class CheckedStdout::Buffer final : public std::streambuf {
 public:
  Buffer() { setp(data_, data_ + sizeof data_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    const char* p = pbase();
    std::size_t left = static_cast<std::size_t>(pptr() - pbase());
    while (left > 0 && error_ == 0) {
      ssize_t n = ::write(STDOUT_FILENO, p, left);
      if (n < 0) {
        if (errno == EINTR) continue;
        error_ = errno;
      } else {
        p += n;
        left -= static_cast<std::size_t>(n);
      }
    }
    setp(data_, data_ + sizeof data_);
    return error_ == 0;
  }

  char data_[1 << 16];
  int error_ = 0;
};

CheckedStdout::CheckedStdout() : buffer_(std::make_unique<Buffer>()) {
  original_ = std::cout.rdbuf(buffer_.get());
}

CheckedStdout::~CheckedStdout() {
  std::cout.flush();
  std::cout.rdbuf(original_);
}

int CheckedStdout::finish(int status) {
  std::cout.flush();
  int error = buffer_->error();
  if (std::fflush(stdout) != 0 && error == 0) error = errno;
  if (error == 0 && std::ferror(stdout)) error = EIO;
  if (error == 0) return status;
  print_error(std::string("error writing to standard output: ") + std::strerror(error));
  return kOutputError;
}

}  // namespace factsheet::cli
