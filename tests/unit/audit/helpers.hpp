// Shared helpers of the audit tests: the embedded rules, claims built by hand, and
// texts run through the extractor and the auditor.
#pragma once
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "audit/auditor.hpp"
#include "audit/rules.hpp"
#include "extract/extractor.hpp"
#include "lexicon/discourse_nouns.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet::audit::testing {

inline std::shared_ptr<const AuditRules> rules() {
  static const std::shared_ptr<const AuditRules> r = load_audit_rules(Lexicon::embedded(), "");
  return r;
}

// A money claim of `doc` (article `article`) about `subject`.
inline Claim money(std::string doc, int article, double value, std::string text, std::string subject,
                   std::optional<std::string> time = std::nullopt, Qualifier q = Qualifier::eq) {
  Claim c;
  c.doc = std::move(doc);
  c.article = article;
  c.kind = Kind::money;
  c.value = value;
  c.unit = "USD";
  c.text = std::move(text);
  c.sentence = "Kazakhstan's trade reached " + c.text + ".";
  c.start = 27;
  c.end = c.start + c.text.size();
  c.subject = std::move(subject);
  c.time = std::move(time);
  c.qualifier = q;
  return c;
}

struct Run {
  std::vector<Finding> findings;
  std::vector<Claim> claims;        // every claim, in order
  std::vector<std::uint64_t> refs;  // per figure id: the index in `claims`
  std::unique_ptr<Auditor> auditor;

  std::vector<const Finding*> with(Status s) const {
    std::vector<const Finding*> out;
    for (const Finding& f : findings)
      if (f.status == s) out.push_back(&f);
    return out;
  }
  // The texts of a finding's figures, in order.
  std::vector<std::string> texts(const Finding& f) const {
    std::vector<std::string> out;
    for (std::uint32_t id : f.figures) out.emplace_back(auditor->figure(id).text);
    return out;
  }
};

inline Run audit_claims(std::vector<Claim> claims) {
  Run run;
  run.auditor = std::make_unique<Auditor>(rules());
  run.claims = std::move(claims);
  for (std::size_t i = 0; i < run.claims.size(); ++i) run.auditor->add(run.claims[i], i);
  run.findings = run.auditor->finish();
  return run;
}

// Each text is a document ("a.txt", "b.txt", ... unless named), extracted with `year`.
inline Run audit_texts(const std::vector<std::pair<std::string, std::string>>& docs, std::optional<int> year = 2024) {
  static const Extractor* extractor = nullptr;
  static std::optional<int> extractor_year;
  static std::unique_ptr<Extractor> holder;
  if (!extractor || extractor_year != year) {
    holder = std::make_unique<Extractor>(Lexicon::embedded(), ExtractorOptions{year});
    extractor = holder.get();
    extractor_year = year;
  }
  std::vector<Claim> claims;
  for (const auto& [id, text] : docs)
    for (Claim& c : extractor->extract(factsheet::testing::doc_of(text, id))) claims.push_back(std::move(c));
  return audit_claims(std::move(claims));
}

// A BBC article of the shared corpus, read in place ("business/073.txt"); empty when missing.
inline std::string bbc_article(const std::string& name) {
  std::ifstream in(std::string(FACTSHEET_SHARED_DIR "/corpus/bbc/") + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// `text` with its first `from` replaced by `to` (unchanged when `from` is missing).
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

}  // namespace factsheet::audit::testing
