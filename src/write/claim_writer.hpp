// ClaimWriter: the interface every output format implements. A writer streams
// claims to an Output in the order given; memory does not grow with their number
// (the xlsx writer keeps a bounded number of claims and compact aggregates).
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "claim/claim.hpp"
#include "claim/document.hpp"
#include "write/format.hpp"
#include "write/output.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::write {

class ClaimWriter {
 public:
  virtual ~ClaimWriter() = default;
  virtual void write(const Claim& claim) = 0;
  // A writer that shows the documents' text (the HTML report) says so here; the run then
  // calls begin_document() before a document's claims and end_document() after them, in
  // input order. The document stays alive and unchanged until end_document() returns.
  virtual bool wants_documents() const { return false; }
  virtual void begin_document(const Document& /*doc*/) {}
  virtual void end_document() {}
  // A writer whose bytes for a claim depend on that claim alone may have them made on
  // another thread: format() appends them to `out` (const, safe from any thread), and
  // write_formatted() writes, in order, bytes that format() made. A run with several
  // extraction threads then formats in them and leaves the writing thread only the writes.
  virtual bool formats_alone() const { return false; }
  virtual void format(const Claim& /*claim*/, std::string& /*out*/) const {}
  virtual void write_formatted(std::string_view /*bytes*/) {}
  // After the last claim: completes the format and flushes the output.
  virtual void finish() = 0;
};

// A writer for `format` on `out` (which must outlive it). `xlsx` carries the run
// metadata and settings of an xlsx fact sheet; the HTML report takes its headline and
// audit rules from it, the other formats ignore it.
std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out);
struct CsvOptions {
  bool bom = false;  // start with a UTF-8 byte order mark (Excel on Windows)
};
std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out, const XlsxOptions& xlsx,
                                               const CsvOptions& csv = {});

}  // namespace factsheet::write
