// The figures that take part in an audit, kept compactly (about 100 bytes each, whatever
// the length of their sentences) so that a run of a million claims can be audited in
// one go: the stated numbers, the keys the comparison needs, and the text a report
// shows. Repeated strings (documents, subjects, times, attributions) are stored once.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "audit/figure_value.hpp"
#include "claim/claim.hpp"

namespace factsheet::audit {

// Strings stored once each; id 0 is the empty string.
class StringPool {
 public:
  StringPool();
  std::uint32_t intern(std::string_view s);
  std::string_view view(std::uint32_t id) const { return strings_[id]; }

 private:
  std::deque<std::string> strings_;  // a deque never moves its elements: ids_ views them
  std::unordered_map<std::string_view, std::uint32_t> ids_;
};

inline constexpr std::uint32_t kNoClass = UINT32_MAX;

struct StoredFigure {
  std::uint64_t ref = 0;     // the caller's handle for the claim
  std::uint64_t start = 0;
  std::uint64_t text_at = 0;  // the figure's text in the store's arena
  StatedFigure stated;
  std::uint32_t text_size = 0;
  std::uint32_t doc = 0, subject = 0, time = 0, attribution = 0, source = 0;  // pool ids
  std::int32_t article = 0;                // 0 when unknown
  std::uint32_t sentence = 0;              // running number of the sentence in the run
  std::uint32_t line = 0, column = 0;      // where it starts, for a reader (0: unknown)
  std::uint32_t bucket = 0;                // kind, unit and change
  std::uint32_t subject_class = kNoClass;  // kNoClass: it cannot be grouped
  std::uint32_t names = 0;                 // the names around it (context_names.hpp)
  std::uint32_t frame = 0;                 // pool id of its frame's label
  std::uint32_t entity = 0, measure = 0, scope = 0, period = 0, role = 0;  // pool ids
  Kind kind = Kind::count;
};

// How a report shows one figure.
struct FigureView {
  std::uint64_t ref = 0;
  std::string_view doc;
  std::optional<int> article;
  std::size_t start = 0;
  std::uint32_t line = 0, column = 0;  // 1-based; 0 when unknown
  std::string_view text, subject, time, attribution, source;
  std::string_view frame;  // "Google · net profit · Q3 2004 · current"
  Kind kind = Kind::count;
};

class FigureStore {
 public:
  std::uint32_t add(const Claim& claim, std::uint64_t ref, const StatedFigure& stated);
  std::size_t size() const { return figures_.size(); }
  StoredFigure& operator[](std::uint32_t id) { return figures_[id]; }
  const StoredFigure& operator[](std::uint32_t id) const { return figures_[id]; }
  FigureView view(std::uint32_t id) const;
  std::string_view text(std::uint32_t id) const;
  std::string_view string(std::uint32_t pool_id) const { return pool_.view(pool_id); }
  StringPool& pool() { return pool_; }

  // "doc.txt #3" (the article where known): where a figure was stated.
  std::string place(std::uint32_t id) const;

 private:
  std::deque<StoredFigure> figures_;  // grows without copying what it holds
  std::string arena_;                 // the figures' texts, one after the other
  StringPool pool_;
};

}  // namespace factsheet::audit
