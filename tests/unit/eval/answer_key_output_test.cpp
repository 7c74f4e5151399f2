#include "eval/answer_key_output.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "eval/format.hpp"
#include "helpers.hpp"

namespace factsheet::eval {
namespace {

using test::claim;
using test::gold;

struct Fixture {
  std::string text =
      "MINSK, 21 May (BelTA) - The two sides signed 12 deals.\n"
      "Trade grew by 41 billion US dollars in 2023, seven years early.";
  std::vector<GoldItem> gold_items;
  std::vector<Claim> claims;
  AnswerKeyReport report;

  Fixture() {
    gold_items = {gold(text, 1, "21 May", Kind::date, std::string("--05-21"), std::nullopt, true),
                  gold(text, 1, "two sides", Kind::count, 2.0, "side"),
                  gold(text, 1, "12 deals", Kind::count, 12.0, "deal"),
                  gold(text, 2, "41 billion US dollars", Kind::money, 41e9, "USD"),
                  gold(text, 2, "2023", Kind::year, 2023.0),
                  gold(text, 2, "seven years", Kind::duration, 7.0, "year")};
    claims = {claim(text, 1, "21 May", Kind::money, 21.0, "MYR"),
              claim(text, 1, "two sides", Kind::count, 2.0, "side"),
              claim(text, 1, "12 deals", Kind::count, 12.0, "deals"),
              claim(text, 2, "41 billion US dollars", Kind::money, 41e9, "USD"),
              claim(text, 2, "in 2023", Kind::year, 2023.0),
              claim(text, 2, "early", Kind::count, 1.0)};
    report = score_answer_key(text, gold_items, claims);
  }
};

TEST(AnswerKeyOutput, TableShowsMetricsKindsAndTheCheck) {
  Fixture f;
  std::ostringstream out;
  print_answer_key_table(out, f.report);
  std::string s = out.str();
  EXPECT_NE(s.find("6 gold items (5 required, 1 optional); 6 claims (5 scored, 1 on optional items only)"),
            std::string::npos) << s;
  // span: two sides, 12 deals, money, year = 4 of 5 claims and 5 gold.
  EXPECT_NE(s.find("span                            4           5      5   80.0   80.0   80.0"),
            std::string::npos) << s;
  EXPECT_NE(s.find("span+value+unit                 3           5      5   60.0   60.0   60.0"),
            std::string::npos) << s;
  EXPECT_NE(s.find("  count        1 / 2      50.0"), std::string::npos) << s;
  EXPECT_NE(s.find("  duration     0 / 1       0.0"), std::string::npos) << s;
  EXPECT_NE(s.find("false figures by kind (scored claims matching no gold span):\n  count        1\n"),
            std::string::npos) << s;
  EXPECT_NE(s.find("reported as money/count/measure: 1\n"), std::string::npos) << s;
}

TEST(AnswerKeyOutput, JsonCarriesTheSameFigures) {
  Fixture f;
  auto j = answer_key_json(f.report);
  EXPECT_EQ(j["gold_required"], 5);
  EXPECT_EQ(j["claims_dropped"], 1);
  EXPECT_EQ(j["metrics"]["span"]["tp"], 4);
  EXPECT_EQ(j["metrics"]["span+value+unit"]["tp"], 3);
  EXPECT_DOUBLE_EQ(j["metrics"]["span+value+unit"]["f1"].get<double>(), 60.0);
  EXPECT_EQ(j["recall_by_kind"]["count"]["matched"], 1);
  EXPECT_EQ(j["false_by_kind"]["count"], 1);
  EXPECT_EQ(j["dateline_year_name_errors"], 1);
  // Metrics keep the documented order.
  std::vector<std::string> names;
  for (auto& [k, v] : j["metrics"].items()) names.push_back(k);
  EXPECT_EQ(names, (std::vector<std::string>{"span", "span+kind", "span+value", "span+value+unit",
                                             "span+value+unit+qualifier", "span+value+subject-partial",
                                             "span+value+subject-complete"}));
}

TEST(AnswerKeyOutput, ErrorsSayWhatWasExpectedAndWhatCame) {
  Fixture f;
  std::ostringstream out;
  write_answer_key_errors(out, f.text, f.gold_items, f.claims, f.report);
  std::string s = out.str();
  EXPECT_NE(s.find("# Answer-key errors under span+value+unit: 2 misses, 1 false figures, 1 money"),
            std::string::npos) << s;
  EXPECT_NE(s.find("## misses: count (1)\n\n1:46 \"12 deals\"\n"
                   "  expected: count 12 unit=\"deal\" qualifier=\"=\"\n"
                   "  got:      count 12 unit=\"deals\" qualifier=\"=\" from \"12 deals\"\n"
                   "  differs:  unit\n"),
            std::string::npos) << s;
  EXPECT_NE(s.find("## misses: duration (1)\n\n2:46 \"seven years\"\n"
                   "  expected: duration 7 unit=\"year\" qualifier=\"=\"\n"
                   "  got:      no claim overlaps it\n"
                   "  line:     Trade grew by 41 billion US dollars in 2023, [[seven years]] early.\n"),
            std::string::npos) << s;
  EXPECT_NE(s.find("## false figures: count (1)\n\n2:58 \"early\"\n  expected: nothing\n"
                   "  got:      count 1 unit=null qualifier=\"=\"\n"),
            std::string::npos) << s;
  EXPECT_NE(s.find("## money/count/measure on datelines, years or names (1)\n\n1:8 \"21 May\"\n"
                   "  got:      money 21 unit=\"MYR\" qualifier=\"=\"\n"
                   "  gold:     date \"--05-21\" unit=null qualifier=\"=\" (optional) \"21 May\"\n"
                   "  line:     MINSK, [[21 May]] (BelTA)"),
            std::string::npos) << s;
  // Misses come grouped by kind in the kinds' order: count before duration.
  EXPECT_LT(s.find("## misses: count"), s.find("## misses: duration"));
}

TEST(AnswerKeyOutput, LongLinesAreCutAroundTheSpan) {
  std::string line(300, 'a');
  line.replace(150, 2, "42");
  std::string marked = mark_span(line, 150, 152, 10);
  EXPECT_EQ(marked, "..." + std::string(10, 'a') + "[[42]]" + std::string(10, 'a') + "...");
}

}  // namespace
}  // namespace factsheet::eval
