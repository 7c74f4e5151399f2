// JSON Lines: one claim object (write/claim_json.hpp) per line, LF-terminated.
#pragma once
#include <string>

#include "write/claim_writer.hpp"

namespace factsheet::write {

class JsonlWriter final : public ClaimWriter {
 public:
  explicit JsonlWriter(Output& out) : out_(out) {}
  void write(const Claim& claim) override;
  bool formats_alone() const override { return true; }
  void format(const Claim& claim, std::string& out) const override;
  void write_formatted(std::string_view bytes) override { out_.write(bytes); }
  void finish() override { out_.flush(); }

 private:
  Output& out_;
  std::string line_;  // reused between claims
};

}  // namespace factsheet::write
