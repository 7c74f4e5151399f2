// Compares figures that state one subject (a subject class, or two linked classes) and
// records what it finds (Partitions):
//   same      figures that state one value the same way (corroboration when they span two
//             or more articles or documents);
//   conflict  figures of one time whose values cannot all hold;
//   vague     bounds or approximations that agree without giving one value.
//
// Only figures whose times fit are compared (time_match.hpp). The figures are split by
// the most specific times present, each part holding one such time, the times it
// refines and the unknown ones. Two figures of one sentence are never a conflict or a
// vague pair: a sentence that gives two values for one subject compares them ("rose
// from 35 to 41 billion").
//
// Work is O(n log n) in the number of figures compared: a conflict is found from the
// tightest lower and upper ends of the figures of each part (intervals on a line that pairwise
// overlap share a point), not by comparing every pair.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "audit/figure_store.hpp"
#include "audit/union_find.hpp"

namespace factsheet::audit {

struct Partitions {
  UnionFind same;  // figures that state one value the same way
  // Figures in conflict, and figures that agree as vague statements: one set per part
  // compared (sorted ids), so that unrelated conflicts never merge through a figure they
  // have in common. Sets may repeat or contain each other.
  std::vector<std::vector<std::uint32_t>> conflicts, vague;
  // Whether `conflicts` and `vague` are wanted: a comparison for `same` alone leaves them
  // empty.
  bool keep_sets = true;
  // `n`: the figures `same` covers from the start; a comparison covers every figure of
  // the store (4 bytes each), so Partitions that may compare none can start empty.
  explicit Partitions(std::size_t n = 0, bool keep_sets = true) : same(n), keep_sets(keep_sets) {}
};

// More distinct times than this in one comparison, and unknown times are compared with
// each other only (each known time with its own figures).
inline constexpr std::size_t kMaxTimesCompared = 32;

// `by_period`: figures are compared by their periods (0: unknown); else every time is
// unknown. Memory: about 12 bytes a figure compared, besides `out`.
void compare_figures(std::span<const std::uint32_t> figures, const FigureStore& store, bool by_period,
                     Partitions& out);

// The distinct sorted sets of `sets` that no other contains, in order of their first
// member (then of their size, largest first).
std::vector<std::vector<std::uint32_t>> maximal_sets(std::vector<std::vector<std::uint32_t>> sets);

}  // namespace factsheet::audit
