// The context stage's vocabulary (grammars/sources.tsv, time_words.tsv, attribution.tsv,
// syntax.tsv): news sources, relative time phrases, attribution cues and the word roles
// of the noun-phrase chunker. Loaded with the rest of the Lexicon, immutable afterwards.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/phrase_table.hpp"
#include "text/chars.hpp"
#include "lexicon/tsv.hpp"
#include "text/string_map.hpp"

namespace factsheet {

// syntax.tsv roles; a word may have several ("that": determiner and relative). The first
// twelve are the noun-phrase chunker's classes (kChunkerRoles); the rest name one job a
// closed word does for a reader ("of" partitive, "per" rate), so code asks for the job.
// A role is a bit of RoleBits; kRoleNames (context_vocabulary.cpp) spells each one.
enum class SyntaxRole : std::uint8_t {
  determiner,
  preposition,
  conjunction,
  pronoun,
  relative,
  auxiliary,
  copula,
  possession,
  verb,
  title,
  adverb,
  subordinator,
  // Single-job roles; syntax.tsv's header says what each one is for.
  indefinite,
  definite,
  partitive,
  infinitive,
  personal,
  adjunct,
  agent,
  comparator,
  owner,
  change_link,
  connector,
  additive,
  alternative,
  clause_joiner,
  clause_link,
  clock,
  negative,
  excess,
  rate,
  distributive,
  period_half,
  age_time,
  age_verb,
  future,
  person,
  times_object,
  equative,
  comparative,
  negation,
  range_from,
  range_to,
  vague,
  rank,
  rank_verb,
  aggregate,
  additional,
  another,
  comparative_change,
  multiple,
  level,
  closing,
  whole_determiner,
  parallel,
  period_opener,
  scale_reading,
  scale_noun,
  ordinal,
  head_preposition,
  group_determiner,
  time_at,
  range_between,
  of_magnitude,
  restating,
  partitive_lead,
  fraction_noun,
  time_shift,
  ratio_link,
  decimal_point,
  level_noun,
  rate_at,
  superlative,
  level_cross,
  group_size,
  object_infinitive,
  particle,
  exchange_price,
  exchange_base,
  threshold_noun,
  elided_noun,
  person_group,
  age_link,
};
inline constexpr std::size_t kSyntaxRoleCount = static_cast<std::size_t>(SyntaxRole::age_link) + 1;

// A set of syntax.tsv roles, one bit per SyntaxRole: two 64-bit words, which a lookup
// copies and tests as cheaply as one.
class RoleBits {
 public:
  constexpr RoleBits() = default;
  constexpr explicit RoleBits(SyntaxRole r) {
    auto i = static_cast<std::size_t>(r);
    words_[i / 64] = std::uint64_t{1} << (i % 64);
  }
  // Every role from the first through `last`, in declaration order.
  static constexpr RoleBits through(SyntaxRole last) {
    RoleBits out;
    for (std::size_t i = 0; i <= static_cast<std::size_t>(last); ++i) out.words_[i / 64] |= std::uint64_t{1} << (i % 64);
    return out;
  }
  constexpr bool has(SyntaxRole r) const {
    auto i = static_cast<std::size_t>(r);
    return (words_[i / 64] >> (i % 64)) & 1;
  }
  constexpr bool any() const { return (words_[0] | words_[1]) != 0; }
  // A form of be, have or do, or a modal: a word that opens or carries a verb group
  // ("are", "will", "had") and is never the figure's own verb or a noun.
  constexpr bool verb_group() const {
    return has(SyntaxRole::auxiliary) || has(SyntaxRole::copula) || has(SyntaxRole::possession);
  }
  constexpr explicit operator bool() const { return any(); }
  constexpr RoleBits& operator|=(RoleBits o) {
    words_[0] |= o.words_[0];
    words_[1] |= o.words_[1];
    return *this;
  }
  constexpr RoleBits& operator&=(RoleBits o) {
    words_[0] &= o.words_[0];
    words_[1] &= o.words_[1];
    return *this;
  }
  friend constexpr RoleBits operator|(RoleBits a, RoleBits b) { return a |= b; }
  friend constexpr RoleBits operator&(RoleBits a, RoleBits b) { return a &= b; }
  constexpr RoleBits operator~() const {
    RoleBits out;
    out.words_ = {~words_[0], ~words_[1]};
    return out;
  }
  friend constexpr bool operator==(const RoleBits&, const RoleBits&) = default;

 private:
  std::array<std::uint64_t, 2> words_{};
};
static_assert(kSyntaxRoleCount <= 128, "RoleBits holds 128 roles");

constexpr RoleBits role_bit(SyntaxRole r) { return RoleBits(r); }
// The roles that make a word a closed-class word for the chunker and the name finder.
constexpr RoleBits kChunkerRoles = RoleBits::through(SyntaxRole::subordinator);

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

  // Roles of one word or phrase (ASCII case folded); none when syntax.tsv does not list it.
  RoleBits roles(std::string_view word) const;
  bool has_role(std::string_view word, SyntaxRole role) const {
    // Most words start otherwise than every word of the role: no lookup for them.
    if (word.empty() || ((initials_[static_cast<std::size_t>(role)] >> initial_bit(word[0])) & 1) == 0) return false;
    return roles(word).has(role);
  }
  // See RoleBits::verb_group.
  bool verb_group_word(std::string_view word) const { return !word.empty() && roles(word).verb_group(); }
  const PhraseTable& role_words() const { return roles_table_; }
  // Whether a word that starts with the ASCII letter `c` may have `role`: a quick test
  // before the lookup.
  bool may_start(SyntaxRole role, char c) const {
    char l = text::to_lower(c);
    return text::is_lower(l) && ((initials_[static_cast<std::size_t>(role)] >> (l - 'a')) & 1);
  }

  // Reads the four files through `table` (a file name and its columns -> parsed rows);
  // throws LexiconError naming file and line on a bad row.
  void load(const std::function<TsvTable(const std::string&, const std::vector<std::string>&)>& table);

 private:
  PhraseTable sources_table_, relative_table_, cues_table_, roles_table_;
  std::vector<std::string> source_names_;
  std::vector<RelativeTime> relative_;
  std::vector<CuePosition> cues_;
  std::vector<RoleBits> roles_;
  // The one-word entries of roles_table_ by their folded text: most words asked for are
  // plain lower case, and one hash lookup answers them where the trie takes a probe a byte.
  text::StringMap<std::uint32_t> word_roles_;
  // Per role: the first letters of its words, a bit each, and bit 26 for any other first byte.
  std::array<std::uint32_t, kSyntaxRoleCount> initials_{};
  static unsigned initial_bit(char c) {
    char l = text::to_lower(c);
    return text::is_lower(l) ? static_cast<unsigned>(l - 'a') : 26U;
  }
};

}  // namespace factsheet
