#include <gtest/gtest.h>

#include "audit/figure_value.hpp"

namespace factsheet::audit {
namespace {

Claim figure(std::string text, double value, Qualifier q = Qualifier::eq) {
  Claim c;
  c.kind = Kind::count;
  c.text = std::move(text);
  c.value = value;
  c.qualifier = q;
  return c;
}

FigureValue value_of(const Claim& c) { return figure_value(*stated_figure(c)); }

Relation rel(const Claim& a, const Claim& b) { return relate(value_of(a), value_of(b)); }

TEST(WrittenPrecision, FromTheDigitsAsWritten) {
  EXPECT_DOUBLE_EQ(written_precision("41 billion US dollars", 41e9), 1e9);
  EXPECT_DOUBLE_EQ(written_precision("40.9 billion dollars", 40.9e9), 1e8);
  EXPECT_DOUBLE_EQ(written_precision("$7.2 billion", 7.2e9), 1e8);
  EXPECT_DOUBLE_EQ(written_precision("over 10,000 Kazakh students", 10000), 1000);
  EXPECT_DOUBLE_EQ(written_precision("41,000,000,000 dollars", 41e9), 1e9);
  EXPECT_DOUBLE_EQ(written_precision("180 events", 180), 10);
  EXPECT_DOUBLE_EQ(written_precision("70%", 70), 1);
  EXPECT_DOUBLE_EQ(written_precision("45 projects", 45), 1);
  EXPECT_DOUBLE_EQ(written_precision("1,150 km", 1150), 10);
  EXPECT_DOUBLE_EQ(written_precision("50 cents", 0.5), 0.01);
  EXPECT_DOUBLE_EQ(written_precision("5-6 million", 6e6, true), 1e6);
}

TEST(WrittenPrecision, NumbersInWordsAreExactInTheirScale) {
  EXPECT_DOUBLE_EQ(written_precision("two million people", 2e6), 1e6);
  EXPECT_DOUBLE_EQ(written_precision("Twenty-two resolutions", 22), 1);
  EXPECT_DOUBLE_EQ(written_precision("3 dozen eggs", 36), 1);  // the digits are not the number
}

TEST(Relate, ConsistentRoundingIsTheSameFigure) {
  EXPECT_EQ(rel(figure("41 billion", 41e9), figure("40.9 billion", 40.9e9)), Relation::same);
  EXPECT_EQ(rel(figure("41 billion", 41e9), figure("41,000,000,000", 41e9)), Relation::same);
  EXPECT_EQ(rel(figure("41 billion", 41e9), figure("about 41 billion", 41e9, Qualifier::approx)), Relation::same);
  EXPECT_EQ(rel(figure("10,000", 10000), figure("10,250", 10250)), Relation::same);
}

TEST(Relate, DifferentValuesConflict) {
  EXPECT_EQ(rel(figure("41 billion", 41e9), figure("45 billion", 45e9)), Relation::conflict);
  EXPECT_EQ(rel(figure("41 billion", 41e9), figure("41.6 billion", 41.6e9)), Relation::conflict);
  EXPECT_EQ(rel(figure("150", 150), figure("160", 160)), Relation::conflict);  // 155 rounds up
  EXPECT_EQ(rel(figure("26", 26), figure("27", 27)), Relation::conflict);
}

TEST(Relate, CompatibleBoundsAreNotConflicts) {
  Claim more180 = figure("more than 180 events", 180, Qualifier::gt);
  Claim over100 = figure("over 100 large-scale events", 100, Qualifier::gt);
  EXPECT_EQ(rel(more180, over100), Relation::compatible);
  EXPECT_EQ(rel(more180, figure("more than 180", 180, Qualifier::gt)), Relation::same);
  EXPECT_EQ(rel(more180, figure("200 events", 200)), Relation::compatible);
  EXPECT_EQ(rel(more180, figure("100 events", 100)), Relation::conflict);
  EXPECT_EQ(rel(figure("at least 10", 10, Qualifier::ge), figure("up to 10", 10, Qualifier::le)),
            Relation::compatible);  // exactly 10
  EXPECT_EQ(rel(figure("more than 10", 10, Qualifier::gt), figure("less than 10", 10, Qualifier::lt)),
            Relation::conflict);
}

TEST(Relate, ApproximationsWidenByTenPercent) {
  EXPECT_EQ(rel(figure("about 100", 100, Qualifier::approx), figure("108", 108)), Relation::compatible);
  EXPECT_EQ(rel(figure("about 100", 100, Qualifier::approx), figure("115", 115)), Relation::conflict);
}

TEST(Relate, RangesAndRatios) {
  Claim range;
  range.kind = Kind::count;
  range.text = "5-6 million";
  range.low = 5e6;
  range.high = 6e6;
  Claim inside = figure("5.5 million", 5.5e6);
  EXPECT_EQ(rel(range, inside), Relation::compatible);
  EXPECT_EQ(rel(range, range), Relation::same);
  EXPECT_EQ(rel(range, figure("8 million", 8e6)), Relation::conflict);

  Claim r1, r2;
  r1.kind = r2.kind = Kind::ratio;
  r1.text = "26 out of the 45 projects";
  r1.part = 26;
  r1.whole = 45;
  r2 = r1;
  EXPECT_EQ(rel(r1, r2), Relation::same);
  r2.part = 30;
  EXPECT_EQ(rel(r1, r2), Relation::conflict);
}

TEST(Overlap, EndsOpenAndClosed) {
  EXPECT_TRUE(overlap({1, 2, true, true}, {2, 3, true, true}));
  EXPECT_FALSE(overlap({1, 2, true, false}, {2, 3, true, true}));
  EXPECT_TRUE(overlap({1, 5, true, false}, {2, 3, true, false}));
}

}  // namespace
}  // namespace factsheet::audit
