#include "audit/comparison.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <unordered_map>

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
    FigureValue v = figure_value(f.stated);
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

FigureValue value_of(const Item& x, const FigureStore& store) { return figure_value(store[x.id].stated); }

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
  template <class Tighter>
  void merge(const Tightest& other, Tighter tighter) {
    for (const Item* x : {other.first, other.second})
      if (x) offer(*x, tighter);
  }
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
void join_same(std::vector<const Item*> items, Shape shape, const FigureStore& store, UnionFind& same) {
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

// The figures of one name set (context_names.hpp) within a comparison, with what the
// conflict test needs of them.
struct NameGroup {
  std::uint32_t names = 0;
  std::vector<const Item*> items;
  Tightest low, high;
  std::uint32_t root = 0, sentence = 0;                 // of its first figure
  bool several_values = false, several_sentences = false;
};

void compare_part(const std::vector<Item>& items, const FigureStore& store, const NameSets& names, Partitions& out) {
  if (items.size() < 2) return;
  std::vector<const Item*> by_shape[4];
  for (const Item& x : items) by_shape[static_cast<int>(x.shape)].push_back(&x);
  for (int s = 0; s < 4; ++s) join_same(by_shape[s], static_cast<Shape>(s), store, out.same);

  // Figures grouped by their names, in order of first appearance.
  std::vector<NameGroup> groups;
  std::unordered_map<std::uint32_t, std::size_t> slot;
  for (const Item& x : items) {
    std::uint32_t set = store[x.id].names;
    auto [it, added] = slot.try_emplace(set, groups.size());
    if (added) {
      groups.emplace_back();
      groups.back().names = set;
      groups.back().root = out.same.find(x.id);
      groups.back().sentence = x.sentence;
    }
    NameGroup& g = groups[it->second];
    g.items.push_back(&x);
    g.low.offer(x, tighter_low);
    g.high.offer(x, tighter_high);
    g.several_values = g.several_values || out.same.find(x.id) != g.root;
    g.several_sentences = g.several_sentences || x.sentence != g.sentence;
  }
  // Groups that may state one fact. Past kMaxNameGroups, a group is only compared with
  // itself.
  const bool all_pairs = groups.size() <= kMaxNameGroups;
  auto fit = [&](const NameGroup& a, const NameGroup& b) {
    if (&a == &b) return true;
    return all_pairs && names_fit(names.get(a.names), names.get(b.names));
  };

  // Per pair of groups that fit (a group with itself too): the figures apart from a
  // figure of the pair in another sentence are a conflict; else, when the pair states
  // more than one value in more than one sentence, its figures are vague together.
  for (std::size_t i = 0; i < groups.size(); ++i)
    for (std::size_t j = i; j < groups.size(); ++j) {
      const NameGroup& g = groups[i];
      const NameGroup& h = groups[j];
      if (!fit(g, h)) continue;
      Tightest low = g.low, high = g.high;
      if (j != i) {
        low.merge(h.low, tighter_low);
        high.merge(h.high, tighter_high);
      }
      std::vector<std::uint32_t> conflict, all;
      for (const NameGroup* k : {&g, &h}) {
        for (const Item* x : k->items) {
          all.push_back(x->id);
          const Item* hi = high.excluding(x->sentence);
          const Item* lo = low.excluding(x->sentence);
          if ((hi && apart(x->extent(), hi->extent())) || (lo && apart(lo->extent(), x->extent())))
            conflict.push_back(x->id);
        }
        if (j == i) break;
      }
      if (!conflict.empty()) {
        std::sort(conflict.begin(), conflict.end());
        out.conflicts.push_back(std::move(conflict));
        continue;
      }
      bool several_values = g.several_values || h.several_values || g.root != h.root;
      bool several_sentences = g.several_sentences || h.several_sentences || g.sentence != h.sentence;
      if (several_values && several_sentences) {
        std::sort(all.begin(), all.end());
        out.vague.push_back(std::move(all));
      }
    }
}

}  // namespace

void compare_figures(const std::vector<std::uint32_t>& figures, const FigureStore& store, const NameSets& names,
                     Partitions& out) {
  std::vector<Item> all;
  all.reserve(figures.size());
  std::vector<std::uint32_t> times;
  for (std::uint32_t id : figures) {
    const StoredFigure& f = store[id];
    all.emplace_back(id, f);
    if (f.time != 0) times.push_back(f.time);
  }
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  if (times.empty()) {
    compare_part(all, store, names, out);
    return;
  }
  auto time_of = [&](const Item& x) { return store.string(store[x.id].time); };

  if (times.size() > kMaxTimesCompared) {  // each time on its own, the unknown ones too
    std::stable_sort(all.begin(), all.end(),
                     [&](const Item& a, const Item& b) { return store[a.id].time < store[b.id].time; });
    for (std::size_t i = 0; i < all.size();) {
      std::size_t j = i;
      while (j < all.size() && store[all[j].id].time == store[all[i].id].time) ++j;
      compare_part(std::vector<Item>(all.begin() + static_cast<std::ptrdiff_t>(i),
                                     all.begin() + static_cast<std::ptrdiff_t>(j)),
                   store, names, out);
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
    compare_part(part, store, names, out);
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
