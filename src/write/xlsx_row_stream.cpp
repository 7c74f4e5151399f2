#include "write/xlsx_row_stream.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

#include "write/xlsx_limits.hpp"

namespace factsheet::write {
namespace {

constexpr std::size_t kXmlBatch = std::size_t{64} << 10;  // rows gathered per hand-over

void append_uint(std::string& out, std::uint64_t v) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, end);
}

// The shortest text that reads back as `v` exactly; plain digits ("1000000", "0.05")
// unless the number is very large or very small.
void append_double(std::string& out, double v) {
  char buf[64];
  double magnitude = std::fabs(v);
  bool plain = v == 0 || (magnitude >= 1e-6 && magnitude < 1e16);
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, plain ? std::chars_format::fixed : std::chars_format::scientific);
  if (ec != std::errc()) throw std::logic_error("a number the workbook cannot hold");
  out.append(buf, end);
}

bool c_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text, bool attribute) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char* rep = nullptr;
    switch (text[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': rep = attribute ? "&quot;" : nullptr; break;
      default: break;
    }
    if (!rep) continue;
    out.append(text.substr(from, i - from));
    out.append(rep);
    from = i + 1;
  }
  out.append(text.substr(from));
}

StreamedRows::StreamedRows(const std::string& tmpdir, unsigned threads, const std::string& label)
    : spool_(tmpdir, label),
      deflater_([this](std::string_view bytes) { spool_.write(bytes); }, threads) {}

void StreamedRows::flush_xml() {
  deflater_.write(xml_);
  xml_.clear();
}

void StreamedRows::height(std::uint32_t row, double points) {
  next_height_ = points;
  height_row_ = row;
}

void StreamedRows::start(std::uint32_t row) {
  if (finished_) throw std::logic_error("a row written to a finished sheet");
  if ((row_ && row <= *row_) || (floor_ && row <= *floor_))
    throw std::logic_error("streamed rows must come in increasing order, after the sheet's own");
  if (row_) xml_ += "</row>";
  if (xml_.size() >= kXmlBatch) flush_xml();
  row_ = row;
  xml_ += "<row r=\"";
  append_uint(xml_, std::uint64_t{row} + 1);
  xml_ += '"';
  if (next_height_ && height_row_ == row) {
    xml_ += " ht=\"";
    append_double(xml_, *next_height_);
    xml_ += "\" customHeight=\"1\"";
  }
  next_height_.reset();
  xml_ += '>';
}

void StreamedRows::cell_start(std::uint32_t row, std::uint32_t col, std::uint32_t xf) {
  if (!row_ || *row_ != row) start(row);
  xml_ += "<c r=\"";
  xml_ += cell_name(row, col);
  xml_ += '"';
  if (xf != 0) {
    xml_ += " s=\"";
    append_uint(xml_, xf);
    xml_ += '"';
  }
}

void StreamedRows::text(std::uint32_t row, std::uint32_t col, std::string_view text, std::uint32_t xf) {
  if (text.empty()) return;
  cell_start(row, col, xf);
  // Leading or trailing white space survives only when marked to be kept.
  xml_ += c_space(text.front()) || c_space(text.back()) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                                                        : " t=\"inlineStr\"><is><t>";
  append_xml_escaped(xml_, text);
  xml_ += "</t></is></c>";
}

void StreamedRows::number(std::uint32_t row, std::uint32_t col, double v, std::uint32_t xf) {
  cell_start(row, col, xf);
  xml_ += "><v>";
  append_double(xml_, v);
  xml_ += "</v></c>";
}

void StreamedRows::link(std::uint32_t row, std::uint32_t col, std::string_view location, std::string_view tooltip) {
  auto known = std::find(tooltips_.begin(), tooltips_.end(), tooltip);
  if (col > UINT16_MAX || (known == tooltips_.end() && tooltips_.size() > UINT16_MAX))
    throw std::logic_error("a link the sheet cannot keep");
  if (known == tooltips_.end()) known = tooltips_.emplace(tooltips_.end(), tooltip);
  locations_ += location;
  links_.push_back({row, static_cast<std::uint16_t>(col), static_cast<std::uint16_t>(known - tooltips_.begin()),
                    static_cast<std::uint32_t>(locations_.size())});
}

void StreamedRows::finish() {
  if (finished_) return;
  if (row_) xml_ += "</row>";
  flush_xml();
  sum_ = deflater_.finish();
  finished_ = true;
}

std::string StreamedRows::hyperlinks_xml() const {
  if (links_.empty()) return {};
  std::string xml = "<hyperlinks>";
  std::uint32_t from = 0;
  for (const Link& l : links_) {
    std::string_view location = std::string_view(locations_).substr(from, l.location_end - from);
    from = l.location_end;
    xml += "<hyperlink ref=\"";
    xml += cell_name(l.row, l.col);
    xml += "\" location=\"";
    append_xml_escaped(xml, location, true);
    xml += '"';
    if (const std::string& tooltip = tooltips_[l.tooltip]; !tooltip.empty()) {
      xml += " tooltip=\"";
      append_xml_escaped(xml, tooltip, true);
      xml += '"';
    }
    // Excel shows the location when the link has no text of its own, as libxlsxwriter writes it.
    xml += " display=\"";
    append_xml_escaped(xml, location, true);
    xml += "\"/>";
  }
  xml += "</hyperlinks>";
  return xml;
}

void StreamedRows::copy_compressed(const BlockDeflater::Sink& sink) {
  if (!finished_) throw std::logic_error("the rows are copied before they are finished");
  spool_.copy_to(sink);
}

}  // namespace factsheet::write
