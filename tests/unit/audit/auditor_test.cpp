// The auditor on small texts, one or two per finding class, positive and negative.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "audit/comparison.hpp"
#include "helpers.hpp"

namespace factsheet::audit {
namespace {

using testing::audit_claims;
using testing::audit_texts;
using testing::money;
using Texts = std::vector<std::string>;

TEST(Corroborated, OneFigureInTwoDocuments) {
  auto run = audit_texts({{"a.txt", "Kazakhstan's bilateral trade reached 41 billion US dollars last year.\n"},
                          {"b.txt", "Official figures show the total bilateral trade of Kazakhstan reached 40.9 billion "
                                    "dollars last year.\n"}});
  auto found = run.with(Status::corroborated);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(run.texts(*found[0]), (Texts{"41 billion US dollars", "40.9 billion dollars"}));
  EXPECT_NE(found[0]->explanation.find("2 independent statements in 2 places: a.txt #1; b.txt #1"), std::string::npos)
      << found[0]->explanation;
  EXPECT_TRUE(run.with(Status::conflict).empty());
}

TEST(Corroborated, NotFromOneArticleAlone) {
  const std::string text = "Kazakhstan's trade reached 41 billion US dollars last year. Again: trade reached 41 billion "
                           "US dollars last year.\n";
  auto run = audit_texts({{"a.txt", text}});
  EXPECT_TRUE(run.with(Status::corroborated).empty());
  // The same text in two documents is repeated: a copy is no independent statement.
  auto control = audit_texts({{"a.txt", text}, {"b.txt", text}});
  EXPECT_TRUE(control.with(Status::corroborated).empty());
  EXPECT_FALSE(control.with(Status::repeated).empty());
}

TEST(Conflict, OneTradeFigureStatedDifferently) {
  auto run = audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars last year.\n"},
                          {"b.txt", "Kazakhstan's trade reached 45 billion US dollars last year.\n"}});
  auto found = run.with(Status::conflict);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(run.texts(*found[0]), (Texts{"41 billion US dollars", "45 billion US dollars"}));
  // The explanation names the frame compared.
  EXPECT_NE(found[0]->explanation.find("[Kazakhstan \xC2\xB7 trade \xC2\xB7 2023 \xC2\xB7 current]: "),
            std::string::npos)
      << found[0]->explanation;
  EXPECT_NE(found[0]->explanation.find("cannot both hold"), std::string::npos);
  EXPECT_TRUE(run.with(Status::corroborated).empty());
}

TEST(Conflict, NotWithoutAYear) {
  // Without a date "last year" has no year: figures without a period are not held against each other.
  auto run = audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars last year.\n"},
                          {"b.txt", "Kazakhstan's trade reached 45 billion US dollars last year.\n"}},
                         std::nullopt);
  EXPECT_TRUE(run.with(Status::conflict).empty());
  EXPECT_EQ(run.claims.size(), 2u);  // both figures read
  // Control: with the year written the two are one fact stated differently.
  auto control = audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars in 2023.\n"},
                              {"b.txt", "Kazakhstan's trade reached 45 billion US dollars in 2023.\n"}},
                             std::nullopt);
  EXPECT_EQ(control.with(Status::conflict).size(), 1u);
}

