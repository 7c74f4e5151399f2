// Audit scenarios, one class of construction each, on two short stories: which status
// the pair of figures gets (conflict, corroborated, vague, repeated or none). Each class
// has its positive control beside it, so a rule that finds nothing cannot pass. The
// scenarios on a real article are in scenarios_test.cpp. Run them with
// `ctest -L audit_scenarios`.
#include <gtest/gtest.h>

#include <algorithm>
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
  // Both figures must be read: "none" from an extractor that reads nothing is no pass.
  auto read = [&](const std::string& text) {
    return std::any_of(run.claims.begin(), run.claims.end(), [&](const Claim& c) { return c.text == text; });
  };
  EXPECT_TRUE(read(figure_a)) << figure_a << " not read in: " << a;
  EXPECT_TRUE(read(figure_b)) << figure_b << " not read in: " << b;
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
  // Control: the same year is one fact.
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.5bn in 2004.", "£1.3bn", "£1.5bn"),
            "conflict");
}

TEST(AuditClasses, DifferentEntityIsAnotherFact) {
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Sainsbury's sales reached £1.5bn in 2004.", "£1.3bn", "£1.5bn"),
            "none");
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Sainsbury's sales reached £1.3bn in 2004.", "£1.3bn", "£1.3bn"),
            "none");
  // Control: the same entity's figure is held against it.
  EXPECT_EQ(status_of(kTesco, "Analysts in London said Tesco's sales reached £1.5bn in 2004.", "£1.3bn", "£1.5bn"),
            "conflict");
}

// Figures compared across places in one sentence ("2% in France and 3% in Germany") are
// each the figure of the place named right after it, not of the first place named.
TEST(AuditClasses, EachFigureOfAListOfPlacesIsItsPlaces) {
  const std::string list = "Inflation was 2% in France and 3% in Germany in January, the agency said.";
  EXPECT_EQ(status_of(list, "French inflation was 2% in January, the statistics office said.", "3%", "2%"), "none");
  EXPECT_EQ(status_of(list, "German inflation was 3% in January, the statistics office said.", "3%", "3%"),
            "corroborated");
  // Control: the other story gives Germany another figure.
  EXPECT_EQ(status_of(list, "German inflation was 4% in January, the statistics office said.", "3%", "4%"),
            "conflict");
}

TEST(AuditClasses, SameCountIsOneFactOnlyWhenTheStoriesSayMoreAlike) {
  // A count's noun says who, not what: 20,000 people surveyed and 20,000 viewers of a
  // download are two facts, though entity, noun and value agree and no scope tells them apart.
  const std::string survey = "The survey of 20,000 people in Britain found most wanted faster phones.";
  EXPECT_EQ(status_of(survey, "Of those, 20,000 people were in Britain, the report said.", "20,000 people",
                      "20,000 people"),
            "none");
  // Control: the same thing said of them.
  EXPECT_EQ(status_of(survey, "Police estimated the survey of 20,000 people in Britain showed most wanted faster phones.",
                      "20,000 people", "20,000 people"),
            "corroborated");
}

