// Audit scenarios, one class of construction each, on two short stories: which status
// the pair of figures gets (conflict, corroborated, vague, repeated or none). Each class
// has its positive control beside it, so a rule that finds nothing cannot pass. The
// scenarios on a real article are in scenarios_test.cpp. Run them with
// `ctest -L audit_scenarios`.
#include <gtest/gtest.h>

#include <string>

#include "helpers.hpp"

namespace factsheet::audit {
namespace {

using testing::audit_texts;

// The status of the one finding (other than unsourced) that holds both figures, or
// "none".
std::string status_of(const std::string& a, const std::string& b, const std::string& figure_a,
                      const std::string& figure_b) {
  auto run = audit_texts({{"a.txt", "First story\n\n" + a + "\n"}, {"b.txt", "Second story\n\n" + b + "\n"}});
  std::string found = "none";
  for (const Finding& f : run.findings) {
    if (f.status == Status::unsourced) continue;
    bool x = false, y = false;
    for (const std::string& t : run.texts(f)) {
      x = x || t == figure_a;
      y = y || t == figure_b;
    }
    if (x && y) found = std::string(to_string(f.status));
  }
  return found;
}

const std::string kTesco = "Tesco's sales reached £1.3bn in 2004, the company said.";

TEST(AuditClasses, TrueConflictBetweenIndependentStories) {
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.5bn in 2004.", "£1.3bn", "£1.5bn"),
            "conflict");
  // Control: the same value in the other story.
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.3bn in 2004.", "£1.3bn", "£1.3bn"),
            "corroborated");
}

TEST(AuditClasses, RoundingAgrees) {
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.28bn in 2004.", "£1.3bn", "£1.28bn"),
            "corroborated");
  // Control: beyond the rounding of "£1.3bn" (1.25bn to 1.35bn).
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.38bn in 2004.", "£1.3bn", "£1.38bn"),
            "conflict");
}

TEST(AuditClasses, BoundsAgree) {
  EXPECT_EQ(status_of("Tesco's sales reached more than £1.2bn in 2004, the company said.",
                      "Analysts in London said Tesco's sales reached £1.3bn in 2004.", "more than £1.2bn", "£1.3bn"),
            "vague");
  EXPECT_EQ(status_of("Tesco's sales reached about £1.2bn in 2004, the company said.",
                      "Analysts in London said Tesco's sales reached £1.3bn in 2004.", "about £1.2bn", "£1.3bn"),
            "vague");
  // Control: a bound the other figure breaks.
  EXPECT_EQ(status_of("Tesco's sales reached more than £1.4bn in 2004, the company said.",
                      "Analysts in London said Tesco's sales reached £1.3bn in 2004.", "more than £1.4bn", "£1.3bn"),
            "conflict");
}

TEST(AuditClasses, DifferentPeriodIsAnotherFact) {
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.5bn in 2003.", "£1.3bn", "£1.5bn"),
            "none");
  // A period not anchored in time ("the quarter", "last month") is not held against
  // another story's: the two may be different quarters.
  EXPECT_EQ(status_of("Tesco's sales reached £1.3bn in the quarter, the company said.",
                      "Analysts in London said Tesco's sales reached £1.5bn in the quarter.", "£1.3bn", "£1.5bn"),
            "none");
  // No period at all: not held against each other either.
  EXPECT_EQ(status_of("Tesco's sales reached £1.3bn, the company said.",
                      "Analysts in London said Tesco's sales reached £1.5bn.", "£1.3bn", "£1.5bn"),
            "none");
}

TEST(AuditClasses, DifferentEntityIsAnotherFact) {
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Sainsbury's sales reached £1.5bn in 2004.", "£1.3bn", "£1.5bn"),
            "none");
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Sainsbury's sales reached £1.3bn in 2004.", "£1.3bn", "£1.3bn"),
            "none");
}

TEST(AuditClasses, PartIsNotTheWhole) {
  EXPECT_EQ(status_of(kTesco, "Analysts in London said the clothing sales of Tesco reached £0.5bn in 2004.", "£1.3bn",
                      "£0.5bn"),
            "none");
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's UK sales reached £0.9bn in 2004.", "£1.3bn", "£0.9bn"),
            "none");
  // Control: the part stated twice is one fact.
  EXPECT_EQ(status_of("Tesco's UK sales reached £1.3bn in 2004, the company said.",
                      "Analysts in London said Tesco's UK sales reached £0.9bn in 2004.", "£1.3bn", "£0.9bn"),
            "conflict");
}

