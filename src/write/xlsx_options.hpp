// What an xlsx fact sheet records about its run, and the knobs of its writer.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "write/headline_rank.hpp"
#include "write/headline_rules.hpp"
#include "write/xlsx_limits.hpp"

namespace factsheet::audit {
struct AuditRules;
}

namespace factsheet::write {

// Document creation time: fixed, so that the same input gives the same bytes, or now.
enum class Timestamp { fixed, now };

// Fixed creation time: 2000-01-01T00:00:00Z, plainly a placeholder.
inline constexpr std::int64_t kFixedCreationTime = 946684800;

struct InputFileInfo {
  std::string path;                   // as read: given, or joined below a directory; "-" for stdin
  std::optional<std::uint64_t> size;  // bytes
  std::string sha256;                 // lowercase hex; empty when not computed
  std::string note;                   // why size or checksum are missing
};

struct XlsxOptions {
  // Run metadata for the About sheet.
  std::vector<std::string> command_line;  // the arguments as given, program first
  // The input files, in the order read. Looked at only when the workbook is finished,
  // so the caller may fill the list while the inputs are read; null: not recorded.
  std::shared_ptr<const std::vector<InputFileInfo>> inputs;
  Timestamp timestamp = Timestamp::fixed;
  // The inputs as given (files, directories, "-"): documents are named relative to them
  // for people (write/place.hpp). Empty: documents keep their paths.
  std::vector<std::string> input_roots;
  // Rows of the Headline figures sheet: the most salient facts (write/headline_rank.hpp).
  std::size_t headline_rows = kDefaultHeadlineRows;

  // Counted nouns that make a small count in words minor (headline_rules.hpp).
  MinorNouns minor_nouns;
  // The Audit sheet's rules (audit/rules.hpp); null: the embedded grammars with
  // `minor_nouns`.
  std::shared_ptr<const audit::AuditRules> audit_rules;

  // Up to this many claims the workbook is built in memory and Figures is an Excel
  // table; beyond it rows are streamed in libxlsxwriter's constant-memory mode (an
  // autofilter range instead of a table), so memory stays flat however many rows.
  std::size_t table_row_limit = 20000;
  std::size_t table_byte_limit = std::size_t{64} << 20;  // the same for the claims' text held
  std::size_t rows_per_sheet = kDataRowsPerSheet;  // data rows per Figures sheet
  std::size_t headline_limit = 50000;              // distinct facts listed
  std::string tmpdir;  // libxlsxwriter's temporary files; empty: beside the output
  // The claims are indexed for the headline, audit and summary sheets on a thread of their
  // own, beside the writing of rows (the workbook is the same): for runs given two cores
  // or more.
  bool index_thread = false;
  // Threads that pack a streamed workbook's rows (zlib's deflate, in blocks), beside the
  // writing: the workbook's bytes are the same for any number.
  std::size_t deflate_threads = 1;
};

}  // namespace factsheet::write
