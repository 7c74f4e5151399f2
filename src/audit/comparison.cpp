#include "audit/comparison.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "audit/time_match.hpp"

namespace factsheet::audit {
namespace {

// A comparison may hold every figure of a run (a million figures of one class), so it
// keeps figure ids only and works out their values from the store as it goes: the values
// are a few arithmetic steps from the stated numbers, cheaper than memory for them.
FigureValue value_of(std::uint32_t id, const FigureStore& store) { return figure_value(store[id].stated()); }

// Lower ends: the tighter is the larger (an open end beats a closed one at the same value).
bool tighter_low(const Interval& a, const Interval& b) {
  return a.lo > b.lo || (a.lo == b.lo && !a.lo_closed && b.lo_closed);
}
bool tighter_high(const Interval& a, const Interval& b) {
  return a.hi < b.hi || (a.hi == b.hi && !a.hi_closed && b.hi_closed);
}
// No value is at or above `low`'s lower end and at or below `high`'s upper end.
bool apart(const Interval& low, const Interval& high) {
  // Ends a rounding error apart are one point (figure_value.cpp, overlap).
  double gap = high.hi - low.lo;
  double tolerance = std::isfinite(gap) ? 1e-9 * std::max(std::fabs(low.lo), std::fabs(high.hi)) : 0.0;
  return gap < -tolerance || (gap <= tolerance && !(low.lo_closed && high.hi_closed));
}

// A figure's extent (every value it allows) and its sentence.
struct Extent {
  Interval extent;
  std::uint32_t sentence = 0;
};

// The tightest end over all figures, and the tightest from a sentence other than its own.
struct Tightest {
  std::optional<Extent> first, second;

