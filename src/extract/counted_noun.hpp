// The counted noun after a number: "10,000 Kazakh students" -> "students" (lemma
// "student"), "five Central Asian republics", "two heads of state". A chunk of up to a
// few premodifiers ends at its head: the first plural noun, or for "one" the last word
// before a closed-class word or punctuation.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

struct CountedNoun {
  std::size_t begin = 0;       // first premodifier
  std::size_t head_begin = 0;  // the head noun
  std::size_t end = 0;         // end of the head (multi-word heads included)
  std::string lemma;           // lower-case singular: "student", "head of state"
  bool plural = false;
};

// Looks for the counted noun starting after `pos`, within the sentence ending at `limit`.
// `singular` asks for a singular head ("one solution"); otherwise the head must be plural.
std::optional<CountedNoun> find_counted_noun(std::string_view text, std::size_t pos, std::size_t limit,
                                             const Lexicon& lex, bool singular);

// After a partitive "of" and its determiner: the end of an owner that stands before the
// noun of the whole ("the world's", "the company's", "the state-owned People's Bank's",
// "US Airways'"), at most three words, or `pos` when none does.
std::size_t past_owner(std::string_view text, std::size_t pos, std::size_t limit, const Lexicon& lex);

// True when a word may be part of a noun phrase (not a closed-class word, verb or time word).
bool is_content_word(std::string_view word, const Lexicon& lex);
// The number word for one half ("half"; not its plural): numbers.tsv's fraction of
// denominator 2.
bool is_half_word(std::string_view word, const Lexicon& lex);
// A number word that is an ordinal ("second", "fifth", "hundredth"): numbers.tsv's ordinals
// and fraction words, but for the fraction nouns of syntax.tsv ("half", "quarter") and
// plurals ("fifths").
bool is_ordinal_word(std::string_view word, const Lexicon& lex);

}  // namespace factsheet::extract
