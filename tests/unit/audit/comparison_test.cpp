// compare_figures on figures put in a store by hand: same-figure sets, conflicts, vague
// sets and parts by period, with partitions that size themselves.
#include "audit/comparison.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factsheet::audit {
namespace {

class Comparison : public ::testing::Test {
 protected:
  // A figure of sentence `sentence`: `value` rounded to 10^step, or a range to `high`.
  std::uint32_t figure(std::uint32_t sentence, double value, std::int8_t step, Qualifier q = Qualifier::eq,
                       std::optional<double> high = std::nullopt, std::string period = "") {
    Claim c;
    c.doc = "d";
    c.text = std::to_string(value);
    c.sentence = c.text;
    StatedFigure s;
    s.low = value;
    s.high = high.value_or(value);
    s.low_step = s.high_step = step;
    s.range = high.has_value();
    s.qualifier = q;
    std::uint32_t id = store_.add(c, 0, s);
    store_[id].sentence = sentence;
    store_[id].period = period.empty() ? 0 : store_.pool().intern(period);
    return id;
  }
  FigureStore store_;
};

TEST_F(Comparison, SameFiguresJoinWithoutChainingAndPartitionsSizeThemselves) {
  // 1000, 1040 and 1080 rounded to tens: 1000 and 1040 do not overlap, nor do 1040 and 1080.
  // 41 and 41.2 rounded to 1 and 0.1 share [41.15, 41.25).
  std::uint32_t a = figure(1, 41, 0), b = figure(2, 41.2, -1), c = figure(3, 1000, 1), d = figure(4, 1040, 1),
                e = figure(5, 1080, 1);
  Partitions out;
  EXPECT_EQ(out.same.size(), 0u);
  std::vector<std::uint32_t> ab = {a, b}, cde = {c, d, e};
  compare_figures(ab, store_, false, out);
  compare_figures(cde, store_, false, out);
  EXPECT_EQ(out.same.size(), store_.size());
  EXPECT_EQ(out.same.find(b), a);
  EXPECT_NE(out.same.find(d), out.same.find(c));
  EXPECT_NE(out.same.find(e), out.same.find(d));
  // 1000, 1040 and 1080 cannot all hold: every one is apart from another sentence's end.
  ASSERT_EQ(out.conflicts.size(), 1u);
  EXPECT_EQ(out.conflicts[0], cde);
  EXPECT_TRUE(out.vague.empty());
}

TEST_F(Comparison, StartsThatRoundAlikeAreOrderedByTheirExactValues) {
  // A float holds 100,000,001 and 100,000,003 as one number; sorted by it alone, the
  // larger could come between the two statements of the smaller and part them.
  std::uint32_t larger = figure(1, 100000003, 0), one = figure(2, 100000001, 0), again = figure(3, 100000001, 0);
  Partitions out;
  std::vector<std::uint32_t> ids = {larger, one, again};
  compare_figures(ids, store_, false, out);
  EXPECT_EQ(out.same.find(again), out.same.find(one));
  EXPECT_NE(out.same.find(larger), out.same.find(one));
  // And with many such figures of two values, each value is one set.
  Partitions many;
  std::vector<std::uint32_t> all;
  for (std::uint32_t i = 0; i < 200; ++i) all.push_back(figure(10 + i, i % 2 ? 100000003 : 100000001, 0));
  compare_figures(all, store_, false, many);
  for (std::uint32_t i = 2; i < 200; ++i) EXPECT_EQ(many.same.find(all[i]), many.same.find(all[i % 2])) << i;
  EXPECT_NE(many.same.find(all[0]), many.same.find(all[1]));
}

TEST_F(Comparison, BoundsThatAgreeAreVagueAndOneSentenceIsNeverAConflict) {
  // "more than 100" and "about 120" in two sentences agree without one value.
  std::uint32_t more = figure(1, 100, 0, Qualifier::gt), about = figure(2, 120, 0, Qualifier::approx);
  // "from 35 to 41" in one sentence: two values of one subject, compared, not in conflict.
  std::uint32_t from = figure(3, 35, 0), to = figure(3, 41, 0);
  Partitions out;
  std::vector<std::uint32_t> bounds = {more, about}, one_sentence = {from, to};
  compare_figures(bounds, store_, false, out);
  compare_figures(one_sentence, store_, false, out);
  EXPECT_TRUE(out.conflicts.empty());
  ASSERT_EQ(out.vague.size(), 1u);
  EXPECT_EQ(out.vague[0], bounds);
}

TEST_F(Comparison, RangesJoinWhenBothEndsAgree) {
  std::uint32_t r1 = figure(1, 5, 0, Qualifier::eq, 6), r2 = figure(2, 5, 0, Qualifier::eq, 6),
                r3 = figure(3, 5, 0, Qualifier::eq, 7);
  Partitions out;
  std::vector<std::uint32_t> ranges = {r1, r2, r3};
  compare_figures(ranges, store_, false, out);
  EXPECT_EQ(out.same.find(r2), r1);
  EXPECT_NE(out.same.find(r3), r1);
  EXPECT_TRUE(out.conflicts.empty());  // 5-6 and 5-7 share values
}

TEST_F(Comparison, PeriodsSplitTheComparisonAndUnknownOnesJoinEach) {
  // 2023 and 2024 differ; the figure without a period is compared with both.
  std::uint32_t y23 = figure(1, 41, 0, Qualifier::eq, std::nullopt, "2023"),
                y24 = figure(2, 45, 0, Qualifier::eq, std::nullopt, "2024"), none = figure(3, 45, 0);
  std::vector<std::uint32_t> all = {y23, y24, none};
  Partitions by_period;
  compare_figures(all, store_, true, by_period);
  // 2023's part holds 41 and the unknown 45: a conflict; 2024's holds two 45s: the same figure.
  ASSERT_EQ(by_period.conflicts.size(), 1u);
  EXPECT_EQ(by_period.conflicts[0], (std::vector<std::uint32_t>{y23, none}));
  EXPECT_EQ(by_period.same.find(none), y24);
  // Without periods, 41 stands against both 45s.
  Partitions one_time;
  compare_figures(all, store_, false, one_time);
  ASSERT_EQ(one_time.conflicts.size(), 1u);
  EXPECT_EQ(one_time.conflicts[0], all);
}

}  // namespace
}  // namespace factsheet::audit
