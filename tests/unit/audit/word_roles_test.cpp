// The words the readers, the frame and the audit key on are rows of grammars/*.tsv: each
// test reads a sentence with the embedded tables, then with a copy of them that one edited
// row changes (what `--grammars DIR` loads), and the reading changes with the row.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit/auditor.hpp"
#include "audit/rules.hpp"
#include "extract/extractor.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet::audit {
namespace {

using Edit = std::function<std::string(std::string)>;

// The embedded tables with `edit` applied to the file `name`.
std::shared_ptr<const Lexicon> tables_with(const std::string& name, const Edit& edit) {
  std::vector<std::pair<std::string, std::string>> files;
  bool found = false;
  for (const auto& f : embedded::files()) {
    std::string content(f.content);
    if (f.name == name) {
      content = edit(content);
      found = true;
    }
    files.emplace_back(std::string(f.name), std::move(content));
  }
  EXPECT_TRUE(found) << name;
  return Lexicon::from_files(files, "dir");
}

// Drops the row that is exactly `row` (columns joined by tabs, the reason column left out
// where the table has one); the test fails when there is no such row.
Edit drop(const std::string& row) {
  return [row](std::string content) {
    std::string out;
    bool dropped = false;
    std::size_t at = 0;
    while (at < content.size()) {
      std::size_t nl = content.find('\n', at);
      std::string line = content.substr(at, nl == std::string::npos ? std::string::npos : nl - at);
      at = nl == std::string::npos ? content.size() : nl + 1;
      if (line == row || line.rfind(row + "\t", 0) == 0) {
        dropped = true;
        continue;
      }
      out += line + "\n";
    }
    EXPECT_TRUE(dropped) << row;
    return out;
  };
}

// Replaces the row `row` (as drop() finds it) with `with`.
Edit replace(const std::string& row, const std::string& with) {
  return [row, with](std::string content) { return drop(row)(std::move(content)) + with + "\n"; };
}

// Appends `row`.
Edit append(const std::string& row) {
  return [row](std::string content) { return content + row + "\n"; };
}

using factsheet::testing::claim_with;

// The claims of an article of 2024 that is a headline and then `text`, read with `lex`.
std::vector<Claim> article_claims(const std::shared_ptr<const Lexicon>& lex, const std::string& text) {
  return factsheet::testing::claims_of(lex, "Acme results\n\n" + text, ExtractorOptions{2024}, "a.txt");
}

// The texts of every arithmetic finding in `text`, read and audited with `lex`.
std::vector<std::string> arithmetic(const std::shared_ptr<const Lexicon>& lex, const std::string& text) {
  std::vector<Claim> claims = article_claims(lex, text);
  Auditor auditor(load_audit_rules(lex, ""));
  for (std::size_t i = 0; i < claims.size(); ++i) auditor.add(claims[i], i);
  std::vector<std::string> out;
  for (const Finding& f : auditor.finish())
    if (f.status == Status::arithmetic) out.push_back(f.explanation);
  return out;
}

std::shared_ptr<const Lexicon> embedded() { return Lexicon::embedded(); }

TEST(WordRoles, RestatingPhrasesAreSyntaxRows) {
  const std::string text = "So far 26 of 45 projects, representing 70%, have been completed.\n";
  EXPECT_EQ(arithmetic(embedded(), text).size(), 1u);
  EXPECT_TRUE(arithmetic(tables_with("syntax.tsv", drop("representing\trestating")), text).empty());
  // A phrase row is matched whole: "that is" restates, "that" alone does not.
  EXPECT_EQ(arithmetic(embedded(), "So far 26 of 45 projects, that is 70%, have been completed.\n").size(), 1u);
  EXPECT_TRUE(arithmetic(embedded(), "So far 26 of 45 projects, that 70%, have been completed.\n").empty());
  // A new row restates too.
  const std::string amounting = "So far 26 of 45 projects, amounting to 70%, have been completed.\n";
  EXPECT_TRUE(arithmetic(embedded(), amounting).empty());
  EXPECT_EQ(arithmetic(tables_with("syntax.tsv", append("amounting to\trestating")), amounting).size(), 1u);
}

TEST(WordRoles, PartitiveLeadOpensAWhole) {
  const std::string text = "Out of the 45 projects, 30 are finished and 20 are under way.\n";
  auto found = arithmetic(embedded(), text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("30 + 20 = 50 exceed the total 45"), std::string::npos) << found[0];
  EXPECT_TRUE(arithmetic(tables_with("syntax.tsv", drop("out\tpartitive_lead")), text).empty());
  // The partitive and the group determiners are roles too: "Of all the", "Of these".
  EXPECT_EQ(arithmetic(embedded(), "Of all the 45 projects, 30 are finished and 20 are under way.\n").size(), 1u);
  EXPECT_EQ(arithmetic(embedded(), "Of these 45 projects, 30 are finished and 20 are under way.\n").size(), 1u);
  EXPECT_TRUE(arithmetic(tables_with("syntax.tsv", drop("these\tgroup_determiner")),
                         "Of these 45 projects, 30 are finished and 20 are under way.\n")
                  .empty());
  // Nothing else may stand before the total.
  EXPECT_TRUE(arithmetic(embedded(), "Of the new 45 projects, 30 are finished and 20 are under way.\n").empty());
}

TEST(WordRoles, ChangeLevelsFollowRangeWords) {
  const std::string text = "Sales rose 10% from 200 to 250 last year.\n";
  EXPECT_EQ(arithmetic(embedded(), text).size(), 1u);
  EXPECT_TRUE(arithmetic(tables_with("syntax.tsv", drop("from\trange_from")), text).empty());
}

TEST(WordRoles, FractionNounsNameAShareOfAScale) {
  const std::string text = "The city has a quarter million residents.\n";
  std::optional<Claim> c = claim_with(article_claims(embedded(), text), "a quarter million residents");
  ASSERT_TRUE(c);
  EXPECT_EQ(std::get<double>(c->value), 250000);
  auto edited = article_claims(tables_with("syntax.tsv", drop("quarter\tfraction_noun")), text);
  for (const Claim& e : edited) EXPECT_FALSE(std::holds_alternative<double>(e.value) && std::get<double>(e.value) == 250000) << e.text;
}

TEST(WordRoles, AFractionNounIsNoOrdinal) {
  const std::string text = "She came twenty-fifth in the race.\n";
  std::optional<Claim> c = claim_with(article_claims(embedded(), text), "twenty-fifth");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kind, Kind::ordinal);
  EXPECT_EQ(std::get<double>(c->value), 25);
  for (const Claim& e : article_claims(tables_with("syntax.tsv", append("fifth\tfraction_noun")), text))
    EXPECT_NE(e.kind, Kind::ordinal) << e.text;
  // Plural fraction words are never ordinals.
  for (const Claim& e : article_claims(embedded(), "It took twenty-fifths of a second.\n")) EXPECT_NE(e.kind, Kind::ordinal) << e.text;
}

