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

// syntax.tsv roles; a word may have several ("that": determiner and relative). The first
// twelve are the noun-phrase chunker's classes (kChunkerRoles); the rest name one job a
// closed word does for a reader ("of" partitive, "per" rate), so code asks for the job.
enum class SyntaxRole : std::uint64_t {
  determiner = 1ull << 0,
  preposition = 1ull << 1,
  conjunction = 1ull << 2,
  pronoun = 1ull << 3,
  relative = 1ull << 4,
  auxiliary = 1ull << 5,
  copula = 1ull << 6,
  possession = 1ull << 7,
  verb = 1ull << 8,
  title = 1ull << 9,
  adverb = 1ull << 10,
  subordinator = 1ull << 11,
  // Single-job roles; syntax.tsv's header says what each one is for.
  indefinite = 1ull << 12,
  definite = 1ull << 13,
  partitive = 1ull << 14,
  infinitive = 1ull << 15,
  personal = 1ull << 16,
  adjunct = 1ull << 17,
  agent = 1ull << 18,
  comparator = 1ull << 19,
  owner = 1ull << 20,
  change_link = 1ull << 21,
  connector = 1ull << 22,
  additive = 1ull << 23,
  alternative = 1ull << 24,
  clause_joiner = 1ull << 25,
  clause_link = 1ull << 26,
  clock = 1ull << 27,
  negative = 1ull << 28,
  excess = 1ull << 29,
  rate = 1ull << 30,
  distributive = 1ull << 31,
  period_half = 1ull << 32,
  age_time = 1ull << 33,
  age_verb = 1ull << 34,
  future = 1ull << 35,
  person = 1ull << 36,
  times_object = 1ull << 37,
  equative = 1ull << 38,
  comparative = 1ull << 39,
  negation = 1ull << 40,
  range_from = 1ull << 41,
  range_to = 1ull << 42,
  vague = 1ull << 43,
  rank = 1ull << 44,
  rank_verb = 1ull << 45,
  aggregate = 1ull << 46,
  additional = 1ull << 47,
  another = 1ull << 48,
  comparative_change = 1ull << 49,
  multiple = 1ull << 50,
  level = 1ull << 51,
  closing = 1ull << 52,
  whole_determiner = 1ull << 53,
  parallel = 1ull << 54,
  period_opener = 1ull << 55,
  scale_reading = 1ull << 56,
  scale_noun = 1ull << 57,
  ordinal = 1ull << 58,
  head_preposition = 1ull << 59,
  group_determiner = 1ull << 60,
  time_at = 1ull << 61,
  range_between = 1ull << 62,
  of_magnitude = 1ull << 63,
};

using RoleBits = std::uint64_t;
constexpr RoleBits role_bit(SyntaxRole r) { return static_cast<RoleBits>(r); }
// The roles that make a word a closed-class word for the chunker and the name finder.
constexpr RoleBits kChunkerRoles = (role_bit(SyntaxRole::subordinator) << 1) - 1;

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
  RoleBits roles(std::string_view word) const;
  bool has_role(std::string_view word, SyntaxRole role) const { return (roles(word) & role_bit(role)) != 0; }
  const PhraseTable& role_words() const { return roles_table_; }

  // Reads the four files through `table` (a file name and its columns -> parsed rows);
  // throws LexiconError naming file and line on a bad row.
  void load(const std::function<TsvTable(const std::string&, const std::vector<std::string>&)>& table);

 private:
  PhraseTable sources_table_, relative_table_, cues_table_, roles_table_;
  std::vector<std::string> source_names_;
  std::vector<RelativeTime> relative_;
  std::vector<CuePosition> cues_;
  std::vector<RoleBits> roles_;
};

}  // namespace factsheet
