// Sentence splitting that survives abbreviations, decimals, initials and quotes.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace factsheet::text {

struct Span {
  std::size_t begin = 0;  // byte offsets, end exclusive
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

struct SentenceRules {
  // Lower-case, without the final '.', e.g. "mr", "u.s", "e.g", "jan", "inc".
  // A '.' after one of these does not end a sentence unless the next word is a
  // typical sentence opener (see `openers`) and the abbreviation may end one.
  std::unordered_set<std::string> abbreviations;
  // Abbreviations that never end a sentence (titles: "mr", "dr", "gen", "no" before a number).
  std::unordered_set<std::string> never_final;
  // Words that, capitalised after an abbreviation such as "U.S.", start a new sentence ("the", "it", "he").
  std::unordered_set<std::string> openers;
};

// Splits `text` into sentences. A line break ends a sentence (news texts keep one
// paragraph or headline per line). Spans exclude surrounding whitespace and cover
// every non-space byte of the text exactly once, in order.
std::vector<Span> split_sentences(std::string_view text, const SentenceRules& rules);

}  // namespace factsheet::text