// "rose four-fold" is the size of a change, "lost three times" is not: a multiple word
// (syntax.tsv) in the span tells them apart.
TEST(WordRoles, AMultipleWordMakesACountOfTimesAChange) {
  const std::string text = "Its output rose almost four-fold over the decade.\n";
  std::optional<Claim> c = claim_with(article_claims(embedded(), text), "almost four-fold");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->unit, "time");
  EXPECT_EQ(c->change, Change::up);
  std::optional<Claim> times = claim_with(article_claims(embedded(), "He lost four times to the champion.\n"), "four times");
  ASSERT_TRUE(times);
  EXPECT_EQ(times->change, Change::none);
  for (const Claim& e : article_claims(tables_with("syntax.tsv", drop("fold\tmultiple")), text))
    EXPECT_FALSE(e.unit == "time" && e.change == Change::up) << e.text;
}

// The quantity grammar's words are roles too: a sign word, the point of a number in words,
// the "in" of a ratio, a time word that makes "a year" no rate.
TEST(WordRoles, TheQuantityGrammarReadsRoles) {
  struct Case {
    const char* text;
    const char* row;
    const char* figure;    // the figure read with the embedded tables
    const char* unedited;  // ... and its value
  };
  for (auto c : {Case{"It was minus 5C at dawn.\n", "minus\tnegative", "minus 5C", "-5"},
                 Case{"The pole is three point five metres tall.\n", "point\tdecimal_point", "three point five metres", "3.5"},
                 Case{"One in five staff left.\n", "in\tratio_link", "One in five staff", "0.2"},
                 Case{"Profit was $5m a year earlier.\n", "earlier\ttime_shift", "$5m", "5000000"}}) {
    std::optional<Claim> e = claim_with(article_claims(embedded(), c.text), c.figure);
    ASSERT_TRUE(e) << c.text;
    ASSERT_TRUE(std::holds_alternative<double>(e->value)) << c.text;
    EXPECT_EQ(std::get<double>(e->value), std::stod(c.unedited)) << c.text;
    // Without the row the figure is not read so ("three point five metres" is 3 m).
    std::optional<Claim> edited = claim_with(article_claims(tables_with("syntax.tsv", drop(c.row)), c.text), c.figure);
    EXPECT_TRUE(!edited || edited->value != e->value) << c.text;
  }
}

