// CSV (RFC 4180): a header row of the claim field names (write/claim_json.hpp),
// then one row per claim, UTF-8 without a BOM, every row ended by CRLF.
// Null fields are empty. Numbers use the JSON number forms.
//
// Spreadsheet formula injection: a text cell that starts with = + - @, a tab or a
// CR and is not a plain number (e.g. "-5", "+1.5e3") gets a leading single quote,
// so "=HYPERLINK(...)" arrives as text. This applies to every text field, so a
// qualifier "=" reads "'=" and a date value "--05-20" reads "'--05-20".
#pragma once
#include <string>
#include <string_view>

#include "write/claim_writer.hpp"

namespace factsheet::write {

// "-12", "+3.5", ".5", "1e9": an optional sign, digits with at most one '.', and an
// optional exponent; nothing else.
bool is_plain_number(std::string_view s);

// Appends one text cell: neutralized as above, quoted when it holds , " CR or LF;
// bytes that are not valid UTF-8 become U+FFFD.
void append_csv_text(std::string& out, std::string_view s);

class CsvWriter final : public ClaimWriter {
 public:
  explicit CsvWriter(Output& out);  // writes the header row
  void write(const Claim& claim) override;
  void finish() override { out_.flush(); }

 private:
  Output& out_;
  std::string row_;  // reused between claims
};

}  // namespace factsheet::write
