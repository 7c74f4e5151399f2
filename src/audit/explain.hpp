// The one-line explanations of findings.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "audit/figure_store.hpp"

namespace factsheet::audit {

// "1,000", "57.8", "0.25": a number with thousands separators and at most `decimals`
// decimals, trailing zeros dropped.
std::string number_text(double v, int decimals = 1);

// “41 billion US dollars”: a figure's text in quotes.
std::string quote_text(std::string_view text);

// "bilateral trade (2023)", "bilateral trade", "(2023)" or "": what a finding concerns.
std::string subject_label(std::string_view subject, std::string_view time);

// The subject and time a group of figures is about: the first figure's subject and the
// first time any of them states.
std::string group_label(const std::vector<std::uint32_t>& figures, const FigureStore& store);

// “41 billion US dollars” is stated alike in 2 sources: a.txt #1; b.txt #7.
// `statements`: how many independent statements the figures make.
std::string explain_corroborated(const std::vector<std::uint32_t>& figures, std::size_t statements,
                                 const FigureStore& store);
std::string explain_repeated(const std::vector<std::uint32_t>& figures, const FigureStore& store);
// Where the figures of a conflict come from: independent statements, copies of one
// sentence with other figures, or one article stating the frame twice.
enum class ConflictSource { independent, copies, one_article };

// [China · trade · 2023 · current]: independent statements disagree: “41 billion US
// dollars” (a.txt #1: 40.5 to 41.5 billion) and “45 billion US dollars” (b.txt #1: 44.5 to
// 45.5 billion) cannot both hold. `values` holds one figure per distinct value, in order;
// each is shown with the values its writing allows.
std::string explain_conflict(const std::vector<std::uint32_t>& figures, const std::vector<std::uint32_t>& values,
                             const FigureStore& store, ConflictSource source = ConflictSource::independent);
std::string explain_vague(const std::vector<std::uint32_t>& figures, const std::vector<std::uint32_t>& values,
                          const FigureStore& store);
// [United States · job · current]: revised in one statement from “157,000” to “133,000”
// (007.txt #1): one fact's old and new value. `figure` is the new value's figure.
std::string explain_revised(std::string_view old_text, std::string_view new_text, std::uint32_t figure,
                            const FigureStore& store);
// seed.txt #1: 5 of 7 figures have no attribution.
std::string explain_unsourced(std::uint32_t first, std::size_t unsourced, std::size_t total, const FigureStore& store);

}  // namespace factsheet::audit
