#include "eval/answer_key_score.hpp"

#include <gtest/gtest.h>

#include "helpers.hpp"

namespace factsheet::eval {
namespace {

using test::claim;
using test::gold;

// Four lines with a dateline, money, a year, a count, a ratio, a bound, "both" and "twice".
const std::string kText =
    "ASTANA, May 21 (Xinhua) -- Trade reached 41 billion US dollars in 2023.\n"
    "The two countries completed 26 out of the 45 projects and signed over 20 documents.\n"
    "Both sides met twice.\n"
    "It was 1999 again.";

std::vector<GoldItem> key() {
  const std::string& t = kText;
  std::vector<GoldItem> g;
  g.push_back(gold(t, 1, "May 21", Kind::date, std::string("--05-21"), std::nullopt, true));  // 0 dateline
  g.push_back(gold(t, 1, "41 billion US dollars", Kind::money, 41e9, "USD"));                // 1
  g.push_back(gold(t, 1, "2023", Kind::year, 2023.0));                                       // 2
  g.push_back(gold(t, 2, "two countries", Kind::count, 2.0, "country"));                     // 3
  g.push_back(gold(t, 2, "26 out of the 45 projects", Kind::ratio, 0.5778, "project"));      // 4
  g[4].part = 26;
  g[4].whole = 45;
  g.push_back(gold(t, 2, "over 20 documents", Kind::count, 20.0, "document", false, Qualifier::gt));  // 5
  g.push_back(gold(t, 3, "Both sides", Kind::count, 2.0, "side", true));                     // 6 optional
  g.push_back(gold(t, 3, "twice", Kind::count, 2.0, "time"));                                // 7
  return g;
}

std::vector<Claim> claims() {
  const std::string& t = kText;
  return {
      claim(t, 1, "May 21", Kind::count, 21.0),                     // 0: on the dateline only
      claim(t, 1, "41 billion", Kind::money, 41e9, "USD"),          // 1: right
      claim(t, 1, "2023", Kind::count, 2023.0),                     // 2: a year as a count
      claim(t, 2, "two countries", Kind::count, 2.0, "country"),    // 3: right
      claim(t, 2, "26", Kind::count, 26.0),                         // 4: half a ratio
      claim(t, 2, "45 projects", Kind::count, 45.0, "project"),     // 5: the other half
      claim(t, 2, "over 20 documents", Kind::count, 20.0, "document"),  // 6: qualifier lost
      claim(t, 3, "Both sides", Kind::count, 2.0, "side"),          // 7: optional only
      claim(t, 3, "twice", Kind::count, 2.0, "times"),              // 8: unit not lemmatised
      claim(t, 4, "1999", Kind::count, 1999.0),                     // 9: a year, no gold
  };
}

TEST(AnswerKeyScore, CountsEachMetricByHand) {
  auto gold_items = key();
  auto cl = claims();
  AnswerKeyReport r = score_answer_key(kText, gold_items, cl);

  EXPECT_EQ(r.gold_items, 8u);
  EXPECT_EQ(r.gold_required, 6u);
  EXPECT_EQ(r.gold_optional, 2u);
  EXPECT_EQ(r.claims, 10u);
  EXPECT_EQ(r.claims_scored, 8u);  // 0 and 7 overlap only optional items
  EXPECT_EQ(r.claims_dropped, 2u);
  EXPECT_EQ(r.dropped, (std::vector<std::size_t>{0, 7}));

  ASSERT_EQ(r.metrics.size(), 8u);
  // span: 1, 2, 3, one of 4/5, 6, 8 pair with the six required items.
  EXPECT_EQ(r.metric(AnswerKeyMetric::span).tp, 6u);
  // kind: 1, 3, 6, 8 (2 is a count on a year, 4/5 counts on a ratio).
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_kind).tp, 4u);
  // value: 1, 2 (2023 = 2023), 3, 6, 8.
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_value).tp, 5u);
  // unit: 8 says "times".
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_value_unit).tp, 4u);
  // qualifier: 6 lost "over".
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_value_unit_qualifier).tp, 3u);

  const MetricScore& span = r.metric(AnswerKeyMetric::span);
  EXPECT_EQ(span.predicted, 8u);
  EXPECT_EQ(span.gold, 6u);
  EXPECT_DOUBLE_EQ(span.precision(), 75.0);
  EXPECT_DOUBLE_EQ(span.recall(), 100.0);
  EXPECT_NEAR(span.f1(), 2 * 75.0 * 100.0 / 175.0, 1e-9);
  const MetricScore& svu = r.metric(AnswerKeyMetric::span_value_unit);
  EXPECT_DOUBLE_EQ(svu.precision(), 50.0);
  EXPECT_NEAR(svu.recall(), 400.0 / 6.0, 1e-9);
}

