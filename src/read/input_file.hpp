// A file (or standard input) opened for reading with plain POSIX calls, so every
// failure carries the OS's own message. Throws ReadError("NAME: message").
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>

namespace factsheet::read {

struct ReadError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class InputFile {
 public:
  // "-" is standard input (left open at destruction).
  explicit InputFile(const std::string& path);
  ~InputFile();
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Reads up to `size` bytes; 0 at end of input.
  std::size_t read(char* buf, std::size_t size);
  // Reads everything into `out`, but stops and returns false as soon as the input
  // is larger than `limit` bytes (without reading the rest).
  bool read_all(std::string& out, std::size_t limit);

  const std::string& name() const { return name_; }

 private:
  [[noreturn]] void fail(int err) const;

  std::string name_;
  int fd_ = -1;
  bool owned_ = false;
  long long size_hint_ = -1;  // size of a regular file, else -1
};

}  // namespace factsheet::read
