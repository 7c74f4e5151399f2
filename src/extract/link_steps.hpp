// The steps of link_sentence_figures and the tests they share. Each step reads
// claims[first, claims.size()), one sentence's figures in text order, and may lend a unit,
// a change or a noun from one figure to another, or merge two figures into one.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "claim/claim.hpp"
#include "extract/context_rules.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract::links {

// Links reach at most this many claims away, so a sentence of thousands of figures (a
// table dump, hostile input) stays linear.
constexpr std::size_t kMaxClaimScan = 16;

// The first index to look back to from claim i.
std::size_t scan_floor(std::size_t i, std::size_t first);
// A year, date or time: it places another figure, it is not a parallel one.
bool time_adjunct(const Claim& c);
// The nearest claim before claims[i] in its sentence, within the scan reach, that `pass`
// does not skip; null if there is none.
template <class Skip>
const Claim* nearest_before(const std::vector<Claim>& claims, std::size_t i, std::size_t first, Skip pass) {
  for (std::size_t k = i; k-- > scan_floor(i, first);)
    if (!pass(claims[k])) return &claims[k];
  return nullptr;
}
// The nearest figure before claims[i] that is not a time adjunct.
inline const Claim* nearest_figure_before(const std::vector<Claim>& claims, std::size_t i, std::size_t first) {
  return nearest_before(claims, i, first, time_adjunct);
}
// One number, not a range and not a share.
bool single_number(const Claim& c);
// A figure with no unit and no counted noun, which a parallel figure may lend its own.
bool bare(const Sentence& s, const Lexicon& lex, const Claim& c);
// A unit or a counted noun ("2,205.16 points") that an elliptical figure may take over.
bool lends_unit(const Claim& c);
double number(const Claim& c);
// Parallel figures that share a unit are of one order of magnitude.
bool similar_magnitude(double a, double b);
// A single number of like size with a unit or noun to lend to the bare figure b.
bool lends_parallel_unit(const Claim& a, const Claim& b);
std::string lower_word_before(const Sentence& s, std::size_t pos);
void inherit_unit(Claim& to, const Claim& from);

using Step = void(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first);

// change_links.cpp: "from ... to" ranges, levels after a change, a direction left out.
Step split_level_ranges, link_from_to, link_change_level, link_to_from, link_change_from, link_gapped_direction;
// share_links.cpp: a part of a whole ("40 million of the 2 billion euros", "64 respondents
// out of 146").
Step link_part_of_whole, link_counted_share;
// unit_links.cpp: a unit or noun left out and understood from a parallel figure.
Step link_parallel, link_coordinated_count, link_sole_count, link_subject_count, link_period_pairs,
    link_bracketed_rate, link_scale, link_others, link_relative_partitive;

}  // namespace factsheet::extract::links
