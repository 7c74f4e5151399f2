// The frame rules the audit relies on, read from texts run through the extractor: the
// period (rate bases, unanchored relative times, fractions), the measure a verb of change
// gives, and which figures of a sentence are a revision.
#include <gtest/gtest.h>

#include <string>

#include "audit/revision.hpp"
#include "helpers.hpp"

namespace factsheet::audit {
namespace {

using testing::audit_texts;

// The claim of `text` in one story of one sentence, extracted with `year`.
Claim claim_of(const std::string& sentence, const std::string& text, std::optional<int> year = std::nullopt) {
  auto run = audit_texts({{"a.txt", "A story\n\n" + sentence + "\n"}}, year);
  for (const Claim& c : run.claims)
    if (c.text == text) return c;
  ADD_FAILURE() << "no figure " << text << " in " << sentence;
  return {};
}

std::string period(const std::string& sentence, const std::string& text, std::optional<int> year = std::nullopt) {
  return claim_of(sentence, text, year).period.value_or("(none)");
}

std::string measure(const std::string& sentence, const std::string& text) {
  return claim_of(sentence, text).measure.value_or("(none)");
}

TEST(FrameRules, AnnualRateIsABasisOfItsOwnFigureOnly) {
  EXPECT_EQ(period("The US economy grew at an annual rate of 3.8% in the last quarter of 2004.", "3.8%"),
            "annual rate quarter 2004");
  EXPECT_EQ(period("UK inflation hit an annual rate of 1.6% in 2004.", "1.6%"), "annual rate 2004");
  // Another number between them: the basis is that number's.
  EXPECT_EQ(period("Growth was at an annual rate of 4% in the third quarter of 2004 and for the year it came in "
                   "at 4.4%.",
                   "4.4%"),
            "Q3 2004");
  // Past a comma after the figure: another clause's.
  EXPECT_EQ(period("Output in the period grew just 0.1%, an annual rate of 0.3%.", "0.1%"), "(none)");
  // Control: "annual sales" is a year's figure.
  EXPECT_EQ(period("Tesco's annual sales reached £30bn in 2004.", "£30bn"), "2004");
}

TEST(FrameRules, AYearsFigureWithItsYearIsThatYear) {
  EXPECT_EQ(period("Tesco's annual sales reached £30bn in 2004.", "£30bn"), "2004");
  EXPECT_EQ(period("Tesco's sales reached £30bn last year.", "£30bn", 2005), "2004");
  EXPECT_EQ(period("Tesco's quarterly sales reached £8bn in 2004.", "£8bn"), "quarter 2004");
}

TEST(FrameRules, AnUnresolvedRelativeTimeStaysAsWritten) {
  EXPECT_EQ(period("Tesco's sales reached £30bn last year.", "£30bn"), "last year");
  EXPECT_EQ(period("Tesco's sales fell 2% last month.", "2%"), "last month");
  // A basis phrase dates the earlier value, not the value reached.
  EXPECT_EQ(period("GM's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier.", "$51.2bn", 2005), "(none)");
  EXPECT_EQ(period("GM's revenues rose 4.7% to $51.2bn from $48.8bn a year earlier.", "$48.8bn", 2005), "2004");
}

TEST(FrameRules, HalfIsAPeriodOnlyAsOne) {
  EXPECT_EQ(period("Fannie Mae finances nearly half of all US house purchases.", "nearly half"), "(none)");
  EXPECT_EQ(period("Tesco's sales rose 5% in the second half of 2004.", "5%"), "second half 2004");
}

TEST(FrameRules, AHalfIsAnchoredByTheArticlesDate) {
  // The latest such half begun by the article's date: the second half begins in July.
  EXPECT_EQ(period("LONDON, Nov 5 (Reuters) - Acme's sales rose 4% in the second half.", "4%", 2004), "second half 2004");
  EXPECT_EQ(period("LONDON, Mar 2 (Reuters) - Acme's sales rose 4% in the second half.", "4%", 2005), "second half 2004");
  EXPECT_EQ(period("LONDON, Mar 2 (Reuters) - Acme's sales rose 4% in the first half.", "4%", 2005), "first half 2005");
  // Control: without a date the half is not anchored.
  EXPECT_EQ(period("Acme's sales rose 4% in the first half.", "4%"), "first half");
}

TEST(FrameRules, TheVerbOfChangeSaysWhatTheEconomyMeasures) {
  EXPECT_EQ(measure("Germany's economy grew 1.6% in 2004.", "1.6%"), "growth");
  EXPECT_EQ(measure("The US economy grew at an annual rate of 3.9% in the third quarter.", "3.9%"), "growth");
  EXPECT_EQ(measure("China's economy expanded by 9.5% in 2004.", "9.5%"), "growth");
  // Controls: a measure noun keeps its measure; a rate is the verb's only right after it.
  EXPECT_EQ(measure("Germany's exports grew 1.6% in 2004.", "1.6%"), "export");
  EXPECT_EQ(measure("US interest rates increased to 2% in December.", "2%"), "interest rate");
  EXPECT_EQ(measure("That is a 5.5% increase and sits against an inflation rate of 1.6%.", "1.6%"), "inflation rate");
}

// The revision pairs of one sentence, as "old>new" texts.
std::vector<std::string> revisions(const std::string& sentence) {
  auto run = audit_texts({{"a.txt", "A story\n\n" + sentence + "\n"}});
  std::vector<std::string> out;
  for (const Finding* f : run.with(Status::revised)) {
    std::string pair;
    for (const std::string& t : run.texts(*f)) pair += (pair.empty() ? "" : "|") + t;
    out.push_back(pair);
  }
  return out;
}

TEST(FrameRules, RevisionPairs) {
  EXPECT_EQ(revisions("The Labor Department revised up the number of jobs created in the two previous months - to "
                      "139,000 in September instead of 96,000, and to 198,000 in August instead of 128,000."),
            (std::vector<std::string>{"139,000|96,000", "198,000|128,000"}));
  EXPECT_EQ(revisions("A previous estimate of 0.1% growth between July and September was downgraded to a 0.3% "
                      "decline."),
            (std::vector<std::string>{"0.1%|0.3%"}));
  EXPECT_EQ(revisions("The ONS revised the annual 2004 rate of growth down from the 5.9% estimated in November to "
                      "3.2%."),
            (std::vector<std::string>{"5.9%|3.2%"}));
  // No revision word: a change from one value to another.
  EXPECT_TRUE(revisions("Sales rose to 3.2% from 2.9% in November.").empty());
  // A revision word far from the figures, in another clause, says nothing about them.
  EXPECT_TRUE(revisions("Analysts revised their views on the economy; sales rose to 3.2% from 2.9% in November.").empty());
  // "a revised 0.6% increase": that figure is itself the revised one, of October.
  EXPECT_TRUE(revisions("Output rose 0.3% in November from a revised 0.6% increase in October.").empty());
}

}  // namespace
}  // namespace factsheet::audit
