#include "scan/match_starts.hpp"

#include <algorithm>
#include <bit>

#include "text/byte_blocks.hpp"
#include "text/chars.hpp"

namespace factsheet::scan {
namespace {

using text::is_alpha;
using text::is_digit;

constexpr std::uint8_t kLetter = 1, kWord = 2, kNotice = 4;
constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// RE2's \s.
bool is_re2_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool ends_with_folded(std::string_view run, std::string_view suffix) {
  if (run.size() < suffix.size()) return false;
  run.remove_prefix(run.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i)
    if (text::to_lower(run[i]) != suffix[i]) return false;
  return true;
}

}  // namespace

// A phrase's first word is its leading ASCII letters. The length mask needs two to 31.
bool MatchStarts::FirstWords::add(std::string_view phrase) {
  std::string w;
  for (char c : phrase) {
    if (!is_alpha(c)) break;
    w += text::to_lower(c);
  }
  if (w.size() < 2 || w.size() > 31) return false;
  lengths[pair(static_cast<unsigned char>(w[0]), static_cast<unsigned char>(w[1]))] |= std::uint32_t{1} << w.size();
  words.insert(std::move(w));
  return true;
}

// Whether the letters text[at, run_end) are one of the first words.
bool MatchStarts::FirstWords::has(std::string_view text, std::size_t at, std::size_t run_end) const {
  std::size_t n = run_end - at;
  if (n < 2 || n > 31 || !may_have(static_cast<unsigned char>(text[at]), static_cast<unsigned char>(text[at + 1]), n))
    return false;
  char lower[32];
  for (std::size_t i = 0; i < n; ++i) lower[i] = text::to_lower(text[at + i]);
  return words.contains(std::string_view(lower, n));
}

MatchStarts::MatchStarts(const std::vector<std::string>& alone, const std::vector<std::string>& after_article,
                         std::vector<std::string> fractions)
    : special_(std::move(fractions)) {
  for (const std::string& p : alone) usable_ = alone_.add(p) && usable_;
  for (const std::string& p : after_article) usable_ = after_article_.add(p) && usable_;
  for (const char* fold : {"\xE2\x84\xAA", "\xC5\xBF"}) special_.emplace_back(fold);
  for (int c = 0; c < 256; ++c) {
    char ch = static_cast<char>(c);
    if (is_alpha(ch)) class_[c] = kLetter | kWord;
    if (is_digit(ch)) class_[c] = kWord | kNotice;
  }
  class_['_'] = kWord;
  class_['+'] = class_['('] = kNotice;
  for (const std::string& s : special_) {
    if (s.empty() || static_cast<unsigned char>(s[0]) < 0x80) usable_ = false;
    else class_[static_cast<unsigned char>(s[0])] = kNotice;
  }
}

bool MatchStarts::special_at(std::string_view text, std::size_t at) const {
  std::string_view rest = text.substr(at);
  return std::any_of(special_.begin(), special_.end(), [&](const std::string& s) { return rest.starts_with(s); });
}

// After "a" or "an" ending at run_end: \s+ and the first word of a phrase that may follow
// an article, within `end`.
bool MatchStarts::article_may_start(std::string_view text, std::size_t run_end, std::size_t end) const {
  std::size_t next = run_end;
  while (next < end && is_re2_space(text[next])) ++next;
  if (next == run_end || next >= end) return false;
  if (!(class_[static_cast<unsigned char>(text[next])] & kLetter)) return special_at(text, next);
  // Read up to one byte past `end`: enough to tell a word that the search's end cuts.
  const std::size_t stop = std::min(text.size(), end + 1);
  std::size_t next_end = next;
  while (next_end < stop && class_[static_cast<unsigned char>(text[next_end])] & kLetter) ++next_end;
  if (next_end > end) return true;
  if (next_end < text.size() && class_[static_cast<unsigned char>(text[next_end])] & kNotice &&
      special_at(text, next_end))
    return true;
  return after_article_.has(text, next, next_end);
}

std::size_t MatchStarts::next(std::string_view text, std::size_t from, std::size_t limit, std::size_t end) const {
  if (!usable_) return from;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::uint8_t* cls = class_.data();
  const std::size_t size = text.size();
  // A word is read up to one byte past `end`, enough to tell that the search's end cuts it:
  // reading on to its end would read a long run of letters again for every search in it.
  const std::size_t stop = std::min(size, end + 1);
  std::size_t i = from;
  while (i < limit) {
    std::uint8_t k = cls[bytes[i]];
    if (k & kLetter) {
      // The word's end: eight bytes at a time, which spares a branch a letter.
      std::size_t run_end = i + 1;
      for (;;) {
        if (run_end + text::kBlockBytes > stop) {
          while (run_end < stop && cls[bytes[run_end]] & kLetter) ++run_end;
          break;
        }
        std::uint64_t others = ~text::ascii_letter_bits(text::block_at(text.data() + run_end)) & kHighBits;
        if (others) {
          run_end += static_cast<std::size_t>(std::endian::native == std::endian::little ? std::countr_zero(others)
                                                                                        : std::countl_zero(others)) / 8;
          break;
        }
        run_end += text::kBlockBytes;
      }
      if (run_end > end) return i;  // cut by the search's end: RE2 judges
      // Whether the word needs a closer look, worked out without a branch for each test
      // (which running text makes hard to foretell):
      // - the words alternative, \b(?:an?\s+(?:AFTER_ARTICLE)|ALONE)\b, at a word's start:
      //   a first word of ALONE by its first two letters and length, or "a", "an";
      // - a letter folded from a non-ASCII one after it, which RE2 may read as its own;
      // - a ':' or '.' after it, where "http://" or "www." may end.
      std::size_t n = run_end - i;
      std::uint8_t after = run_end < size ? cls[bytes[run_end]] : 0;
      unsigned char next = run_end < size ? bytes[run_end] : 0;
      bool word_start = i == 0 || !(cls[bytes[i - 1]] & kWord);
      unsigned char second = n >= 2 ? bytes[i + 1] : 'a';  // a letter, so that `alone` may ask
      bool article = ((bytes[i] | 0x20) == 'a') & ((n == 1) | ((n == 2) & ((second | 0x20) == 'n')));
      bool alone = (n >= 2) & alone_.may_have(bytes[i], second, n);
      bool folded = (after & kNotice) && !(after & kWord);
      bool url_end = (next == ':') | (next == '.');
      if ((word_start & (alone | article)) | folded | url_end) {
        if (folded && special_at(text, run_end)) return i;
        if (word_start && alone && alone_.has(text, i, run_end)) return i;
        if (word_start && article && article_may_start(text, run_end, end)) return i;
        // "https://", "www.": a URL starts inside a word too.
        if (url_end) {
          std::string_view run = text.substr(i, run_end - i);
          if (next == ':' ? ends_with_folded(run, "http") || ends_with_folded(run, "https") : ends_with_folded(run, "www"))
            return i;
        }
      }
      i = run_end;
      continue;
    }
    if (k & kNotice) {
      char c = text[i];
      if (is_digit(c)) return i;
      if (c == '+') {  // "+7 727 555 0143"
        if (i + 1 < end && is_digit(text[i + 1])) return i;
      } else if (c == '(') {  // "(650) 333-6555"
        if (i + 4 < end && is_digit(text[i + 1]) && is_digit(text[i + 2]) && is_digit(text[i + 3]) &&
            text[i + 4] == ')')
          return i;
      } else if (special_at(text, i)) {
        return i;
      }
    }
    ++i;
  }
  return limit;
}

}  // namespace factsheet::scan
