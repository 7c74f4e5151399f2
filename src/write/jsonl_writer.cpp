#include "write/jsonl_writer.hpp"

#include "write/claim_json.hpp"

namespace factsheet::write {

void JsonlWriter::format(const Claim& claim, std::string& out) const {
  append_claim_json(out, claim);
  out += '\n';
}

void JsonlWriter::write(const Claim& claim) {
  line_.clear();
  format(claim, line_);
  out_.write(line_);
}

}  // namespace factsheet::write
