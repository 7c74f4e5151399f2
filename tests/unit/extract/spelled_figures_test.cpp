// Figures written in words and the forms around them: compound ordinals, shares of one unit,
// mixed numbers, an approximation on a range's far end, scale letters on currency codes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/counted_noun.hpp"
#include "extract/extractor.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet {
namespace {

using factsheet::testing::claim_with;
using factsheet::testing::claims_of;

TEST(SpelledFigures, CompoundOrdinals) {
  struct Case { const char* sentence; const char* text; double value; };
  for (auto c : {Case{"It was the twenty-first time.\n", "twenty-first time", 21},
                 Case{"The thirty-second edition opened.\n", "thirty-second edition", 32},
                 Case{"She came fifty-fourth.\n", "fifty-fourth", 54},
                 Case{"He finished twenty fifth.\n", "twenty fifth", 25}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(hit->kind, Kind::ordinal) << c.sentence;
    EXPECT_EQ(std::get<double>(hit->value), c.value) << c.sentence;
  }
  // After an article "-second" is the unit of time; with a space it is never the ordinal.
  for (const char* s : {"They aired a thirty-second advert.\n", "It ran for thirty second bursts.\n"}) {
    for (const auto& c : claims_of(s)) EXPECT_NE(c.kind, Kind::ordinal) << s;
  }
}

// A number word before "o'clock" is a clock time however "o'clock" is written; a sentence
// without the word reads its number words as numbers.
TEST(SpelledFigures, ClockTimesInWords) {
  struct Case { const char* sentence; const char* text; const char* time; };
  for (auto c : {Case{"They met at four o'clock.\n", "four o'clock", "04:00"},
                 Case{"They met at Eleven O'Clock sharp.\n", "Eleven O'Clock", "11:00"},
                 Case{"They met at twelve o\xE2\x80\x99" "clock.\n", "twelve o\xE2\x80\x99" "clock", "12:00"}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(hit->kind, Kind::time) << c.sentence;
    EXPECT_EQ(std::get<std::string>(hit->value), c.time) << c.sentence;
  }
  auto claims = claims_of("They met four clocks and eleven clockmakers.\n");
  for (const Claim& c : claims) EXPECT_NE(c.kind, Kind::time) << c.text;
}

TEST(SpelledFigures, OneWordOrdinalsFromTenUp) {
  struct Case { const char* sentence; const char* text; double value; };
  for (auto c : {Case{"Exports grew for the eleventh quarter running.\n", "eleventh", 11},
                 Case{"The club marked its hundredth season.\n", "hundredth season", 100},
                 Case{"He became the fifteenth minister to resign.\n", "fifteenth minister", 15},
                 Case{"She was the millionth visitor.\n", "millionth visitor", 1e6}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(hit->kind, Kind::ordinal) << c.sentence;
    EXPECT_EQ(std::get<double>(hit->value), c.value) << c.sentence;
  }
  // After an article or a number the word is a fraction; below ten a word stays a word;
  // capitalised mid-sentence or before a capital it names something; "the tenth of May" is a day.
  for (const char* s : {"Costs fell by a twelfth last year.\n", "The third quarter was weak.\n",
                        "He joined Twentieth Century Fox.\n", "Results come on the tenth of May.\n"}) {
    for (const auto& c : claims_of(s)) EXPECT_NE(c.kind, Kind::ordinal) << s << c.text;
  }
  auto claims = claims_of("It came one hundredth of a second ahead.\n");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, Kind::duration);
}

TEST(SpelledFigures, OrdinalsFromAHundredUp) {
  struct Case { const char* sentence; const char* text; double value; };
  for (auto c : {Case{"It was the two hundredth anniversary.\n", "two hundredth anniversary", 200},
                 Case{"The one hundred and fiftieth race began.\n", "one hundred and fiftieth race", 150},
                 Case{"He was the two hundred and twenty-first.\n", "two hundred and twenty-first", 221},
                 Case{"She was the two thousand and fifth visitor.\n", "two thousand and fifth visitor", 2005},
                 Case{"It is a hundred and first attempt.\n", "a hundred and first attempt", 101}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(hit->kind, Kind::ordinal) << c.sentence;
    EXPECT_EQ(std::get<double>(hit->value), c.value) << c.sentence;
  }
  // A tail below ten after a space starts a word of its own ("first-time", "third-party"), two
  // numbers in a row are no ordinal, and "one hundredth" is also a fraction.
  for (const char* s : {"Two thousand first-time buyers applied.\n", "Five hundred third-party apps ran.\n",
                        "They sold two thousand first editions.\n", "It was one one hundred and fifth.\n",
                        "He won by one hundredth of a second.\n", "It was one hundred hundredth.\n"}) {
    for (const auto& c : claims_of(s)) EXPECT_NE(c.kind, Kind::ordinal) << s << c.text;
  }
}

TEST(SpelledFigures, FractionsOverTwoWordDenominators) {
  struct Case { const char* sentence; const char* text; double part, whole; };
  for (auto c : {Case{"Each heir got one twenty-fifth.\n", "one twenty-fifth", 1, 25},
                 Case{"Three twenty-firsts of the vote went to him.\n", "Three twenty-firsts of the vote", 3, 21},
                 Case{"It was three twenty firsts.\n", "three twenty firsts", 3, 21}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(hit->kind, Kind::ratio) << c.sentence;
    EXPECT_EQ(hit->part, c.part) << c.sentence;
    EXPECT_EQ(hit->whole, c.whole) << c.sentence;
  }
  // After "a", or before a noun, the compound is an ordinal.
  for (const char* s : {"They want a twenty-first century economy.\n", "It was a twenty-first birthday.\n"}) {
    for (const auto& c : claims_of(s)) EXPECT_NE(c.kind, Kind::ratio) << s << c.text;
  }
}

TEST(SpelledFigures, DigitsWithScaleWordsAndTheirSmallerParts) {
  struct Case { const char* sentence; const char* text; double value; };
  for (auto c : {Case{"They raised 5 hundred and 40 signatures.\n", "5 hundred and 40 signatures", 540},
                 Case{"The hall holds 2 thousand 6 hundred.\n", "2 thousand 6 hundred", 2600},
                 Case{"It has 7 thousand and twelve members.\n", "7 thousand and twelve members", 7012},
                 Case{"The fund held 3 crore and fifty.\n", "3 crore and fifty", 30000050}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(std::get<double>(hit->value), c.value) << c.sentence;
  }
  // A part no smaller than the scale before it, a decimal, nought, or an amount after a
  // currency sign starts another figure.
  for (const char* s : {"We saw 3 hundred and 2 hundred cars.\n", "We saw 3 hundred and 1.5 hundred.\n",
                        "The deal is worth $5 million and 20 jobs will go.\n"}) {
    auto claims = claims_of(s);
    EXPECT_EQ(claims.size(), 2u) << s;
  }
}

TEST(SpelledFigures, AndAHalfSpacedOrHyphenated) {
  struct Case { const char* sentence; const char* text; double value; const char* unit; };
  for (auto c : {Case{"She agreed a four-and-a-half year deal.\n", "four-and-a-half year", 4.5, "year"},
                 Case{"It was a six-and-a-half-hour shift.\n", "six-and-a-half-hour", 6.5, "h"},
                 Case{"He ran 12-and-a-half miles.\n", "12-and-a-half miles", 12.5, "mi"},
                 Case{"He ran 12 and a half miles.\n", "12 and a half miles", 12.5, "mi"}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(std::get<double>(hit->value), c.value) << c.sentence;
    EXPECT_EQ(hit->unit, c.unit) << c.sentence;
  }
  auto claims = claims_of("They sold two-and-a-half million homes.\n");
  const Claim* hit = claim_with(claims, "two-and-a-half million homes");
  ASSERT_TRUE(hit);
  EXPECT_EQ(std::get<double>(hit->value), 2.5e6);
}

// The ordinals among numbers.tsv's ordinal and fraction words are the singular ones but
// for syntax.tsv's fraction nouns: exactly the words spelt with an ordinal ending.
TEST(SpelledFigures, OrdinalWordsAreTheTablesOrdinals) {
  auto lex = Lexicon::embedded();
  const auto& words = lex->number_words().phrases();
  std::size_t ordinals = 0;
  for (std::uint32_t id = 0; id < words.size(); ++id) {
    const NumberWord& n = lex->number_word(id);
    if (n.cls != NumberClass::ordinal && n.cls != NumberClass::fraction) continue;
    const std::string& w = words[id];
    bool spelt = w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th");
    EXPECT_EQ(extract::is_ordinal_word(w, *lex), spelt) << w;
    ordinals += spelt;
  }
  EXPECT_GT(ordinals, 20u);
  EXPECT_FALSE(extract::is_ordinal_word("half", *lex));
  EXPECT_FALSE(extract::is_ordinal_word("quarters", *lex));
  EXPECT_TRUE(extract::is_ordinal_word("Fourth", *lex));
}

TEST(SpelledFigures, AShareOfOneUnitIsThatMeasure) {
  struct Case { const char* sentence; const char* text; double value; const char* unit; };
  for (auto c : {Case{"We waited half an hour.\n", "half an hour", 0.5, "h"},
                 Case{"It lasted three quarters of an hour.\n", "three quarters of an hour", 0.75, "h"},
                 Case{"It lasted one and three quarters of an hour.\n", "one and three quarters of an hour", 1.75, "h"},
                 Case{"The path runs a quarter of a mile.\n", "a quarter of a mile", 0.25, "mi"}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(std::get<double>(hit->value), c.value) << c.sentence;
    EXPECT_EQ(hit->unit, c.unit) << c.sentence;
  }
  // "the second half of the year" is a period, and a share of people no measure.
  for (const auto& c : claims_of("Sales rose in the second half of a year.\n")) EXPECT_NE(c.kind, Kind::measure);
  auto share = claims_of("A third of the members left.\n");
  ASSERT_EQ(share.size(), 1u);
  EXPECT_EQ(share[0].kind, Kind::ratio);
}

TEST(SpelledFigures, ApproximationOnARangesFarEnd) {
  auto claims = claims_of("The parcels weigh between 1.5 kg and about 4 kg each.\n");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(std::get<double>(claims[0].low), 1.5);
  EXPECT_EQ(std::get<double>(claims[0].high), 4);
  EXPECT_EQ(claims[0].unit, "kg");
  // "5 to more than 10" is no span: only approximations join a range.
  auto bounds = claims_of("Scores ranged from 5 to more than 10 points.\n");
  for (const auto& c : bounds) EXPECT_FALSE(c.is_range());
}

TEST(SpelledFigures, ScaleLettersOnCurrencyCodes) {
  auto claims = claims_of("The buyer paid 85 MEUR, then MGBP 12.5 and 250 kUSD.\n");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(std::get<double>(claims[0].value), 85e6);
  EXPECT_EQ(claims[0].unit, "EUR");
  EXPECT_EQ(std::get<double>(claims[1].value), 12.5e6);
  EXPECT_EQ(claims[1].unit, "GBP");
  EXPECT_EQ(std::get<double>(claims[2].value), 250e3);
  EXPECT_EQ(claims[2].unit, "USD");
}

TEST(SpelledFigures, DozenAfterDigits) {
  auto claims = claims_of("The bakery sold 4 dozen rolls.\n");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(std::get<double>(claims[0].value), 48);
}

}  // namespace
}  // namespace factsheet
