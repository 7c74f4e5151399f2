// FigureFinder: turns one scanner candidate into a claim, reading the figure with the
// grammars and its kind, unit, qualifier and direction of change from the sentence.
// figure_finder.cpp dispatches and reads a quantity; each kind of figure has its reader file:
// money_reader, measure_reader, duration_reader, age_reader, ratio_reader (and digit_fraction),
// count_reader (with compound_nouns: the noun a compound or model name gives a count),
// ordinal_reader, date_time_reader, range_reader (ranges, scores, "3 of 10") and name_reader.
#pragma once
#include <optional>
#include <utility>

#include "claim/claim.hpp"
#include "extract/context_rules.hpp"
#include "extract/counted_noun.hpp"
#include "grammar/grammar.hpp"
#include "scan/scanner.hpp"

namespace factsheet::extract {

class FigureFinder {
 public:
  FigureFinder(const Lexicon& lex, const Sentence& sentence)
      : lex_(lex), s_(sentence), src_{sentence.text.substr(0, sentence.end), lex} {}

  // The claim at the candidate, if it is one. `resume` receives the position from
  // which scanning continues (past the claim or past a rejected token).
  std::optional<Claim> read(const Candidate& c, std::size_t& resume);

  // The article writes distances as "800m" (an athletics or swimming report): a bare "500m"
  // that counts nothing and stands in a sentence without money is metres there.
  void set_metres_article(bool metres) { metres_article_ = metres; }

 private:
  std::optional<Claim> read_name(const Candidate& c, std::size_t& resume);
  std::optional<Claim> read_code(const Candidate& c, std::size_t& resume);
  std::optional<Claim> read_date(const Candidate& c, std::size_t& resume);
  std::optional<Claim> read_time(const Candidate& c, std::size_t& resume);
  std::optional<Claim> read_word_clock(const Candidate& c, std::size_t& resume) const;
  std::optional<Claim> read_race_time(const Candidate& c, std::size_t& resume);  // duration_reader.cpp
  std::optional<Claim> read_fraction(const Candidate& c, std::size_t& resume);
  std::optional<Claim> read_spelled_ordinal(const Candidate& c, std::size_t& resume);  // ordinal_reader.cpp
  std::optional<Claim> read_single_ordinal(const Candidate& c, std::size_t& resume);   // ordinal_reader.cpp
  std::optional<Claim> read_compound_ordinal(const Candidate& c, std::size_t& resume);  // ordinal_reader.cpp
  std::optional<Claim> read_unit_and_half(const Candidate& c, std::size_t& resume);  // measure_reader.cpp
  std::optional<Claim> cents_mark(const grammar::Quantity& q) const;                    // money_reader.cpp
  std::optional<Claim> read_digit_fraction(const Candidate& c, std::size_t& resume);  // digit_fraction.cpp
  std::optional<Claim> read_vague(const Candidate& c, std::size_t& resume);
  std::optional<Claim> read_multiple(const Candidate& c, std::size_t& resume);
  std::optional<Claim> read_quantity(const Candidate& c, std::size_t& resume);

  // "2003/04", "2004-05": a span of two years with the second written short; its end.
  std::optional<std::size_t> short_year_span(const grammar::Quantity& q, Claim& claim) const;  // range_reader.cpp
  // Range or ratio after a first quantity; fills the claim and returns the end.
  std::optional<std::size_t> read_second(const grammar::Quantity& q1, Claim& claim, bool& score);
  // Kind, value and unit of a single quantity; false when it is not a figure.
  bool fill_single(const grammar::Quantity& q, Claim& claim, std::size_t& end);
  // The same, and for counts the counted noun, which extends `end`.
  bool fill_with_noun(const grammar::Quantity& q, Claim& claim, std::size_t& end);
  // Qualifier, change and span start from the words around [begin, end).
  void attach_context(Claim& claim, std::size_t begin, std::size_t& end, int sign);
  std::size_t extend_left(std::size_t pos) const;
  std::optional<Claim> read_decade(const grammar::Quantity& q, std::size_t& resume) const;
  bool restates_previous(std::size_t begin) const;
  std::size_t phone_number(std::size_t begin) const;
  bool dimension_part(const grammar::Quantity& q) const;
  // A year-like number after a qualifier that is still a year: no noun follows it.
  bool year_after_qualifier(const grammar::Quantity& q) const;
  bool abbreviated_year(const grammar::Quantity& q) const;

