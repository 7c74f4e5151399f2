#include "write/output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "io/temp_file.hpp"
#include "write/temp_cleanup.hpp"

namespace factsheet::write {
namespace {

constexpr std::size_t kBufferSize = 1 << 16;
// Bytes of a file written between two starts of their writing to disk (AtomicFileOutput).
constexpr std::size_t kWritebackBytes = std::size_t{8} << 20;

[[noreturn]] void fail(const std::string& label, int err) {
  throw OutputError(label + ": " + std::strerror(err));
}

void write_all(int fd, std::string_view bytes, const std::string& label) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(label, errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

// The mode a freshly created file would get: 0666 minus the process umask.
mode_t default_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

std::string directory_of(const Output& out) {
  std::string direct = out.direct_path();
  if (direct.empty()) return {};
  std::string dir = std::filesystem::path(direct).parent_path().string();
  return dir.empty() ? "." : dir;
}

std::string output_label(const Output& out, std::string fallback) {
  const auto* file = dynamic_cast<const FdOutput*>(&out);
  return file ? file->label() : std::move(fallback);
}

void FdOutput::write(std::string_view bytes) {
  if (buffer_.size() + bytes.size() > kBufferSize) {
    flush();
    if (bytes.size() >= kBufferSize) {
      write_out(bytes);
      return;
    }
  }
  buffer_ += bytes;
}

void FdOutput::write_out(std::string_view bytes) {
  write_all(fd_, bytes, label_);
  wrote(bytes.size());
}

void FdOutput::flush() {
  if (buffer_.empty()) return;
  // The buffer keeps its capacity for the next 64 KiB; on failure its bytes are dropped
  // all the same (the output is abandoned).
  struct Clear {
    std::string& b;
    ~Clear() { b.clear(); }
  } clear{buffer_};
  write_out(buffer_);
}

StdoutOutput::StdoutOutput() : FdOutput(STDOUT_FILENO, "error writing to standard output") {}

AtomicFileOutput::AtomicFileOutput(std::string path) : FdOutput(-1, path), path_(std::move(path)) {
  std::filesystem::path target(path_);
  std::filesystem::path dir = target.parent_path();
  std::string name = target.filename().string();
  if (name.empty() || name == "." || name == "..") fail(path_, EISDIR);
  // Hidden and named after the target, so a leftover (after a crash) is recognisable.
  io::TempFile t = io::make_temp_file(dir.empty() ? std::string(".") : dir.string(), "." + name + ".tmp.");
  if (t.fd < 0) fail(path_, t.error);
  fd_ = t.fd;
  temp_ = std::move(t.path);
  cleanup_slot_ = register_temp_file(temp_);

  struct stat st;
  mode_t mode = ::stat(path_.c_str(), &st) == 0 && S_ISREG(st.st_mode) ? st.st_mode & 07777
                                                                       : default_mode();
  if (::fchmod(fd_, mode) != 0) {
    int err = errno;
    abort();
    fail(path_, err);
  }
}

AtomicFileOutput::~AtomicFileOutput() { abort(); }

void AtomicFileOutput::wrote(std::size_t bytes) {
  written_ += bytes;
  if (written_ - started_ < kWritebackBytes) return;
  // Only starts the writes (it does not wait for them) and reports no error that the
  // sync in commit() would not: its result is not needed.
  (void)::sync_file_range(fd_, static_cast<off_t>(started_), static_cast<off_t>(written_ - started_),
                          SYNC_FILE_RANGE_WRITE);
  started_ = written_;
}

void AtomicFileOutput::commit() {
  if (temp_.empty()) throw OutputError(path_ + ": output already closed");
  try {
    flush();
  } catch (...) {
    abort();
    throw;
  }
  int err = 0;
  if (::fsync(fd_) != 0) err = errno;
  if (::close(fd_) != 0 && err == 0) err = errno;
  fd_ = -1;
  if (err == 0 && ::rename(temp_.c_str(), path_.c_str()) != 0) err = errno;
  if (err != 0) {
    abort();
    fail(path_, err);
  }
  temp_.clear();
  unregister_temp_file(cleanup_slot_);  // after the rename: a signal before it still removes the file
  cleanup_slot_ = -1;
  // Make the rename itself durable; a failure here leaves a complete file, so it is ignored.
  std::string dir = std::filesystem::path(path_).parent_path().string();
  int dfd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

void AtomicFileOutput::abort() noexcept {
  if (fd_ >= 0) {
    ::close(fd_);
    fd_ = -1;
  }
  if (!temp_.empty()) {
    ::unlink(temp_.c_str());
    temp_.clear();
  }
  unregister_temp_file(cleanup_slot_);
  cleanup_slot_ = -1;
}

}  // namespace factsheet::write
