// Lexicon: the grammar layer's vocabulary, loaded from grammars/*.tsv.
// The files are compiled into the binary (Lexicon::embedded()); `--grammars DIR`
// loads an edited copy instead (Lexicon::from_directory()). A Lexicon is immutable
// once built and shared by all threads.
#pragma once
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claim/claim.hpp"
#include "lexicon/context_vocabulary.hpp"
#include "lexicon/phrase_table.hpp"
#include "lexicon/tsv.hpp"
#include "text/lemmatizer.hpp"
#include "text/sentences.hpp"
#include "text/string_map.hpp"

namespace factsheet {

// Thrown for a missing file or a malformed row; the message names file and line.
struct LexiconError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// numbers.tsv
enum class NumberClass {
  zero,      // zero
  digit,     // one .. nine
  teen,      // ten .. nineteen
  tens,      // twenty .. ninety
  hundred,   // hundred
  scale,     // thousand, million, billion, trillion, lakh, crore
  dozen,     // dozen (12), score (20)
  article,   // a, an: "a dozen", "a million", "half a million"
  fraction,  // half, third(s), quarter(s): value is the denominator
  multiple,  // twice, thrice: a count of times
  vague,     // tens, dozens, hundreds, thousands, millions ...: value is the unit of the magnitude
  ordinal,   // first, second: only the end of a compound ordinal ("twenty-first")
};
struct NumberWord {
  double value = 0;
  NumberClass cls = NumberClass::digit;
};

// scales.tsv: "million", "bn", "m", "k" ...
struct ScaleWord {
  double multiplier = 1;
  bool attached = true;  // may follow digits directly ("5bn")
  bool spaced = true;    // may follow after a space ("5 bn")
  // Also a unit of length, the symbol of that unit ("m" metre, "K" kilometre in "a 10K
  // race"): the context decides; empty when the letters only scale.
  std::string length_unit;
  bool money_only = false;  // only after a currency that stands before the amount ("$2.174T")
};

// currencies.tsv (hand rows) and currencies_cldr.tsv (generated at build time from Unicode
// CLDR's English locales and ISO 4217: see cmake/currencies_cldr.cmake)
struct Currency {
  std::string code;       // ISO 4217
  std::string name;       // English name of the unit, e.g. "US dollar"
  std::string newsquant;  // NewsQuant unit name, e.g. "dollar"
  double factor = 1;      // 0.01 for minor units (cents, pence)
  bool prefix = false;    // may stand before the number ("$5", "USD 5")
  bool suffix = false;    // may stand after it ("5 dollars", "5 USD")
  bool attached = true;   // may touch the number without a space
};

// units.tsv: measures, durations, ages.
struct Unit {
  std::string symbol;     // canonical symbol, e.g. "km", "bbl/d", "year"
  std::string name;       // English name, e.g. "kilometre"
  std::string newsquant;  // NewsQuant name, e.g. "kilometre"
  Kind kind = Kind::measure;  // measure | duration | age | percent
  std::string dimension;  // length, mass, time ... (for disambiguation)
  bool attached = true;   // may touch the number ("5km")
  bool generated = false; // from the UDUNITS-2 tables, not units.tsv
};

// udunits_si.tsv: how a unit symbol converts to SI, si = value * factor + offset.
struct SiConversion {
  double factor = 1;
  double offset = 0;      // temperatures: 273.15 for degrees Celsius
  std::string unit;       // SI unit symbol, e.g. "m", "kg", "m/s", "K", "bit"
};

// qualifiers.tsv
struct QualifierPhrase {
  Qualifier qualifier = Qualifier::eq;
  bool after = false;  // stands after the figure ("or more", "or so", "+")
};

// changes.tsv
// One word may play several roles ("increase" verb and noun), each with its direction.
struct ChangeWord {
  Change as_verb = Change::none;    // before the figure: "rose 5%", "fell by 3 points"
  bool verb_needs_by = false;       // "cut rates by 5%" but not "cut 500 jobs"
  Change as_adverb = Change::none;  // "up 5%", "5% higher"
  Change as_noun = Change::none;    // after the figure: "a 2% drop"
};

// words.tsv: closed-class words that bound a counted-noun phrase, and context cues.
enum class WordClass {
  function,    // determiners, prepositions, conjunctions, pronouns, auxiliaries
  verb,        // frequent verbs that end a noun phrase
  temporal,    // yesterday, ago, earlier ... never a counted noun
  adverb,      // adverbs that may stand between a verb and a figure
  id_prefix,   // Section, Game, No. ... : the number after it is an identifier
  id_prefix_cap,  // Boeing, Resolution ...: the same, only when capitalised
  score_noun,  // win, victory, defeat ... : "a 3-0 win" is a score
  age_cue,     // aged, age
  length_cue,  // long, high, sprint ...: "30m long" is metres
  phrasal,     // gave, set, made ...: their up/down is a particle ("gave up 517 yards")
  adjective,   // strong, odd ...: "a million-strong union" describes, it counts nothing
  collective,  // population, workforce ...: "a third of the population lives" (the -s word is a verb)
  rank_noun,   // place, position ...: "up nine places to 15" moves a rank, 15 is not places
};

// names.tsv: fixed names and phrases that contain a number ("one-China", "Shanghai Five").
struct FixedName {
  double value = 0;
  Kind kind = Kind::other;
  std::string unit;
};

// What the lexicon says of one word, looked up once at load for every word that some
// table lists, so a tokenizer pays one hash lookup per word (see Lexicon::word_facts).
struct WordFacts {
  RoleBits roles;                         // syntax.tsv
  std::optional<WordClass> word_class;    // words.tsv
  bool month = false;                     // months.tsv (a full month name or abbreviation)
  bool unit_or_currency = false;          // units.tsv or currencies.tsv ignoring case
  bool change_word = false, change_verb = false, change_adverb = false, change_noun = false;
  bool reporting = false;                 // attribution.tsv verb cue
  bool number_word = false;               // numbers.tsv, not the article "a"/"an"
};

class Lexicon {
 public:
  static std::shared_ptr<const Lexicon> embedded();
  static std::shared_ptr<const Lexicon> from_directory(const std::filesystem::path& dir);
  // Builds from (file name, content) pairs; `origin` prefixes error messages.
  static std::shared_ptr<const Lexicon> from_files(
      const std::vector<std::pair<std::string, std::string>>& files, const std::string& origin);
  // (file name, content) pairs whose contents the caller keeps alive while the lexicon loads.
  using FileViews = std::vector<std::pair<std::string, std::string_view>>;

