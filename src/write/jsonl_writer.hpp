// JSON Lines: one claim object (write/claim_json.hpp) per line, LF-terminated.
#pragma once
#include <string>

#include "write/claim_writer.hpp"

namespace factsheet::write {

class JsonlWriter final : public ClaimWriter {
 public:
  explicit JsonlWriter(Output& out) : out_(out) {}
  void write(const Claim& claim) override;
  void finish() override { out_.flush(); }

 private:
  Output& out_;
  std::string line_;  // reused between claims
};

}  // namespace factsheet::write
