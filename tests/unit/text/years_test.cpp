#include "text/years.hpp"

#include <gtest/gtest.h>

namespace factsheet::text {
namespace {

TEST(Years, CalendarYearsHaveFourDigits) {
  EXPECT_FALSE(is_calendar_year(999));
  EXPECT_TRUE(is_calendar_year(1000));
  EXPECT_TRUE(is_calendar_year(2024));
  EXPECT_TRUE(is_calendar_year(2999));
  EXPECT_FALSE(is_calendar_year(3000));
}

TEST(Years, ABareNumberReadsAsAYearUpTo2200) {
  EXPECT_FALSE(reads_as_year(999));
  EXPECT_TRUE(reads_as_year(1066));
  EXPECT_TRUE(reads_as_year(2200));
  EXPECT_FALSE(reads_as_year(2201));
  EXPECT_FALSE(reads_as_year(2500));
}

TEST(Years, TwoDigitYearsTurnAtThePivot) {
  EXPECT_EQ(expand_two_digit_year(0), 2000);
  EXPECT_EQ(expand_two_digit_year(8), 2008);
  EXPECT_EQ(expand_two_digit_year(29), 2029);
  EXPECT_EQ(expand_two_digit_year(30), 1930);
  EXPECT_EQ(expand_two_digit_year(93), 1993);
}

}  // namespace
}  // namespace factsheet::text
