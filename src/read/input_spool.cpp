#include "read/input_spool.hpp"

#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include "read/size_limit.hpp"

namespace factsheet::read {
namespace {

constexpr std::size_t kBlock = std::size_t{1} << 20;

// An unlinked temporary file in `dir`; -1 with `err` set when none can be made.
int make_temp_file(const std::string& dir, int& err) {
  std::string pattern = (dir.empty() ? std::string("/tmp") : dir) + "/.factsheet-input.XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) {
    err = errno;
    return -1;
  }
  ::unlink(name.data());
  return fd;
}

// Writes all of `bytes`; the errno of a failure, else 0.
int write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

// Whether the file system of `fd` has less than `reserve` bytes free (unknown: no).
bool nearly_full(int fd, std::size_t reserve) {
  struct statvfs fs;
  if (::fstatvfs(fd, &fs) != 0) return false;
  return static_cast<unsigned long long>(fs.f_bavail) * fs.f_frsize < reserve;
}

// The first `size` bytes of the file (up to one past `limit`) before `tail`.
std::string read_back(int fd, std::size_t size, std::string_view tail, std::size_t limit) {
  std::string bytes(std::min(size, limit + 1), '\0');
  std::size_t got = 0;
  while (got < bytes.size()) {
    ssize_t n = ::pread(fd, bytes.data() + got, bytes.size() - got, static_cast<off_t>(got));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  if (bytes.size() <= limit) bytes.append(tail.substr(0, limit + 1 - bytes.size()));
  return bytes;
}

// Closes a descriptor not yet handed on (a read that throws leaves none open).
struct FdGuard {
  int fd;
  ~FdGuard() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

SpooledInput spool_input(InputFile& in, std::size_t hold, const std::string& dir, std::size_t limit,
                         std::size_t reserve) {
  SpooledInput out;
  Utf8Scanner scanner;
  // Up to `hold` bytes in memory: most inputs end there.
  std::string& head = out.bytes;
  bool partable = true;
  {
    char buf[1 << 16];
    while (head.size() <= hold) {
      std::size_t n = in.read(buf, sizeof buf);
      if (n == 0) {
        out.complete = true;
        return out;
      }
      head.append(buf, n);
      partable = partable && scanner.add(std::string_view(buf, n));
    }
  }
  if (!partable) return out;  // read whole by the caller, as before
  int err = 0;
  FdGuard spool{make_temp_file(dir, err)};
  const int fd = spool.fd;
  if (fd < 0) {
    out.warning = in.name() + ": no temporary file to keep this long input in (" + (dir.empty() ? "/tmp" : dir) +
                  ": " + std::strerror(err) + "); read whole";
    return out;
  }
  std::size_t written = 0;
  std::string block = std::move(head);
  head.clear();
  std::string_view pending = block;
  constexpr std::size_t kCheckEvery = std::size_t{64} << 20;
  for (std::size_t checked = 0;;) {
    // The copy leaves `reserve` bytes free, so that endless input (`yes |`) or a huge one
    // does not fill the disk: it is read whole instead, up to the document limit.
    std::string why;
    if (written >= checked) {
      if (nearly_full(fd, reserve + pending.size()))
        why = "its file system would have less than " + size_limit_text(reserve) + " free";
      checked = written + kCheckEvery;
    }
    if (int e = why.empty() ? write_all(fd, pending) : 0; e != 0) why = std::strerror(e);
    if (!why.empty()) {
      out.bytes = read_back(fd, written, pending, limit);
      out.warning = in.name() + ": could not keep this long input in a temporary file (" + why + "); read whole";
      return out;
    }
    written += pending.size();
    block.resize(kBlock);
    std::size_t n = in.read(block.data(), block.size());
    block.resize(n);
    pending = block;
    if (n == 0) break;
    if (!scanner.add(pending)) {  // not text to read in parts: read whole, as before
      out.bytes = read_back(fd, written, pending, limit);
      return out;
    }
  }
  out.scan = scanner.finish();
  spool.fd = -1;
  out.file = std::make_unique<InputFile>(fd, in.name());  // owns fd now, closes it on a throw too
  out.file->rewind();
  return out;
}

}  // namespace factsheet::read
