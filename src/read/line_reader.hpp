// Splits an InputFile into lines ("\n" or "\r\n") without ever holding more than
// one line, and a line longer than the limit is skipped without being buffered. A line
// that goes on past four times the limit is taken for endless input (/dev/zero): the
// reader stops there instead of reading forever.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "read/input_file.hpp"

namespace factsheet::read {

class LineReader {
 public:
  LineReader(std::unique_ptr<InputFile> file, std::size_t limit);

  enum class Status { line, too_long, endless, end };
  // The next line without its terminator. `too_long`: the line exceeded the limit
  // and was skipped; `line` is empty then. `endless`: the line went on past
  // endless_limit() bytes; the rest of the input is not read (next() gives `end`).
  // Throws ReadError on a read failure.
  Status next(std::string& line);
  // Hands the line (and status) just returned by next() back, so that the next call
  // returns it again, with the same line number and offset: a reader may look at the
  // first line to decide what a file is and then pass the reader on whole.
  void unread(Status status, std::string line);

  int line_number() const { return line_number_; }  // 1-based, of the last line returned
  std::size_t line_offset() const { return line_offset_; }  // its byte offset in the file
  const std::string& name() const { return file_->name(); }
  InputFile& file() { return *file_; }
  std::size_t limit() const { return limit_; }
  std::size_t endless_limit() const { return limit_ > SIZE_MAX / 4 ? SIZE_MAX : 4 * limit_; }

 private:
  bool fill();

  std::unique_ptr<InputFile> file_;
  std::size_t limit_;
  std::string buf_;
  std::size_t pos_ = 0;          // next unread byte of buf_
  std::size_t buf_offset_ = 0;   // file offset of buf_[0]
  bool eof_ = false;
  int line_number_ = 0;
  std::optional<std::pair<Status, std::string>> unread_;
  std::size_t line_offset_ = 0;
};

}  // namespace factsheet::read
