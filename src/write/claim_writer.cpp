#include "write/claim_writer.hpp"

#include "write/csv_writer.hpp"
#include "write/html_writer.hpp"
#include "write/jsonl_writer.hpp"
#include "write/xlsx_writer.hpp"

namespace factsheet::write {

std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out) {
  return make_claim_writer(format, out, XlsxOptions{});
}

std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out, const XlsxOptions& xlsx,
                                               const CsvOptions& csv) {
  switch (format) {
    case OutputFormat::jsonl: return std::make_unique<JsonlWriter>(out);
    case OutputFormat::csv: return std::make_unique<CsvWriter>(out, csv.bom);
    case OutputFormat::xlsx: return std::make_unique<XlsxWriter>(out, xlsx);
    case OutputFormat::html: {
      HtmlOptions html;
      html.minor_nouns = xlsx.minor_nouns;
      html.audit_rules = xlsx.audit_rules;
      html.tmpdir = xlsx.tmpdir;
      html.input_roots = xlsx.input_roots;
      html.headlines = xlsx.headline_rows;
      html.index_thread = xlsx.index_thread;
      return std::make_unique<HtmlWriter>(out, std::move(html));
    }
  }
  throw OutputError("unknown output format");
}

}  // namespace factsheet::write