TEST(WordRoles, BasisCuesNameTheirPeriod) {
  const std::string text = "Acme said its fourth-quarter profit rose 5% from a year earlier to $3bn in 2004.\n";
  std::optional<Claim> c = claim_with(article_claims(embedded(), text), "5%");
  ASSERT_TRUE(c);
  // "a year earlier" dates the earlier value, not the rise: no year here.
  EXPECT_EQ(c->period, "year-on-year Q4");
  auto edited = article_claims(tables_with("frame_cues.tsv", replace("a year earlier\tyear-on-year",
                                                                 "a year earlier\tquarter-on-quarter\tedited")),
                          text);
  const Claim* e = claim_with(edited, "5%");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->period, "quarter-on-quarter");
  // The quarter's number is its ordinal's (syntax.tsv ordinal, numbers.tsv value).
  auto no_ordinal = article_claims(tables_with("syntax.tsv", drop("fourth\tordinal")), text);
  const Claim* q = claim_with(no_ordinal, "5%");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->period, "year-on-year quarter");
}

TEST(WordRoles, ARateWordOfAScopeMatchesAnArticle) {
  // A count keeps its noun as unit, so the rate is the frame's scope ("530p a share" is
  // money per share, in its unit).
  const std::string text = "Holders of the new stock get two votes a share.\n";
  std::optional<Claim> c = claim_with(article_claims(embedded(), text), "two votes");
  ASSERT_TRUE(c);
  EXPECT_NE(c->scope.value_or("").find("per share"), std::string::npos) << c->scope.value_or("");
  std::optional<Claim> e = claim_with(article_claims(tables_with("syntax.tsv", drop("per\trate")), text), "two votes");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->scope.value_or("").find("per share"), std::string::npos) << e->scope.value_or("");
  // Written with the rate word itself, the scope is the cue's.
  std::optional<Claim> per =
      claim_with(article_claims(embedded(), "Holders of the new stock get two votes per share.\n"), "two votes");
  ASSERT_TRUE(per);
  EXPECT_NE(per->scope.value_or("").find("per share"), std::string::npos) << per->scope.value_or("");
}

TEST(WordRoles, ScopeBeforeTheMeasureIsAFrameCue) {
  // The subject ("profit before exceptional items") leaves the word out: the cue adds it.
  const std::string text = "The group said Acme's underlying profit before exceptional items rose 8% after strong sales.\n";
  std::optional<Claim> c = claim_with(article_claims(embedded(), text), "8%");
  ASSERT_TRUE(c);
  EXPECT_NE(c->scope.value_or("").find("underlying"), std::string::npos) << c->scope.value_or("");
  std::optional<Claim> e = claim_with(article_claims(tables_with("frame_cues.tsv", drop("underlying\tscope_before")), text), "8%");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->scope.value_or("").find("underlying"), std::string::npos) << e->scope.value_or("");
}

TEST(WordRoles, TheRateAVerbOfChangeMovesAtIsRowsOfBoth) {
  // "grew at an annual rate of 3.9%": the rate noun (frame_cues.tsv rate-noun) after the
  // verb's "at" (syntax.tsv rate_at) makes the figure the verb's growth.
  const std::string text = "The US economy grew at an annual rate of 3.9% in the third quarter.\n";
  std::optional<Claim> c = claim_with(article_claims(embedded(), text), "3.9%");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->measure, "growth");
  for (const auto& [file, row] : {std::pair<std::string, std::string>{"syntax.tsv", "at\trate_at"},
                                  std::pair<std::string, std::string>{"frame_cues.tsv", "rate\trate-noun"}}) {
    std::optional<Claim> e = claim_with(article_claims(tables_with(file, drop(row)), text), "3.9%");
    ASSERT_TRUE(e) << row;
    EXPECT_NE(e->measure, "growth") << row;
  }
}

// The statuses of the audit's findings in `text`, read and audited with `lex`.
std::vector<Status> statuses(const std::shared_ptr<const Lexicon>& lex, const std::string& text) {
  std::vector<Claim> claims = article_claims(lex, text);
  Auditor auditor(load_audit_rules(lex, ""));
  for (std::size_t i = 0; i < claims.size(); ++i) auditor.add(claims[i], i);
  std::vector<Status> out;
  for (const Finding& f : auditor.finish()) out.push_back(f.status);
  return out;
}

TEST(WordRoles, ARevisedRangeOpensWithARangeWord) {
  // "revised down ... from 157,000 to 133,000": the old and the new value of one fact.
  const std::string text = "The department revised down the job gains in December, from 157,000 to 133,000.\n";
  auto revised = [](const std::vector<Status>& s) { return std::count(s.begin(), s.end(), Status::revised); };
  EXPECT_EQ(revised(statuses(embedded(), text)), 1);
  // Without the row neither the range nor so the revision is read.
  EXPECT_EQ(revised(statuses(tables_with("syntax.tsv", drop("from\trange_from")), text)), 0);
}

}  // namespace
}  // namespace factsheet::audit
