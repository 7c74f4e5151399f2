// The Sources sheet's data: one row per document, or per article when the context
// stage has split a document into articles, in order of first figure. Keeps one
// small record per source, never the claims.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "claim/claim.hpp"
#include "write/headline_index.hpp"
#include "write/place.hpp"

namespace factsheet::write {

struct SourceRecord {
  std::string doc;
  std::string name;  // the document for people (write/place.hpp)
  std::optional<int> article;
  std::optional<std::string> title, source, date, dateline;  // from the first claim that has them
  std::size_t figures = 0;
  std::string first_figure;  // its text as written
  FigurePosition first;      // and its Figures row
};

class SourceIndex {
 public:
  SourceIndex() = default;
  explicit SourceIndex(DocNames names) : names_(std::move(names)) {}

  // The 0-based index of the claim's source (new ones are appended).
  std::uint32_t add(const Claim& claim, FigurePosition pos);
  const std::vector<SourceRecord>& records() const { return records_; }

 private:
  DocNames names_;
  std::vector<SourceRecord> records_;
  std::unordered_map<std::string, std::uint32_t> index_;
};

// "report.txt #1", "wire.txt #3": a source's name for the places and charts.
std::string source_label(const SourceRecord& r);

}  // namespace factsheet::write
