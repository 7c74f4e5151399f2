// CSV (RFC 4180): a header row of the claim field names (write/claim_fields.hpp),
// then one row per claim, UTF-8 (with a byte order mark only when asked, for Excel on
// Windows), every row ended by CRLF. Null fields are empty. Numbers use the JSON number
// forms; percentages are on the scale written (14% is 14), as in JSON Lines.
//
// Spreadsheet formula injection: a free-text cell (text from the input: sentence,
// subject, document name ...) that starts with = + - @, a tab or a CR and is not a
// plain number ("-5", "+1.5e3") or a lone "-" or "+" gets a leading single quote, so
// "=HYPERLINK(...)" arrives as text. Coded fields (kind, qualifier, unit, value, time,
// date ...) hold the tool's own vocabulary and are written as they are: the qualifier
// in words ("exact", "more than"), dates ISO-like ("--05-20"), so data tools read them
// without a stray apostrophe.
#pragma once
#include <string>
#include <string_view>

#include "write/claim_writer.hpp"

namespace factsheet::write {

// "-12", "+3.5", ".5", "1e9": an optional sign, digits with at most one '.', and an
// optional exponent; nothing else.
bool is_plain_number(std::string_view s);

// Appends one free-text cell: neutralized as above, quoted when it holds , " CR or LF;
// bytes that are not valid UTF-8 become U+FFFD.
void append_csv_text(std::string& out, std::string_view s);
// The same for a coded value: quoted where needed, never neutralized.
void append_csv_code(std::string& out, std::string_view s);

// The UTF-8 byte order mark `--csv-bom` puts first.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

class CsvWriter final : public ClaimWriter {
 public:
  explicit CsvWriter(Output& out, bool bom = false);  // writes the header row
  void write(const Claim& claim) override;
  bool formats_alone() const override { return true; }
  void format(const Claim& claim, std::string& out) const override;
  void write_formatted(std::string_view bytes) override { out_.write(bytes); }
  void finish() override { out_.flush(); }

 private:
  Output& out_;
  std::string row_;  // reused between claims
};

}  // namespace factsheet::write
