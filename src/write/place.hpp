// Places for people: where a figure was stated, as a reader looks it up. A document is
// named relative to the input it was found under (a directory's files by their path
// below it, a file given by itself by its file name), then the article and the line and
// column: "business/001.txt #1 3:15". Byte offsets stay in JSON Lines, for programs.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet::write {

class DocNames {
 public:
  DocNames() = default;
  // The inputs as given on the command line: files, directories, "-".
  explicit DocNames(std::vector<std::string> roots);

  // `doc` (a claim's document: an input, a path joined below one, or a JSONL record's
  // id) relative to its input; unchanged when no input holds it.
  std::string name(std::string_view doc) const;

 private:
  std::vector<std::string> roots_;
};

// "001.txt #1 3:15": a name, the article where known, and line:column where known (0:
// unknown).
std::string place_text(std::string_view name, std::optional<int> article, std::uint32_t line, std::uint32_t column);

// Where an audited figure was stated: "001.txt #1 3:15", or the byte offset ("001.txt #1
// @1234") for a claim file of an earlier version, which records no line.
template <class View>
std::string audit_place(std::string_view name, const View& figure) {
  if (figure.line > 0) return place_text(name, figure.article, figure.line, figure.column);
  return place_text(name, figure.article, 0, 0) + " @" + std::to_string(figure.start);
}

}  // namespace factsheet::write
