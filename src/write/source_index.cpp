#include "write/source_index.hpp"

namespace factsheet::write {
namespace {

void fill(std::optional<std::string>& field, const std::optional<std::string>& from) {
  if (!field && from && !from->empty()) field = from;
}

}  // namespace

std::uint32_t SourceIndex::add(const Claim& c, FigurePosition pos) {
  std::string key = c.doc;
  key += '\0';
  if (c.article) key += std::to_string(*c.article);
  auto [it, inserted] = index_.try_emplace(std::move(key), static_cast<std::uint32_t>(records_.size()));
  if (inserted) {
    SourceRecord r;
    r.doc = c.doc;
    r.name = names_.name(c.doc);
    r.article = c.article;
    r.first_figure = c.text;
    r.first = pos;
    records_.push_back(std::move(r));
  }
  SourceRecord& r = records_[it->second];
  ++r.figures;
  fill(r.title, c.title);
  fill(r.source, c.source);
  fill(r.date, c.date);
  fill(r.dateline, c.dateline);
  return it->second;
}

std::string source_label(const SourceRecord& r) {
  return place_text(r.name, r.article, 0, 0);
}

}  // namespace factsheet::write
