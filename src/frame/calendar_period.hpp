// A quarter or half of the calendar named by its months rather than its number: "the last
// three months of 2004" (Q4 2004), "the three months to September" (Q3), "the quarter
// ending 30 September", "the six months to June" (the first half), "the July to September
// period", "between October and December", "the July-to-September quarter". Written so,
// the period is the calendar's, whatever the company's fiscal quarters are called; the
// month names come from the lexicon (months.tsv, CLDR), the words around them from
// frame_cues.tsv (`closing`: "last", "final"; `ending`: "to", "ending", "ended";
// `span-open`: "between") and syntax.tsv (`range_to` "to", `additive` "and").
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frame/frame.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::frame {

// A lower-case word of the sentence and its bytes (hyphens split words: "July-to-September"
// is three).
struct PeriodWord {
  std::string_view text;
  std::size_t begin = 0, end = 0;
};

struct CalendarPeriod {
  std::string kind;   // "Q1".."Q4", "first half", "second half"
  std::string year;   // "2004" when the phrase writes it, else empty
  std::size_t begin = 0, end = 0;  // the phrase's bytes in the sentence
};

// The calendar period named by the words around a period cue at words [cue_begin, cue_end)
// ("three months", "quarter", "six months"): `quarter` tells a quarter's cue from a half's.
std::optional<CalendarPeriod> period_at_cue(const std::vector<PeriodWord>& words, std::size_t cue_begin,
                                            std::size_t cue_end, bool quarter, const Lexicon& lexicon,
                                            const FrameCues& cues);

// The quarters named by a span of months among `words`, without a period cue ("in the July
// to September period", "between October and December", "July-September"): the first
// month of a quarter, then its last.
std::vector<CalendarPeriod> month_spans(const std::vector<PeriodWord>& words, const Lexicon& lexicon,
                                        const FrameCues& cues);

// The year of a quarter or half dated by its last day ("2004-12-31" -> "2004", "--09-30" ->
// ""), when `time` is a date in the period's last month; nullopt when `time` is something
// else (a year of its own, another date).
std::optional<std::string> year_of_period_end(std::string_view time, const CalendarPeriod& period);

}  // namespace factsheet::frame
