// SI values on claims, and measures written in two or more units read as one claim.
#include "extract/si_value.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "extract/extractor.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet {
namespace {

using factsheet::testing::claims_of;

// The one claim of `text`, which must read `span`.
Claim only(const std::string& text, std::string_view span) {
  auto claims = claims_of(text);
  EXPECT_EQ(claims.size(), 1u) << text;
  if (claims.empty()) return {};
  EXPECT_EQ(claims[0].text, span) << text;
  return claims[0];
}

TEST(SiValue, MeasuresAndDurationsConvert) {
  auto c = only("The trail runs 5 miles.", "5 miles");
  EXPECT_DOUBLE_EQ(*c.value_in_si, 8046.72);
  EXPECT_EQ(c.si_unit, "m");
  c = only("The car reached 60 mph.", "60 mph");
  EXPECT_DOUBLE_EQ(*c.value_in_si, 26.8224);
  c = only("His temperature was 98.6 degrees f.", "98.6 degrees f");
  EXPECT_EQ(c.unit, "°F");
  EXPECT_DOUBLE_EQ(*c.value_in_si, 310.15);
  EXPECT_EQ(c.si_unit, "K");
  c = only("The meeting lasted 2 hours.", "2 hours");
  EXPECT_DOUBLE_EQ(*c.value_in_si, 7200);
  EXPECT_EQ(c.si_unit, "s");
}

TEST(SiValue, NullForMoneyPercentagesAndCounts) {
  for (const char* text : {"Sales rose 5% in May.", "The firm hired 300 engineers.", "It cost $5 billion."}) {
    auto claims = claims_of(text);
    ASSERT_FALSE(claims.empty()) << text;
    EXPECT_FALSE(claims[0].value_in_si) << text;
    EXPECT_FALSE(claims[0].si_unit) << text;
  }
}

TEST(SiValue, TemperatureScalesWrittenLoosely) {
  EXPECT_EQ(only("Water boils at 100 deg C here.", "100 deg C").unit, "°C");
  EXPECT_EQ(only("It was 40 deg celsius at noon.", "40 deg celsius").unit, "°C");
  EXPECT_EQ(only("The lake was 10.5 celcius.", "10.5 celcius").unit, "°C");
  EXPECT_EQ(only("The oven reached 400 degrees F.", "400 degrees F").unit, "°F");
}

TEST(SiValue, BareDegreesTakeTheScaleTheSentenceNames) {
  // The cue nearest after the figure decides; without one a degree is an angle.
  auto all = claims_of("Zero is -273.15° on the Celsius scale and -459.67° on the Fahrenheit scale.");
  std::vector<Claim> claims;  // "Zero" itself is a mention (kind other)
  for (const Claim& c : all)
    if (c.kind == Kind::measure) claims.push_back(c);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].unit, "°C");
  EXPECT_EQ(claims[1].unit, "°F");
  EXPECT_EQ(*claims[1].value_in_si, 0);  // absolute zero, not rounding noise
  // A temperature whose scale is not named keeps the plain degree.
  EXPECT_EQ(only("They raised the temperature by 5 degrees.", "5 degrees").unit, "°");
  EXPECT_EQ(only("The screen can rotate 180 degrees.", "180 degrees").unit, "°");
}

TEST(SiValue, RoundingKeepsTwelveSignificantDigits) {
  using extract::round12;
  EXPECT_EQ(round12(8046.720000000001), 8046.72);  // a conversion factor's last bits dropped
  EXPECT_EQ(round12(0.1 + 0.2), 0.3);
  EXPECT_EQ(round12(123456789012345.0), 123456789012000.0);
  EXPECT_EQ(round12(-2.5e-7 * 3), -7.5e-7);
  EXPECT_EQ(round12(0.0), 0.0);
  EXPECT_TRUE(std::signbit(round12(-0.0)));
  EXPECT_TRUE(std::isinf(round12(HUGE_VAL)));
  // The largest double rounds down, and a subnormal is read back (a std::stod of the same
  // digits throws out_of_range).
  EXPECT_EQ(round12(1.7976931348623157e308), 1.79769313486e308);
  EXPECT_EQ(round12(4.9406564584124654e-324), 4.9406564584124654e-324);
  EXPECT_EQ(round12(1.2345678901234e-310), 1.23456789012e-310);
}

TEST(CompositeMeasure, FeetAndInchesAreOneHeight) {
  auto c = only("He stands 7 feet 10 inches tall.", "7 feet 10 inches");
  EXPECT_DOUBLE_EQ(std::get<double>(c.value), 94);
  EXPECT_EQ(c.unit, "in");
  EXPECT_NEAR(*c.value_in_si, 2.3876, 1e-12);
}

TEST(CompositeMeasure, JoinedByCommaOrAnd) {
  auto c = only("He served 2 years and 3 months in jail.", "2 years and 3 months");
  EXPECT_DOUBLE_EQ(std::get<double>(c.value), 27);
  EXPECT_EQ(c.unit, "month");
  c = only("The winner took 1 minute, 30 seconds.", "1 minute, 30 seconds");
  EXPECT_DOUBLE_EQ(std::get<double>(c.value), 90);
  EXPECT_EQ(c.unit, "s");
}

TEST(CompositeMeasure, AListThatFoldsOnlyInPlacesStaysAList) {
  // A month is no whole number of days: four durations, none folded into its neighbour.
  auto claims = claims_of("She ran for 3 years, 2 months, 14 days, and 16 hours.");
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_EQ(claims[0].text, "3 years");
  EXPECT_EQ(claims[1].text, "2 months");
  EXPECT_EQ(claims[2].text, "14 days");
  EXPECT_EQ(claims[3].text, "16 hours");
  // A whole list folds: "two hours, 23 minutes and 10 seconds" is one time.
  auto c = only("The race took two hours, 23 minutes and 10 seconds.", "two hours, 23 minutes and 10 seconds");
  EXPECT_DOUBLE_EQ(std::get<double>(c.value), 8590);
  // A unit no smaller than the one before starts another quantity.
  claims = claims_of("They are 5ft and 6ft 2in tall.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].text, "6ft 2in");
  EXPECT_DOUBLE_EQ(std::get<double>(claims[1].value), 74);
}

TEST(CompositeMeasure, UnitsOfDifferentSystemsStayApart) {
  // 2.54 cm to the inch: a conversion written beside the figure, not one length
  EXPECT_EQ(claims_of("Rain of 2 inches, 5 cm, fell.").size(), 2u);
  // the larger unit must come first
  EXPECT_EQ(claims_of("It took 30 seconds and 2 minutes.").size(), 2u);
}

}  // namespace
}  // namespace factsheet
