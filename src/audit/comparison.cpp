#include "audit/comparison.hpp"

#include <algorithm>
#include <optional>

#include "audit/time_match.hpp"

namespace factsheet::audit {
namespace {

struct Item {
  std::uint32_t id = 0;
  std::uint32_t sentence = 0;
  FigureValue value;
};

// Lower ends: the tighter is the larger (an open end beats a closed one at the same value).
bool tighter_low(const Interval& a, const Interval& b) {
  return a.lo > b.lo || (a.lo == b.lo && !a.lo_closed && b.lo_closed);
}
bool tighter_high(const Interval& a, const Interval& b) {
  return a.hi < b.hi || (a.hi == b.hi && !a.hi_closed && b.hi_closed);
}
// No value is at or above `low`'s lower end and at or below `high`'s upper end.
bool apart(const Interval& low, const Interval& high) {
  return low.lo > high.hi || (low.lo == high.hi && !(low.lo_closed && high.hi_closed));
}

// The tightest end over all items, and the tightest from a sentence other than its own.
struct Tightest {
  const Item* first = nullptr;
  const Item* second = nullptr;

  template <class Tighter>
  void offer(const Item& x, Tighter tighter) {
    if (!first || tighter(x.value.extent, first->value.extent)) {
      if (first && first->sentence != x.sentence) second = first;
      first = &x;
    } else if (x.sentence != first->sentence && (!second || tighter(x.value.extent, second->value.extent))) {
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
void join_same(std::vector<const Item*> items, Shape shape, UnionFind& same) {
  if (items.size() < 2) return;
  auto start = [&](const Item* x) { return shape == Shape::range ? x->value.low_end : x->value.point; };
  std::sort(items.begin(), items.end(), [&](const Item* a, const Item* b) {
    Interval x = start(a), y = start(b);
    if (x.lo != y.lo) return x.lo < y.lo;
    return a->id < b->id;
  });
  const Item* head = items[0];
  Interval common = head->value.point;
  for (std::size_t i = 1; i < items.size(); ++i) {
    const Item* x = items[i];
    bool joins = shape == Shape::range ? relate(head->value, x->value) == Relation::same
                                       : overlap(common, x->value.point);
    if (joins) {
      same.unite(head->id, x->id);
      common = intersect(common, x->value.point);
    } else {
      head = x;
      common = x->value.point;
    }
  }
}

void compare_part(const std::vector<Item>& items, Partitions& out) {
  if (items.size() < 2) return;
  std::vector<const Item*> by_shape[4];
  for (const Item& x : items) by_shape[static_cast<int>(x.value.shape)].push_back(&x);
  for (int s = 0; s < 4; ++s) join_same(by_shape[s], static_cast<Shape>(s), out.same);

  Tightest low, high;
  for (const Item& x : items) {
    low.offer(x, tighter_low);
    high.offer(x, tighter_high);
  }
  std::vector<std::uint32_t> involved;
  for (const Item& x : items) {
    const Item* h = high.excluding(x.sentence);
    const Item* l = low.excluding(x.sentence);
    if ((h && apart(x.value.extent, h->value.extent)) || (l && apart(l->value.extent, x.value.extent)))
      involved.push_back(x.id);
  }
  if (!involved.empty()) {
    for (std::uint32_t id : involved) out.conflict.unite(involved.front(), id);
    return;
  }

  // No conflict: different statements of one subject that all agree are vague together.
  std::uint32_t root = out.same.find(items.front().id);
  bool several_values = false, several_sentences = false;
  for (const Item& x : items) {
    several_values = several_values || out.same.find(x.id) != root;
    several_sentences = several_sentences || x.sentence != items.front().sentence;
  }
  if (several_values && several_sentences)
    for (const Item& x : items) out.vague.unite(items.front().id, x.id);
}

}  // namespace

void compare_figures(const std::vector<std::uint32_t>& figures, const FigureStore& store, Partitions& out) {
  std::vector<Item> all;
  all.reserve(figures.size());
  std::vector<std::uint32_t> times;
  for (std::uint32_t id : figures) {
    const StoredFigure& f = store[id];
    all.push_back({id, f.sentence, figure_value(f.stated)});
    if (f.time != 0) times.push_back(f.time);
  }
  std::sort(times.begin(), times.end());
  times.erase(std::unique(times.begin(), times.end()), times.end());
  if (times.empty()) {
    compare_part(all, out);
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
                   out);
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
    compare_part(part, out);
  }
}

}  // namespace factsheet::audit
