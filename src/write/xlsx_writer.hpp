// XlsxWriter: claims to an Excel fact sheet (libxlsxwriter). Sheets, in order:
// Headline figures, Audit, Figures (and "Figures (2)"... past Excel's row limit),
// Sources, Summary and About; see the About sheet itself for what each holds.
//
// Figures rows are written as claims arrive; for the other sheets only compact
// aggregates are kept (headline_index.hpp, source_index.hpp, summary_counts.hpp, and the
// audit's figure store, about 100 bytes per figure: audit/figure_store.hpp).
// Up to XlsxOptions::table_row_limit claims (and table_byte_limit bytes of their text)
// the workbook is built in memory so that its lists are Excel tables; past that it
// switches to libxlsxwriter's constant-memory mode, and the rows of Figures and Audit are
// streamed to disk past libxlsxwriter (Book::stream_rows()), so memory does not grow with
// the number of rows.
//
// libxlsxwriter writes to a path: the temporary file of an AtomicFileOutput
// (Output::direct_path()), which the caller renames into place after finish(); for
// other outputs a temporary file whose bytes are copied to the output at finish().
// The bytes are deterministic unless XlsxOptions::timestamp is now.
#pragma once
#include <memory>
#include <vector>

#include "write/claim_writer.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::write {

class XlsxWriter final : public ClaimWriter {
 public:
  XlsxWriter(Output& out, XlsxOptions options);
  ~XlsxWriter() override;
  void write(const Claim& claim) override;
  void finish() override;

 private:
  struct State;
  void open_book(bool constant_memory);
  void write_row(const Claim& claim, std::size_t index, std::uint32_t source);

  Output& out_;
  XlsxOptions options_;
  std::unique_ptr<State> state_;
};

}  // namespace factsheet::write
