#include "read/encoding_evidence.hpp"

#include <cstdint>
#include <cstring>

#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

constexpr std::size_t kLine = 4096, kTotal = 65536, kLead = 256;

// Offset of the first non-ASCII byte of `s`, or its size.
std::size_t first_high(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

void EncodingEvidence::add(std::string_view block) {
  // Which bytes occur: ASCII runs skipped a word at a time.
  for (std::size_t i = first_high(block); i < block.size(); i += 1 + first_high(block.substr(i + 1)))
    present_[static_cast<unsigned char>(block[i])] = true;
  // The sample, line by line, as detector_sample (text_decode.cpp) takes it from a whole text.
  while (!block.empty() && sample_.size() < kTotal) {
    std::size_t stop = block.find('\n');
    std::string_view piece = block.substr(0, stop);
    if (!piece.empty()) line_started_ = true;
    if (!line_high_) {
      std::size_t high = first_high(piece);
      if (high < piece.size()) {
        line_high_ = true;
        // From kLead bytes before the first non-ASCII byte (or the line's start).
        std::size_t before = std::min(high, kLead);
        if (before < kLead) {
          std::size_t keep = std::min(line_.size(), kLead - before);
          line_.erase(0, line_.size() - keep);
        } else {
          line_.clear();
        }
        line_.append(piece.substr(high - before, kLine));
        if (line_.size() > kLine) line_.resize(kLine);
      } else {
        // Keep the last kLead bytes of the line so far.
        line_.append(piece.substr(piece.size() - std::min(piece.size(), kLead)));
        if (line_.size() > kLead) line_.erase(0, line_.size() - kLead);
      }
    } else if (line_.size() < kLine) {
      line_.append(piece.substr(0, kLine - line_.size()));
    }
    if (stop == std::string_view::npos) return;
    end_line();
    block.remove_prefix(stop + 1);
  }
}

void EncodingEvidence::end_line() {
  if (line_high_ && sample_.size() < kTotal) {
    sample_ += line_;
    sample_ += '\n';
  }
  line_.clear();
  line_high_ = line_started_ = false;
}

void EncodingEvidence::finish() {
  if (line_started_) end_line();
}

std::string EncodingEvidence::high_bytes() const {
  std::string bytes;
  for (int b = 0x80; b < 0x100; ++b)
    if (present_[static_cast<std::size_t>(b)]) bytes += static_cast<char>(b);
  return bytes;
}

EncodingEvidence evidence_of(std::string_view bytes) {
  EncodingEvidence e;
  e.add(bytes);
  e.finish();
  count_utf8_sequences(bytes, e.valid, e.invalid);
  return e;
}

}  // namespace factsheet::read
