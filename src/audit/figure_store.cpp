#include "audit/figure_store.hpp"

#include <algorithm>
#include <cstring>

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

namespace {

template <class T>
void put(char*& at, T value) {
  std::memcpy(at, &value, sizeof value);
  at += sizeof value;
}
template <class T>
void get(const char*& at, T& value) {
  std::memcpy(&value, at, sizeof value);
  at += sizeof value;
}

}  // namespace

std::uint32_t FigureStore::place_of(std::string_view doc, std::int32_t article) {
  const std::uint32_t d = pool_.intern(doc);
  auto [it, added] = place_ids_.try_emplace(std::uint64_t{d} << 32 | static_cast<std::uint32_t>(article),
                                            static_cast<std::uint32_t>(places_.size()));
  if (added) places_.push_back({d, article});
  return it->second;
}

std::uint32_t FigureStore::add(const Claim& c, std::uint64_t ref, const StatedFigure& stated) {
  StoredFigure f;
  f.place = place_of(c.doc, c.article.value_or(0));
  f.set(StoredFigure::kAttributed, c.attribution && !c.attribution->empty());
  f.set_kind(c.kind);
  f.set_stated(stated);

  auto text_size = static_cast<std::uint32_t>(std::min<std::size_t>(c.text.size(), UINT32_MAX));
  std::uint64_t text_at = texts_.append(std::string_view(c.text).substr(0, text_size));
  char note[kNoteSize];
  char* at = note;
  put(at, ref);
  put(at, static_cast<std::uint64_t>(c.start));
  put(at, text_at);
  put(at, text_size);
  put(at, static_cast<std::uint32_t>(std::max(c.line.value_or(0), 0)));
  put(at, static_cast<std::uint32_t>(std::max(c.column.value_or(0), 0)));
  put(at, c.attribution ? pool_.intern(*c.attribution) : std::uint32_t{0});
  put(at, c.source ? pool_.intern(*c.source) : std::uint32_t{0});
  put(at, c.subject ? pool_.intern(*c.subject) : std::uint32_t{0});
  put(at, c.time ? pool_.intern(*c.time) : std::uint32_t{0});
  put(at, std::uint32_t{0});  // the frame, set by set_frame()
  notes_.append(std::string_view(note, sizeof note));
  figures_.push_back(f);
  return static_cast<std::uint32_t>(figures_.size() - 1);
}

FigureStore::Note FigureStore::note(std::uint32_t id) const {
  char bytes[kNoteSize];
  notes_.read(std::uint64_t{id} * kNoteSize, kNoteSize, bytes);
  const char* at = bytes;
  Note n;
  get(at, n.ref);
  get(at, n.start);
  get(at, n.text_at);
  get(at, n.text_size);
  get(at, n.line);
  get(at, n.column);
  get(at, n.attribution);
  get(at, n.source);
  get(at, n.subject);
  get(at, n.time);
  get(at, n.frame);
  return n;
}

void FigureStore::set_frame(std::uint32_t id, std::string_view frame) {
  std::uint32_t pool_id = pool_.intern(frame);
  char bytes[sizeof pool_id];
  std::memcpy(bytes, &pool_id, sizeof pool_id);
  notes_.overwrite(std::uint64_t{id} * kNoteSize + kFrameAt, std::string_view(bytes, sizeof bytes));
}

std::string FigureStore::text(std::uint32_t id) const {
  Note n = note(id);
  return texts_.read(n.text_at, n.text_size);
}

FigureView FigureStore::view(std::uint32_t id) const {
  const StoredFigure& f = figures_[id];
  Note n = note(id);
  FigureView v;
  v.ref = n.ref;
  const Place& p = places_[f.place];
  v.doc = pool_.view(p.doc);
  if (p.article > 0) v.article = p.article;
  v.start = n.start;
  v.line = n.line;
  v.column = n.column;
  v.text = texts_.read(n.text_at, n.text_size);
  v.subject = pool_.view(n.subject);
  v.time = pool_.view(n.time);
  v.attribution = pool_.view(n.attribution);
  v.source = pool_.view(n.source);
  v.frame = pool_.view(n.frame);
  v.kind = f.kind();
  return v;
}

std::string FigureStore::place(std::uint32_t id) const {
  const StoredFigure& f = figures_[id];
  const Place& p = places_[f.place];
  std::string out(pool_.view(p.doc));
  if (p.article > 0) out += " #" + std::to_string(p.article);
  return out;
}

}  // namespace factsheet::audit
