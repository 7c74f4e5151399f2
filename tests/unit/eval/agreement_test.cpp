#include "eval/agreement.hpp"

#include <gtest/gtest.h>

#include "eval/answer_key_score.hpp"

namespace factsheet::eval {
namespace {

GoldItem gold_value(Kind kind, Value v) {
  GoldItem g;
  g.kind = kind;
  g.value = std::move(v);
  return g;
}
Claim claim_value(Kind kind, Value v) {
  Claim c;
  c.kind = kind;
  c.value = std::move(v);
  return c;
}

TEST(Agreement, NumbersWithinRelativeOrAbsoluteTolerance) {
  EXPECT_TRUE(numbers_agree(41e9, 41e9 + 1000));     // relative 2.4e-8
  EXPECT_FALSE(numbers_agree(100, 100.001));          // relative 1e-5
  EXPECT_TRUE(numbers_agree(0, 1e-10));               // absolute
  EXPECT_FALSE(numbers_agree(0, 1e-8));
  EXPECT_TRUE(numbers_agree(-3.5, -3.5));
  EXPECT_FALSE(numbers_agree(3.5, -3.5));
}

TEST(Agreement, ScalarsOfEachType) {
  EXPECT_TRUE(scalars_agree(std::monostate{}, std::monostate{}));
  EXPECT_FALSE(scalars_agree(std::monostate{}, 0.0));
  EXPECT_TRUE(scalars_agree(std::string("--05-20"), std::string("--05-20")));
  EXPECT_FALSE(scalars_agree(std::string("--05-20"), std::string("--05-21")));
  EXPECT_TRUE(scalars_agree(std::string("2022"), 2022.0));  // a year as text or number
  EXPECT_FALSE(scalars_agree(std::string("--07"), 7.0));
}

TEST(Agreement, PlainNumbers) {
  EXPECT_TRUE(values_agree(gold_value(Kind::money, 41e9), claim_value(Kind::money, 41e9)));
  EXPECT_FALSE(values_agree(gold_value(Kind::count, 2.0), claim_value(Kind::count, 3.0)));
  EXPECT_FALSE(values_agree(gold_value(Kind::count, 2.0), claim_value(Kind::count, std::monostate{})));
}

TEST(Agreement, RangesAgreeEndByEnd) {
  GoldItem g = gold_value(Kind::count, std::monostate{});
  g.low = 5.0;
  g.high = 10.0;
  Claim c = claim_value(Kind::count, std::monostate{});
  c.low = 5.0;
  c.high = 10.0;
  EXPECT_TRUE(values_agree(g, c));
  c.high = 11.0;
  EXPECT_FALSE(values_agree(g, c));
  EXPECT_FALSE(values_agree(g, claim_value(Kind::count, 5.0)));  // never a single value

  Claim range = claim_value(Kind::count, std::monostate{});
  range.low = 2.0;
  range.high = 2.0;
  EXPECT_FALSE(values_agree(gold_value(Kind::count, 2.0), range));
}

TEST(Agreement, RatiosByPartAndWhole) {
  GoldItem g = gold_value(Kind::ratio, 0.5778);
  g.part = 26;
  g.whole = 45;
  Claim c = claim_value(Kind::ratio, 26.0 / 45.0);
  c.part = 26;
  c.whole = 45;
  EXPECT_TRUE(values_agree(g, c));
  c.whole = 46;  // value still close, but the whole differs
  c.value = 0.5778;
  EXPECT_FALSE(values_agree(g, c));
}

TEST(Agreement, RatiosByValueWithinRounding) {
  GoldItem g = gold_value(Kind::ratio, 0.5778);
  g.part = 26;
  g.whole = 45;
  EXPECT_TRUE(values_agree(g, claim_value(Kind::ratio, 26.0 / 45.0)));  // 0.577777...
  EXPECT_TRUE(values_agree(g, claim_value(Kind::ratio, 0.57784)));
  EXPECT_FALSE(values_agree(g, claim_value(Kind::ratio, 0.5779)));
  // A claim giving only part and whole is compared by their quotient.
  Claim parts = claim_value(Kind::ratio, std::monostate{});
  parts.part = 26;
  parts.whole = 45;
  EXPECT_TRUE(values_agree(gold_value(Kind::ratio, 0.5778), parts));
  // A count of the part is not the ratio.
  EXPECT_FALSE(values_agree(g, claim_value(Kind::count, 26.0)));
}

TEST(Agreement, Dates) {
  EXPECT_TRUE(values_agree(gold_value(Kind::date, std::string("--05-19")),
                           claim_value(Kind::date, std::string("--05-19"))));
  EXPECT_FALSE(values_agree(gold_value(Kind::date, std::string("--05-19")),
                            claim_value(Kind::date, std::string("2024-05-19"))));

  GoldItem g = gold_value(Kind::date, std::string("--05-20/--05-21"));
  g.low = std::string("--05-20");
  g.high = std::string("--05-21");
  Claim c = claim_value(Kind::date, std::monostate{});
  c.low = std::string("--05-20");
  c.high = std::string("--05-21");
  EXPECT_TRUE(values_agree(g, c));
  c.high = std::string("--05-22");
  EXPECT_FALSE(values_agree(g, c));
  // The same interval written as one ISO string.
  EXPECT_TRUE(values_agree(g, claim_value(Kind::date, std::string("--05-20/--05-21"))));
  EXPECT_FALSE(values_agree(g, claim_value(Kind::date, std::string("--05-20"))));
}

TEST(Agreement, UnitsIgnoreCaseAndTreatEmptyAsAbsent) {
  EXPECT_TRUE(units_agree(std::nullopt, std::nullopt));
  EXPECT_TRUE(units_agree(std::nullopt, std::string()));
  EXPECT_TRUE(units_agree(std::string("USD"), std::string("usd")));
  EXPECT_TRUE(units_agree(std::string("Head of State"), std::string("head of state")));
  EXPECT_FALSE(units_agree(std::string("USD"), std::nullopt));
  EXPECT_FALSE(units_agree(std::nullopt, std::string("km")));
  EXPECT_FALSE(units_agree(std::string("km"), std::string("m")));
}

TEST(Agreement, AGoldUnitInWordsAgreesWithTheClaimsUnitName) {
  Claim c;
  c.kind = Kind::duration;
  c.unit = "min";
  c.unit_name = "minute";
  EXPECT_TRUE(units_agree(std::string("minute"), c));
  EXPECT_TRUE(units_agree(std::string("min"), c));
  EXPECT_TRUE(units_agree(std::string("Minute"), c));
  EXPECT_FALSE(units_agree(std::string("hour"), c));
  EXPECT_FALSE(units_agree(std::nullopt, c));
  c.unit_name.reset();
  EXPECT_FALSE(units_agree(std::string("minute"), c));
  c.unit.reset();
  EXPECT_TRUE(units_agree(std::nullopt, c));
}

TEST(Agreement, AGoldRateInWordsAgreesSideBySideWithTheClaimsRate) {
  Claim c;
  c.kind = Kind::duration;
  c.unit = "h/day";
  c.unit_name = "hour per day";
  EXPECT_TRUE(units_agree(std::string("hour/day"), c));
  EXPECT_TRUE(units_agree(std::string("h/day"), c));
  EXPECT_FALSE(units_agree(std::string("hour/week"), c));
  EXPECT_FALSE(units_agree(std::string("minute/day"), c));
  EXPECT_FALSE(units_agree(std::string("hour"), c));
}

TEST(Agreement, AShareOfAWholeInTheSingularAgreesWithAGoldShareWithoutUnit) {
  Claim c;
  c.kind = Kind::ratio;
  c.text = "a quarter of the television audience";
  c.unit = "audience";
  EXPECT_TRUE(units_agree(std::nullopt, c));
  EXPECT_TRUE(units_agree(std::string("audience"), c));
  EXPECT_FALSE(units_agree(std::string("viewer"), c));
  // A counted noun in the plural keeps its unit: the key writes it.
  c.text = "half of its promises";
  c.unit = "promise";
  EXPECT_FALSE(units_agree(std::nullopt, c));
  // Only the whole's noun at the end of the span, as a word, and only for shares.
  c.text = "half of the nonaudience";
  c.unit = "audience";
  EXPECT_FALSE(units_agree(std::nullopt, c));
  c.text = "3,000 audience";
  c.kind = Kind::count;
  EXPECT_FALSE(units_agree(std::nullopt, c));
}

TEST(Agreement, EachMetricAddsItsFields) {
  GoldItem g = gold_value(Kind::count, 20.0);
  g.unit = "document";
  g.qualifier = Qualifier::gt;
  Claim c = claim_value(Kind::measure, 20.0);
  c.unit = "Document";
  c.qualifier = Qualifier::ge;
  EXPECT_TRUE(fields_agree(AnswerKeyMetric::span, g, c));
  EXPECT_FALSE(fields_agree(AnswerKeyMetric::span_kind, g, c));
  EXPECT_TRUE(fields_agree(AnswerKeyMetric::span_value, g, c));
  EXPECT_TRUE(fields_agree(AnswerKeyMetric::span_value_unit, g, c));
  EXPECT_FALSE(fields_agree(AnswerKeyMetric::span_value_unit_qualifier, g, c));
  c.qualifier = Qualifier::gt;
  EXPECT_TRUE(fields_agree(AnswerKeyMetric::span_value_unit_qualifier, g, c));
  c.unit = "documents";
  EXPECT_FALSE(fields_agree(AnswerKeyMetric::span_value_unit, g, c));
  EXPECT_FALSE(fields_agree(AnswerKeyMetric::span_value_unit_qualifier, g, c));
}

TEST(Agreement, MetricNames) {
  EXPECT_EQ(metric_name(AnswerKeyMetric::span), "span");
  EXPECT_EQ(metric_name(AnswerKeyMetric::span_kind), "span+kind");
  EXPECT_EQ(metric_name(AnswerKeyMetric::span_value), "span+value");
  EXPECT_EQ(metric_name(AnswerKeyMetric::span_value_unit), "span+value+unit");
  EXPECT_EQ(metric_name(AnswerKeyMetric::span_value_unit_qualifier), "span+value+unit+qualifier");
}

}  // namespace
}  // namespace factsheet::eval
