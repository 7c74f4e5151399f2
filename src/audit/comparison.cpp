#include "audit/comparison.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "audit/time_match.hpp"

namespace factsheet::audit {
namespace {

// A figure being compared: what the sweeps need, kept small (a comparison may hold
// every figure of a run); the rest is looked up in the store. 48 bytes: the two intervals'
// ends, with their closed flags packed, not two Intervals of 24 bytes each.
class Item {
  std::array<double, 4> ends_{};  // first, for the packing: point's lo and hi, extent's lo and hi

 public:
  std::uint32_t id = 0;
  std::uint32_t sentence = 0;
  Shape shape = Shape::point;

  Item(std::uint32_t figure, const StoredFigure& f) : id(figure), sentence(f.sentence) {
    FigureValue v = figure_value(f.stated());
    shape = v.shape;
    ends_ = {v.point.lo, v.point.hi, v.extent.lo, v.extent.hi};
    closed_ = static_cast<std::uint8_t>(v.point.lo_closed | v.point.hi_closed << 1 | v.extent.lo_closed << 2 |
                                        v.extent.hi_closed << 3);
  }
  Interval point() const { return {ends_[0], ends_[1], (closed_ & 1) != 0, (closed_ & 2) != 0}; }
  Interval extent() const { return {ends_[2], ends_[3], (closed_ & 4) != 0, (closed_ & 8) != 0}; }

 private:
  std::uint8_t closed_ = 0;  // bits: point's lo and hi, extent's lo and hi
};
static_assert(sizeof(Item) <= 48);

FigureValue value_of(const Item& x, const FigureStore& store) { return figure_value(store[x.id].stated()); }

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

// The tightest end over all items, and the tightest from a sentence other than its own.
struct Tightest {
  const Item* first = nullptr;
  const Item* second = nullptr;

  template <class Tighter>
  void offer(const Item& x, Tighter tighter) {
    if (!first || tighter(x.extent(), first->extent())) {
      if (first && first->sentence != x.sentence) second = first;
      first = &x;
    } else if (x.sentence != first->sentence && (!second || tighter(x.extent(), second->extent()))) {
      second = &x;
    }
  }
  const Item* excluding(std::uint32_t sentence) const { return first && first->sentence != sentence ? first : second; }
};

Interval intersect(const Interval& a, const Interval& b) {
  Interval out = tighter_low(a, b) ? a : b;
  const Interval& high = tighter_high(a, b) ? a : b;
  out.hi = high.hi;
  out.hi_closed = high.hi_closed;
  return out;
}

// Same-figure sets, sorted by where their values start: a figure joins the current set
// when it shares a value with every member so far (the intersection of their intervals),
// so rounding cannot chain 1000, 1040, 1080 ... into one figure.
void join_same(std::vector<const Item*>& items, Shape shape, const FigureStore& store, UnionFind& same) {
  if (items.size() < 2) return;
  auto start = [&](const Item* x) { return shape == Shape::range ? value_of(*x, store).low_end : x->point(); };
  std::sort(items.begin(), items.end(), [&](const Item* a, const Item* b) {
    Interval x = start(a), y = start(b);
    if (x.lo != y.lo) return x.lo < y.lo;
    return a->id < b->id;
  });
  const Item* head = items[0];
  Interval common = head->point();
  for (std::size_t i = 1; i < items.size(); ++i) {
    const Item* x = items[i];
    bool joins = shape == Shape::range
                     ? relate(value_of(*head, store), value_of(*x, store)) == Relation::same
                     : overlap(common, x->point());
    if (joins) {
      same.unite(head->id, x->id);
      common = intersect(common, x->point());
    } else {
      head = x;
      common = x->point();
    }
  }
}

// The figures apart from the tightest end of a figure in another sentence are a
// conflict; else, when they state more than one value in more than one sentence, they
// are vague together.
void compare_part(const std::vector<Item>& items, const FigureStore& store, Partitions& out) {
  if (items.size() < 2) return;
  {
    std::vector<const Item*> by_shape;
    for (int s = 0; s < 4; ++s) {
      by_shape.clear();
      for (const Item& x : items)
        if (static_cast<int>(x.shape) == s) by_shape.push_back(&x);
      join_same(by_shape, static_cast<Shape>(s), store, out.same);
    }
  }
  Tightest low, high;
  const std::uint32_t root = out.same.find(items.front().id), sentence = items.front().sentence;
  bool several_values = false, several_sentences = false;
  for (const Item& x : items) {
    low.offer(x, tighter_low);
    high.offer(x, tighter_high);
    several_values = several_values || out.same.find(x.id) != root;
    several_sentences = several_sentences || x.sentence != sentence;
  }
  std::vector<std::uint32_t> conflict;
  for (const Item& x : items) {
    const Item* hi = high.excluding(x.sentence);
    const Item* lo = low.excluding(x.sentence);
    if ((hi && apart(x.extent(), hi->extent())) || (lo && apart(lo->extent(), x.extent()))) conflict.push_back(x.id);
  }
  if (!conflict.empty()) {
    std::sort(conflict.begin(), conflict.end());
    out.conflicts.push_back(std::move(conflict));
  } else if (several_values && several_sentences) {
    std::vector<std::uint32_t> all;
    all.reserve(items.size());
    for (const Item& x : items) all.push_back(x.id);
    std::sort(all.begin(), all.end());
    out.vague.push_back(std::move(all));
  }
}

}  // namespace

void compare_figures(const std::vector<std::uint32_t>& figures, const FigureStore& store,
                     std::span<const std::uint32_t> time_of_figure, Partitions& out) {
  auto time_id = [&](std::uint32_t id) { return time_of_figure.empty() ? 0 : time_of_figure[id]; };
  std::vector<Item> all;
  all.reserve(figures.size());
  std::vector<std::uint32_t> times;
  for (std::uint32_t id : figures) {
    all.emplace_back(id, store[id]);
    if (time_id(id) != 0) times.push_back(time_id(id));
  }
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  if (times.empty()) {
    compare_part(all, store, out);
    return;
  }
  auto time_of = [&](const Item& x) { return store.string(time_id(x.id)); };

  if (times.size() > kMaxTimesCompared) {  // each time on its own, the unknown ones too
    std::stable_sort(all.begin(), all.end(),
                     [&](const Item& a, const Item& b) { return time_id(a.id) < time_id(b.id); });
    for (std::size_t i = 0; i < all.size();) {
      std::size_t j = i;
      while (j < all.size() && time_id(all[j].id) == time_id(all[i].id)) ++j;
      compare_part(std::vector<Item>(all.begin() + static_cast<std::ptrdiff_t>(i),
                                     all.begin() + static_cast<std::ptrdiff_t>(j)),
                   store, out);
      i = j;
    }
    return;
  }
  // The most specific times: those no other time present refines.
  for (std::uint32_t leaf : times) {
    std::string_view l = store.string(leaf);
    bool refined = std::any_of(times.begin(), times.end(), [&](std::uint32_t t) {
      return t != leaf && time_covers(l, store.string(t));
    });
    if (refined) continue;
    std::vector<Item> part;
    for (const Item& x : all) {
      std::string_view t = time_of(x);
      if (t.empty() || time_covers(t, l)) part.push_back(x);
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
