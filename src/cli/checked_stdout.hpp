// Standard output of the CLI's own printing (--help, --version, eval's tables and JSON):
// std::cout is sent through a buffer that remembers the first failed write, so that the
// common exit path can report it. A full disk, /dev/full or a closed pipe must not give
// status 0 with the output lost. (Claims and reports go through write::StdoutOutput,
// which throws on the failed write itself.)
#pragma once
#include <memory>
#include <streambuf>

namespace factsheet::cli {

class CheckedStdout {
 public:
  CheckedStdout();   // installs the buffer on std::cout
  ~CheckedStdout();  // flushes and restores std::cout's own buffer
  CheckedStdout(const CheckedStdout&) = delete;
  CheckedStdout& operator=(const CheckedStdout&) = delete;

  // Flushes std::cout (and C's stdout). On a write error, prints "factsheet: error writing
  // to standard output: REASON" and returns kOutputError; otherwise returns `status`.
  int finish(int status);

 private:
  class Buffer;
  std::unique_ptr<Buffer> buffer_;
  std::streambuf* original_ = nullptr;
};

}  // namespace factsheet::cli
