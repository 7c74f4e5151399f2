#include "context/calendar.hpp"

#include <gtest/gtest.h>

namespace factsheet::context {
namespace {

TEST(Calendar, IsoForms) {
  EXPECT_EQ(iso({2024, 5, 20}), "2024-05-20");
  EXPECT_EQ(iso({std::nullopt, 5, 20}), "--05-20");
  EXPECT_EQ(iso({2024, 5, 0}), "2024-05");
  EXPECT_EQ(iso({std::nullopt, 7, 0}), "--07");
  EXPECT_EQ(iso({2024, 0, 0}), "2024");
  EXPECT_EQ(iso({}), "");
}

TEST(Calendar, ParseIso) {
  auto d = parse_iso("2024-05-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2024);
  EXPECT_EQ(d->month, 5);
  EXPECT_EQ(d->day, 20);
  d = parse_iso("--05-20");
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->year);
  EXPECT_EQ(d->day, 20);
  EXPECT_EQ(parse_iso("2024-05-20T10:00:00Z")->day, 20);
  EXPECT_EQ(parse_iso("2024")->year, 2024);
  EXPECT_FALSE(parse_iso("May 20"));
  EXPECT_FALSE(parse_iso("2024-13"));
  EXPECT_FALSE(parse_iso(""));
}

TEST(Calendar, YearsAndArithmetic) {
  EXPECT_EQ(leading_year("2024-05-20"), 2024);
  EXPECT_FALSE(leading_year("20245"));
  EXPECT_FALSE(leading_year("--05"));
  EXPECT_EQ(with_year("--05-20", 2024), "2024-05-20");
  EXPECT_EQ(with_year("--05-17/--05-19", 2024), "2024-05-17/2024-05-19");
  EXPECT_EQ(with_year("2023-05", 2024), "2023-05");
  EXPECT_EQ(iso(add_months({2024, 1, 0}, -1)), "2023-12");
  EXPECT_EQ(iso(add_months({2024, 11, 0}, 3)), "2025-02");
  EXPECT_EQ(iso(add_days({2024, 3, 1}, -1)), "2024-02-29");
  EXPECT_EQ(iso(add_days({2023, 12, 31}, 1)), "2024-01-01");
}

}  // namespace
}  // namespace factsheet::context
