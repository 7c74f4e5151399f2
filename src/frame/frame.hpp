// The frame of a figure: what fact it states, so that two figures can be told to state
// the same fact or not.
//   entity   who or what the figure is about: a company, a country, a body ("Google",
//            "United States"): a possessive or a place in the subject ("Google's profit",
//            "US exports", "growth in China"), else the name that opens the clause
//            before the figure, else the headline's first name. Places are given by
//            their CLDR name, so "U.S.", "US", "America" and "American" are one entity.
//   measure  the lemma of what is measured: the subject's last noun that WordNet files as
//            a quantity, possession, attribute, relation, process or state (else an
//            act), with the nouns and modifiers before it ("net profit", "trade
//            deficit", "unemployment rate"); for a count without one, the counted noun
//   scope    a part of the entity or the measure: the subject's other words ("film
//            division"), "underlying", "per share"
//   period   the period the figure covers: its time with the kind of period nearest to
//            it ("quarter 2004", "year 2004", "12 months to 2004-09", "month-on-month")
//   role     current (a value reached), earlier ("from $10.9bn"), change ("rose 5%") or
//            forecast ("is expected to reach", "aims for")
// Figures that measure nothing (dates, years, ordinals, clock times) have no frame.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claim/claim.hpp"
#include "frame/vocabulary.hpp"
#include "lexicon/lexicon.hpp"
#include "text/string_map.hpp"

namespace factsheet::frame {

// A cue's phrases as word numbers (FrameCues::word_id), longest first, indexed by their
// first word: at a word, only the phrases that begin with it are tried.
struct CuePhrases {
  std::vector<std::vector<std::uint32_t>> phrases;
  // Phrases beginning with word w: order[first[w] .. first[w + 1]), ascending.
  std::vector<std::uint32_t> first, order;
  void index(std::size_t words);  // words: the count of word numbers
  std::span<const std::uint32_t> starting(std::uint32_t word) const {
    if (std::size_t{word} + 1 >= first.size()) return {};
    return std::span<const std::uint32_t>(order).subspan(first[word], first[word + 1] - first[word]);
  }
};

struct FrameCues {
  // lower-case phrase -> cue (grammars/frame_cues.tsv)
  std::vector<std::pair<std::string, std::string>> phrases;
  bool is(std::string_view phrase, std::string_view cue) const {
    std::uint32_t cues = cues_of(phrase);  // most words are in no cue: the name is not looked for then
    return cues != 0 && (cues & bit(cue)) != 0;
  }
  // The cues of `phrase`, a bit each (bit()): one lookup where a phrase is asked about
  // several cues.
  std::uint32_t cues_of(std::string_view phrase) const;
  // The bit of a cue among cues_of()'s; 0 for a name that is no cue.
  static std::uint32_t bit(std::string_view cue);
  // Phrases of one cue, longest first.
  std::vector<std::string> of(std::string_view cue) const;
  // The same, each split into lower-case words (hyphens split too), computed at load.
  const std::vector<std::vector<std::string>>& words(std::string_view cue) const;
  // The same again, each word by its number (word_id()).
  const CuePhrases& ids(std::string_view cue) const;
  // The number of a lower-case word of the split phrases, from 1; 0 for a word of none.
  std::uint32_t word_id(std::string_view word) const;

  std::vector<std::pair<std::string, std::vector<std::vector<std::string>>>> split;  // per cue
  std::vector<CuePhrases> split_ids;  // per cue, as split
  // The basis cues' phrases (year-on-year, month-on-month, quarter-on-quarter) split into
  // words, longest first, and the cue of each.
  std::vector<std::vector<std::string>> basis_words;
  CuePhrases basis_ids;
  std::vector<std::string> basis_cue;

  // Lookups by hash rather than a walk over every row: a frame asks some twenty of them
  // per claim. Filled by parse_frame_cues().
  text::StringMap<std::uint32_t> cue_bits;  // phrase -> its cues, a bit each
  text::StringMap<std::uint32_t> word_ids;  // split word -> number
  // A bit per hash of the words of word_ids (filter_bit()): a word whose bit is clear is in
  // none, and most words of a sentence are turned away so, without the map's lookup. The
  // same for the phrases of cue_bits.
  std::array<std::uint64_t, 64> word_filter{}, phrase_filter{};
  static std::size_t filter_bit(std::string_view word);
};

// grammars/frame_cues.tsv from `grammars_dir` (empty: the embedded copy). Throws
// LexiconError naming file and line.
std::shared_ptr<const FrameCues> load_frame_cues(const std::string& grammars_dir);
// The same from the table's text; `origin` names its folder in error messages.
std::shared_ptr<const FrameCues> parse_frame_cues(const std::string& content, const std::string& origin);
// The embedded table, loaded once.
const FrameCues& embedded_frame_cues();

// Fills claim.entity, measure, scope, period and role (all null for a claim that measures
// nothing). Uses the claim's sentence, text, subject, time, change and title.
void fill_frame(Claim& claim, const Lexicon& lexicon, const FrameCues& cues,
                const FrameVocabulary& vocabulary = FrameVocabulary::embedded());

// Whether `text` names `entity` (an entity field): its words, or an alias of the place
// ("US" for United States).
bool names_entity(std::string_view text, std::string_view entity,
                  const FrameVocabulary& vocabulary = FrameVocabulary::embedded());

// Whether claims of `kind` have a frame (money, percent, count, measure, ratio, duration, age).
bool has_frame(Kind kind);

// The part of a long sentence a frame is read from: at most about 300 bytes each side of
// the figure, in whole words.
std::string_view sentence_window(std::string_view sentence, std::string_view figure);

// A frame's parts joined for a report: "Google · net profit · quarter 2004 · current".
std::string frame_label(const Claim& claim);

}  // namespace factsheet::frame
