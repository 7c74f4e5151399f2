// The Headline figures ranking: which facts a reader would put on a slide, best first,
// each with a slide line that reads as a sentence fragment ("Bilateral trade: US$41
// billion in 2023 (Chinese statistics)", "Twenty-two resolutions signed at the meeting").
// Shared by every report that shows headline figures (the workbook's Headline figures
// sheet, the HTML report).
//
// Salience score of a fact (README "Headline figures" spells it out):
//   kind           money 3, percent 2.5, ratio 2, count and measure 1.5, duration and age 0.5
//   position       +3 when a mention is its article's headline, else +1.5 in the lead
//                  (the article's first sentence that holds a figure)
//   size           +1.5 x the figure's size relative to the largest of its kind (money: of
//                  its currency) in the same article, from 0 to 1
//   sources        +1 per further independent source (document or article) stating it, up to +3;
//                  none further when the audit found the fact only repeated in copies
//   attribution    +1 when a mention says who states it
//   subject        +1 when the fact's subject is known (the slide line can say what it is)
// The score is rounded to 0.01; ties keep the order of first mention. A figure repeated in
// one document under another subject (a headline's and its body's "$280bn") is listed once.
// Ranks ("the top four banks") are left out like partitives. Left out: partitive counts ("one of the firms"),
// counts of one, and counts with neither a counted noun nor a subject.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "write/headline_index.hpp"

namespace factsheet::write {

inline constexpr std::size_t kDefaultHeadlineRows = 25;

struct RankedFact {
  HeadlineFact fact;
  double score = 0;
  std::string figure;      // the figure as said aloud, a count with its noun ("22 resolutions")
  std::string slide_line;  // a sentence fragment for a slide
};

// The `top` most salient facts of `index`, best first. The facts are read one at a time
// (HeadlineIndex::fact), never all unpacked at once.
std::vector<RankedFact> rank_headline_facts(const HeadlineIndex& index, std::size_t top);

// Whether a fact can be ranked at all (see above).
bool rankable(const HeadlineFact& fact);

// "more than 10,000 students": figure_phrase() with a count's noun as written.
std::string headline_figure(const HeadlineFact& fact);

// The slide line of a fact.
std::string slide_line(const HeadlineFact& fact);

// "2023" -> "in 2023", "2023-05" -> "in May 2023", "2004-Q4" -> "in Q4 2004",
// "2024-05-20" -> "on 20 May 2024"; "" for what it cannot read.
std::string time_phrase(const std::string& iso);

}  // namespace factsheet::write
