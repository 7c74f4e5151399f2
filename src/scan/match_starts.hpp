// Where the scanner's pattern may start a match. Most of a sentence is words that no
// figure starts with; finding the next byte where one may start by hand, and reading the
// commonest candidate (a run of digits) there without RE2, leaves RE2 the few places where
// its answer is not plain. Internal to src/scan/.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/string_map.hpp"

namespace factsheet::scan {

class MatchStarts {
 public:
  // `alone`: the number phrases that start a figure by themselves; `after_article`: those
  // that follow "a" or "an" too; `fractions`: the fraction characters a figure may be.
  MatchStarts(const std::vector<std::string>& alone, const std::vector<std::string>& after_article,
              std::vector<std::string> fractions);

  // False when a phrase's first word is not two to 31 ASCII letters, or a special character
  // starts with an ASCII byte: next() then returns `from` (any byte may start a match), and
  // the scanner searches with RE2 from wherever it stands.
  bool usable() const { return usable_; }

  // The first byte in text[from, limit) at which a match that is no e-mail address and
  // ends by `end` (limit <= end) may start, or `limit`: no byte before it can start one. It
  // may be a byte where none starts after all (RE2 then searches on from it). Word
  // boundaries see the whole text.
  std::size_t next(std::string_view text, std::size_t from, std::size_t limit, std::size_t end) const;
  std::size_t next(std::string_view text, std::size_t from, std::size_t end) const { return next(text, from, end, end); }

  // The bytes before an '@' that an e-mail address's local part (at most 64 characters, of
  // up to three bytes each) can span.
  static constexpr std::size_t kLocalPartBytes = 64 * 3;

 private:
  // The words of a list of phrases that may open a match: their first words, lower case,
  // and for each pair of first two letters the lengths of those words (bit n: a word of n
  // letters), which turns most words of running text away before any lookup.
  struct FirstWords {
    text::StringSet words;
    std::array<std::uint32_t, 26 * 26> lengths{};
    bool add(std::string_view phrase);
    bool has(std::string_view text, std::size_t at, std::size_t run_end) const;
    // Whether a word of n letters (2 to 31) starting with these two may be one.
    bool may_have(unsigned char first, unsigned char second, std::size_t n) const {
      return n <= 31 && lengths[pair(first, second)] >> n & 1;
    }
    // The index of two ASCII letters, either case.
    static std::size_t pair(unsigned char a, unsigned char b) {
      return static_cast<std::size_t>((a | 0x20) - 'a') * 26 + static_cast<std::size_t>((b | 0x20) - 'a');
    }
  };

  bool article_may_start(std::string_view text, std::size_t run_end, std::size_t end) const;
  bool special_at(std::string_view text, std::size_t at) const;

  bool usable_ = true;
  FirstWords alone_, after_article_;
  // Per byte: kLetter, kWord (RE2's \b word characters) and kNotice (a byte outside a
  // letter run the scan must look at: a digit, '+', '(', a lead byte of special_).
  std::array<std::uint8_t, 256> class_{};
  // Non-ASCII characters that start a match (the fractions) or that RE2, matching without
  // case, reads as an ASCII letter of the pattern (KELVIN SIGN as "k", LONG S as "s").
  std::vector<std::string> special_;
};

}  // namespace factsheet::scan
