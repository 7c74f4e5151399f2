// ClaimWriter: the interface every output format implements. A writer streams
// claims to an Output in the order given; it holds no claims itself.
#pragma once
#include <memory>

#include "claim/claim.hpp"
#include "write/format.hpp"
#include "write/output.hpp"

namespace factsheet::write {

class ClaimWriter {
 public:
  virtual ~ClaimWriter() = default;
  virtual void write(const Claim& claim) = 0;
  // After the last claim: completes the format and flushes the output.
  virtual void finish() = 0;
};

// A writer for `format` on `out` (which must outlive it). Throws OutputError for a
// format this build cannot write (xlsx, for now).
std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out);

}  // namespace factsheet::write
