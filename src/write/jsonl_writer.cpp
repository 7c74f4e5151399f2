#include "write/jsonl_writer.hpp"

#include "write/claim_json.hpp"

namespace factsheet::write {

void JsonlWriter::write(const Claim& claim) {
  line_.clear();
  append_claim_json(line_, claim);
  line_ += '\n';
  out_.write(line_);
}

}  // namespace factsheet::write
