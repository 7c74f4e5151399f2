#include "eval/thresholds.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace factsheet::eval {
namespace {

const std::vector<std::string> kKnown = {"span", "span+value+unit"};

std::string error_of(std::string_view spec) {
  try {
    parse_threshold(spec, kKnown);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(Thresholds, Parse) {
  Threshold t = parse_threshold("span+value+unit=95", kKnown);
  EXPECT_EQ(t.metric, "span+value+unit");
  EXPECT_DOUBLE_EQ(t.min_f1, 95);
  EXPECT_DOUBLE_EQ(parse_threshold("span=87.5", kKnown).min_f1, 87.5);
}

TEST(Thresholds, RejectsBadSpecs) {
  EXPECT_EQ(error_of("span"), "--min-f1 wants METRIC=VALUE, got \"span\"");
  EXPECT_EQ(error_of("=5"), "--min-f1 wants METRIC=VALUE, got \"=5\"");
  EXPECT_EQ(error_of("span=high"), "--min-f1 span: \"high\" is not a percentage between 0 and 100");
  EXPECT_EQ(error_of("span=101"), "--min-f1 span: \"101\" is not a percentage between 0 and 100");
  EXPECT_EQ(error_of("span="), "--min-f1 span: \"\" is not a percentage between 0 and 100");
  EXPECT_EQ(error_of("spam=5"), "--min-f1: unknown metric \"spam\" (known: span, span+value+unit)");
}

TEST(Thresholds, ReportsOnlyFailures) {
  std::vector<MetricScore> scores = {{"span", 9, 10, 10}, {"span+value+unit", 19, 20, 20}};  // F1 90, 95
  EXPECT_TRUE(failed_thresholds({{"span", 90}, {"span+value+unit", 95}}, scores).empty());
  auto failed = failed_thresholds({{"span", 90.01}, {"span+value+unit", 50}}, scores);
  EXPECT_EQ(failed, (std::vector<std::string>{"span F1 90.00 < 90.01"}));
  EXPECT_EQ(failed_thresholds({{"other", 1}}, scores), (std::vector<std::string>{"other: no such metric"}));
}

}  // namespace
}  // namespace factsheet::eval