TEST(Conflict, NotAcrossYearsSubjectsOrUnits) {
  const std::pair<std::string, std::string> a = {"a.txt", "Kazakhstan's trade reached 41 billion US dollars in 2023.\n"};
  auto run = audit_texts({a,
                          {"b.txt", "Kazakhstan's trade reached 45 billion US dollars in 2022.\n"},
                          {"c.txt", "Investment reached 45 billion US dollars in 2023.\n"},
                          {"d.txt", "Kazakhstan's trade reached 45 billion euros in 2023.\n"}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  // Same year, subject and unit: a conflict.
  auto control = audit_texts({a, {"e.txt", "Kazakhstan's trade reached 45 billion US dollars in 2023.\n"}});
  auto found = control.with(Status::conflict);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(control.texts(*found[0]), (Texts{"41 billion US dollars", "45 billion US dollars"}));
}

TEST(Conflict, NotWithinOneSentence) {
  auto run = audit_texts({{"a.txt", "Kazakhstan's trade rose from 35 billion US dollars to 41 billion US dollars.\n"}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  // The two figures in two documents' sentences do conflict.
  auto control = audit_texts({{"a.txt", "Kazakhstan's trade reached 35 billion US dollars in 2023.\n"},
                              {"b.txt", "Kazakhstan's trade reached 41 billion US dollars in 2023.\n"}});
  EXPECT_EQ(control.with(Status::conflict).size(), 1u);
}

TEST(Conflict, ByHandAcrossDifferentlyWordedSubjectsOfOneFrame) {
  auto run = audit_claims({money("a.txt", 1, 41e9, "41 billion US dollars", "trade", "2023"),
                           money("b.txt", 1, 45e9, "45 billion US dollars", "Kazakhstan's trade", "2023"),
                           money("c.txt", 1, 45e9, "45 billion US dollars", "exports to Russia", "2023")});
  auto found = run.with(Status::conflict);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->figures, (std::vector<std::uint32_t>{0, 1}));
}

TEST(Vague, CompatibleBoundsAreVagueNotConflicts) {
  auto run = audit_texts({{"a.txt", "Kazakhstan hosted more than 180 events in 2023.\n"},
                          {"b.txt", "Kazakhstan hosted over 100 events in 2023.\n"}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  auto found = run.with(Status::vague);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(run.texts(*found[0]), (Texts{"more than 180 events", "over 100 events"}));
  EXPECT_NE(found[0]->explanation.find("bounds or approximations"), std::string::npos);
}

TEST(Vague, ABoundBelowAStatedValueConflicts) {
  auto run = audit_texts({{"a.txt", "Kazakhstan hosted more than 180 events in 2023.\n"},
                          {"b.txt", "Kazakhstan hosted 100 events in 2023.\n"}});
  EXPECT_EQ(run.with(Status::conflict).size(), 1u);
  EXPECT_TRUE(run.with(Status::vague).empty());
}

TEST(Vague, ApproximationsThatAgree) {
  auto run = audit_claims({money("a.txt", 1, 40e9, "about 40 billion dollars", "trade", "2023", Qualifier::approx),
                           money("b.txt", 1, 41e9, "41 billion dollars", "trade", "2023")});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  EXPECT_EQ(run.with(Status::vague).size(), 1u);
}

TEST(Arithmetic, ShareThatDoesNotMatchItsRatio) {
  auto run = audit_texts({{"a.txt", "So far 26 of 45 projects, or 70%, have been completed.\n"}});
  auto found = run.with(Status::arithmetic);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(run.texts(*found[0]), (Texts{"26 of 45 projects", "70%"}));
  EXPECT_NE(found[0]->explanation.find("is 57.8%, not"), std::string::npos) << found[0]->explanation;
}

TEST(Arithmetic, ShareThatMatchesRoundedOrCut) {
  auto share = [](const char* pct) {
    return audit_texts({{"a.txt", std::string("So far 26 of 45 projects, or ") + pct + ", have been completed.\n"}});
  };
  for (const char* pct : {"58%", "57%", "57.8%", "about 60%"}) {
    auto run = share(pct);
    EXPECT_TRUE(run.with(Status::arithmetic).empty()) << pct;
    EXPECT_EQ(run.auditor->counts().claims, 2u) << pct;  // the ratio and the share were both read
  }
  // A share that neither rounding nor cutting gives is flagged.
  for (const char* pct : {"59%", "56%", "about 70%"}) EXPECT_EQ(share(pct).with(Status::arithmetic).size(), 1u) << pct;
}

TEST(Arithmetic, ShareWrittenPercentageFirst) {
  auto run = audit_texts({{"a.txt", "Only 15% of the members - 30 out of 250 - voted.\n"}});
  auto found = run.with(Status::arithmetic);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->explanation.find("is 12%, not"), std::string::npos) << found[0]->explanation;
  auto fine = audit_texts({{"a.txt", "Only 12% of the members - 30 out of 250 - voted.\n"}});
  EXPECT_TRUE(fine.with(Status::arithmetic).empty());
}

// A share in words before its bracketed percentage: the fraction names the nearest simple
// share, so "almost a quarter (21%)" is fair; a plain "a quarter (21%)" and a share far off
// are not.
TEST(Arithmetic, ShareInWordsRestatedInBrackets) {
  for (const char* fine_text : {"Almost a quarter (21%) of those polled agreed.\n",
                                "More than half (55%) of the respondents were concerned.\n",
                                "About a third (28%) of firms cut jobs.\n"}) {
    auto run = audit_texts({{"a.txt", fine_text}});
    EXPECT_TRUE(run.with(Status::arithmetic).empty()) << fine_text;
    EXPECT_EQ(run.auditor->counts().claims, 2u) << fine_text;  // the share and the percentage
  }
  for (const char* wrong : {"A quarter (21%) of those polled agreed.\n", "About a third (15%) of firms cut jobs.\n",
                            "More than half (45%) of the respondents were concerned.\n"})
    EXPECT_EQ(audit_texts({{"a.txt", wrong}}).with(Status::arithmetic).size(), 1u) << wrong;
}

TEST(Arithmetic, ChangeThatDoesNotMatchItsLevels) {
  auto run = audit_texts({{"a.txt", "Sales rose 10% from 200 to 250 last year.\n"}});
  auto found = run.with(Status::arithmetic);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0]->explanation.find("is a change of 25%"), std::string::npos) << found[0]->explanation;
  for (const char* fine_text : {"Sales rose 25% from $200m to $250m.\n", "Sales fell 20% from 250 to 200 last year.\n",
                                "Sales rose 24.6% from 200 to 249 last year.\n"})
    EXPECT_TRUE(audit_texts({{"a.txt", fine_text}}).with(Status::arithmetic).empty()) << fine_text;
}

TEST(Arithmetic, PercentOverAHundredOfAGroup) {
  auto run = audit_texts({{"a.txt", "About 150% of the students passed.\n"}});
  ASSERT_EQ(run.with(Status::arithmetic).size(), 1u);
  auto fine = audit_texts({{"a.txt", "Debt reached 120% of GDP. Sales rose 150% last year.\n"}});
  EXPECT_TRUE(fine.with(Status::arithmetic).empty());
}

TEST(Arithmetic, PartsExceedingTheirTotal) {
  auto run = audit_texts({{"a.txt", "Of the 45 projects, 30 are finished and 20 are under way.\n"}});
  auto found = run.with(Status::arithmetic);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(run.texts(*found[0]), (Texts{"45 projects", "30", "20"}));
  EXPECT_NE(found[0]->explanation.find("30 + 20 = 50 exceed the total 45"), std::string::npos);
  auto fine = audit_texts({{"a.txt", "Of the 45 projects, 30 are finished and 15 are under way.\n"}});
  EXPECT_TRUE(fine.with(Status::arithmetic).empty());
}

TEST(Arithmetic, RatioPartOverWholeAndSchedulesLeftAlone) {
  Claim r;
  r.doc = "a.jsonl";
  r.kind = Kind::ratio;
  r.text = "30 of the 20 members";
  r.part = 30;
  r.whole = 20;
  r.value = 1.5;
  r.unit = "member";
  auto run = audit_claims({r});
  ASSERT_EQ(run.with(Status::arithmetic).size(), 1u);
  auto fine = audit_texts({{"a.txt", "The target was reached seven years ahead of schedule.\n"}});
  EXPECT_TRUE(fine.with(Status::arithmetic).empty());
}

TEST(Arithmetic, MultiplesAreNotPartsOfAWhole) {
  auto fine = audit_texts({{"a.txt", "Sales were eight times higher and costs rose twice as fast.\n"}});
  auto claims = fine.auditor->counts().claims;
  EXPECT_EQ(claims, 2u);  // both multiples were read as ratios
  EXPECT_TRUE(fine.with(Status::arithmetic).empty());
}

TEST(Arithmetic, AQualifiedRatioIsABoundOrAnEstimate) {
  for (const char* fine_text : {"Less than a quarter of companies, or 24%, paid tax.\n",
                                "Nearly two thirds of voters, or 65%, backed the plan.\n"}) {
    auto run = audit_texts({{"a.txt", fine_text}});
    EXPECT_EQ(run.auditor->counts().claims, 2u) << fine_text;
    EXPECT_TRUE(run.with(Status::arithmetic).empty()) << fine_text;
  }
  // The bound still holds: "less than a quarter" is not 30%.
  auto run = audit_texts({{"a.txt", "Less than a quarter of companies, or 30%, paid tax.\n"}});
  EXPECT_EQ(run.with(Status::arithmetic).size(), 1u);
}

TEST(Frame, AForecastCueCapitalisedInsideTheSentenceIsAName) {
  auto role_of = [](const std::string& text, const std::string& figure) {
    auto run = audit_texts({{"a.txt", text}});
    for (const Claim& c : run.claims)
      if (c.text == figure) return c.role.value_or("");
    return std::string("(not read)");
  };
  EXPECT_EQ(role_of("Talks on May 20 drew over 3,000 people.\n", "over 3,000 people"), "current");
  EXPECT_EQ(role_of("Sales may reach 3,000 cars next year.\n", "3,000 cars"), "forecast");
  EXPECT_EQ(role_of("May sales may reach 3,000 cars.\n", "3,000 cars"), "forecast");
}

TEST(Unsourced, OneFindingPerArticle) {
  auto run = audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars last year. Over 10,000 students came.\n"},
                          {"b.txt", "According to the ministry, exports reached 5 billion dollars.\n"}});
  auto found = run.with(Status::unsourced);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->figures.size(), 2u);
  EXPECT_NE(found[0]->explanation.find("a.txt #1: 2 of 2 figures have no attribution"), std::string::npos)
      << found[0]->explanation;
}