  void set_currency(Claim& claim, const grammar::Quantity& q, double& factor) const;
  const Currency* currency_from_place(const grammar::Quantity& q) const;
  const Currency* currency_noun_from_place(std::string_view lemma) const;
  std::string_view sentence_view() const { return s_.text.substr(s_.begin, s_.end - s_.begin); }
  void set_unit(Claim& claim, const Unit& u) const;
  bool money_reading(const grammar::Quantity& q) const;
  bool factor_of_times(Claim& claim, std::size_t end) const;
  // compound_nouns.cpp
  // The noun of "a 30-member delegation"; plural for "10-times", a factor before a comparison.
  std::optional<CountedNoun> hyphen_compound(const grammar::Quantity& q) const;
  bool second_of_pair(const grammar::Quantity& q) const;
  std::optional<std::size_t> hyphen_adjective(const grammar::Quantity& q) const;
  std::optional<CountedNoun> suspended_compound(const grammar::Quantity& q) const;
  std::optional<CountedNoun> open_compound(const grammar::Quantity& q) const;
  std::optional<CountedNoun> collective_head(const grammar::Quantity& q) const;
  std::size_t skip_restating_bracket(std::size_t pos) const;
  bool quarters_of_change(std::size_t pos) const;  // ratio_reader.cpp
  bool spelled_in_name(const grammar::Quantity& q) const;  // count_reader.cpp
  std::optional<CountedNoun> model_plural(const grammar::Quantity& q) const;  // compound_nouns.cpp
  bool apposition_age(const grammar::Quantity& q) const;
  bool pronoun_contraction(std::string_view word) const;  // count_reader.cpp
  bool predicate_age(const grammar::Quantity& q) const;
  void attach_rate(Claim& claim, std::size_t& end) const;
  void append_per_unit(Claim& claim, const grammar::Quantity& q) const;
  bool bare_number_next_to_name(const grammar::Quantity& q) const;
  bool model_number(const grammar::Quantity& q) const;  // compound_nouns.cpp
  std::optional<CountedNoun> partitive_noun(const grammar::Quantity& q, std::size_t end) const;
  // The plural noun of a share's whole after "of", a determiner and an owner (count_reader.cpp).
  std::optional<CountedNoun> share_whole_noun(std::size_t end) const;
  enum class RankGroup { none, hyphenated, spaced };
  RankGroup rank_group(const grammar::Quantity& q) const;
  bool age_cue_before(std::size_t begin) const;
  bool group_age(const grammar::Quantity& q) const;
  bool length_reading(const grammar::Quantity& q) const;
  // Feet and inches written with primes or "in" (measure_reader.cpp): the unit and its end.
  std::optional<std::pair<const Unit*, std::size_t>> mark_unit(const grammar::Quantity& q) const;
  // A scale letter that the sentence's words make a unit ("1500b packet"): measure_reader.cpp.
  bool letter_unit(const grammar::Quantity& q, Claim& claim, std::size_t& end) const;
  bool sentence_has_currency() const;
  bool race_distance(const Claim& claim, std::size_t begin, std::size_t end) const;
  bool beside_number(std::size_t begin, std::size_t end, const Currency& currency) const;
  bool sentence_has_length() const;
  bool sentence_has_clock() const;
  bool comparison_after(std::size_t end) const;
  bool title_case_unit(const grammar::Quantity& q, std::string_view surface) const;

  const Lexicon& lex_;
  Sentence s_;
  grammar::Source src_;
  std::size_t prev_end_ = 0;           // end of the previous claim in the sentence
  Change prev_change_ = Change::none;  // and its direction
  Qualifier prev_qualifier_ = Qualifier::eq;
  Kind prev_kind_ = Kind::count;
  std::optional<std::string> prev_unit_;
  bool metres_article_ = false;
  mutable int currency_in_sentence_ = -1;  // unknown until asked
  mutable int length_in_sentence_ = -1;    // the same for a figure in a unit of length
  mutable int clock_in_sentence_ = -1;     // the same for the word "clock"
  // Whether the sentence has a lower-case word other than a determiner, preposition or
  // conjunction, so is no title-case line: found once, when a spelled number first asks
  // whether it stands in a name.
  mutable int lower_content_word_ = -1;
};

}  // namespace factsheet::extract
