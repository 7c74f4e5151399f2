// grammars/lemmas.tsv as the lexicon loads it: rows of every section of the table give the
// lemma and plural judgement written here, which the lemmatizer's suffix rules alone would
// get wrong (so a row that is not loaded, or loaded into the wrong set, fails).
#include <gtest/gtest.h>

#include <string>

#include "lexicon/lexicon.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet {
namespace {

struct Row {
  const char* form;
  const char* lemma;
  bool plural;
};

TEST(LemmaRules, ShippedRowsGiveTheirLemma) {
  const text::LemmaRules& rules = Lexicon::embedded()->lemma_rules();
  const Row rows[] = {
      {"peoples", "people", true},              // kept as "people"
      {"sheep", "sheep", true},                 // invariant plural
      {"Staff", "staff", true},
      {"criteria", "criterion", true},          // Latin and Greek
      {"nuclei", "nucleus", true},
      {"scarves", "scarf", true},               // -ves from -f
      {"mosquitoes", "mosquito", true},         // -oes from -o
      {"movies", "movie", true},                // -ies from -ie
      {"niches", "niche", true},                // -ches from -che
      {"gases", "gas", true},                   // -ses
      {"psychoses", "psychosis", true},         // -is plural
      {"earnings", "earnings", true},           // plural only
      {"Heads of State", "head of state", true},  // internal plural
      {"news", "news", false},                  // singular in -s
      {"genius", "genius", false},
      {"synopsis", "synopsis", false},
      {"Texas", "texas", false},                // name in -s
      {"hamas", "hamas", false},
      {"various", "various", false},            // closed class
      {"upwards", "upwards", false},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.form);
    EXPECT_EQ(text::lemmatize_noun(r.form, rules), r.lemma);
    EXPECT_EQ(text::looks_plural(r.form, rules), r.plural);
  }
}

// noun_plurals.tsv, generated from WordNet: -us and -is plurals of nouns in -u and -i,
// which the suffix rules keep as singulars; a form WordNet lists as a noun stays one.
TEST(LemmaRules, WordNetPluralsOfNounsInUAndI) {
  const text::LemmaRules& rules = Lexicon::embedded()->lemma_rules();
  for (const char* form : {"Tutsis", "Hutus", "Zulus", "Israelis", "Iraqis", "menus", "gurus", "tsunamis"}) {
    SCOPED_TRACE(form);
    EXPECT_TRUE(text::looks_plural(form, rules));
    EXPECT_EQ(text::lemmatize_noun(form, rules) + "s", text::lower_ascii(form));
  }
  for (const char* form : {"bonus", "crisis", "census", "status", "his", "Ellis", "taxis"}) {
    SCOPED_TRACE(form);
    EXPECT_EQ(text::looks_plural(form, rules), std::string(form) == "taxis");
  }
  EXPECT_FALSE(text::looks_plural("Tutsis", text::LemmaRules{}));  // the control
}

TEST(LemmaRules, WithoutTheTableTheSuffixRulesAlone) {
  // The control: these rows are in the table because the rules get them wrong.
  const text::LemmaRules none;
  EXPECT_EQ(text::lemmatize_noun("gases", none), "gase");
  EXPECT_EQ(text::lemmatize_noun("earnings", none), "earning");
  EXPECT_EQ(text::lemmatize_noun("Texas", none), "texa");
  EXPECT_EQ(text::lemmatize_noun("criteria", none), "criteria");
  EXPECT_FALSE(text::looks_plural("sheep", none));
  EXPECT_TRUE(text::looks_plural("news", none));
}

}  // namespace
}  // namespace factsheet

// WordNet's two-word nouns that are no kind of their head (noun_compounds.tsv).
TEST(NounCompounds, OnlyWhereTheHeadAloneNamesAnotherThing) {
  auto lex = factsheet::Lexicon::embedded();
  EXPECT_TRUE(lex->noun_compound("civil servant"));    // an official, not a servant
  EXPECT_TRUE(lex->noun_compound("chief executive"));
  EXPECT_TRUE(lex->noun_compound("wind farm"));        // a power station, not a farm
  EXPECT_FALSE(lex->noun_compound("giant panda"));     // a panda
  EXPECT_FALSE(lex->noun_compound("television channel"));
  EXPECT_FALSE(lex->noun_compound("telephone exchange"));
  EXPECT_FALSE(lex->noun_compound("servant"));
}

// Nouns of persons, whose "under five" is an age: WordNet's person file (person_nouns.tsv)
// and syntax.tsv's person_group for "people", which WordNet files as a group.
TEST(PersonNouns, FirstSenseAPersonOrListedAsAGroupOfPersons) {
  auto lex = factsheet::Lexicon::embedded();
  EXPECT_TRUE(lex->person_noun("child"));
  EXPECT_TRUE(lex->person_noun("voter"));
  EXPECT_TRUE(lex->person_noun("pensioner"));
  EXPECT_TRUE(lex->person_noun("people"));
  EXPECT_FALSE(lex->person_noun("firm"));     // noun.group
  EXPECT_FALSE(lex->person_noun("company"));  // noun.group
  EXPECT_FALSE(lex->person_noun("star"));     // first sense a celestial body
  EXPECT_FALSE(lex->person_noun("home"));
}
