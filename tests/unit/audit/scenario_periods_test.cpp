// Audit scenarios on pairs of real BBC business stories, read in place from the shared
// corpus at test time (skipped when missing) and mutated one way per test: a dateline
// added, a figure or a period changed, a sentence reworded, the company swapped. Each class
// has its positive control. Run them with `ctest -L audit_scenarios`.
//   - a quarter named by its months ("the three months to September", "the last three
//     months of 2004") is the numbered quarter of the calendar;
//   - a month named right after the figure ("rose 7,000 in November") is its period;
//   - a country that describes a named company ("UK sportswear firm Umbro") is not the
//     entity: two firms of one country are two entities.
#include <gtest/gtest.h>

#include <string>

#include "helpers.hpp"

namespace factsheet::audit {
namespace {

using testing::audit_texts;
using testing::bbc_article;
using testing::replaced;

// The status of the one finding (other than unsourced) that holds a figure `a` of a.txt and
// a figure `b` of b.txt, or "none".
std::string status_of(const testing::Run& run, const std::string& a, const std::string& b) {
  std::string found = "none";
  for (const Finding& f : run.findings) {
    if (f.status == Status::unsourced) continue;
    bool x = false, y = false;
    for (std::uint32_t id : f.figures) {
      FigureView v = run.auditor->figure(id);
      x = x || (v.text == a && v.doc == "a.txt");
      y = y || (v.text == b && v.doc == "b.txt");
    }
    if (x && y) found = std::string(to_string(f.status));
  }
  return found;
}

std::string period_in(const testing::Run& run, const std::string& doc, const std::string& text) {
  for (const Claim& c : run.claims)
    if (c.doc == doc && c.text == text) return c.period.value_or("(none)");
  return "(no such figure)";
}

class AuditRealPairs : public ::testing::Test {
 protected:
  // The article `name` of bbc/business, after checking that it holds `sentence`.
  std::string story(const std::string& name, const std::string& sentence) {
    std::string text = bbc_article("business/" + name);
    if (text.empty()) {
      skipped_ = true;
      return text;
    }
    EXPECT_NE(text.find(sentence), std::string::npos) << name;
    return text;
  }
  bool skipped_ = false;
};

// business/402.txt: "the US economy grew at an annual rate of 3.9% in the three months to
// September". Dated, its quarter is the third of 2004, which another dated story calls "the
// third quarter".
TEST_F(AuditRealPairs, QuarterNamedByItsMonthsIsTheNumberedQuarter) {
  const std::string figure = "grew at an annual rate of 3.9% in the three months to September";
  std::string fed = story("402.txt", figure);
  if (skipped_) GTEST_SKIP() << "business/402.txt is missing";
  const std::string opening = "\n\nUS interest rates are expected";
  std::string dated = replaced(fed, opening, "\n\nWASHINGTON, Dec 14 (Reuters) - US interest rates are expected");
  ASSERT_NE(dated, fed);
  auto other = [](const std::string& value) {
    return "US growth\n\nNEW YORK, Nov 30 (Reuters) - Figures from the Commerce Department showed the US economy "
           "grew at an annual rate of " + value + " in the third quarter.\n";
  };
  auto run = audit_texts({{"a.txt", dated}, {"b.txt", other("3.7%")}}, 2004);
  EXPECT_EQ(period_in(run, "a.txt", "3.9%"), "annual rate Q3 2004");
  EXPECT_EQ(status_of(run, "3.9%", "3.7%"), "conflict");
  // Control: the same value corroborates.
  EXPECT_EQ(status_of(audit_texts({{"a.txt", dated}, {"b.txt", other("3.9%")}}, 2004), "3.9%", "3.9%"), "corroborated");
  // Controls: three months that end in another month are no quarter of the calendar, and
  // without the story's date the quarter's year is unknown.
  std::string august = replaced(dated, "three months to September", "three months to August");
  EXPECT_EQ(status_of(audit_texts({{"a.txt", august}, {"b.txt", other("3.7%")}}, 2004), "3.9%", "3.7%"), "none");
  EXPECT_EQ(status_of(audit_texts({{"a.txt", fed}, {"b.txt", other("3.7%")}}, 2004), "3.9%", "3.7%"), "none");
}

// business/073.txt: "Germany's economy shrank 0.2% in the last three months of 2004": the
// fourth quarter of 2004, however another story words it.
TEST_F(AuditRealPairs, ClosingQuarterOfAYearIsItsFourth) {
  std::string germany = story("073.txt", "Germany's economy shrank 0.2% in the last three months of 2004");
  if (skipped_) GTEST_SKIP() << "business/073.txt is missing";
  auto other = [](const std::string& figure, const std::string& period) {
    return "German figures\n\nOfficial figures in Wiesbaden showed Germany's economy shrank " + figure + " in " + period +
           ".\n";
  };
  auto run = audit_texts({{"a.txt", germany}, {"b.txt", other("0.5%", "the fourth quarter of 2004")}});
  EXPECT_EQ(period_in(run, "a.txt", "0.2%"), "Q4 2004");
  EXPECT_EQ(status_of(run, "0.2%", "0.5%"), "conflict");
  // Control: the same value corroborates.
  EXPECT_EQ(status_of(audit_texts({{"a.txt", germany}, {"b.txt", other("0.2%", "the fourth quarter of 2004")}}), "0.2%",
                      "0.2%"),
            "corroborated");
  // Controls: another quarter of the year, the first three months, and "the last quarter"
  // alone (the latest one, of a year not given) are other facts.
  for (const char* period : {"the third quarter of 2004", "the first three months of 2004", "the last quarter"})
    EXPECT_EQ(status_of(audit_texts({{"a.txt", germany}, {"b.txt", other("0.5%", period)}}), "0.2%", "0.5%"), "none")
        << period;
}

// business/022.txt: "German unemployment rose 7,000 in November to 4.464 million people": the
// month after the figure is its period, a month of the calendar held against another story's.
TEST_F(AuditRealPairs, MonthNamedAfterTheFigureIsItsPeriod) {
  std::string jobs = story("022.txt", "German unemployment rose 7,000 in November to 4.464 million people");
  if (skipped_) GTEST_SKIP() << "business/022.txt is missing";
  auto other = [](const std::string& rise, const std::string& month) {
    return "German jobs\n\nFigures from the labour office in Nuremberg showed German unemployment rose " + rise + " in " +
           month + ".\n";
  };
  auto run = audit_texts({{"a.txt", jobs}, {"b.txt", other("9,000", "November")}});
  EXPECT_EQ(period_in(run, "a.txt", "7,000"), "--11");
  EXPECT_EQ(status_of(run, "7,000", "9,000"), "conflict");
  // Control: the same value corroborates; another month is another fact.
  EXPECT_EQ(status_of(audit_texts({{"a.txt", jobs}, {"b.txt", other("7,000", "November")}}), "7,000", "7,000"),
            "corroborated");
  EXPECT_EQ(status_of(audit_texts({{"a.txt", jobs}, {"b.txt", other("9,000", "October")}}), "7,000", "9,000"), "none");
}

// business/040.txt: "UK sportswear firm Umbro has posted a 222% rise in annual profit". The
// figure is Umbro's, not the UK's: another UK firm's profit is another fact.
TEST_F(AuditRealPairs, CountryDescribingACompanyIsNotTheEntity) {
  const std::string sentence = "UK sportswear firm Umbro has posted a 222% rise in annual profit";
  std::string umbro = story("040.txt", sentence);
  if (skipped_) GTEST_SKIP() << "business/040.txt is missing";
  std::string dated = replaced(umbro, sentence, "UK sportswear firm Umbro has posted a 222% rise in profit for 2004");
  ASSERT_NE(dated, umbro);
  auto other = [](const std::string& firm, const std::string& value) {
    return "Kit makers\n\nFilings in London showed that UK kit maker " + firm + " has posted a " + value +
           " rise in profit for 2004.\n";
  };
  // Another firm of the same country, with the same figure or another: no finding.
  EXPECT_EQ(status_of(audit_texts({{"a.txt", dated}, {"b.txt", other("Admiral", "222%")}}), "222%", "222%"), "none");
  EXPECT_EQ(status_of(audit_texts({{"a.txt", dated}, {"b.txt", other("Admiral", "150%")}}), "222%", "150%"), "none");
  // Controls: the same firm, described another way.
  EXPECT_EQ(status_of(audit_texts({{"a.txt", dated}, {"b.txt", other("Umbro", "150%")}}), "222%", "150%"), "conflict");
  EXPECT_EQ(status_of(audit_texts({{"a.txt", dated}, {"b.txt", other("Umbro", "222%")}}), "222%", "222%"),
            "corroborated");
}

}  // namespace
}  // namespace factsheet::audit
