// TSV tables of the grammars/ folder: '#' comments, blank lines ignored, the first
// other line is a header naming the columns.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace factsheet {

class TsvTable {
 public:
  struct Row {
    int line = 0;                       // 1-based line in the file
    std::vector<std::string> cells;
  };

  // Parses `content`; throws LexiconError naming `origin/name:line` on a malformed row.
  // `expected` lists the header's column names in order.
  static TsvTable parse(std::string_view content, const std::string& name, const std::string& origin,
                        const std::vector<std::string>& expected);

  const std::vector<Row>& rows() const { return rows_; }
  // Error text for a bad cell: "origin/name:line: message".
  std::string where(const Row& row) const { return place(row.line); }

 private:
  std::string place(int line) const;  // "origin/name:line: "
  std::string location_;
  std::vector<Row> rows_;
};

// Reads "yes"/"no" (a malformed cell throws with the row's location).
bool parse_yes_no(const TsvTable& table, const TsvTable::Row& row, std::size_t col);
// Reads a finite number.
double parse_number(const TsvTable& table, const TsvTable::Row& row, std::size_t col);

}  // namespace factsheet
