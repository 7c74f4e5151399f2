#include "read/text_parts.hpp"

#include <algorithm>
#include <vector>

#include "read/size_limit.hpp"
#include "read/text_decode.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet::read {
namespace {

constexpr std::size_t kBlock = std::size_t{1} << 20;

bool blank(std::string_view line) { return line.find_first_not_of(" \t\f\v") == std::string_view::npos; }

}  // namespace

TextParts::TextParts(std::unique_ptr<InputFile> file, std::string id, std::size_t bom, bool repair,
                     std::size_t part_bytes, std::size_t limit, DatelineTest dateline, std::size_t fallback,
                     TextPool* pool)
    : file_(std::move(file)), id_(std::move(id)), repair_(repair), part_bytes_(std::max<std::size_t>(part_bytes, 1)),
      limit_(limit), fallback_(fallback), dateline_(std::move(dateline)), pool_(pool) {
  fill(bom);
  buffer_.erase(0, std::min(bom, buffer_.size()));
}

void TextParts::fill(std::size_t want) {
  while (!at_end_ && buffer_.size() < want) {
    std::size_t old = buffer_.size();
    std::size_t get = std::max(want - old, kBlock);
    buffer_.resize(old + get);
    std::size_t n = file_->read(buffer_.data() + old, get);
    buffer_.resize(old + n);
    if (n == 0) at_end_ = true;
  }
}

std::size_t TextParts::cut_point(std::size_t from) const {
  std::string_view text = buffer_;
  struct Line {
    std::size_t begin;
    bool blank, dateline;
  };
  // Lines in order; the window of the last few is all the rule looks at.
  std::size_t nonblank = 0, since_dateline = 0;
  bool seen_dateline = false, prev_blank = false;
  std::optional<std::size_t> candidate;  // a line start waiting for its next non-blank line
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) return 0;  // the last line may go on in the next block
    std::size_t end = nl;
    if (end > pos && text[end - 1] == '\r') --end;
    std::string_view body = text.substr(pos, end - pos);
    bool is_blank = blank(body);
    bool is_dateline = !is_blank && dateline_(body);
    if (candidate && !is_blank) {
      // The line after the candidate: the part may start at the candidate unless this
      // one is a dateline.
      if (!is_dateline) return *candidate;
      candidate.reset();
    }
    if (!is_blank && !candidate && pos >= from && prev_blank && !is_dateline && nonblank >= 4 &&
        (!seen_dateline || since_dateline >= 3)) {
      candidate = pos;
    }
    if (!is_blank) {
      if (is_dateline) {
        seen_dateline = true;
        since_dateline = 0;
      } else {
        ++since_dateline;
      }
      ++nonblank;
    }
    prev_blank = is_blank;
    pos = nl + 1;
  }
  return 0;
}

std::size_t TextParts::fallback_cut(std::size_t from, std::size_t to) const {
  std::string_view text = buffer_;
  from = std::max<std::size_t>(from, 1);
  // The cut leaves text after it, so that the last part is the one that ends the file.
  std::size_t end = std::min(to, text.size() - std::min<std::size_t>(text.size(), 1));
  if (from >= end) return 0;
  // Each place cuts right after an ASCII byte or right before the first byte of a
  // character, so no sequence, valid or to be repaired, spans two parts.
  auto blank_line = [&](std::size_t begin, std::size_t stop) {  // text[begin, stop), "\r" dropped
    if (stop > begin && text[stop - 1] == '\r') --stop;
    return blank(text.substr(begin, stop - begin));
  };
  // A line start inside a paragraph (a line before it and one from it, neither blank):
  // no article starts there.
  for (std::size_t nl = text.rfind('\n', end - 1); nl != std::string_view::npos && nl >= from;
       nl = text.rfind('\n', nl - 1)) {
    std::size_t before = text.rfind('\n', nl - 1);
    before = before == std::string_view::npos ? 0 : before + 1;
    std::size_t after = text.find('\n', nl + 1);
    if (!blank_line(before, nl) && !blank_line(nl + 1, after == std::string_view::npos ? text.size() : after))
      return nl + 1;
  }
  // After a sentence end: ". ", "? " or "! " after a lower-case letter or a digit (not
  // "U.S. "), with more of the line after it.
  for (std::size_t i = end - 1; i > from; --i) {
    char c = text[i - 1];
    if (text[i] == ' ' && (c == '.' || c == '?' || c == '!') &&  // i - 2 >= 0: i > from >= 1
        (text::is_lower(text[i - 2]) || text::is_digit(text[i - 2])) && text[i + 1] != '\n' && text[i + 1] != '\r')
      return i + 1;
  }
  if (std::size_t space = text.find_last_of(' ', end - 1); space != std::string_view::npos && space >= from)
    return space + 1;
  for (std::size_t i = end; i >= from; --i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return i;
  return 0;
}

std::optional<Document> TextParts::next() {
  fill(part_bytes_ + kBlock);
  if (buffer_.empty()) return std::nullopt;
  std::size_t cut = 0;
  for (std::size_t want = part_bytes_ + kBlock;;) {
    cut = cut_point(part_bytes_);
    if (cut > 0) break;
    // No place in `fallback_` bytes: a part of one to 1.25 times part_bytes (parts of the
    // usual size keep the parts in flight as small as the usual ones), cut at the last
    // fallback place before its end; the file's last bytes too.
    if (fallback_ > 0 && buffer_.size() >= fallback_ &&
        (cut = fallback_cut(part_bytes_, part_bytes_ + part_bytes_ / 4)) > 0)
      break;
    if (at_end_) break;
    if (buffer_.size() >= limit_)
      throw ReadError(id_ + ": no place to cut the text into parts within " + size_limit_text(limit_) +
                      " (the document limit); the rest is not read");
    want = std::max(want, buffer_.size()) * 2;
    fill(std::min(want, limit_));
  }
  Document doc;
  doc.id = id_;
  DocumentPart part;
  part.base = base_;
  part.index = index_++;
  if (cut == 0) {
    doc.text = std::move(buffer_);
    buffer_.clear();
    part.last = true;
  } else {
    if (pool_) doc.text = pool_->take();
    doc.text.assign(buffer_, 0, cut);
    buffer_.erase(0, cut);
  }
  // A part starts after a line break, or where a fallback cut leaves every sequence whole,
  // so no sequence spans two parts: repaired part by part, the text is the whole text
  // repaired (the first pass gave the warning).
  if (repair_) text::repair_utf8(doc.text);
  // The first pass found the file UTF-8 without NUL; a file changed since is not read on.
  if (doc.text.find('\0') != std::string::npos || !text::is_valid_utf8(doc.text))
    throw ReadError(id_ + ": changed while being read (no longer plain UTF-8); the rest is not read");
  base_ += doc.text.size();
  doc.part = part;
  return doc;
}

}  // namespace factsheet::read
