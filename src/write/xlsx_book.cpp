#include "write/xlsx_book.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "write/output.hpp"
#include "write/temp_cleanup.hpp"
#include "io/temp_file.hpp"
#include "write/xlsx_row_stream.hpp"
#include "write/xlsx_splice.hpp"

namespace factsheet::write {
namespace {

constexpr lxw_color_t kHeaderFill = 0xDDEBF7;
constexpr lxw_color_t kBandFill = 0xF2F2F2;
constexpr lxw_color_t kLinkBlue = 0x0563C1;
constexpr lxw_color_t kNoteGrey = 0x595959;

void apply(lxw_format* f, Style style) {
  if (style == Style::band) {  // a conditional format: a fill and nothing else
    format_set_bg_color(f, kBandFill);
    return;
  }
  format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
  switch (style) {
    case Style::text: break;
    case Style::wrap: format_set_text_wrap(f); break;
    case Style::bold: format_set_bold(f); break;
    case Style::header:
    case Style::header_number:
      if (style == Style::header_number) format_set_align(f, LXW_ALIGN_RIGHT);
      format_set_bold(f);
      format_set_text_wrap(f);
      format_set_bg_color(f, kHeaderFill);
      format_set_bottom(f, LXW_BORDER_THIN);
      break;
    case Style::link:
      format_set_font_color(f, kLinkBlue);
      format_set_underline(f, LXW_UNDERLINE_SINGLE);
      break;
    case Style::title:
      format_set_bold(f);
      format_set_font_size(f, 14);
      break;
    case Style::heading:
      format_set_bold(f);
      format_set_bottom(f, LXW_BORDER_THIN);
      break;
    case Style::note:
      format_set_italic(f);
      format_set_font_color(f, kNoteGrey);
      break;
    case Style::band: break;
  }
}

// An empty temporary file in `dir` (empty: the system's) for libxlsxwriter to write.
std::string temporary_file(const std::string& dir, const std::string& label) {
  io::TempFile t = io::make_temp_file(dir, ".factsheet-xlsx-");
  if (t.fd < 0) throw OutputError(label + ": temporary file in " + t.dir + ": " + std::strerror(t.error));
  ::close(t.fd);
  return t.path;
}

}  // namespace

struct Book::Streamed {
  std::string entry;
  std::unique_ptr<StreamedRows> rows;
};

void check_xlsx(lxw_error err, std::string_view label, std::string_view what) {
  if (err == LXW_NO_ERROR) return;
  throw OutputError(std::string(label) + ": " + std::string(what) + ": " + lxw_strerror(err));
}

Book::Book(const BookSettings& s, std::string label)
    : path_(s.path), written_(s.path), deflate_threads_(s.deflate_threads), label_(std::move(label)),
      tmpdir_(s.tmpdir), constant_memory_(s.constant_memory) {
  if (constant_memory_) {
    std::string dir = tmpdir_.empty() ? std::filesystem::path(path_).parent_path().string() : tmpdir_;
    written_ = temporary_file(dir, label_);
    written_slot_ = register_temp_file(written_);
  }
  lxw_workbook_options options = {};
  options.constant_memory = s.constant_memory ? LXW_TRUE : LXW_FALSE;
  options.tmpdir = tmpdir_.empty() ? nullptr : tmpdir_.data();
  // A streamed Figures sheet of long sentences can pass 4 GB of XML before Excel's
  // row limit; small workbooks keep the plain zip format.
  options.use_zip64 = s.constant_memory ? LXW_TRUE : LXW_FALSE;
  workbook_ = workbook_new_opt(written_.c_str(), &options);
  if (!workbook_) throw OutputError(label_ + ": cannot start the workbook");

  // Fixed properties so that the same input gives the same bytes.
  static char kTitle[] = "Fact sheet: numeric claims";
  static char kAuthor[] = "factsheet";
  static char kComments[] = "Written by factsheet " FACTSHEET_VERSION;
  lxw_doc_properties properties = {};
  properties.title = kTitle;
  properties.author = kAuthor;
  properties.comments = kComments;
  properties.created = s.created;
  check(workbook_set_properties(workbook_, &properties), "document properties");
}

Book::~Book() {
  if (workbook_) lxw_workbook_free(workbook_);
  if (written_ != path_) {
    ::unlink(written_.c_str());
    unregister_temp_file(written_slot_);
  }
}

lxw_worksheet* Book::add_sheet(const std::string& name) {
  lxw_worksheet* ws = workbook_add_worksheet(workbook_, name.c_str());
  if (!ws) throw OutputError(label_ + ": cannot add the sheet \"" + name + "\"");
  return ws;
}

StreamedRows& Book::stream_rows(lxw_worksheet* ws) {
  if (!constant_memory_) throw std::logic_error("rows are streamed only in constant-memory mode");
  // libxlsxwriter numbers a workbook's worksheets from 1 in the order they were added.
  std::string entry = "xl/worksheets/sheet" + std::to_string(ws->index + 1) + ".xml";
  streamed_.push_back({std::move(entry), std::make_unique<StreamedRows>(tmpdir_, deflate_threads_, label_)});
  return *streamed_.back().rows;
}

std::uint32_t Book::xf_index(lxw_format* f) const {
  return f ? static_cast<std::uint32_t>(lxw_format_get_xf_index(f)) : 0;
}

lxw_chart* Book::add_chart(std::uint8_t type) {
  lxw_chart* chart = workbook_add_chart(workbook_, type);
  if (!chart) throw OutputError(label_ + ": cannot add a chart");
  return chart;
}

lxw_format* Book::format(Style style, std::string_view num_format) {
  auto& formats = formats_.at(static_cast<std::size_t>(style));
  if (auto it = formats.find(num_format); it != formats.end()) return it->second;
  lxw_format* f = workbook_add_format(workbook_);
  if (!f) throw OutputError(label_ + ": cannot add a cell format");
  apply(f, style);
  if (!num_format.empty()) format_set_num_format(f, std::string(num_format).c_str());
  formats.emplace(std::string(num_format), f);
  return f;
}

lxw_format* Book::highlight(lxw_color_t fill, lxw_color_t font) {
  std::string key = std::to_string(fill) + "|" + std::to_string(font);
  auto [it, inserted] = highlights_.try_emplace(std::move(key), nullptr);
  if (inserted) {
    lxw_format* f = workbook_add_format(workbook_);
    if (!f) throw OutputError(label_ + ": cannot add a cell format");
    format_set_bg_color(f, fill);
    format_set_font_color(f, font);
    it->second = f;
  }
  return it->second;
}

void Book::close() {
  std::vector<SplicedSheet> spliced;
  for (Streamed& s : streamed_) {
    s.rows->finish();
    spliced.push_back({s.entry, s.rows.get()});
  }
  lxw_workbook* wb = workbook_;
  workbook_ = nullptr;  // workbook_close frees it, whatever the outcome
  check(workbook_close(wb), "cannot write the workbook");
  if (written_ != path_) splice_sheets(written_, path_, spliced, deflate_threads_, label_);
}

}  // namespace factsheet::write