  // Phrase tables; ids index the matching vectors below.
  const PhraseTable& number_words() const { return number_words_table_; }
  const PhraseTable& scales() const { return scales_table_; }
  const PhraseTable& currencies() const { return currencies_table_; }
  const PhraseTable& units() const { return units_table_; }
  const PhraseTable& qualifiers() const { return qualifiers_table_; }
  const PhraseTable& changes() const { return changes_table_; }
  const PhraseTable& months() const { return months_table_; }
  const PhraseTable& names() const { return names_table_; }
  const PhraseTable& words() const { return words_table_; }

  const NumberWord& number_word(std::uint32_t id) const { return number_words_[id]; }
  // The numbers.tsv entry that is the whole of `word` ("half", "third"), or null.
  const NumberWord* whole_number_word(std::string_view word) const;
  // `word` is the whole of a unit of time's name or symbol ("second", "hours").
  bool is_time_unit(std::string_view word) const;
  const ScaleWord& scale(std::uint32_t id) const { return scales_[id]; }
  const Currency& currency(std::uint32_t id) const { return currencies_[id]; }
  const Unit& unit(std::uint32_t id) const { return units_[id]; }
  const QualifierPhrase& qualifier(std::uint32_t id) const { return qualifiers_[id]; }
  const ChangeWord& change(std::uint32_t id) const { return changes_[id]; }
  int month(std::uint32_t id) const { return months_[id]; }
  const FixedName& name(std::uint32_t id) const { return names_[id]; }
  WordClass word_class(std::uint32_t id) const { return words_[id]; }
  // Class of a single word (case-folded), if listed in words.tsv.
  std::optional<WordClass> classify_word(std::string_view word) const;

  const text::SentenceRules& sentence_rules() const { return sentence_rules_; }
  const text::LemmaRules& lemma_rules() const { return lemma_rules_; }
  // A noun of two words whose head alone names another kind of thing, lower case ("civil
  // servant", "chief executive"; noun_compounds.tsv, from WordNet).
  bool noun_compound(const std::string& phrase) const { return noun_compounds_.count(phrase) > 0; }
  // A noun of persons, by its lemma: WordNet's person nouns (person_nouns.tsv: "child",
  // "voter") and syntax.tsv's person_group ("people").
  bool person_noun(const std::string& lemma) const {
    return person_nouns_.count(lemma) > 0 || context().has_role(lemma, SyntaxRole::person_group);
  }
  // Sources, relative times, attribution cues and word roles of the context stage.
  const ContextVocabulary& context() const { return context_; }

  // Facts of a single lower-cased word; null when no table lists it (then every lookup of
  // the word as a whole would find nothing).
  const WordFacts* word_facts(std::string_view lower) const {
    auto it = word_facts_.find(lower);
    return it == word_facts_.end() ? nullptr : &it->second;
  }

