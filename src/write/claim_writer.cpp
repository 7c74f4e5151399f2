#include "write/claim_writer.hpp"

#include "write/csv_writer.hpp"
#include "write/jsonl_writer.hpp"

namespace factsheet::write {

std::unique_ptr<ClaimWriter> make_claim_writer(OutputFormat format, Output& out) {
  switch (format) {
    case OutputFormat::jsonl: return std::make_unique<JsonlWriter>(out);
    case OutputFormat::csv: return std::make_unique<CsvWriter>(out);
    case OutputFormat::xlsx: break;
  }
  throw OutputError("xlsx output is not available yet");
}

}  // namespace factsheet::write
