#include "write/audit_report.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "audit/rules.hpp"
#include "write/claim_json.hpp"

namespace factsheet::write {
namespace {

Claim trade(std::string doc, double value, std::string text) {
  Claim c;
  c.doc = std::move(doc);
  c.article = 1;
  c.start = 27;
  c.text = std::move(text);
  c.end = c.start + c.text.size();
  c.sentence = "Kazakhstan's trade reached " + c.text + " last year.";
  c.kind = Kind::money;
  c.value = value;
  c.unit = "USD";
  c.subject = "Trade";
  c.time = "2023";
  return c;
}

struct Audited {
  std::vector<Claim> claims;
  std::unique_ptr<audit::Auditor> auditor;
  std::vector<audit::Finding> findings;
};

Audited audited(std::vector<Claim> claims) {
  Audited a{std::move(claims), std::make_unique<audit::Auditor>(audit::embedded_audit_rules({})), {}};
  for (std::size_t i = 0; i < a.claims.size(); ++i) a.auditor->add(a.claims[i], i);
  a.findings = a.auditor->finish();
  return a;
}

TEST(AuditReport, TextListsFindingsAndTheirFigures) {
  Audited a = audited({trade("a.txt", 41e9, "41 billion US dollars"), trade("b\nc.txt", 45e9, "45 billion US dollars")});
  StringOutput out;
  write_audit_text(out, a.findings, *a.auditor);
  EXPECT_EQ(out.data().substr(0, out.data().find('\n')),
            "Audit of 2 figures (of 2 claims): 3 findings (1 conflict, 2 unsourced).");
  // The explanation names the frame compared: the claims carry none, so the audit reads it.
  EXPECT_NE(out.data().find("\n[conflict] [Kazakhstan \xC2\xB7 trade \xC2\xB7 2023 \xC2\xB7 current]: "),
            std::string::npos)
      << out.data();
  // Control characters of the input never break a line.
  EXPECT_NE(out.data().find("    b c.txt #1 @27: \xE2\x80\x9C" "45 billion US dollars\xE2\x80\x9D (Trade; 2023; "
                            "Kazakhstan \xC2\xB7 trade \xC2\xB7 2023 \xC2\xB7 current)\n"),
            std::string::npos)
      << out.data();
}

TEST(AuditReport, NoFindings) {
  Audited a = audited({});
  StringOutput out;
  write_audit_text(out, a.findings, *a.auditor);
  EXPECT_EQ(out.data(), "Audit of 0 figures (of 0 claims): no findings.\n");
  StringOutput json;
  write_audit_json(json, a.findings, *a.auditor, [](std::uint64_t) { return std::string_view(); });
  EXPECT_EQ(json.data(), "{\"findings\": []}\n");
}

TEST(AuditReport, JsonHoldsTheClaimRecords) {
  Audited a = audited({trade("a.txt", 41e9, "41 billion US dollars"), trade("b.txt", 45e9, "45 billion US dollars")});
  std::vector<std::string> records;
  for (const Claim& c : a.claims) records.push_back(claim_to_json(c));
  StringOutput out;
  write_audit_json(out, a.findings, *a.auditor, [&](std::uint64_t ref) { return std::string_view(records[ref]); });
  nlohmann::json doc = nlohmann::json::parse(out.data());
  ASSERT_EQ(doc["findings"].size(), 3u);
  EXPECT_EQ(doc["findings"][0]["status"], "conflict");
  EXPECT_EQ(doc["findings"][0]["claims"][1], nlohmann::json::parse(records[1]));
  EXPECT_EQ(doc["findings"][1]["status"], "unsourced");
}

}  // namespace
}  // namespace factsheet::write