TEST(AuditClasses, ForecastIsNotAnActualValue) {
  EXPECT_EQ(status_of("Tesco's sales are expected to reach £1.5bn in 2005, the company said.",
                      "Analysts in London said Tesco's sales reached £1.3bn in 2005.", "£1.5bn", "£1.3bn"),
            "none");
  // Two forecasts of different forecasters differ without contradicting each other.
  EXPECT_EQ(status_of("Tesco's sales are expected to reach £1.5bn in 2005, the company said.",
                      "Analysts in London expect Tesco's sales to reach £1.3bn in 2005.", "£1.5bn", "£1.3bn"),
            "none");
}

TEST(AuditClasses, CopyRepeatsAndIndependentCorroborates) {
  EXPECT_EQ(status_of(kTesco, kTesco, "£1.3bn", "£1.3bn"), "repeated");
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.3bn in 2004.", "£1.3bn", "£1.3bn"),
            "corroborated");
}

TEST(AuditClasses, CopyWithAnotherFigureConflictsEvenWithoutAPeriod) {
  const std::string wire =
      "Tesco's sales rose 5% over the Christmas weeks, the UK's biggest supermarket chain said after a run of "
      "strong trading.";
  std::string changed = wire;
  changed.replace(changed.find("5%"), 2, "9%");
  EXPECT_EQ(status_of(wire, changed, "5%", "9%"), "conflict");
  auto run = audit_texts({{"a.txt", "First story\n\n" + wire + "\n"}, {"b.txt", "Second story\n\n" + changed + "\n"}});
  ASSERT_EQ(run.with(Status::conflict).size(), 1u);
  EXPECT_NE(run.with(Status::conflict)[0]->explanation.find("copies of one sentence"), std::string::npos);
  // Control: the copy keeps the figure.
  EXPECT_EQ(status_of(wire, wire, "5%", "5%"), "repeated");
  // A copied sentence with two figures of one frame compares each with its own copy only.
  const std::string two = "Japanese films accounted for 37.5% of Japan's box office total last year, with foreign "
                          "films taking the remaining 62.5% of the Japanese market.";
  auto copied = audit_texts({{"a.txt", "First story\n\n" + two + "\n"}, {"b.txt", "Second story\n\n" + two + "\n"}});
  EXPECT_TRUE(copied.with(Status::conflict).empty()) << copied.with(Status::conflict)[0]->explanation;
}

TEST(AuditClasses, UnitsConvert) {
  const std::string a = "Gazprom's pipeline grew by 5 km in 2004, the company said.";
  EXPECT_EQ(status_of(a, "Figures from the ministry showed that Gazprom's pipeline grew by 5,000 metres in 2004.",
                      "5 km", "5,000 metres"),
            "corroborated");
  EXPECT_EQ(status_of(a, "Figures from the ministry showed that Gazprom's pipeline grew by 5 miles in 2004.", "5 km",
                      "5 miles"),
            "conflict");
}

TEST(AuditClasses, MeasureSynonymsAreOneMeasure) {
  // WordNet: "profit" and "earnings" share their first sense.
  EXPECT_EQ(status_of("Tesco's profit rose to £1.3bn in 2004, the company said.",
                      "Figures from analysts showed that Tesco's earnings rose to £1.5bn in 2004.", "£1.3bn", "£1.5bn"),
            "conflict");
  // measure_synonyms.tsv: "turnover" is a company's sales.
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's turnover reached £1.3bn in 2004.", "£1.3bn", "£1.3bn"),
            "corroborated");
  // Control: a pre-tax profit is not the sales.
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's pre-tax profit reached £1.5bn in 2004.", "£1.3bn",
                      "£1.5bn"),
            "none");
}

TEST(AuditClasses, OneArticleStatingItTwice) {
  auto run = audit_texts({{"a.txt", "Tesco results\n\nTesco's sales reached £1.3bn in the quarter, the company said.\n"
                                    "Later in the day Tesco said its sales reached £1.5bn in the quarter.\n"}});
  ASSERT_EQ(run.with(Status::conflict).size(), 1u);
  EXPECT_NE(run.with(Status::conflict)[0]->explanation.find("one article states it twice"), std::string::npos)
      << run.with(Status::conflict)[0]->explanation;
  // Control: two values in one sentence are a change, not a conflict.
  auto one = audit_texts({{"a.txt", "Tesco results\n\nTesco's sales rose from £1.3bn to £1.5bn in 2004.\n"}});
  EXPECT_TRUE(one.with(Status::conflict).empty());
}

}  // namespace
}  // namespace factsheet::audit
