// ClaimWriter: the interface every output format implements. A writer streams
// claims to an Output in the order given; memory does not grow with their number
// (the xlsx writer keeps a bounded number of claims and compact aggregates).
#pragma once
#include <memory>

#include "claim/claim.hpp"
#include "write/format.hpp"
#include "write/output.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::write {

class ClaimWriter {
 public:
  virtual ~ClaimWriter() = default;
  virtual void write(const Claim& claim) = 0;
  // After the last claim: completes the format and flushes the output.
  virtual void finish() = 0;
};

// A writer for `format` on `out` (which must outlive it). `xlsx` carries the run
// metadata and settings of an xlsx fact sheet; the other formats ignore it.
std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out);
struct CsvOptions {
  bool bom = false;  // start with a UTF-8 byte order mark (Excel on Windows)
};
std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out, const XlsxOptions& xlsx,
                                               const CsvOptions& csv = {});

}  // namespace factsheet::write
