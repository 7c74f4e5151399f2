// A claim's time: the period its figure refers to, from the sentence. An explicit year or
// date claim ("in 2022", "in May 2023") or a relative phrase from grammars/time_words.tsv
// ("last year"), resolved against the article's date. The nearest one in the figure's
// clause wins; else one in a verbless opening clause ("In 2022, ...").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "claim/claim.hpp"
#include "context/calendar.hpp"
#include "context/tokens.hpp"

namespace factsheet::context {

struct TimeRef {
  std::optional<std::string> time;  // ISO-like; null when the reference date lacks what it needs
  std::string text;                 // the words as written ("last year", "May 2023")
};

// The time expressions of one sentence, found once; each claim then looks up the nearest
// one in its clause (a binary search), so long sentences with many figures stay linear.
class SentenceTimes {
 public:
  // `claims` are the sentence's claims; `reference` is the article's date, or a year alone.
  SentenceTimes(const TaggedSentence& s, const std::vector<const Claim*>& claims, const Lexicon& lex,
                const CalendarDate& reference);
  // The time of claim k; null for dates, years and clock times themselves.
  std::optional<TimeRef> for_claim(int k) const;

 private:
  struct Candidate {
    std::size_t begin = 0, end = 0;  // tokens
    std::optional<std::string> time;
    std::optional<int> relative_year;  // a relative phrase that resolves to a year
    bool yearless_date = false;        // "--05": takes the year of a phrase right after it
    std::string iso_value;
  };
  const TaggedSentence& s_;
  const std::vector<const Claim*>& claims_;
  std::vector<Candidate> candidates_;  // in text order
  std::vector<int> clause_;            // clause number of each token
  bool opening_has_verb_ = false;
};

// One claim's time (builds a SentenceTimes; for single lookups and tests).
std::optional<TimeRef> find_time(const TaggedSentence& s, int k, const std::vector<const Claim*>& claims,
                                 const Lexicon& lex, const CalendarDate& reference);

// A relative phrase resolved against `reference` ("2023" for last year from 2024-05-20).
std::optional<std::string> resolve_relative(const RelativeTime& rel, const CalendarDate& reference);

}  // namespace factsheet::context
