#include "read/text_scan.hpp"

#include <algorithm>
#include <fstream>

#include "read/encoding.hpp"
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

TextScanner::TextScanner(std::string encoding)
    : encoding_(std::move(encoding)), given_utf8_(!encoding_.empty() && is_utf8_name(encoding_)) {}

bool TextScanner::needed() const { return encoding_.empty() || given_utf8_; }

bool TextScanner::add(std::string_view got) {
  if (refused_) return false;
  if (!needed() || !utf16_.empty() || got.empty()) return true;
  // What a legacy encoding is chosen by, should the text turn out not to be UTF-8.
  if (encoding_.empty()) evidence_.add(got);
  // The block itself, read where it lies, unless the last one left a cut sequence to go
  // first: a copy of every block into new memory cost a page fault per 4 KB of the text.
  std::string_view chunk = got;
  if (!carry_.empty()) {
    joined_.assign(carry_);
    joined_.append(got);
    carry_.clear();
    chunk = joined_;
  }
  bool first = first_;
  if (first_) {
    // The first bytes tell a BOM: wait for three (or the end of the text).
    if (chunk.size() < 3) {
      carry_.assign(chunk);
      return true;
    }
    first_ = false;
    if (utf16_bom(chunk)) return true;
  }
  if (chunk.find('\0') != std::string::npos) {
    refused_ = true;  // binary: the whole reading reports it
    return false;
  }
  scan_chunk(chunk, first);
  return true;
}

bool TextScanner::utf16_bom(std::string_view start) {
  // With no encoding given, a UTF-16 BOM reads the text as UTF-16.
  if (!encoding_.empty() || !(start.starts_with("\xFF\xFE") || start.starts_with("\xFE\xFF"))) return false;
  utf16_ = start[0] == '\xFF' ? "utf-16le" : "utf-16be";
  return true;
}

void TextScanner::scan_chunk(std::string_view chunk, bool first) {
  std::size_t from = 0;
  if (first && chunk.starts_with("\xEF\xBB\xBF")) from = scan_.bom = 3;
  std::size_t tail = incomplete_tail(chunk.substr(from));
  std::string_view body = chunk.substr(from, chunk.size() - from - tail);
  if (text::is_valid_utf8(body)) {
    // Every lead byte starts a valid multi-byte sequence here.
    multibyte_ += text::count_lead_bytes(body);
  } else {
    count_utf8_sequences(body, multibyte_, invalid_bytes_);
    std::string copy(body);
    text::Utf8Report report = text::repair_utf8(copy);
    if (scan_.replaced == 0 && report.first_offset) scan_.first_invalid = consumed_ + from + *report.first_offset;
    scan_.replaced += report.replaced;
  }
  consumed_ += chunk.size() - tail;
  carry_.assign(chunk.substr(chunk.size() - tail));
}

TextPlan TextScanner::finish() {
  TextPlan plan;
  if (refused_) return plan;
  if (!needed()) {
    plan.way = TextPlan::Way::decode;
    plan.encoding = encoding_;
    return plan;
  }
  if (first_) {  // a text of under three bytes
    first_ = false;
    std::string rest = std::move(carry_);
    carry_.clear();
    if (!utf16_bom(rest)) {
      if (rest.find('\0') != std::string::npos) return plan;
      scan_chunk(rest, true);
    }
  }
  if (!utf16_.empty()) {
    plan.way = TextPlan::Way::decode;
    plan.encoding = utf16_;
    plan.skip = 2;
    plan.announce = true;
    return plan;
  }
  if (!carry_.empty()) {  // a sequence cut off by the end of the text
    count_utf8_sequences(carry_, multibyte_, invalid_bytes_);
    text::Utf8Report report = text::repair_utf8(carry_);
    if (scan_.replaced == 0 && report.first_offset) scan_.first_invalid = consumed_ + *report.first_offset;
    scan_.replaced += report.replaced;
    carry_.clear();
  }
  plan.utf8 = scan_;
  plan.way = TextPlan::Way::utf8;
  // The whole reading repairs invalid UTF-8 after a BOM and with --encoding utf-8; else it
  // looks for a legacy encoding, and repairs when it finds none (text_decode.cpp).
  if (scan_.replaced == 0 || scan_.bom > 0 || given_utf8_) return plan;
  evidence_.finish();
  evidence_.valid = multibyte_;
  evidence_.invalid = invalid_bytes_;
  if (std::string guess = choose_encoding(evidence_); !guess.empty()) {
    plan.way = TextPlan::Way::decode;
    plan.encoding = guess;
    plan.announce = true;
  }
  return plan;
}

TextPlan scan_text_file(const std::string& path, const std::string& encoding) {
  TextScanner scanner(encoding);
  if (!scanner.needed()) return scanner.finish();
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::string block(std::size_t{1} << 20, '\0');
  while (in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    if (!scanner.add(std::string_view(block.data(), n))) return {};
  }
  if (in.bad()) return {};
  return scanner.finish();
}

}  // namespace factsheet::read
