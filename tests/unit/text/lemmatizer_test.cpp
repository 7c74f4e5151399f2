#include "text/lemmatizer.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "grammar_rules.hpp"

namespace factsheet::text {
namespace {

using testing::lemma_rules;

struct LemmaCase {
  const char* word;
  const char* lemma;
};

void PrintTo(const LemmaCase& c, std::ostream* os) {
  *os << '"' << c.word << "\" -> \"" << c.lemma << '"';
}

class Lemmas : public ::testing::TestWithParam<LemmaCase> {};

TEST_P(Lemmas, Singular) {
  EXPECT_EQ(lemmatize_noun(GetParam().word, lemma_rules()), GetParam().lemma);
}

// Regular plurals by the suffix rules.
INSTANTIATE_TEST_SUITE_P(
    Regular, Lemmas,
    ::testing::Values(
        LemmaCase{"sides", "side"}, LemmaCase{"students", "student"},
        LemmaCase{"projects", "project"}, LemmaCase{"resolutions", "resolution"},
        LemmaCase{"documents", "document"}, LemmaCase{"institutions", "institution"},
        LemmaCase{"forces", "force"}, LemmaCase{"times", "time"}, LemmaCase{"years", "year"},
        LemmaCase{"months", "month"}, LemmaCase{"days", "day"}, LemmaCase{"keys", "key"},
        LemmaCase{"employees", "employee"}, LemmaCase{"issues", "issue"},
        LemmaCase{"areas", "area"}, LemmaCase{"euros", "euro"}, LemmaCase{"chiefs", "chief"},
        // -ies
        LemmaCase{"countries", "country"}, LemmaCase{"parties", "party"},
        LemmaCase{"strategies", "strategy"}, LemmaCase{"cities", "city"},
        LemmaCase{"allies", "ally"}, LemmaCase{"skies", "sky"}, LemmaCase{"flies", "fly"},
        LemmaCase{"ties", "tie"}, LemmaCase{"lies", "lie"}, LemmaCase{"pies", "pie"},
        // -ves keeps -ve
        LemmaCase{"objectives", "objective"}, LemmaCase{"initiatives", "initiative"},
        LemmaCase{"representatives", "representative"}, LemmaCase{"archives", "archive"},
        LemmaCase{"moves", "move"},
        // sibilants
        LemmaCase{"classes", "class"}, LemmaCase{"businesses", "business"},
        LemmaCase{"taxes", "tax"}, LemmaCase{"boxes", "box"}, LemmaCase{"churches", "church"},
        LemmaCase{"coaches", "coach"}, LemmaCase{"approaches", "approach"},
        LemmaCase{"beaches", "beach"}, LemmaCase{"wishes", "wish"}, LemmaCase{"buzzes", "buzz"},
        LemmaCase{"waltzes", "waltz"}, LemmaCase{"prizes", "prize"}, LemmaCase{"sizes", "size"},
        // -ache words
        LemmaCase{"headaches", "headache"}, LemmaCase{"caches", "cache"},
        LemmaCase{"aches", "ache"}, LemmaCase{"moustaches", "moustache"},
        // -oes and -os
        LemmaCase{"radios", "radio"}, LemmaCase{"videos", "video"}, LemmaCase{"shoes", "shoe"},
        LemmaCase{"NGOs", "ngo"},
        // -ses
        LemmaCase{"buses", "bus"}, LemmaCase{"viruses", "virus"}, LemmaCase{"bonuses", "bonus"},
        LemmaCase{"campuses", "campus"}, LemmaCase{"censuses", "census"},
        LemmaCase{"statuses", "status"}, LemmaCase{"houses", "house"}, LemmaCase{"causes", "cause"},
        LemmaCase{"clauses", "clause"}, LemmaCase{"fuses", "fuse"}, LemmaCase{"uses", "use"},
        LemmaCase{"responses", "response"}, LemmaCase{"purposes", "purpose"},
        LemmaCase{"franchises", "franchise"}, LemmaCase{"enterprises", "enterprise"},
        LemmaCase{"cases", "case"}, LemmaCase{"courses", "course"},
        LemmaCase{"expenses", "expense"}, LemmaCase{"biases", "bias"},
        LemmaCase{"aliases", "alias"}, LemmaCase{"paralyses", "paralysis"},
        LemmaCase{"parentheses", "parenthesis"},
        // -ss, -us, -is, -ous words stay
        LemmaCase{"class", "class"}, LemmaCase{"bus", "bus"}, LemmaCase{"analysis", "analysis"},
        LemmaCase{"famous", "famous"}, LemmaCase{"institute", "institute"}));

// Irregular and invariant words listed in grammars/lemmas.tsv.
INSTANTIATE_TEST_SUITE_P(
    Listed, Lemmas,
    ::testing::Values(
        LemmaCase{"people", "people"}, LemmaCase{"peoples", "people"},
        LemmaCase{"children", "child"}, LemmaCase{"men", "man"}, LemmaCase{"women", "woman"},
        LemmaCase{"feet", "foot"}, LemmaCase{"teeth", "tooth"}, LemmaCase{"mice", "mouse"},
        LemmaCase{"geese", "goose"}, LemmaCase{"criteria", "criterion"},
        LemmaCase{"phenomena", "phenomenon"}, LemmaCase{"media", "media"},
        LemmaCase{"data", "data"}, LemmaCase{"analyses", "analysis"}, LemmaCase{"crises", "crisis"},
        LemmaCase{"theses", "thesis"}, LemmaCase{"indices", "index"}, LemmaCase{"wolves", "wolf"},
        LemmaCase{"lives", "life"}, LemmaCase{"knives", "knife"}, LemmaCase{"leaves", "leaf"},
        LemmaCase{"halves", "half"}, LemmaCase{"heroes", "hero"}, LemmaCase{"potatoes", "potato"},
        LemmaCase{"vetoes", "veto"}, LemmaCase{"movies", "movie"}, LemmaCase{"cookies", "cookie"},
        LemmaCase{"niches", "niche"}, LemmaCase{"avalanches", "avalanche"},
        LemmaCase{"tranches", "tranche"}, LemmaCase{"gases", "gas"}, LemmaCase{"lenses", "lens"},
        LemmaCase{"abuses", "abuse"}, LemmaCase{"excuses", "excuse"}, LemmaCase{"quizzes", "quiz"},
        LemmaCase{"taxis", "taxi"}, LemmaCase{"Emiratis", "emirati"}, LemmaCase{"skis", "ski"},
        LemmaCase{"series", "series"}, LemmaCase{"species", "species"}, LemmaCase{"news", "news"},
        LemmaCase{"means", "means"}, LemmaCase{"headquarters", "headquarters"},
        LemmaCase{"economics", "economics"}, LemmaCase{"staff", "staff"}));

// Case, possessives, hyphens and multi-word heads.
INSTANTIATE_TEST_SUITE_P(
    Forms, Lemmas,
    ::testing::Values(LemmaCase{"Institutes", "institute"}, LemmaCase{"Kazakhs", "kazakh"},
                      LemmaCase{"COUNTRIES", "country"}, LemmaCase{"CEOs", "ceo"},
                      LemmaCase{"Kazakhstan's", "kazakhstan"},
                      LemmaCase{"Kazakhstan’s", "kazakhstan"}, LemmaCase{"students'", "student"},
                      LemmaCase{"countries’", "country"}, LemmaCase{"children's", "child"},
                      LemmaCase{"sister-cities", "sister-city"}, LemmaCase{"start-ups", "start-up"},
                      LemmaCase{"F-16s", "f-16"}, LemmaCase{"heads of state", "head of state"},
                      LemmaCase{"Heads  of\tState", "head of state"},
                      LemmaCase{"heads of government", "head of government"},
                      LemmaCase{"chiefs of staff", "chief of staff"},
                      LemmaCase{"ministers of foreign affairs", "minister of foreign affairs"},
                      LemmaCase{"prisoners of war", "prisoner of war"},
                      LemmaCase{"sisters-in-law", "sister-in-law"},
                      LemmaCase{"mothers-in-law", "mother-in-law"},
                      LemmaCase{"attorneys general", "attorney general"},
                      LemmaCase{"capacity cooperation projects", "capacity cooperation project"},
                      LemmaCase{"foreign ministers", "foreign minister"},
                      LemmaCase{"people-to-people exchanges", "people-to-people exchange"},
                      LemmaCase{"Confucius Institutes", "confucius institute"},
                      LemmaCase{"members of the board", "member of the board"},
                      LemmaCase{"Ministry of Foreign Affairs", "ministry of foreign affairs"},
                      LemmaCase{"cups of tea", "cup of tea"}, LemmaCase{"  sides  ", "side"},
                      LemmaCase{"", ""}, LemmaCase{"s", "s"}, LemmaCase{"'s", ""}));

TEST(Lemmatizer, RulesWorkWithoutData) {
  LemmaRules none;
  EXPECT_EQ(lemmatize_noun("countries", none), "country");
  EXPECT_EQ(lemmatize_noun("Institutes", none), "institute");
  EXPECT_EQ(lemmatize_noun("children", none), "children");
}

TEST(Lemmatizer, NonAsciiBytesAreKept) {
  EXPECT_EQ(lemmatize_noun("Clichés", lemma_rules()), "cliché");
  EXPECT_EQ(lemmatize_noun("Öffnungen", lemma_rules()), "Öffnungen");
  EXPECT_EQ(lemmatize_noun("caf\xC3\xA9s", lemma_rules()), "caf\xC3\xA9");
  EXPECT_EQ(lemmatize_noun("\xFF\xFEs", lemma_rules()), "\xFF\xFE");  // garbage in, no crash
}

TEST(LooksPlural, RegularAndIrregularPlurals) {
  for (const char* w : {"students",
                        "Institutes",
                        "countries",
                        "buses",
                        "classes",
                        "taxes",
                        "objectives",
                        "people",
                        "peoples",
                        "children",
                        "media",
                        "data",
                        "feet",
                        "men",
                        "heads of state",
                        "Heads of State",
                        "foreign ministers",
                        "sister-cities",
                        "start-ups",
                        "sisters-in-law",
                        "students'",
                        "ads",
                        "staff",
                        "Emiratis",
                        "members of the board"}) {
    EXPECT_TRUE(looks_plural(w, lemma_rules())) << w;
  }
}

TEST(LooksPlural, SingularsAndClosedClassWords) {
  for (const char* w : {"student",
                        "institute",
                        "news",
                        "series",
                        "species",
                        "headquarters",
                        "bus",
                        "bonus",
                        "status",
                        "class",
                        "analysis",
                        "crisis",
                        "Kazakhstan's",
                        "children's",
                        "various",
                        "numerous",
                        "previous",
                        "famous",
                        "always",
                        "perhaps",
                        "besides",
                        "towards",
                        "afterwards",
                        "nevertheless",
                        "this",
                        "thus",
                        "yes",
                        "its",
                        "his",
                        "was",
                        "has",
                        "is",
                        "as",
                        "us",
                        "does",
                        "plus",
                        "less",
                        "unless",
                        "sister-city",
                        "head of state",
                        "chief of staff",
                        "Ministry of Foreign Affairs",
                        "",
                        "s",
                        "'s"}) {
    EXPECT_FALSE(looks_plural(w, lemma_rules())) << w;
  }
}

TEST(LooksPlural, WithTheLemma) {
  // The plural judgement and the lemma of one word, both written out.
  struct Case {
    const char* word;
    const char* lemma;
    bool plural;
  };
  for (const Case& c : {Case{"sides", "side", true}, Case{"countries", "country", true},
                        Case{"bus", "bus", false}, Case{"various", "various", false},
                        Case{"media", "media", true}, Case{"news", "news", false},
                        Case{"boxes", "box", true}, Case{"class", "class", false},
                        Case{"Kazakhstan's", "kazakhstan", false}, Case{"students'", "student", true}}) {
    EXPECT_EQ(lemmatize_noun(c.word, lemma_rules()), c.lemma) << c.word;
    EXPECT_EQ(looks_plural(c.word, lemma_rules()), c.plural) << c.word;
  }
}

// ---- the data file itself ---------------------------------------------------

TEST(LemmaData, RowsAreWellFormed) {
  auto rows = testing::read_grammar("lemmas.tsv", "form\tlemma\tclass");
  ASSERT_GT(rows.size(), 100u);
  std::set<std::string> seen;
  for (const auto& r : rows) {
    SCOPED_TRACE(r[0]);
    EXPECT_TRUE(r[2] == "plural" || r[2] == "singular");
    EXPECT_TRUE(seen.insert(r[0]).second) << "duplicate";
    for (const auto& cell : r) {
      EXPECT_EQ(cell.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), std::string::npos)
          << "not lower case";
      EXPECT_EQ(cell.find("  "), std::string::npos);
      EXPECT_FALSE(cell.empty());
    }
    if (r[2] == "singular") {
      EXPECT_EQ(r[0], r[1]);
    }
  }
}

// What the rows do once loaded is checked with the lexicon's own loader, against lemmas
// written in the test: tests/unit/lexicon/lemma_rules_test.cpp.

}  // namespace
}  // namespace factsheet::text
