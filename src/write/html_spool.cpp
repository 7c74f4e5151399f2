#include "write/html_spool.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include "io/temp_file.hpp"

namespace factsheet::write {

void Spool::fail(const std::string& what, int err) const {
  throw OutputError(owner_ + ": temporary file " + what + ": " + std::strerror(err));
}

Spool::Spool(const std::string& dir, std::string owner) : owner_(std::move(owner)) {
  io::TempFile t = io::make_unlinked_temp_file(dir, ".factsheet-spool.");
  if (t.fd < 0) fail("in " + t.dir, t.error);
  int fd = t.fd;
  file_ = ::fdopen(fd, "w+b");
  if (!file_) {
    int err = errno;
    ::close(fd);
    fail("in " + t.dir, err);
  }
}

Spool::~Spool() {
  if (file_) std::fclose(file_);
}

void Spool::write(std::string_view bytes) {
  if (bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) fail("write", errno);
}

void Spool::copy_to(Output& out) {
  copy_to([&](std::string_view bytes) { out.write(bytes); });
}

void Spool::copy_to(const std::function<void(std::string_view)>& sink) {
  if (std::fflush(file_) != 0) fail("write", errno);
  long end = std::ftell(file_);
  if (end < 0 || std::fseek(file_, 0, SEEK_SET) != 0) fail("seek", errno);
  std::vector<char> buf(1 << 16);
  long left = end;
  while (left > 0) {
    std::size_t want = static_cast<std::size_t>(std::min<long>(left, static_cast<long>(buf.size())));
    std::size_t got = std::fread(buf.data(), 1, want, file_);
    if (got == 0) fail("read", std::ferror(file_) ? errno : EIO);
    sink(std::string_view(buf.data(), got));
    left -= static_cast<long>(got);
  }
  if (std::fseek(file_, 0, SEEK_END) != 0) fail("seek", errno);
}

}  // namespace factsheet::write
