#include "write/html_spool.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

namespace factsheet::write {
void Spool::fail(const std::string& what, int err) const {
  throw OutputError(owner_ + ": temporary file " + what + ": " + std::strerror(err));
}

Spool::Spool(const std::string& dir, std::string owner) : owner_(std::move(owner)) {
  std::error_code ec;
  std::filesystem::path base = dir.empty() ? std::filesystem::temp_directory_path(ec) : std::filesystem::path(dir);
  if (ec) base = "/tmp";
  std::string pattern = (base / ".factsheet-report.XXXXXX").string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) fail("in " + base.string(), errno);
  ::unlink(name.data());
  file_ = ::fdopen(fd, "w+b");
  if (!file_) {
    int err = errno;
    ::close(fd);
    fail("in " + base.string(), err);
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
