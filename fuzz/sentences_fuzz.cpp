// The sentence splitter on arbitrary bytes (invalid UTF-8 included), with the embedded
// abbreviations and openers. Checks the contract of text/sentences.hpp: spans are in
// order, never empty, hold no line break, neither start nor end with whitespace, and the
// bytes between them are whitespace only.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "text/sentences.hpp"

using namespace factsheet;

namespace {

bool is_line_break(char c) { return c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Byte length of the whitespace unit at s[i] (space, tab, line break, NBSP), or 0.
std::size_t white_at(std::string_view s, std::size_t i) {
  if (s[i] == ' ' || s[i] == '\t' || is_line_break(s[i])) return 1;
  if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
  return 0;
}

bool ends_white(std::string_view span) {
  char last = span.back();
  if (last == ' ' || last == '\t' || is_line_break(last)) return true;
  return span.size() >= 2 && span[span.size() - 2] == '\xC2' && last == '\xA0';
}

void check_gap(std::string_view text, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e;) {
    std::size_t n = white_at(text, i);
    FS_FUZZ_CHECK(n > 0 && i + n <= e, "a byte outside every sentence is not whitespace");
    i += n;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto spans = text::split_sentences(text, fuzz::lexicon()->sentence_rules());
  std::size_t covered = 0;
  for (const text::Span& s : spans) {
    FS_FUZZ_CHECK(s.begin >= covered && s.begin < s.end && s.end <= text.size());
    check_gap(text, covered, s.begin);
    std::string_view span = text.substr(s.begin, s.end - s.begin);
    FS_FUZZ_CHECK(white_at(text, s.begin) == 0, "a sentence starts with whitespace");
    FS_FUZZ_CHECK(!ends_white(span), "a sentence ends with whitespace");
    for (char c : span) FS_FUZZ_CHECK(!is_line_break(c), "a line break inside a sentence");
    covered = s.end;
  }
  check_gap(text, covered, text.size());
  return 0;
}