TEST(Participation, DatesYearsAndMinorCountsStayOut) {
  auto run = audit_texts({{"a.txt", "The two sides met on May 20, 2024, in Astana.\n"},
                          {"b.txt", "The two sides met on May 20, 2024, in Astana.\n"}});
  EXPECT_TRUE(run.findings.empty());
  EXPECT_EQ(run.auditor->counts().figures, 0u);
  EXPECT_GT(run.auditor->counts().claims, 0u);
}

TEST(Determinism, SameInputSameFindings) {
  auto one = audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars last year.\n"},
                          {"b.txt", "Kazakhstan's trade reached 45 billion US dollars last year.\n"}});
  auto two = audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars last year.\n"},
                          {"b.txt", "Kazakhstan's trade reached 45 billion US dollars last year.\n"}});
  ASSERT_EQ(one.findings.size(), 3u);  // the conflict, and each text unsourced
  ASSERT_EQ(one.findings.size(), two.findings.size());
  for (std::size_t i = 0; i < one.findings.size(); ++i) {
    EXPECT_EQ(one.findings[i].explanation, two.findings[i].explanation);
    EXPECT_EQ(one.findings[i].figures, two.findings[i].figures);
  }
}

// The summary (article 1) copies the Xinhua report (article 7) sentence for sentence: its
// figures are repeated, not corroborated.
TEST(Seed, TradeAndProjectsRepeatedNoConflictNoArithmetic) {
  std::filesystem::path seed = std::filesystem::path(FACTSHEET_SHARED_DIR) / "eval" / "000_75dfa83f04e34ea1.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "../shared is not available";
  std::ifstream in(seed, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  auto run = audit_texts({{"seed.txt", text.str()}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  EXPECT_TRUE(run.with(Status::arithmetic).empty());
  bool trade = false, projects = false;
  EXPECT_TRUE(run.with(Status::corroborated).empty());
  for (const Finding* f : run.with(Status::repeated)) {
    Texts t = run.texts(*f);
    if (t == Texts{"41 billion US dollars", "41 billion U.S. dollars"}) trade = true;
    if (t.size() == 2 && t[0] == "26 out of the 45 capacity cooperation projects" && t[1] == t[0]) projects = true;
  }
  EXPECT_TRUE(trade);
  EXPECT_TRUE(projects);
  for (const Finding& f : run.findings) std::cerr << to_string(f.status) << ": " << f.explanation << "\n";
}

}  // namespace
}  // namespace factsheet::audit

namespace factsheet::audit {
namespace {

TEST(Participation, DurationsNamingAKindOfThingStayOut) {
  auto run = testing::audit_texts({{"a.txt", "They agreed on a five-year plan.\n"},
                                   {"b.txt", "They agreed on a 10-year plan.\n"}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  EXPECT_EQ(run.auditor->counts().claims, 2u);
  EXPECT_EQ(run.auditor->counts().figures, 0u);
  // The plan's cost takes part.
  auto control = testing::audit_texts({{"a.txt", "They agreed on a plan worth 5 billion dollars.\n"},
                                       {"b.txt", "They agreed on a plan worth 10 billion dollars.\n"}});
  EXPECT_EQ(control.auditor->counts().figures, 2u);
}

TEST(Participation, FiguresWithoutASubjectAreCountedNotGrouped) {
  auto run = testing::audit_texts({{"a.txt", "The 45 projects are ready.\n"}, {"b.txt", "The 40 projects are ready.\n"}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  EXPECT_EQ(run.auditor->counts().figures, 2u);
  EXPECT_EQ(run.auditor->counts().ungrouped, 0u);  // a count measures its noun, but names no entity
  // With a subject they are grouped, and conflict.
  auto control = testing::audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars in 2023.\n"},
                                       {"b.txt", "Kazakhstan's trade reached 45 billion US dollars in 2023.\n"}});
  EXPECT_EQ(control.auditor->counts().figures, 2u);
  EXPECT_EQ(control.auditor->counts().ungrouped, 0u);
  EXPECT_EQ(control.with(Status::conflict).size(), 1u);
}

TEST(Unsourced, AttributedElsewhereInTheArticleIsSourced) {
  auto run = testing::audit_texts(
      {{"a.txt", "According to the ministry, exports reached 5 billion dollars last year. Exports reached 5 billion "
                 "dollars last year, a record.\n"}});
  EXPECT_TRUE(run.with(Status::unsourced).empty());
  // Without the attribution both figures are unsourced.
  auto control = testing::audit_texts(
      {{"a.txt", "Exports reached 5 billion dollars last year. Exports reached 5 billion dollars last year, a "
                 "record.\n"}});
  auto found = control.with(Status::unsourced);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]->figures.size(), 2u);
}

}  // namespace
}  // namespace factsheet::audit

namespace factsheet::audit {
namespace {

TEST(Names, DifferentCompaniesAreNotAConflict) {
  auto run = testing::audit_texts({{"a.txt", "Wal-Mart's quarterly sales rose 5% in 2023.\n"},
                                   {"b.txt", "Sony's quarterly sales rose 7% in 2023.\n"}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  auto same = testing::audit_texts({{"a.txt", "Wal-Mart's quarterly sales rose 5% in 2023.\n"},
                                    {"b.txt", "Wal-Mart's quarterly sales rose 7% in 2023.\n"}});
  EXPECT_EQ(same.with(Status::conflict).size(), 1u);
}

TEST(Names, SourcesThatDisagreeAreAConflict) {
  auto run = testing::audit_texts(
      {{"a.txt", "According to Chinese statistics, Kazakhstan's trade with China reached 41 billion US dollars "
                 "in 2023.\n"},
       {"b.txt", "According to Kazakh statistics, Kazakhstan's trade with China reached 45 billion US dollars "
                 "in 2023.\n"}});
  EXPECT_EQ(run.with(Status::conflict).size(), 1u);
}

TEST(Names, AnotherEntityIsNotHeldAgainstIt) {
  auto run = testing::audit_texts({{"a.txt", "Kazakhstan's trade reached 41 billion US dollars in 2023.\n"},
                                   {"b.txt", "Uzbekistan's trade reached 45 billion US dollars in 2023.\n"}});
  EXPECT_TRUE(run.with(Status::conflict).empty());
  // Aliases of one country are one entity.
  auto control = testing::audit_texts({{"a.txt", "US exports reached 41 billion dollars in 2023.\n"},
                                       {"b.txt", "American exports reached 45 billion dollars in 2023.\n"}});
  EXPECT_EQ(control.with(Status::conflict).size(), 1u);
}

}  // namespace
}  // namespace factsheet::audit

namespace factsheet::audit {
namespace {

TEST(MaximalSets, RepeatsAndContainedSetsGo) {
  std::vector<std::vector<std::uint32_t>> sets = {{3, 5}, {1, 2, 3}, {2, 3}, {3, 5}, {0, 4}, {1, 2, 3, 7}, {}};
  EXPECT_EQ(maximal_sets(sets), (std::vector<std::vector<std::uint32_t>>{{0, 4}, {1, 2, 3, 7}, {3, 5}}));
}

}  // namespace
}  // namespace factsheet::audit
