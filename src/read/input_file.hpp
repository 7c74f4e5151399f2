// A file (or standard input) opened for reading with plain POSIX calls, so every
// failure carries the OS's own message. Throws ReadError("NAME: message").
//
// Every input is read exactly once, front to back: pipes, FIFOs, process
// substitutions and /dev/stdin cannot be read again. Whoever needs the bytes for
// something else (a checksum) watches them go by through a ReadObserver.
#pragma once
#include <sys/types.h>

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace factsheet::read {

struct ReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Which file an open input is: its device and inode.
struct FileId {
  dev_t dev = 0;
  ino_t ino = 0;
  bool operator==(const FileId&) const = default;
};

// Sees the bytes of the inputs as they are read, one input after the other.
class ReadObserver {
 public:
  virtual ~ReadObserver() = default;
  // An input was opened (`path` as given, "-" for standard input) ...
  virtual void opened(const std::string& path) = 0;
  // ... could not be opened (`reason`: the OS's message) ...
  virtual void failed(const std::string& path, const std::string& reason) = 0;
  // ... gave these bytes, in order ...
  virtual void bytes(std::string_view chunk) = 0;
  // ... and is done with: `complete` when it was read to its end.
  virtual void closed(bool complete) = 0;
};

class InputFile {
 public:
  // "-" is standard input (left open at destruction).
  explicit InputFile(const std::string& path);
  // An open file descriptor, owned from now on, read under `name`.
  InputFile(int fd, std::string name);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // From now on, reports this input's bytes to `observer` (which must outlive the
  // file): opened() at once, closed() at destruction.
  void observe(ReadObserver* observer);

  // Reads up to `size` bytes; 0 at end of input.
  std::size_t read(char* buf, std::size_t size);
  // Reads everything into `out`, but stops and returns false as soon as the input
  // is larger than `limit` bytes (without reading the rest).
  bool read_all(std::string& out, std::size_t limit);
  // Reads the rest onto the end of `out`, with read_all's limit on all of `out`.
  bool read_more(std::string& out, std::size_t limit);
  // Back to the start of a regular file, to be read again.
  void rewind();

  const std::string& name() const { return name_; }
  FileId id() const { return id_; }
  // The size of a regular file when it was opened; -1 for anything else (a pipe, a terminal).
  long long regular_size() const { return size_hint_; }
  bool at_end() const { return at_end_; }

 private:
  [[noreturn]] void fail(int err) const;
  void identify();  // fstat: id_ and size_hint_

  std::string name_;
  int fd_ = -1;
  bool owned_ = false;
  long long size_hint_ = -1;  // size of a regular file, else -1
  FileId id_;
  bool at_end_ = false;
  ReadObserver* observer_ = nullptr;
};

// Opens `path` like InputFile, but tells `observer` (if any) when it cannot.
std::unique_ptr<InputFile> open_input(const std::string& path, ReadObserver* observer);

}  // namespace factsheet::read
