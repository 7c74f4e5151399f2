// The context stage's vocabulary (grammars/sources.tsv, time_words.tsv, attribution.tsv,
// syntax.tsv): news sources, relative time phrases, attribution cues and the word roles
// of the noun-phrase chunker. Loaded with the rest of the Lexicon, immutable afterwards.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/phrase_table.hpp"
#include "lexicon/tsv.hpp"

namespace factsheet {

// syntax.tsv roles; a word may have several ("that": determiner and relative).
enum class SyntaxRole : std::uint16_t {
  determiner = 1 << 0,
  preposition = 1 << 1,
  conjunction = 1 << 2,
  pronoun = 1 << 3,
  relative = 1 << 4,
  auxiliary = 1 << 5,
  copula = 1 << 6,
  possession = 1 << 7,
  verb = 1 << 8,
  title = 1 << 9,
  adverb = 1 << 10,
  subordinator = 1 << 11,
};

enum class TimeUnit { year, month, day };

// time_words.tsv
struct RelativeTime {
  TimeUnit unit = TimeUnit::year;
  int offset = 0;  // units after (+) or before (-) the article's date
};

// attribution.tsv
enum class CuePosition {
  before,  // "according to X": the source follows
  verb,    // "X said" / "said X"
};

class ContextVocabulary {
 public:
  const PhraseTable& sources() const { return sources_table_; }
  const std::string& source_name(std::uint32_t id) const { return source_names_[id]; }
  const PhraseTable& relative_times() const { return relative_table_; }
  const RelativeTime& relative_time(std::uint32_t id) const { return relative_[id]; }
  const PhraseTable& attribution_cues() const { return cues_table_; }
  CuePosition cue(std::uint32_t id) const { return cues_[id]; }

  // Roles of one word (ASCII case folded); 0 when syntax.tsv does not list it.
  std::uint16_t roles(std::string_view word) const;
  bool has_role(std::string_view word, SyntaxRole role) const {
    return (roles(word) & static_cast<std::uint16_t>(role)) != 0;
  }
  const PhraseTable& role_words() const { return roles_table_; }

  // Reads the four files through `table` (a file name and its columns -> parsed rows);
  // throws LexiconError naming file and line on a bad row.
  void load(const std::function<TsvTable(const std::string&, const std::vector<std::string>&)>& table);

 private:
  PhraseTable sources_table_, relative_table_, cues_table_, roles_table_;
  std::vector<std::string> source_names_;
  std::vector<RelativeTime> relative_;
  std::vector<CuePosition> cues_;
  std::vector<std::uint16_t> roles_;
};

}  // namespace factsheet