  // The other reading of an ambiguous unit surface ("F": farad beside "capacitor") when a
  // cue word of unit_senses.tsv stands in `sentence`; null for the default reading.
  const Unit* unit_sense(std::string_view surface, std::string_view sentence) const;

  // SI conversion of a unit symbol ("mi" -> 1609.344 m); a rate "a/b" of two convertible
  // units converts as their quotient. Null for currencies, counted nouns and percentages.
  std::optional<SiConversion> si_conversion(std::string_view symbol) const;

  // Unit by canonical symbol or ISO code, for writers and evaluators.
  const Unit* unit_by_symbol(std::string_view symbol) const;
  const Currency* currency_by_code(std::string_view code) const;
  // A symbol several currencies share ("¥", "kr", "£"): each currency with a country whose
  // tender it is (currency_places.tsv, from CLDR); null for other surfaces.
  struct CurrencyPlace {
    std::string code, place;
  };
  const std::vector<CurrencyPlace>* currency_places(std::string_view symbol) const;
  // A vulgar fraction character at pos ("½", "⅔"; unicode_fractions.tsv, generated from the
  // Unicode Character Database): its numerator, denominator and length in bytes.
  struct UnicodeFraction {
    int numerator = 0, denominator = 0;
    std::size_t length = 0;
  };
  std::optional<UnicodeFraction> unicode_fraction_at(std::string_view text, std::size_t pos) const;
  // Every vulgar fraction character, as UTF-8, for the scanner.
  std::vector<std::string> unicode_fraction_chars() const;
  // English name of a claim's unit ("USD" -> "US dollar", "km" -> "kilometre").
  std::optional<std::string> unit_name(std::string_view unit) const;
  // NewsQuant's name for a claim's unit ("USD" -> "dollar", "%" -> "percentage",
  // "km" -> "kilometre"); a counted-noun lemma maps to itself.
  std::string newsquant_unit(std::string_view unit) const;

  // The text of a table that a later stage parses (frame_cues.tsv, measure_synonyms.tsv),
  // as loaded with this lexicon; `origin()` names where it came from for error messages.
  const std::string& raw_table(const std::string& name) const;
  const std::string& origin() const { return origin_; }
  // A number no other Lexicon of the process has had: the key of a cache of tables derived
  // from this one (an address may be reused by a later Lexicon; this number is not).
  std::uint64_t serial() const { return serial_; }

 private:
  Lexicon() = default;
  // The grammar files are read where they are (the binary's embedded copy, or the caller's
  // strings), not copied first.
  static std::shared_ptr<const Lexicon> from_views(const FileViews& files, const std::string& origin);
  void load(const FileViews& files, const std::string& origin);
  // currencies.tsv (hand rows, first) and currencies_cldr.tsv (generated from CLDR and ISO 4217).
  void add_scaled_codes(const Currency& major);
  void load_currencies(const TsvTable& hand, const TsvTable& generated);

  PhraseTable number_words_table_, scales_table_, currencies_table_, units_table_,
      qualifiers_table_, changes_table_, months_table_, names_table_, words_table_;
  std::vector<NumberWord> number_words_;
  std::vector<ScaleWord> scales_;
  std::vector<Currency> currencies_;
  std::vector<Unit> units_;
  std::vector<QualifierPhrase> qualifiers_;
  std::vector<ChangeWord> changes_;
  std::vector<int> months_;
  std::vector<FixedName> names_;
  std::vector<WordClass> words_;
  text::StringMap<std::uint32_t> unit_by_symbol_, currency_by_code_;
  text::StringMap<std::vector<CurrencyPlace>> currency_places_;
  text::StringMap<UnicodeFraction> unicode_fractions_;
  text::StringMap<SiConversion> si_by_symbol_;
  void load_generated_units(const FileViews& list, const std::string& origin);
  struct UnitSense {
    std::uint32_t unit = 0;
    std::vector<std::string> cues;  // lower-case words
  };
  // By surface as written; looked up without a copy of the surface.
  text::StringMap<std::vector<UnitSense>> unit_senses_;
  text::StringMap<WordFacts> word_facts_;
  void index_words();
  // classify_word() by the phrase table alone (word_facts_ is built from it).
  std::optional<WordClass> classify_in_table(std::string_view word) const;
  text::SentenceRules sentence_rules_;
  text::LemmaRules lemma_rules_;
  text::StringSet noun_compounds_;
  text::StringSet person_nouns_;
  ContextVocabulary context_;
  std::map<std::string, std::string> raw_tables_;
  std::string origin_;
  std::uint64_t serial_ = next_serial();
  static std::uint64_t next_serial();
};

}  // namespace factsheet
