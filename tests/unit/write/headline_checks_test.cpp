#include "write/headline_checks.hpp"

#include <gtest/gtest.h>

#include "audit/rules.hpp"

namespace factsheet::write {
namespace {

Claim money(std::string doc, std::string sentence, std::string text, double value) {
  Claim c;
  c.doc = std::move(doc);
  c.article = 1;
  c.sentence = std::move(sentence);
  c.text = std::move(text);
  c.start = c.sentence.find(c.text);
  c.end = c.start + c.text.size();
  c.kind = Kind::money;
  c.value = value;
  c.unit = "USD";
  c.subject = "bilateral trade";
  c.time = "2023";
  c.measure = "trade";
  c.entity = "Kazakhstan";
  c.period = "2023";
  c.role = "current";
  return c;
}

TEST(HeadlineChecks, StatusesThatConcernFacts) {
  EXPECT_EQ(fact_check(audit::Status::conflict), FactCheck::conflict);
  EXPECT_EQ(fact_check(audit::Status::revised), FactCheck::revised);
  EXPECT_EQ(fact_check(audit::Status::corroborated), FactCheck::corroborated);
  EXPECT_EQ(fact_check(audit::Status::vague), FactCheck::vague);
  EXPECT_EQ(fact_check(audit::Status::repeated), FactCheck::repeated);
  EXPECT_EQ(fact_check(audit::Status::arithmetic), std::nullopt);
  EXPECT_EQ(fact_check(audit::Status::unsourced), std::nullopt);
}

TEST(HeadlineChecks, FactsOfClaimsByRunningNumber) {
  FactsOfClaims facts;
  facts.note(0, 3u);
  facts.note(2, std::nullopt);
  facts.note(5, 0u);
  EXPECT_EQ(facts.fact_of(0), 3u);
  EXPECT_EQ(facts.fact_of(1), std::nullopt);
  EXPECT_EQ(facts.fact_of(2), std::nullopt);
  EXPECT_EQ(facts.fact_of(5), 0u);
  EXPECT_EQ(facts.fact_of(99), std::nullopt);
}

TEST(HeadlineChecks, FindingsMarkTheFactsOfTheirFigures) {
  HeadlineIndex index({}, 100);
  audit::Auditor auditor(audit::embedded_audit_rules({}));
  FactsOfClaims facts;
  std::vector<Claim> claims = {
      money("a.txt", "Officials said bilateral trade reached $41 billion in 2023, a record for the two partners.",
            "$41 billion", 41e9),
      money("b.txt", "Customs data published on Monday show that trade hit $41 billion during 2023 overall.",
            "$41 billion", 41e9),
  };
  for (std::uint64_t i = 0; i < claims.size(); ++i) {
    index.add(claims[i], {static_cast<std::uint32_t>(i), claims[i].start}, {0, static_cast<std::uint32_t>(i + 1)});
    facts.note(i, index.last_fact());
    auditor.add(claims[i], i);
  }
  ASSERT_EQ(index.facts().size(), 1u);
  std::vector<audit::Finding> findings = auditor.finish();
  // Positive control: the audit finds the two independent statements alike.
  ASSERT_TRUE(std::any_of(findings.begin(), findings.end(),
                          [](const audit::Finding& f) { return f.status == audit::Status::corroborated; }));
  EXPECT_EQ(index.facts()[0].check, FactCheck::none);
  mark_headline_facts(index, findings, auditor, facts);
  EXPECT_EQ(index.facts()[0].check, FactCheck::corroborated);
}

}  // namespace
}  // namespace factsheet::write
