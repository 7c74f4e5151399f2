#include "context/time_ref.hpp"

#include <gtest/gtest.h>

#include "helpers.hpp"

namespace factsheet::context {
namespace {

using testing::claim_at;
using testing::lexicon;

struct Figure {
  std::string text;
  Kind kind;
  Value value;
};

std::optional<TimeRef> time_of(const std::string& sentence, const std::vector<Figure>& figures,
                               CalendarDate reference) {
  std::vector<Claim> claims;
  for (const auto& f : figures) {
    claims.push_back(claim_at(sentence, f.text, f.kind));
    claims.back().value = f.value;
  }
  std::vector<const Claim*> ptrs;
  for (const auto& c : claims) ptrs.push_back(&c);
  TaggedSentence s(sentence, 0, sentence.size(), lexicon(), ptrs);
  return find_time(s, 0, ptrs, lexicon(), reference);
}

const CalendarDate kMay20{2024, 5, 20};

TEST(TimeRef, RelativeYearAgainstTheArticleDate) {
  auto t = time_of("Bilateral trade reached 41 billion US dollars last year, achieving the target.",
                   {{"41 billion US dollars", Kind::money, 41e9}}, kMay20);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2023");
  EXPECT_EQ(t->text, "last year");
  t = time_of("The committee celebrates its 10th anniversary this year.", {{"10th anniversary", Kind::ordinal, 10.0}},
              kMay20);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2024");
}

TEST(TimeRef, RelativeMonthAndDay) {
  auto t = time_of("Sales rose 5% last month.", {{"5%", Kind::percent, 5.0}}, {2024, 1, 10});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2023-12");
  t = time_of("Shares fell 3% yesterday.", {{"3%", Kind::percent, 3.0}}, {2024, 3, 1});
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2024-02-29");
}

TEST(TimeRef, UnresolvedWithoutAYearKeepsTheWords) {
  auto t = time_of("Trade grew 5% last year.", {{"5%", Kind::percent, 5.0}}, {});
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->time);
  EXPECT_EQ(t->text, "last year");
}

TEST(TimeRef, ExplicitYearAndMonthClaims) {
  auto t = time_of("In 2022, the two countries upgraded their relations.",
                   {{"two countries", Kind::count, 2.0}, {"2022", Kind::year, 2022.0}}, kMay20);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2022");
  EXPECT_EQ(t->text, "2022");
  t = time_of("Exports reached $5 billion in May 2023.",
              {{"$5 billion", Kind::money, 5e9}, {"May 2023", Kind::date, std::string("2023-05")}}, kMay20);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2023-05");
  t = time_of("On May 21, 22 resolutions were signed.",
              {{"22 resolutions", Kind::count, 22.0}, {"May 21", Kind::date, std::string("--05-21")}}, kMay20);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2024-05-21");
}

TEST(TimeRef, MonthWithARelativeYear) {
  auto t = time_of("In May last year, 3 agreements were signed.",
                   {{"3 agreements", Kind::count, 3.0}, {"May", Kind::date, std::string("--05")}}, kMay20);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->time, "2023-05");
  EXPECT_EQ(t->text, "May last year");
}

TEST(TimeRef, OtherClausesDoNotLend) {
  EXPECT_FALSE(time_of("Trade reached $41 billion last year, achieving the target set by the two heads of state.",
                       {{"two heads of state", Kind::count, 2.0}}, kMay20));
  EXPECT_FALSE(time_of("The meeting was on May 20.", {{"May 20", Kind::date, std::string("--05-20")}}, kMay20));
  EXPECT_FALSE(time_of("Five people attended.", {{"Five people", Kind::count, 5.0}}, kMay20));
}

}  // namespace
}  // namespace factsheet::context