TEST(AuditClasses, CountsHeldAgainstEachOtherMustSayMoreAlike) {
  EXPECT_EQ(status_of("In 2004 the survey of 20,000 people in Britain found most wanted faster phones.",
                      "Of those, 30,000 people were in Britain in 2004, the report said.", "20,000 people",
                      "30,000 people"),
            "none");
  // Control: the same survey with another sample size.
  EXPECT_EQ(status_of("In 2004 the survey of 20,000 people in Britain found most wanted faster phones.",
                      "Researchers said the survey of 30,000 people in Britain in 2004 showed most wanted faster phones.",
                      "20,000 people", "30,000 people"),
            "conflict");
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
  // Control: two values reached are held against each other.
  EXPECT_EQ(status_of("Tesco's sales reached £1.5bn in 2005, the company said.",
                      "Analysts in London said Tesco's sales reached £1.3bn in 2005.", "£1.5bn", "£1.3bn"),
            "conflict");
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


// The frame's period of the figure `text` in a run.
std::string period_of(const testing::Run& run, const std::string& text) {
  for (const Claim& c : run.claims)
    if (c.text == text) return c.period.value_or("");
  return "(no such figure)";
}

bool holds(const testing::Run& run, const Finding& f, const std::string& text) {
  for (const std::string& t : run.texts(f))
    if (t == text) return true;
  return false;
}

TEST(AuditClasses, RevisionInOneSentenceIsRevisedNotARangeNorAConflict) {
  // "from X to Y" after "revised": the old and the new value of one fact.
  auto range = audit_texts({{"a.txt", "Jobs report\n\nThe Labor Department also said it had revised down the jobs "
                                      "gains in December 2004, from 157,000 to 133,000.\n"}});
  ASSERT_EQ(range.with(Status::revised).size(), 1u);
  EXPECT_NE(range.with(Status::revised)[0]->explanation.find("from \xE2\x80\x9C" "157,000\xE2\x80\x9D to \xE2\x80\x9C"
                                                             "133,000\xE2\x80\x9D"),
            std::string::npos)
      << range.with(Status::revised)[0]->explanation;
  // The value replaced marked by its words: "an earlier estimate of", "instead of".
  auto estimate = audit_texts({{"a.txt", "German economy\n\nThe Federal Statistics Office said growth for 2004 was "
                                         "1.6%, down from an earlier estimate of 1.7%.\n"}});
  ASSERT_EQ(estimate.with(Status::revised).size(), 1u);
  EXPECT_TRUE(holds(estimate, *estimate.with(Status::revised)[0], "1.6%"));
  EXPECT_TRUE(holds(estimate, *estimate.with(Status::revised)[0], "1.7%"));
  auto instead = audit_texts({{"a.txt", "US jobs\n\nThe Labor Department revised up the number of jobs created in "
                                        "September to 139,000 instead of 96,000.\n"}});
  EXPECT_EQ(instead.with(Status::revised).size(), 1u);
  for (const auto* run : {&range, &estimate, &instead}) EXPECT_TRUE(run->with(Status::conflict).empty());
  // Controls: a change from one value to another is no revision, and "a revised 53.3"
  // is a revised figure of another month, not the old value of 51.8.
  auto change = audit_texts({{"a.txt", "Tesco results\n\nTesco's sales rose from £1.3bn to £1.5bn in 2004.\n"}});
  EXPECT_TRUE(change.with(Status::revised).empty());
  auto adjective = audit_texts({{"a.txt", "Factories\n\nThe purchasing managers' index fell to 51.8 in January from "
                                          "a revised 53.3 in December.\n"}});
  EXPECT_TRUE(adjective.with(Status::revised).empty());
}

TEST(AuditClasses, RevisedValueIsHeldAgainstOtherStories) {
  const std::string revised = "Tesco's sales for 2004 were revised down to £1.3bn from £1.5bn, the company said.";
  // The new value corroborates a story that states it ...
  auto same = audit_texts({{"a.txt", "First story\n\n" + revised + "\n"},
                           {"b.txt", "Second story\n\nAnalysts in London said Tesco's sales reached £1.3bn in 2004.\n"}});
  EXPECT_EQ(same.with(Status::corroborated).size(), 1u);
  // ... and conflicts with one that states the old value as the fact's value.
  auto old = audit_texts({{"a.txt", "First story\n\n" + revised + "\n"},
                          {"b.txt", "Second story\n\nAnalysts in London said Tesco's sales reached £1.5bn in 2004.\n"}});
  ASSERT_EQ(old.with(Status::conflict).size(), 1u);
  const Finding& conflict = *old.with(Status::conflict)[0];
  EXPECT_EQ(conflict.figures.size(), 2u);
  EXPECT_TRUE(holds(old, conflict, "£1.3bn"));
  EXPECT_NE(conflict.explanation.find("a.txt #1 gives \xE2\x80\x9C£1.3bn\xE2\x80\x9D as a revision of "
                                      "\xE2\x80\x9C£1.5bn\xE2\x80\x9D"),
            std::string::npos)
      << conflict.explanation;
  EXPECT_EQ(old.with(Status::revised).size(), 1u);
}

TEST(AuditClasses, AnnualRateIsABasisNotTheYear) {
  const std::string a =
      "The Commerce Department said the US economy grew at an annual rate of 3.7% in the third quarter of 2004.";
  auto run = audit_texts({{"a.txt", "First story\n\n" + a + "\n"}});
  EXPECT_EQ(period_of(run, "3.7%"), "annual rate Q3 2004");
  EXPECT_EQ(status_of(a,
                      "Figures from the government showed that the US economy grew at an annual rate of 3.9% in the "
                      "third quarter of 2004.",
                      "3.7%", "3.9%"),
            "conflict");
  // Control: the year's growth is another period.
  EXPECT_EQ(status_of(a, "Analysts in London said the US economy grew 3.9% in 2004.", "3.7%", "3.9%"), "none");
}

TEST(AuditClasses, VerbAndNounOfOneMeasureAreOne) {
  // WordNet derives "growth" from "grow": "the economy grew 1.6%" is growth of 1.6%.
  const std::string verb = "Figures from the statistics office showed Germany's economy grew 1.6% in 2004.";
  EXPECT_EQ(status_of(verb, "Analysts in London said German growth was 1.6% in 2004.", "1.6%", "1.6%"),
            "corroborated");
  EXPECT_EQ(status_of(verb, "Analysts in London said German growth was 1.9% in 2004.", "1.6%", "1.9%"), "conflict");
  // frame_cues.tsv: "expanded", which WordNet links to no measure noun, is growth too.
  EXPECT_EQ(status_of("Figures from the statistics office showed Germany's economy expanded by 1.6% in 2004.",
                      "Analysts in London said German growth was 1.6% in 2004.", "1.6%", "1.6%"),
            "corroborated");
  // A fall of growth is not growth of the same size.
  EXPECT_EQ(status_of("Figures from the statistics office showed growth in Germany fell 1.6% in 2004.",
                      "Analysts in London said German growth was 1.6% in 2004.", "1.6%", "1.6%"),
            "none");
  // Control: what grew is a measure of its own ("exports"), not the economy's growth.
  EXPECT_EQ(status_of("Figures from the statistics office showed Germany's exports grew 1.6% in 2004.",
                      "Analysts in London said German growth was 1.9% in 2004.", "1.6%", "1.9%"),
            "none");
}

TEST(AuditClasses, RelativePeriodNeedsAnAnchor) {
  const std::string a = "Figures from the statistics office showed Germany's economy grew 1.6% last year.";
  const std::string b = "Analysts in London said German growth was 1.9% in 2004.";
  auto docs = [&](const std::string& x, const std::string& y) {
    return std::vector<std::pair<std::string, std::string>>{{"a.txt", "First story\n\n" + x + "\n"},
                                                            {"b.txt", "Second story\n\n" + y + "\n"}};
  };
  // Anchored by the year of the articles (--year 2005): last year is 2004.
  auto anchored = audit_texts(docs(a, b), 2005);
  EXPECT_EQ(period_of(anchored, "1.6%"), "2004");
  EXPECT_EQ(anchored.with(Status::conflict).size(), 1u);
  // Without an anchor, "last year" of one story is not held against another's year.
  auto loose = audit_texts(docs(a, b), std::nullopt);
  EXPECT_TRUE(loose.with(Status::conflict).empty());
  auto loose_same = audit_texts(docs(a, "Analysts in London said German growth was 1.6% last year."), std::nullopt);
  EXPECT_TRUE(loose_same.with(Status::corroborated).empty());
  // Control: anchored, the same value corroborates.
  auto anchored_same = audit_texts(docs(a, "Analysts in London said German growth was 1.6% in 2004."), 2005);
  EXPECT_EQ(anchored_same.with(Status::corroborated).size(), 1u);
}

TEST(AuditClasses, AQuarterIsAnchoredByTheArticlesDate) {
  const std::string a = "The US economy grew at an annual rate of 3.7% in the third quarter, the Commerce Department said.";
  const std::string b = "Analysts in London said that in the third quarter the US economy had grown at an annual rate of 3.9%.";
  // Datelines give each story its date: the third quarter of both is Q3 2004.
  auto dated = audit_texts({{"a.txt", "First story\n\nWASHINGTON, Nov 5 (Reuters) - " + a + "\n"},
                            {"b.txt", "Second story\n\nNEW YORK, Nov 30 (Reuters) - " + b + "\n"}},
                           2004);
  EXPECT_EQ(period_of(dated, "3.7%"), "annual rate Q3 2004");
  EXPECT_EQ(dated.with(Status::conflict).size(), 1u);
  // In January, the fourth quarter is the year before's.
  auto january = audit_texts({{"a.txt", "A story\n\nWASHINGTON, Jan 28 (Reuters) - The US economy grew at an annual "
                                        "rate of 3.1% in the fourth quarter, the Commerce Department said.\n"}},
                             2005);
  EXPECT_EQ(period_of(january, "3.1%"), "annual rate Q4 2004");
  // Control: without a date (a year alone is not enough) the quarters are not held against
  // each other.
  auto undated = audit_texts({{"a.txt", "First story\n\n" + a + "\n"}, {"b.txt", "Second story\n\n" + b + "\n"}}, 2004);
  EXPECT_TRUE(undated.with(Status::conflict).empty());
}


TEST(AuditClasses, OrderOfMagnitudeInWordsCorroboratesNothing) {
  // "thousands of jobs" in two stories about one company is no evidence of one figure.
  EXPECT_EQ(status_of("Tesco will cut thousands of jobs at its stores in the north.",
                      "Unions fear that Tesco will cut thousands of jobs, closing stores.", "thousands of jobs",
                      "thousands of jobs"),
            "none");
  // Control: a number in digits stated alike by both stories.
  EXPECT_EQ(status_of("Tesco will cut 3,000 jobs at its stores in the north.",
                      "Unions fear that Tesco will cut 3,000 jobs, closing stores.", "3,000 jobs", "3,000 jobs"),
            "corroborated");
}

TEST(AuditClasses, OneWordCompanyOpeningTheSentenceIsTheEntity) {
  // "Toyota" and "Barclays" open their sentences: names WordNet and the word list never write
  // in lower case, so the figure is theirs.
  EXPECT_EQ(status_of("Toyota sold 7.4 million vehicles in 2004.", "Toyota sold 7.6 million vehicles in 2004.",
                      "7.4 million vehicles", "7.6 million vehicles"),
            "conflict");
  EXPECT_EQ(status_of("Barclays made a profit of £1.2bn in 2004.", "Barclays made a profit of £1.23bn in 2004.",
                      "£1.2bn", "£1.23bn"),
            "corroborated");
  // Control: two companies, one value each.
  EXPECT_EQ(status_of("Toyota sold 7.4 million vehicles in 2004.", "Honda sold 7.4 million vehicles in 2004.",
                      "7.4 million vehicles", "7.4 million vehicles"),
            "none");
  // A common word opening the sentence names no one: "Analysts" are no entity.
  EXPECT_EQ(status_of("Analysts said sales rose 5% in 2004.", "Analysts said sales rose 7% in 2004.", "5%", "7%"),
            "none");
}
}  // namespace
}  // namespace factsheet::audit
