// Which claims belong on the Headline figures sheet: the figures a reader would put
// on a slide. The rules themselves (kinds that measure, minor discourse counts) live in
// claim/figure_rules.hpp, as the audit applies them too.
#pragma once
#include "claim/figure_rules.hpp"

namespace factsheet::write {

using factsheet::is_headline_kind;
using factsheet::is_minor_count;
using factsheet::kMinorCountMax;
using factsheet::MinorNouns;

enum class HeadlineVerdict {
  listed,        // a headline figure
  not_a_figure,  // a date, year, time, ordinal or name
  minor,         // a minor discourse count
  restated,      // a share in words that the bracketed percentage after it restates
};

// "More than half (55%) of the respondents": the bracket right after the share gives the
// same fact more precisely, so the percentage stands for it.
bool restated_by_bracket(const Claim& claim);

HeadlineVerdict headline_verdict(const Claim& claim, const MinorNouns& nouns);

}  // namespace factsheet::write
