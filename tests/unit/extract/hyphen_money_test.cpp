// Amounts of money written as a premodifier with a hyphen: "a 12-cent dividend", "a
// billion-dollar deal", and the hyphenated rate "a 530 pence-a-share offer".
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet {
namespace {

using factsheet::testing::claim_with;
using factsheet::testing::claims_of;

TEST(HyphenMoney, ACurrencyWordAfterAHyphenIsTheAmountsCurrency) {
  struct Case { const char* sentence; const char* text; double value; const char* unit; };
  for (auto c : {Case{"The board approved a 15-cent dividend.\n", "15-cent", 0.15, "USD"},
                 Case{"He warned of a three-cent hit to profits.\n", "three-cent", 0.03, "USD"},
                 Case{"It is a two-euro coin.\n", "two-euro", 2, "EUR"},
                 Case{"They signed a billion-dollar contract.\n", "a billion-dollar", 1e9, "USD"},
                 Case{"It was a 6bn-euro bid.\n", "6bn-euro", 6e9, "EUR"}}) {
    auto claims = claims_of(c.sentence);
    const Claim* hit = claim_with(claims, c.text);
    ASSERT_TRUE(hit) << c.sentence;
    EXPECT_EQ(hit->kind, Kind::money) << c.sentence;
    EXPECT_DOUBLE_EQ(std::get<double>(hit->value), c.value) << c.sentence;
    EXPECT_EQ(hit->unit, c.unit) << c.sentence;
  }
  // A unit keeps its reading ("a 300-pound man" weighs), a code is not written so.
  auto claims = claims_of("He is a 250-pound lineman.\n");
  const Claim* hit = claim_with(claims, "250-pound");
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->unit, "lb");
  claims = claims_of("He held a 5-USD voucher.\n");
  for (const auto& c : claims) EXPECT_NE(c.kind, Kind::money) << c.text;
}

TEST(HyphenMoney, AHyphenatedRateFollowsAnAmountOfMoney) {
  auto claims = claims_of("They made a 410 pence-a-share offer.\n");
  const Claim* hit = claim_with(claims, "410 pence-a-share");
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->unit, "GBP/share");
  EXPECT_DOUBLE_EQ(std::get<double>(hit->value), 4.1);
  claims = claims_of("She took a \xC2\xA3" "90,000-a-year post.\n");
  hit = claim_with(claims, "\xC2\xA3" "90,000-a-year");
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->unit, "GBP/year");
  // Not after a bare number or a length of time.
  claims = claims_of("It is a 52-week-a-year job.\n");
  EXPECT_TRUE(claim_with(claims, "52-week"));
}

}  // namespace
}  // namespace factsheet