TEST(AnswerKeyScore, ListsMissesWithTheClosestClaim) {
  auto gold_items = key();
  auto cl = claims();
  AnswerKeyReport r = score_answer_key(kText, gold_items, cl);
  ASSERT_EQ(r.misses.size(), 2u);
  EXPECT_EQ(r.misses[0].gold, 4u);    // the ratio
  EXPECT_EQ(r.misses[0].claim, 5u);   // "45 projects" shares unit and qualifier, "26" only the qualifier
  EXPECT_EQ(r.misses[1].gold, 7u);    // "twice"
  EXPECT_EQ(r.misses[1].claim, 8u);
}

TEST(AnswerKeyScore, FalseFiguresAndKinds) {
  auto gold_items = key();
  auto cl = claims();
  AnswerKeyReport r = score_answer_key(kText, gold_items, cl);
  // "45 projects" lost the ratio to "26"; "1999" overlaps nothing.
  EXPECT_EQ(r.false_figures, (std::vector<std::size_t>{5, 9}));
  ASSERT_EQ(r.false_by_kind.size(), 1u);
  EXPECT_EQ(r.false_by_kind.at(Kind::count), 2u);

  EXPECT_EQ(r.recall_by_kind.at(Kind::money).gold, 1u);
  EXPECT_EQ(r.recall_by_kind.at(Kind::money).matched, 1u);
  EXPECT_EQ(r.recall_by_kind.at(Kind::year).matched, 1u);
  EXPECT_EQ(r.recall_by_kind.at(Kind::count).gold, 3u);  // optional "Both sides" not counted
  EXPECT_EQ(r.recall_by_kind.at(Kind::count).matched, 2u);
  EXPECT_EQ(r.recall_by_kind.at(Kind::ratio).matched, 0u);
  EXPECT_EQ(r.recall_by_kind.count(Kind::date), 0u);  // only an optional date
}

TEST(AnswerKeyScore, DatelineYearAndNameCheck) {
  auto gold_items = key();
  auto cl = claims();
  AnswerKeyReport r = score_answer_key(kText, gold_items, cl);
  // The dateline count (0), the year count (2), the bare year (9); not "Both sides" (7),
  // a count on an optional count, nor the money (1).
  EXPECT_EQ(r.dateline_year_name_claims, (std::vector<std::size_t>{0, 2, 9}));
  EXPECT_EQ(r.dateline_year_name_errors, 3u);
}

TEST(AnswerKeyScore, OptionalItemsAreNeutral) {
  auto gold_items = key();
  auto all = claims();
  std::vector<Claim> without_optional;
  for (std::size_t i = 0; i < all.size(); ++i)
    if (i != 0 && i != 7) without_optional.push_back(all[i]);
  AnswerKeyReport a = score_answer_key(kText, gold_items, all);
  AnswerKeyReport b = score_answer_key(kText, gold_items, without_optional);
  for (std::size_t m = 0; m < a.metrics.size(); ++m) {
    EXPECT_EQ(a.metrics[m].tp, b.metrics[m].tp);
    EXPECT_EQ(a.metrics[m].predicted, b.metrics[m].predicted);
    EXPECT_EQ(a.metrics[m].gold, b.metrics[m].gold);
  }
  // Nothing claimed on an optional item is no miss either.
  for (const Miss& miss : b.misses) EXPECT_FALSE(gold_items[miss.gold].optional);
}

TEST(AnswerKeyScore, AClaimOverRequiredAndOptionalIsScored) {
  std::string text = "Both sides and two countries";
  std::vector<GoldItem> g = {gold(text, 1, "Both sides", Kind::count, 2.0, "side", true),
                             gold(text, 1, "two countries", Kind::count, 2.0, "country")};
  std::vector<Claim> c = {claim(text, 1, "sides and two countries", Kind::count, 2.0, "country")};
  AnswerKeyReport r = score_answer_key(text, g, c);
  EXPECT_EQ(r.claims_scored, 1u);
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_value_unit).tp, 1u);
}

