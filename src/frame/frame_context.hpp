// The frame reader's own parts (frame.cpp, frame_entity.cpp, frame_period.cpp): what a
// claim's frame is read from, and the readers of its entity and measure, and its period.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frame/frame.hpp"
#include "frame/frame_words.hpp"
#include "text/chars.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::frame::detail {

// The text primitives the frame readers use (text/chars.hpp).
using text::is_digit;
using text::is_lower;
using text::is_upper;
using text::lower_ascii;
using text::without_possessive;

constexpr std::size_t kRoleWindow = 5;      // words before a figure searched for a forecast cue
constexpr std::size_t kInfinitiveReach = 16;  // ... and for "expects X to rise" before it
constexpr std::size_t kInfinitiveObject = 8;  // words of X
constexpr std::size_t kPeriodReach = 90;    // bytes from a figure to the period word that is its
constexpr std::size_t kWindow = 200;        // bytes of a long sentence read on each side of a figure
constexpr std::size_t kScopeAfter = 16;     // bytes after a figure for a scope cue ("per share")
constexpr std::size_t kScopeBefore = 64;    // bytes before a figure for "underlying" ...
constexpr std::size_t kScopeBeforeWords = 6;  // ... of which the last six words: its noun phrase
constexpr std::size_t kMeasurePhraseWords = 3;  // the longest measure phrase looked up ("gross domestic product")
// The cue of a change against the year before (frame_cues.tsv): the figure keeps its own
// shorter period too.
constexpr const char* kYearBasis = "year-on-year";
// The period cues a figure's period is named from (frame_cues.tsv).
constexpr const char* kQuarter = "quarter";
constexpr const char* kHalf = "half";
constexpr const char* kMonth = "month";
constexpr const char* kYear = "year";

// Everything a frame is read from, prepared once per claim.
struct Context {
  const Claim& claim;
  const Lexicon& lexicon;
  const FrameCues& cues;
  const FrameVocabulary& vocabulary;
  std::size_t figure_begin = 0, figure_end = 0;  // the figure within its sentence
  bool placed = false;                          // the figure was found in the sentence

  // The whole of `w` is a month name ("December", "Dec").
  bool month_name(std::string_view w) const {
    auto m = lexicon.months().longest(w, 0);
    return m && m->length == w.size();
  }
  bool function_word(std::string_view w) const {
    std::string l = lower_ascii(w);
    auto cls = lexicon.classify_word(l);
    if (cls && (*cls == WordClass::function || *cls == WordClass::temporal || *cls == WordClass::verb)) return true;
    return month_name(w);
  }
  // A month or day name ("December", "Monday", "yesterday").
  bool calendar_name(std::string_view w) const {
    if (month_name(w)) return true;
    std::string l = lower_ascii(w);
    auto cls = lexicon.classify_word(l);
    return cls && *cls == WordClass::temporal && l.ends_with("day");
  }
  std::optional<NounClass> noun(std::string_view w) const {
    std::string l = lower_ascii(without_possessive(w));
    if (auto c = vocabulary.noun(l)) return c;
    const std::string& lemma = lemma_of(l);
    if (lemma != l) return vocabulary.noun(lemma);
    return std::nullopt;
  }
  std::string lemma(std::string_view w) const { return lemma_of(lower_ascii(without_possessive(w))); }

  // The lemmas of this claim's words so far: the subject's words are asked for several
  // times, and lemmatising costs more than looking through a few.
  mutable std::vector<std::pair<std::string, std::string>> lemmas_ = {};
  const std::string& lemma_of(const std::string& lower) const {
    for (const auto& [word, lemma] : lemmas_)
      if (word == lower) return lemma;
    return lemmas_.emplace_back(lower, text::lemmatize_noun(lower, lexicon.lemma_rules())).second;
  }
};

struct Parts {
  std::string entity, measure, scope, period, role;
  // The measure is the subject's last word, no measure noun ("the economy"), or a bare
  // "rate" ("grew at an annual rate of 3.7%"): the verb may say what is measured.
  bool measure_from_verb = false;
  bool rate = false;  // of them, a bare "rate": a rate of the verb's change, stated as its value
};

// frame_names.cpp: the names of a sentence that may be a figure's entity.
// A place named by the words [i, i + n) of `ws` (longest first), its CLDR name.
std::optional<std::pair<std::string, std::size_t>> place_at(const std::vector<Word>& ws, std::size_t i,
                                                            const FrameVocabulary& vocabulary);
// Words [first, last) of a sentence's words that name one entity.
struct NameRun {
  std::size_t first = 0, last = 0;
};
// The entity's key: lower case, possessive and company endings dropped; a place by its
// CLDR name.
std::string entity_key(const std::vector<Word>& run, const Context& x);
// Runs of capitalised words of `ws` in [from, to) that may name an entity, less the words of
// `skip`. `sentence_start`: ws[0] opens a sentence, so its capital says nothing by itself.
std::vector<NameRun> name_runs(const std::vector<Word>& ws, std::size_t from, std::size_t to, bool sentence_start,
                               const Context& x, const std::vector<std::string>& skip);
// The first of them, without reading past it.
std::optional<NameRun> first_name_run(const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                      bool sentence_start, const Context& x, const std::vector<std::string>& skip);
// "Japan's Toyota": a name right after a place in the possessive at ws[from].
std::optional<NameRun> owned_name(const std::vector<Word>& ws, std::size_t from, std::size_t to, const Context& x);
// "US media giant TimeWarner": a name described by the place at ws[from] and a few words.
std::optional<NameRun> described_name(const std::vector<Word>& ws, std::size_t from, std::size_t to, const Context& x);
// Whether ws[i - 1] is a word of a name that the place at ws[i] closes.
bool ends_name(const std::vector<Word>& ws, std::size_t i, bool sentence_start, const Context& x);

// frame_entity.cpp: who or what the figure is about, and what it measures.
void read_subject(const Context& x, Parts& out, std::vector<std::string>& scope_words);
void read_verb_measure(const Context& x, Parts& out);
void read_sentence_entity(const Context& x, Parts& out);
void read_headline_entity(const Context& x, Parts& out);
// "compared with 12.1% in Germany, 10.4% in Spain", "growth of 1.5% in Germany and 2.2% in
// France": a place right after the figure ("in Germany") is the figure's entity where the
// entity read so far is another place or none; a company's figure stays the company's, the
// place its scope ("Sales at Tesco rose 5% in the UK").
void read_place_after(const Context& x, Parts& out, std::vector<std::string>& scope_words);

// frame_period.cpp: the period the figure is of.
void read_period(const Context& x, Parts& out);

}  // namespace factsheet::frame::detail
