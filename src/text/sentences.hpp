// Sentence splitting that survives abbreviations, decimals, initials and quotes.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/string_map.hpp"

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
  StringSet abbreviations;
  // Abbreviations that never end a sentence (titles: "mr", "dr", "gen", "no" before a number).
  // Written all in lower case before an opener ("the answer was no. The ..."), they do.
  StringSet never_final;
  // Words that, capitalised after an abbreviation such as "U.S.", start a new sentence ("the",
  // "it", "he").
  StringSet openers;
};

// A span longer than this is not prose (a table dump, a run of numbers): it is cut into
// pieces of at most this many bytes, at the last whitespace before the limit where there
// is one nearby, else after punctuation, else at a character boundary. Bounding the
// sentence bounds the work and the claims held for any one sentence.
inline constexpr std::size_t kMaxSpanBytes = 4096;

// Splits `text` into sentences. A line break (\n, \r, \f, \v) ends a sentence: news
// texts keep one paragraph or headline per line. Within a line, '.', '!', '?' or '…'
// (or a run of them), then optional closing quotes or brackets, then whitespace, end a
// sentence when a capital, a digit or an opening quote or bracket follows; a single
// '.' does not when it closes an abbreviation (see SentenceRules), a single capital
// initial ("K. Tokayev") or letters joined by periods ("S.C.O.") unless a capitalised
// opener follows, or a list number opening the line ("1."). Decimals, URLs and
// e-mails never split: their periods are not followed by whitespace.
// Spans exclude surrounding whitespace (spaces, tabs, NBSP, line breaks), are never
// empty, and cover every other byte of the text exactly once, in order. Runs in time
// linear in the size of the text, whatever the bytes (invalid UTF-8 included).
std::vector<Span> split_sentences(std::string_view text, const SentenceRules& rules);

}  // namespace factsheet::text
