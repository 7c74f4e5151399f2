// Fractions written as one Unicode character ("¾", "2½ miles"), read from the vulgar
// fractions of the Unicode Character Database.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet {
namespace {

using factsheet::testing::claim_with;
using factsheet::testing::claims_of;

TEST(SymbolFractions, TheLexiconKnowsEveryVulgarFraction) {
  const auto& lex = *Lexicon::embedded();
  auto half = lex.unicode_fraction_at("\xC2\xBD", 0);  // ½
  ASSERT_TRUE(half);
  EXPECT_EQ(half->numerator, 1);
  EXPECT_EQ(half->denominator, 2);
  EXPECT_EQ(half->length, 2u);
  auto seven_eighths = lex.unicode_fraction_at("x\xE2\x85\x9E", 1);  // ⅞
  ASSERT_TRUE(seven_eighths);
  EXPECT_EQ(seven_eighths->numerator, 7);
  EXPECT_EQ(seven_eighths->denominator, 8);
  EXPECT_FALSE(lex.unicode_fraction_at("\xE2\x85\x9F", 0));  // ⅟ is a numerator only
  EXPECT_GE(lex.unicode_fraction_chars().size(), 18u);
}

TEST(SymbolFractions, AloneIsAShare) {
  auto claims = claims_of("The answer came to \xE2\x85\x94 in the end.\n");  // ⅔
  const Claim* hit = claim_with(claims, "\xE2\x85\x94");
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->kind, Kind::ratio);
  EXPECT_EQ(hit->part, 2);
  EXPECT_EQ(hit->whole, 3);
}

TEST(SymbolFractions, AfterAWholeNumberWithOrWithoutASpace) {
  struct Case { const char* sentence; const char* text; double value; const char* unit; };
  for (auto c : {Case{"The path runs 3\xC2\xBD miles.\n", "3\xC2\xBD miles", 3.5, "mi"},
                 Case{"The path runs 3 \xC2\xBE miles.\n", "3 \xC2\xBE miles", 3.75, "mi"},
                 Case{"Add \xC2\xBC of a litre of stock.\n", "\xC2\xBC of a litre", 0.25, "L"}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(hit->kind, Kind::measure) << c.sentence;
    EXPECT_DOUBLE_EQ(std::get<double>(hit->value), c.value) << c.sentence;
    EXPECT_EQ(hit->unit, c.unit) << c.sentence;
  }
  // A mixed number with no unit is a count.
  auto claims = claims_of("They waited 2\xC2\xBD.\n");
  const Claim* hit = claim_with(claims, "2\xC2\xBD");
  ASSERT_TRUE(hit);
  EXPECT_DOUBLE_EQ(std::get<double>(hit->value), 2.5);
}

TEST(SymbolFractions, GluedToLettersIsACode) {
  auto claims = claims_of("Model \xC2\xBDx ships soon.\n");
  EXPECT_FALSE(claim_with(claims, "\xC2\xBD"));
}

}  // namespace
}  // namespace factsheet
