#include "read/utf8_scan.hpp"

#include <algorithm>
#include <fstream>

#include "read/text_decode.hpp"
#include "text/utf8.hpp"

namespace factsheet::read {
namespace {

// Bytes at the end of `s` that may begin a UTF-8 sequence continued in the next block.
std::size_t incomplete_tail(std::string_view s) {
  std::size_t k = s.size();
  while (k > 0 && s.size() - k < 3 && (static_cast<unsigned char>(s[k - 1]) & 0xC0) == 0x80) --k;
  if (k == 0) return 0;
  auto lead = static_cast<unsigned char>(s[k - 1]);
  std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  std::size_t have = s.size() - (k - 1);
  return need > have ? have : 0;
}

}  // namespace

bool Utf8Scanner::add(std::string_view got) {
  if (refused_) return false;
  if (got.empty()) return true;
  if (got.find('\0') != std::string_view::npos) {
    refused_ = true;
    return false;
  }
  std::string chunk = std::move(carry_);
  chunk.append(got);
  std::size_t from = 0;
  if (first_) {
    // The first bytes tell a BOM: wait for three (or the end of the text).
    if (chunk.size() < 3) {
      carry_ = std::move(chunk);
      return true;
    }
    // A UTF-16 BOM is read whole, as UTF-16.
    if (chunk.starts_with("\xFF\xFE") || chunk.starts_with("\xFE\xFF")) {
      refused_ = true;
      return false;
    }
    if (chunk.starts_with("\xEF\xBB\xBF")) from = scan_.bom = 3;
    first_ = false;
  }
  std::size_t tail = incomplete_tail(std::string_view(chunk).substr(from));
  std::string_view body = std::string_view(chunk).substr(from, chunk.size() - from - tail);
  if (text::is_valid_utf8(body)) {
    // Every lead byte starts a valid multi-byte sequence here.
    multibyte_ += static_cast<std::size_t>(
        std::count_if(body.begin(), body.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xC0; }));
  } else {
    count_utf8_sequences(body, multibyte_, invalid_bytes_);
    std::string copy(body);
    text::Utf8Report report = text::repair_utf8(copy);
    if (scan_.replaced == 0 && report.first_offset) scan_.first_invalid = consumed_ + from + *report.first_offset;
    scan_.replaced += report.replaced;
  }
  consumed_ += chunk.size() - tail;
  carry_ = chunk.substr(chunk.size() - tail);
  return true;
}

std::optional<Utf8Scan> Utf8Scanner::finish() {
  if (refused_) return std::nullopt;
  if (first_) {  // a text of under three bytes
    first_ = false;
    if (carry_.starts_with("\xFF\xFE") || carry_.starts_with("\xFE\xFF")) return std::nullopt;
    std::string rest = std::move(carry_);
    carry_.clear();
    add(rest);
  }
  if (!carry_.empty()) {  // a sequence cut off by the end of the text
    count_utf8_sequences(carry_, multibyte_, invalid_bytes_);
    text::Utf8Report report = text::repair_utf8(carry_);
    if (scan_.replaced == 0 && report.first_offset) scan_.first_invalid = consumed_ + *report.first_offset;
    scan_.replaced += report.replaced;
    carry_.clear();
  }
  // The whole reading repairs after a BOM, and where valid multi-byte sequences are at
  // least as many as invalid bytes (text_decode.cpp); else it guesses a legacy encoding.
  if (scan_.replaced > 0 && scan_.bom == 0 && !(multibyte_ > 0 && multibyte_ >= invalid_bytes_))
    return std::nullopt;
  return scan_;
}

std::optional<Utf8Scan> scan_utf8_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  Utf8Scanner scanner;
  std::string block(std::size_t{1} << 20, '\0');
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    if (!scanner.add(std::string_view(block.data(), n))) return std::nullopt;
  }
  if (in.bad()) return std::nullopt;
  return scanner.finish();
}

}  // namespace factsheet::read
