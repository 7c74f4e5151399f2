#include "eval/newsquant_score.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <stdexcept>

namespace factsheet::eval {
namespace {

NqQuantity g(NqValue v, std::string unit, std::string change, std::string concepts = "-") {
  NqQuantity q;
  q.value = v;
  q.normalized_unit = std::move(unit);
  q.change = std::move(change);
  q.referred_concepts = std::move(concepts);
  return q;
}
NqPrediction p(NqValue v, std::string unit, std::string change, std::vector<std::string> concepts = {}) {
  return {v, std::move(unit), std::move(change), std::move(concepts), ""};
}
NqValue n(double v) { return NqValue::single(v); }

struct Counts {
  std::size_t value, unit, change, partial, complete;
};
void expect_tp(const std::vector<MetricScore>& scores, Counts c, const char* what) {
  ASSERT_EQ(scores.size(), 5u);
  EXPECT_EQ(scores[0].tp, c.value) << what << " value";
  EXPECT_EQ(scores[1].tp, c.unit) << what << " value+unit";
  EXPECT_EQ(scores[2].tp, c.change) << what << " value+change";
  EXPECT_EQ(scores[3].tp, c.partial) << what << " value+concept-partial";
  EXPECT_EQ(scores[4].tp, c.complete) << what << " value+concept-complete";
}

TEST(NewsQuantScore, ValuesAgreeLikeNumpyIsclose) {
  EXPECT_TRUE(newsquant_values_agree(n(100), n(100.0009)));
  EXPECT_FALSE(newsquant_values_agree(n(100), n(100.002)));
  EXPECT_TRUE(newsquant_values_agree(n(1.99e-29), n(1.99e-29)));
  EXPECT_TRUE(newsquant_values_agree(n(0), n(1e-9)));
  EXPECT_FALSE(newsquant_values_agree(n(-5), n(5)));
  EXPECT_TRUE(newsquant_values_agree(NqValue::between(1000, 10000), NqValue::between(1000, 10000)));
  EXPECT_FALSE(newsquant_values_agree(NqValue::between(1000, 10000), NqValue::between(1000, 9000)));
  EXPECT_FALSE(newsquant_values_agree(NqValue::between(5, 5), n(5)));
  EXPECT_FALSE(newsquant_values_agree(n(5), NqValue::between(5, 5)));
  EXPECT_FALSE(newsquant_values_agree(n(5), n(std::numeric_limits<double>::quiet_NaN())));
}

TEST(NewsQuantScore, ConceptWords) {
  using W = std::vector<std::string>;
  EXPECT_TRUE(concepts_agree_partial(W{"crude", "contract"}, W{"contract", "price"}));
  EXPECT_FALSE(concepts_agree_complete(W{"crude", "contract"}, W{"contract", "price"}));
  EXPECT_TRUE(concepts_agree_complete(W{"crude", "contract"}, W{"september", "crude", "contract"}));
  EXPECT_FALSE(concepts_agree_partial(W{"dell"}, W{}));
  EXPECT_TRUE(concepts_agree_partial(W{}, W{}));  // gold "-" and no subject agree
  EXPECT_TRUE(concepts_agree_complete(W{}, W{}));
  EXPECT_FALSE(concepts_agree_partial(W{}, W{"sales"}));
}

TEST(NewsQuantScore, MetricFields) {
  NqQuantity gold = g(n(5), "Percentage", "up", "Sales, revenue");
  EXPECT_TRUE(newsquant_agree(NewsQuantMetric::value_unit, gold, p(n(5), "percentage", "=")));
  EXPECT_FALSE(newsquant_agree(NewsQuantMetric::value_change, gold, p(n(5), "percentage", "=")));
  EXPECT_TRUE(newsquant_agree(NewsQuantMetric::value_change, gold, p(n(5), "-", "up")));
  EXPECT_TRUE(newsquant_agree(NewsQuantMetric::value_concept_partial, gold, p(n(5), "-", "=", {"sales"})));
  EXPECT_FALSE(newsquant_agree(NewsQuantMetric::value_concept_complete, gold, p(n(5), "-", "=", {"sales"})));
  EXPECT_FALSE(newsquant_agree(NewsQuantMetric::value_unit, gold, p(n(6), "percentage", "up")));
  EXPECT_EQ(metric_name(NewsQuantMetric::value_concept_partial), "value+concept-partial");
}

// Five sentences whose counts are worked out by hand in the comments.
std::vector<NqSentence> sentences() {
  return {
      // S1: both countings agree.
      {"s1", {g(n(5), "percentage", "up", "sales"), g(n(5), "dollar", "=")}},
      // S3: one unitless prediction; the paper's counting lets it match both gold values.
      {"s3", {g(n(3), "mile", "="), g(n(3), "year", "=")}},
      // S4: two predictions for one gold value; the paper counts the change twice.
      {"s4", {g(n(7), "year", "up", "profit")}},
      // S5: a range agrees only with a range; units ignore case.
      {"s5", {g(NqValue::between(1000, 10000), "job", "~")}},
      // S6: no gold quantity.
      {"s6", {}},
  };
}
std::vector<std::vector<NqPrediction>> predictions() {
  return {
      {p(n(5), "percentage", "up", {"sales"}), p(n(5), "-", "=")},
      {p(n(3), "-", "=")},
      {p(n(7), "day", "up", {"profit", "margin"}), p(n(7), "year", "up", {"profit"})},
      {p(n(1000), "job", "~"), p(NqValue::between(1000, 10000), "Job", "~")},
      {p(n(1), "-", "=")},
  };
}

TEST(NewsQuantScore, StrictPerSentence) {
  auto s = sentences();
  auto pr = predictions();
  // value, unit, change, partial, complete
  Counts expected[] = {{2, 1, 2, 2, 2}, {1, 0, 1, 1, 1}, {1, 1, 1, 1, 1}, {1, 1, 1, 1, 1}, {0, 0, 0, 0, 0}};
  for (std::size_t i = 0; i < s.size(); ++i) {
    NewsQuantReport r = score_newsquant({s[i]}, {pr[i]});
    expect_tp(r.strict, expected[i], s[i].text.c_str());
  }
}

TEST(NewsQuantScore, LenientPerSentence) {
  auto s = sentences();
  auto pr = predictions();
  // A gold "-" earns no concept match in this counting.
  // S1: gold ordered dollar, percentage; predictions "-", percentage. The dollar takes value
  //     matches from both predictions (budget 2 spent) and the change from "-".
  //     The percentage then adds change, partial, complete and the unit with the other.
  // S3: mile and year each take a value match and a change from the one prediction.
  // S4: predictions ordered day, year: both count the change and partial concept; only
  //     the year's concept set equals the gold's; the value budget of 1 is spent on "day".
  // S5: "Job" sorts before "job": the range comes first and matches all but concepts.
  Counts expected[] = {{2, 1, 2, 1, 1}, {2, 0, 2, 0, 0}, {1, 1, 2, 2, 1}, {1, 1, 1, 0, 0}, {0, 0, 0, 0, 0}};
  for (std::size_t i = 0; i < s.size(); ++i) {
    NewsQuantReport r = score_newsquant({s[i]}, {pr[i]});
    expect_tp(r.lenient, expected[i], s[i].text.c_str());
  }
}

TEST(NewsQuantScore, SumsOverSentences) {
  NewsQuantReport r = score_newsquant(sentences(), predictions());
  EXPECT_EQ(r.sentences, 5u);
  EXPECT_EQ(r.gold, 6u);
  EXPECT_EQ(r.predictions, 8u);
  expect_tp(r.strict, {5, 3, 5, 5, 5}, "strict");
  expect_tp(r.lenient, {6, 3, 7, 3, 2}, "lenient");
  const MetricScore& v = r.strict_metric(NewsQuantMetric::value);
  EXPECT_EQ(v.predicted, 8u);
  EXPECT_EQ(v.gold, 6u);
  EXPECT_DOUBLE_EQ(v.precision(), 62.5);
  EXPECT_NEAR(v.recall(), 500.0 / 6.0, 1e-9);
  EXPECT_NEAR(v.f1(), 2 * 62.5 * (500.0 / 6.0) / (62.5 + 500.0 / 6.0), 1e-9);
  // The paper's counting can pass 100%: S3 matches two gold values with one prediction.
  EXPECT_EQ(r.lenient_metric(NewsQuantMetric::value_change).tp, 7u);
}

TEST(NewsQuantScore, StrictUsesAMaximumMatching) {
  // Partial concepts do not chain: P1 shares "a" with both, P2 shares "b" with G1 only.
  // Pairing P1 with G1 first would strand P2; the maximum matching pairs both.
  NqSentence s{"s7", {g(n(4), "-", "=", "a b"), g(n(4), "-", "=", "a")}};
  std::vector<NqPrediction> pr = {p(n(4), "-", "=", {"a"}), p(n(4), "-", "=", {"b"})};
  NewsQuantReport r = score_newsquant({s}, {pr});
  expect_tp(r.strict, {2, 2, 2, 2, 1}, "strict");
  // The paper's counting takes P1 for G1 (units agree, so it is used up), P2 for G2.
  expect_tp(r.lenient, {2, 2, 2, 1, 0}, "lenient");
}

TEST(NewsQuantScore, KeepsTheValueUnitMatchingPerSentence) {
  NewsQuantReport r = score_newsquant(sentences(), predictions());
  ASSERT_EQ(r.value_unit.size(), 5u);
  const SentenceMatching& s1 = r.value_unit[0];
  EXPECT_EQ(s1.gold_to_prediction[0], 0u);
  EXPECT_FALSE(s1.gold_to_prediction[1].has_value());
  EXPECT_FALSE(s1.prediction_to_gold[1].has_value());
  const SentenceMatching& s5 = r.value_unit[3];
  EXPECT_EQ(s5.gold_to_prediction[0], 1u);
  EXPECT_FALSE(s5.prediction_to_gold[0].has_value());
}

TEST(NewsQuantScore, NeedsOnePredictionListPerSentence) {
  EXPECT_THROW(score_newsquant(sentences(), {}), std::invalid_argument);
}

TEST(NewsQuantScore, EmptyInput) {
  NewsQuantReport r = score_newsquant({}, {});
  expect_tp(r.strict, {0, 0, 0, 0, 0}, "strict");
  EXPECT_EQ(r.strict[0].f1(), 0.0);
}

}  // namespace
}  // namespace factsheet::eval
