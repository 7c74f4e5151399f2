// Amounts written in a major and a minor unit read as one claim.
#include "extract/composite_money.hpp"

#include <gtest/gtest.h>

#include "extract/extractor.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet {
namespace {

using factsheet::testing::claims_of;

void expect_one(const std::string& text, std::string_view span, double value, std::string_view code) {
  auto claims = claims_of(text);
  ASSERT_EQ(claims.size(), 1u) << text;
  EXPECT_EQ(claims[0].text, span) << text;
  EXPECT_DOUBLE_EQ(std::get<double>(claims[0].value), value) << text;
  EXPECT_EQ(claims[0].unit, code) << text;
}

TEST(CompositeMoney, MajorAndMinorUnits) {
  expect_one("A jar sold for 4 dollars 75 cents.", "4 dollars 75 cents", 4.75, "USD");
  expect_one("The fare is £2 40p.", "£2 40p", 2.4, "GBP");
  expect_one("It cost twelve dollars and fifty cents.", "twelve dollars and fifty cents", 12.5, "USD");
}

TEST(CompositeMoney, MinorWordTakesTheMajorCurrency) {
  expect_one("A coffee costs 3 euros 80 cents.", "3 euros 80 cents", 3.8, "EUR");
  // The code after the first number is not the second number's prefix.
  expect_one("The toll is 6 CAD 25 cents.", "6 CAD 25 cents", 6.25, "CAD");
}

TEST(CompositeMoney, BareMinorPartEndsTheClause) {
  expect_one("The plan costs 9 USD 99.", "9 USD 99", 9.99, "USD");
  expect_one("He paid 11 dollars and 20, he said.", "11 dollars and 20", 11.2, "USD");
}

TEST(CompositeMoney, PoundsBeforePenceAreSterling) {
  expect_one("A loaf was 2 pounds 15 pence.", "2 pounds 15 pence", 2.15, "GBP");
}

// "penny"/"pennies" are the minor unit of sterling, as "pence" is; "Penny" is a name.
TEST(MinorUnits, PenniesAreHundredthsOfAPound) {
  expect_one("Taxes rise by one penny in the pound.", "one penny", 0.01, "GBP");
  expect_one("The stamp costs ninety pennies.", "ninety pennies", 0.9, "GBP");
  expect_one("A loaf was 2 pounds 15 pennies.", "2 pounds 15 pennies", 2.15, "GBP");
  auto claims = claims_of("Penny Smith ran 5 Penny Lane races.");
  for (const Claim& c : claims) EXPECT_NE(c.unit, "GBP") << c.text;
}

TEST(TrailingHalf, HalfOfTheClosingUnit) {
  auto claims = claims_of("He waited 3 days and a half.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "3 days and a half");
  EXPECT_DOUBLE_EQ(std::get<double>(claims[0].value), 3.5);
  claims = claims_of("It took one hour and half.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_DOUBLE_EQ(std::get<double>(claims[0].value), 1.5);
  // A currency sign before the number: the half would be of what?
  claims = claims_of("He paid $3 and a half.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "$3");
}

TEST(TrailingHalf, TheArticleIsOne) {
  auto claims = claims_of("The hearing ran for an hour and a half.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "an hour and a half");
  EXPECT_DOUBLE_EQ(std::get<double>(claims[0].value), 1.5);
  EXPECT_EQ(claims[0].unit, "h");
  // "a lot and a half" names no unit.
  EXPECT_TRUE(claims_of("There was a lot and a half.").empty());
}

TEST(CompositeMoney, SeparateFiguresStayApart) {
  // A counted noun after the number, a scaled amount, a part of one major unit or more.
  EXPECT_EQ(claims_of("They paid $40 and 25 customers came.").size(), 2u);
  EXPECT_EQ(claims_of("It raised $5m 20 days later.").size(), 2u);
  EXPECT_EQ(claims_of("The fee is $3 and 150 cents.").size(), 2u);
  EXPECT_EQ(claims_of("Sales were $20 million, 43 cents a share.").size(), 2u);
  EXPECT_EQ(claims_of("The stock ended at $45, 30 cents above forecasts.").size(), 2u);
}

}  // namespace
}  // namespace factsheet
