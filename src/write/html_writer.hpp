// HtmlWriter: claims to one self-contained HTML report (no network: inline style and
// script, a Content-Security-Policy that allows nothing else). In order: the headline
// figures, the audit's findings, each document's text with every figure highlighted
// (kind by colour and by a symbol and underline; hover or keyboard focus shows value,
// unit, subject, time and attribution), and a sortable, filterable table of the figures.
//
// Memory does not grow with the input: the document sections and table rows are
// written to temporary files (html_spool.hpp) as claims arrive and copied into the
// output at finish(); what is kept are the compact aggregates of the headline figures
// and the audit (as for the workbook) and one bit per claim. The report shows at most
// HtmlOptions::text_budget bytes of document text in all (a document past it is cut,
// with a note; later ones are named only) and HtmlOptions::table_rows rows.
// The same input gives the same bytes.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "write/claim_writer.hpp"
#include "write/headline_rules.hpp"

namespace factsheet::audit {
struct AuditRules;
}

namespace factsheet::write {

struct HtmlOptions {
  MinorNouns minor_nouns;
  std::shared_ptr<const audit::AuditRules> audit_rules;  // null: the embedded grammars
  std::size_t headlines = 25;                         // headline figures listed
  std::size_t text_budget = std::size_t{8} << 20;     // bytes of document text shown
  std::size_t table_rows = 20000;                     // rows of the table of figures
  std::size_t findings = 1000;                        // audit findings listed
  std::string tmpdir;  // the temporary files; empty: beside the output, else the system's
  // The inputs as given, to name documents relative to them (write/place.hpp) as the
  // workbook does.
  std::vector<std::string> input_roots;
  // The claims are indexed for the headline figures and the audit on a thread of their
  // own, beside the writing of the report (which is the same): for runs given two cores.
  bool index_thread = false;
};

class HtmlWriter final : public ClaimWriter {
 public:
  HtmlWriter(Output& out, HtmlOptions options);
  ~HtmlWriter() override;
  void write(const Claim& claim) override;
  void finish() override;
  bool wants_documents() const override { return true; }
  void begin_document(const Document& doc) override;
  void end_document() override;

 private:
  struct State;
  Output& out_;
  HtmlOptions options_;
  std::unique_ptr<State> state_;
};

}  // namespace factsheet::write
