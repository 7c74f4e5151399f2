#include "read/line_reader.hpp"

#include <cstring>

namespace factsheet::read {
namespace {
constexpr std::size_t kChunk = 1 << 16;
}

LineReader::LineReader(std::unique_ptr<InputFile> file, std::size_t limit)
    : file_(std::move(file)), limit_(limit) {}

bool LineReader::fill() {
  if (eof_) return false;
  buf_offset_ += pos_;
  buf_.erase(0, pos_);
  pos_ = 0;
  std::size_t old = buf_.size();
  buf_.resize(old + kChunk);
  std::size_t n = file_->read(buf_.data() + old, kChunk);
  buf_.resize(old + n);
  if (n == 0) eof_ = true;
  return n > 0;
}

void LineReader::unread(Status status, std::string line) { unread_.emplace(status, std::move(line)); }

LineReader::Status LineReader::next(std::string& line) {
  if (unread_) {
    Status status = unread_->first;
    line = std::move(unread_->second);
    unread_.reset();
    return status;
  }
  line.clear();
  if (pos_ >= buf_.size() && !fill()) return Status::end;
  ++line_number_;
  line_offset_ = buf_offset_ + pos_;
  bool too_long = false;
  for (;;) {
    const char* start = buf_.data() + pos_;
    std::size_t avail = buf_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : avail;
    if (!too_long) {
      if (line.size() + take > limit_ + 1) {  // +1: a "\r" before "\n" is not content
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(start, take);
      }
    }
    pos_ += take;
    if (nl) {
      ++pos_;
      break;
    }
    if (too_long && buf_offset_ + pos_ - line_offset_ > endless_limit()) {
      buf_.clear();  // give up on the input: nothing more is read
      pos_ = 0;
      eof_ = true;
      return Status::endless;
    }
    if (!fill()) break;  // last line without a terminator
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (too_long || line.size() > limit_) {
    line.clear();
    return Status::too_long;
  }
  return Status::line;
}

}  // namespace factsheet::read
