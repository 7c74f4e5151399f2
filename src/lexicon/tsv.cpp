#include "lexicon/tsv.hpp"

#include <charconv>
#include <cmath>

#include "lexicon/lexicon.hpp"

namespace factsheet {
namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    cells.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}

}  // namespace

TsvTable TsvTable::parse(std::string_view content, const std::string& name, const std::string& origin,
                         const std::vector<std::string>& expected) {
  TsvTable table;
  table.location_ = origin.empty() ? name : origin + "/" + name;
  bool header_seen = false;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= content.size()) {
    std::size_t nl = content.find('\n', pos);
    std::string_view line =
        content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto cells = split_tabs(line);
    if (!header_seen) {
      if (cells != expected) {
        std::string want;
        for (const auto& c : expected) want += (want.empty() ? "" : "\\t") + c;
        throw LexiconError(table.place(line_no) + "header must be '" + want + "'");
      }
      header_seen = true;
      continue;
    }
    if (cells.size() != expected.size())
      throw LexiconError(table.place(line_no) + "expected " + std::to_string(expected.size()) +
                         " columns, got " + std::to_string(cells.size()));
    if (cells[0].empty()) throw LexiconError(table.place(line_no) + "empty first column");
    table.rows_.push_back({line_no, std::move(cells)});
  }
  if (!header_seen) throw LexiconError(table.location_ + ": missing header row");
  return table;
}

// Made only for an error: made for every row, it was a good part of the startup time.
std::string TsvTable::place(int line) const { return location_ + ":" + std::to_string(line) + ": "; }

bool parse_yes_no(const TsvTable& table, const TsvTable::Row& row, std::size_t col) {
  const std::string& v = row.cells[col];
  if (v == "yes") return true;
  if (v == "no") return false;
  throw LexiconError(table.where(row) + "expected yes or no, got '" + v + "'");
}

double parse_number(const TsvTable& table, const TsvTable::Row& row, std::size_t col) {
  const std::string& v = row.cells[col];
  double out = 0;
  auto [ptr, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  if (ec != std::errc{} || ptr != v.data() + v.size() || !std::isfinite(out))
    throw LexiconError(table.where(row) + "expected a number, got '" + v + "'");
  return out;
}

}  // namespace factsheet