TEST(AnswerKeyScore, TouchingSpansDoNotOverlap) {
  std::string text = "5 km10 km";
  std::vector<GoldItem> g = {gold(text, 1, "10 km", Kind::measure, 10.0, "km")};
  std::vector<Claim> c = {claim(text, 1, "5 km", Kind::measure, 5.0, "km")};
  AnswerKeyReport r = score_answer_key(text, g, c);
  EXPECT_EQ(r.metric(AnswerKeyMetric::span).tp, 0u);
  EXPECT_EQ(r.false_figures.size(), 1u);
  ASSERT_EQ(r.misses.size(), 1u);
  EXPECT_FALSE(r.misses[0].claim.has_value());
}

TEST(AnswerKeyScore, SameOffsetsOnAnotherLineDoNotMatch) {
  // Claims are placed by their offsets, so a claim on line 2 never meets line 1's gold.
  std::string text = "5 km\n5 km";
  std::vector<GoldItem> g = {gold(text, 1, "5 km", Kind::measure, 5.0, "km")};
  Claim c = claim(text, 2, "5 km", Kind::measure, 5.0, "km");
  AnswerKeyReport r = score_answer_key(text, g, {c});
  EXPECT_EQ(r.metric(AnswerKeyMetric::span).tp, 0u);
}

TEST(AnswerKeyScore, MaximumMatchingBeatsGreedy) {
  // Claim 0 spans both gold items, claim 1 only the first: greedy in claim order pairs
  // claim 0 with the first item and strands claim 1; the maximum matching pairs both.
  std::string text = "three ships and four boats";
  std::vector<GoldItem> g = {gold(text, 1, "three ships", Kind::count, 3.0, "ship"),
                             gold(text, 1, "four boats", Kind::count, 4.0, "boat")};
  std::vector<Claim> c = {claim(text, 1, "ships and four", Kind::count, 4.0, "boat"),
                          claim(text, 1, "three", Kind::count, 3.0, "ship")};
  AnswerKeyReport r = score_answer_key(text, g, c);
  EXPECT_EQ(r.metric(AnswerKeyMetric::span).tp, 2u);
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_value_unit).tp, 2u);
  EXPECT_TRUE(r.false_figures.empty());
  EXPECT_TRUE(r.misses.empty());
}

TEST(AnswerKeyScore, OneClaimMatchesOneGoldItem) {
  std::string text = "two men, three women";
  std::vector<GoldItem> g = {gold(text, 1, "two men", Kind::count, 2.0, "man"),
                             gold(text, 1, "three women", Kind::count, 3.0, "woman")};
  std::vector<Claim> c = {claim(text, 1, "two men, three women", Kind::count, 5.0, "person")};
  AnswerKeyReport r = score_answer_key(text, g, c);
  EXPECT_EQ(r.metric(AnswerKeyMetric::span).tp, 1u);
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_value).tp, 0u);
  EXPECT_EQ(r.misses.size(), 2u);  // both name the one claim as closest
  EXPECT_EQ(r.misses[0].claim, 0u);
  EXPECT_EQ(r.misses[1].claim, 0u);
}

TEST(AnswerKeyScore, EmptyInputs) {
  AnswerKeyReport r = score_answer_key("", {}, {});
  ASSERT_EQ(r.metrics.size(), 8u);
  for (const MetricScore& m : r.metrics) {
    EXPECT_EQ(m.tp, 0u);
    EXPECT_EQ(m.f1(), 0.0);
  }
  std::string text = "In 1999 and 2,000 boats";
  std::vector<Claim> c = {claim(text, 1, "2,000 boats", Kind::count, 2000.0, "boat")};
  EXPECT_EQ(score_answer_key(text, {}, c).dateline_year_name_errors, 0u);  // "2,000" is no year
  c.push_back(claim(text, 1, "1999", Kind::measure, 1999.0));
  EXPECT_EQ(score_answer_key(text, {}, c).dateline_year_name_errors, 1u);
  c.push_back(claim(text, 1, "In 1999", Kind::year, 1999.0));  // years are not amounts
  EXPECT_EQ(score_answer_key(text, {}, c).dateline_year_name_errors, 1u);
}

}  // namespace
}  // namespace factsheet::eval
