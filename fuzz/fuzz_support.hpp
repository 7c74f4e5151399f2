// Shared helpers of the fuzz targets: a failing check that crashes the fuzzer, the
// embedded lexicon, and an in-memory file with a path for the readers that only take one.
#pragma once
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"
#include "read/diagnostic.hpp"

namespace factsheet::fuzz {

// A broken invariant: prints what and where, then aborts so libFuzzer saves the input.
[[noreturn]] inline void fail(const char* what, const char* file, int line, std::string_view detail = {}) {
  std::fprintf(stderr, "%s:%d: fuzz check failed: %s", file, line, what);
  if (!detail.empty()) std::fprintf(stderr, " (%.*s)", static_cast<int>(detail.size()), detail.data());
  std::fputc('\n', stderr);
  std::abort();
}

#define FS_FUZZ_CHECK(cond, ...) \
  ((cond) ? void(0) : ::factsheet::fuzz::fail(#cond, __FILE__, __LINE__ __VA_OPT__(, ) __VA_ARGS__))

// The grammars compiled into the binary, loaded once per process.
inline const std::shared_ptr<const Lexicon>& lexicon() {
  static const std::shared_ptr<const Lexicon> lex = Lexicon::embedded();
  return lex;
}

// Diagnostics are expected on bad input; the targets look at results, not at messages.
inline read::DiagnosticSink quiet_sink() {
  return [](const read::Diagnostic& d) { FS_FUZZ_CHECK(!d.message.empty()); };
}

// A file in memory (memfd) that the readers open by path (/proc/self/fd/N), so each run
// reads the fuzz input through the same POSIX calls as a file, without touching disk.
class MemFile {
 public:
  MemFile() : fd_(::memfd_create("factsheet-fuzz", 0)) { FS_FUZZ_CHECK(fd_ >= 0); }
  ~MemFile() { ::close(fd_); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;

  // Replaces the contents with `bytes`; returns the path to open.
  const std::string& put(const std::uint8_t* data, std::size_t size) {
    FS_FUZZ_CHECK(::ftruncate(fd_, 0) == 0);
    std::size_t done = 0;
    while (done < size) {
      ssize_t n = ::pwrite(fd_, data + done, size - done, static_cast<off_t>(done));
      FS_FUZZ_CHECK(n > 0);
      done += static_cast<std::size_t>(n);
    }
    return path_;
  }

 private:
  int fd_;
  std::string path_ = "/proc/self/fd/" + std::to_string(fd_);
};

}  // namespace factsheet::fuzz
