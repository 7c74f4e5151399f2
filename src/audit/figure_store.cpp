#include "audit/figure_store.hpp"

#include <algorithm>

namespace factsheet::audit {

StringPool::StringPool() { strings_.emplace_back(); }

std::uint32_t StringPool::intern(std::string_view s) {
  if (s.empty()) return 0;
  if (auto it = ids_.find(s); it != ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(std::string_view(strings_.back()), id);
  return id;
}

std::uint32_t FigureStore::add(const Claim& c, std::uint64_t ref, const StatedFigure& stated) {
  StoredFigure f;
  f.ref = ref;
  f.start = c.start;
  f.text_at = arena_.size();
  f.text_size = static_cast<std::uint32_t>(std::min<std::size_t>(c.text.size(), UINT32_MAX));
  arena_.append(c.text, 0, f.text_size);
  f.doc = pool_.intern(c.doc);
  f.subject = c.subject ? pool_.intern(*c.subject) : 0;
  f.time = c.time ? pool_.intern(*c.time) : 0;
  f.attribution = c.attribution ? pool_.intern(*c.attribution) : 0;
  f.source = c.source ? pool_.intern(*c.source) : 0;
  f.article = c.article.value_or(0);
  f.line = static_cast<std::uint32_t>(std::max(c.line.value_or(0), 0));
  f.column = static_cast<std::uint32_t>(std::max(c.column.value_or(0), 0));
  f.kind = c.kind;
  f.stated = stated;
  figures_.push_back(f);
  return static_cast<std::uint32_t>(figures_.size() - 1);
}

std::string_view FigureStore::text(std::uint32_t id) const {
  const StoredFigure& f = figures_[id];
  return std::string_view(arena_).substr(f.text_at, f.text_size);
}

FigureView FigureStore::view(std::uint32_t id) const {
  const StoredFigure& f = figures_[id];
  FigureView v;
  v.ref = f.ref;
  v.doc = pool_.view(f.doc);
  if (f.article > 0) v.article = f.article;
  v.start = f.start;
  v.line = f.line;
  v.column = f.column;
  v.text = text(id);
  v.subject = pool_.view(f.subject);
  v.time = pool_.view(f.time);
  v.attribution = pool_.view(f.attribution);
  v.source = pool_.view(f.source);
  v.frame = pool_.view(f.frame);
  v.kind = f.kind;
  return v;
}

std::string FigureStore::place(std::uint32_t id) const {
  const StoredFigure& f = figures_[id];
  std::string out(pool_.view(f.doc));
  if (f.article > 0) out += " #" + std::to_string(f.article);
  return out;
}

}  // namespace factsheet::audit
