// The frame's tables that come with the grammars (grammars/frame_cues.tsv and
// grammars/measure_synonyms.tsv), parsed from the text a Lexicon was loaded with, so that
// `--grammars DIR` applies to them as to every other table.
#pragma once
#include "text/string_map.hpp"
#include <string>
#include <string_view>
#include <unordered_map>

#include "frame/frame.hpp"
#include "frame/vocabulary.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::frame {

struct FrameTables {
  std::shared_ptr<const FrameCues> cues;
  text::StringMap<std::string> synonyms;  // measure_synonyms.tsv: word -> same_as
};

// The tables of `lexicon`, parsed once per distinct content (thread-safe). Throws
// LexiconError naming file and line.
const FrameTables& frame_tables(const Lexicon& lexicon);

// The key of a measure for comparison: its last word replaced by the word it is a synonym
// of (measure_synonyms.tsv) or by the WordNet key it shares with its synonyms, with the
// words before it kept ("net earnings" and "net profit" share one key; "pre-tax profit"
// does not share it).
// `money`: the figure is an amount of money; the hand rows ("turnover" is sales) hold
// for amounts only, since the sales of a percentage or a count may be units sold.
std::string measure_key(std::string_view measure, const FrameTables& tables, bool money,
                        const FrameVocabulary& vocabulary = FrameVocabulary::embedded());

}  // namespace factsheet::frame
