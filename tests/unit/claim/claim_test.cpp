#include "claim/claim.hpp"

#include <gtest/gtest.h>

namespace factsheet {

TEST(Claim, KindNamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(Kind::other); ++i) {
    auto k = static_cast<Kind>(i);
    auto back = parse_kind(to_string(k));
    ASSERT_TRUE(back.has_value()) << to_string(k);
    EXPECT_EQ(*back, k);
  }
  EXPECT_FALSE(parse_kind("money ").has_value());
}

TEST(Claim, QualifierSymbols) {
  EXPECT_EQ(to_string(Qualifier::ge), ">=");
  EXPECT_EQ(parse_qualifier("~"), Qualifier::approx);
  EXPECT_FALSE(parse_qualifier("=>").has_value());
  EXPECT_EQ(qualifier_words(Qualifier::ge), "at least");
  EXPECT_EQ(parse_qualifier("more than"), Qualifier::gt);  // CSV's words read back
}

TEST(Claim, ChangeNames) {
  EXPECT_EQ(to_string(Change::down), "down");
  EXPECT_EQ(parse_change("null"), Change::none);
  EXPECT_FALSE(parse_change("sideways").has_value());
}

TEST(Claim, RangeIsDetectedByLow) {
  Claim c;
  EXPECT_FALSE(c.is_range());
  c.low = 5.0;
  c.high = 6.0;
  EXPECT_TRUE(c.is_range());
}

}  // namespace factsheet