  template <class Tighter>
  void offer(const Extent& x, Tighter tighter) {
    if (!first || tighter(x.extent, first->extent)) {
      if (first && first->sentence != x.sentence) second = first;
      first = x;
    } else if (x.sentence != first->sentence && (!second || tighter(x.extent, second->extent))) {
      second = x;
    }
  }
  const Extent* excluding(std::uint32_t sentence) const {
    if (first && first->sentence != sentence) return &*first;
    return second ? &*second : nullptr;
  }
};

Interval intersect(const Interval& a, const Interval& b) {
  Interval out = tighter_low(a, b) ? a : b;
  const Interval& high = tighter_high(a, b) ? a : b;
  out.hi = high.hi;
  out.hi_closed = high.hi_closed;
  return out;
}

// Where a figure's value starts, for the same-figure sets: 8 bytes a figure (a class may
// hold a million figures), its shape being its run's. The start is rounded to a float,
// which keeps the order (rounding never reverses two values); starts that round alike are
// ordered by their exact values, worked out again.
struct Start {
  float lo = 0;
  std::uint32_t id = 0;
};

// Same-figure sets of one shape, sorted by where their values start: a figure joins the
// current set when it shares a value with every member so far (the intersection of their
// intervals), so rounding cannot chain 1000, 1040, 1080 ... into one figure.
void join_same(std::span<const Start> starts, Shape shape, const FigureStore& store, UnionFind& same) {
  if (starts.size() < 2) return;
  const bool ranges = shape == Shape::range;
  std::uint32_t head = starts.front().id;
  FigureValue head_value = value_of(head, store);
  Interval common = head_value.point;
  for (std::size_t i = 1; i < starts.size(); ++i) {
    std::uint32_t x = starts[i].id;
    FigureValue v = value_of(x, store);
    bool joins = ranges ? relate(head_value, v) == Relation::same : overlap(common, v.point);
    if (joins) {
      same.unite(head, x);
      common = intersect(common, v.point);
    } else {
      head = x;
      head_value = v;
      common = v.point;
    }
  }
}

// The same-figure sets of `ids`: the starts of each shape in a run of their own, sorted.
void join_same(std::span<const std::uint32_t> ids, const FigureStore& store, UnionFind& same) {
  constexpr std::size_t kShapes = static_cast<std::size_t>(Shape::range) + 1;
  // A range starts at its low end's rounding, any other figure at its point's.
  auto start_of = [&](std::uint32_t id, Shape& shape) {
    FigureValue v = value_of(id, store);
    shape = v.shape;
    return v.shape == Shape::range ? v.low_end.lo : v.point.lo;
  };
  // Each shape's run begins where the runs of the shapes before it end (a counting sort,
  // so that no shape is kept per figure).
  std::array<std::size_t, kShapes + 1> begin{};
  Shape shape = Shape::point;
  for (std::uint32_t id : ids) {
    start_of(id, shape);
    ++begin[static_cast<std::size_t>(shape) + 1];
  }
  for (std::size_t k = 1; k <= kShapes; ++k) begin[k] += begin[k - 1];
  std::vector<Start> starts(ids.size());
  std::array<std::size_t, kShapes> next{};
  std::copy(begin.begin(), begin.end() - 1, next.begin());
  for (std::uint32_t id : ids) {
    auto lo = static_cast<float>(start_of(id, shape));
    starts[next[static_cast<std::size_t>(shape)]++] = Start{lo, id};
  }
  for (std::size_t k = 0; k < kShapes; ++k) {
    auto run = std::span<Start>(starts).subspan(begin[k], begin[k + 1] - begin[k]);
    std::sort(run.begin(), run.end(), [&](const Start& a, const Start& b) {
      if (a.lo != b.lo) return a.lo < b.lo;
      if (a.id == b.id) return false;
      Shape ignored = Shape::point;
      const double x = start_of(a.id, ignored), y = start_of(b.id, ignored);
      if (x != y) return x < y;
      return a.id < b.id;
    });
    join_same(run, static_cast<Shape>(k), store, same);
  }
}

// The figures apart from the tightest end of a figure in another sentence are a
// conflict; else, when they state more than one value in more than one sentence, they
// are vague together.
void compare_part(std::span<const std::uint32_t> ids, const FigureStore& store, Partitions& out) {
  if (ids.size() < 2) return;
  if (out.same.size() < store.size()) out.same.resize(store.size());
  join_same(ids, store, out.same);
  if (!out.keep_sets) return;
  auto extent_of = [&](std::uint32_t id) { return Extent{value_of(id, store).extent, store[id].sentence}; };
  Tightest low, high;
  const std::uint32_t root = out.same.find(ids.front()), sentence = store[ids.front()].sentence;
  bool several_values = false, several_sentences = false;
  for (std::uint32_t id : ids) {
    Extent x = extent_of(id);
    low.offer(x, tighter_low);
    high.offer(x, tighter_high);
    several_values = several_values || out.same.find(id) != root;
    several_sentences = several_sentences || x.sentence != sentence;
  }
  std::vector<std::uint32_t> conflict;
  for (std::uint32_t id : ids) {
    Extent x = extent_of(id);
    const Extent* hi = high.excluding(x.sentence);
    const Extent* lo = low.excluding(x.sentence);
    if ((hi && apart(x.extent, hi->extent)) || (lo && apart(lo->extent, x.extent))) conflict.push_back(id);
  }
  if (!conflict.empty()) {
    std::sort(conflict.begin(), conflict.end());
    out.conflicts.push_back(std::move(conflict));
  } else if (several_values && several_sentences) {
    std::vector<std::uint32_t> all(ids.begin(), ids.end());
    std::sort(all.begin(), all.end());
    out.vague.push_back(std::move(all));
  }
}

}  // namespace

void compare_figures(std::span<const std::uint32_t> figures, const FigureStore& store, bool by_period,
                     Partitions& out) {
  auto time_id = [&](std::uint32_t id) { return by_period ? store[id].period : 0; };
  std::vector<std::uint32_t> times;
  for (std::uint32_t id : figures)
    if (time_id(id) != 0) times.push_back(time_id(id));
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  if (times.empty()) {
    compare_part(figures, store, out);
    return;
  }
  auto time_of = [&](std::uint32_t id) { return store.string(time_id(id)); };

  if (times.size() > kMaxTimesCompared) {  // each time on its own, the unknown ones too
    std::vector<std::uint32_t> all(figures.begin(), figures.end());
    std::stable_sort(all.begin(), all.end(), [&](std::uint32_t a, std::uint32_t b) { return time_id(a) < time_id(b); });
    for (std::size_t i = 0; i < all.size();) {
      std::size_t j = i;
      while (j < all.size() && time_id(all[j]) == time_id(all[i])) ++j;
      compare_part(std::span<const std::uint32_t>(all).subspan(i, j - i), store, out);
      i = j;
    }
    return;
  }
  // The most specific times: those no other time present refines.
  std::vector<std::uint32_t> part;
  for (std::uint32_t leaf : times) {
    std::string_view l = store.string(leaf);
    bool refined = std::any_of(times.begin(), times.end(), [&](std::uint32_t t) {
      return t != leaf && time_covers(l, store.string(t));
    });
    if (refined) continue;
    part.clear();
    for (std::uint32_t id : figures) {
      std::string_view t = time_of(id);
      if (t.empty() || time_covers(t, l)) part.push_back(id);
    }
    compare_part(part, store, out);
  }
}

std::vector<std::vector<std::uint32_t>> maximal_sets(std::vector<std::vector<std::uint32_t>> sets) {
  // Largest first, so a set is checked against every set that could hold it.
  std::sort(sets.begin(), sets.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::uint32_t top = 0;
  for (const auto& set : sets)
    if (!set.empty()) top = std::max(top, set.back() + 1);
  // For each member, the kept sets holding it: a list threaded through `links`
  // (a few bytes per member, where a hash map of vectors would take tens).
  constexpr std::uint32_t kEnd = UINT32_MAX;
  std::vector<std::uint32_t> head(top, kEnd);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;  // (kept set, next link)
  std::vector<std::vector<std::uint32_t>> kept;
  for (std::vector<std::uint32_t>& set : sets) {
    if (set.empty()) continue;
    bool inside = false;
    for (std::uint32_t l = head[set.front()]; l != kEnd && !inside; l = links[l].second) {
      const std::vector<std::uint32_t>& holder = kept[links[l].first];
      inside = std::includes(holder.begin(), holder.end(), set.begin(), set.end());
    }
    if (inside) continue;
    auto index = static_cast<std::uint32_t>(kept.size());
    for (std::uint32_t id : set) {
      links.emplace_back(index, head[id]);
      head[id] = static_cast<std::uint32_t>(links.size() - 1);
    }
    kept.push_back(std::move(set));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
  return kept;
}

}  // namespace factsheet::audit
