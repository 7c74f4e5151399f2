// How the audit compares two figures: each claim becomes the interval of values it
// allows, and two claims are the same figure, compatible, or in conflict.
//
// Precision comes from the digits as written (written_precision): the last decimal, or
// for a whole number its last non-zero digit, but never coarser than its first two
// digits, times the scale word. So "41 billion" stands for [40.5, 41.5) billion,
// "40.9 billion" for [40.85, 40.95) billion (the two agree: consistent rounding),
// "10,000" for [9,500, 10,500), "180" for [175, 185) and "70%" for [69.5, 70.5)%.
// A number in words is exact in its scale ("two million": [1.5, 2.5) million).
// A ratio's share is exact to half a percentage point ("26 of 45": 57.8% ± 0.5).
//
// The qualifier turns the figure into the values it allows: "about" widens it by 10%
// (or its rounding, whichever is wider), "more than 180" is (180, ∞), "at least" [180, ∞),
// "less than" and "up to" the mirror images; a range is [low, high] with the rounding of
// both ends.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "claim/claim.hpp"

namespace factsheet::audit {

struct Interval {
  double lo = 0, hi = 0;
  bool lo_closed = true, hi_closed = false;
};

// Whether two intervals share a value.
bool overlap(const Interval& a, const Interval& b);

enum class Shape {
  point,  // one value, exact or approximate
  lower,  // a lower bound: "more than", "at least"
  upper,  // an upper bound: "less than", "up to"
  range,  // "5-6 million"
};

struct FigureValue {
  Shape shape = Shape::point;
  Interval point;              // the stated number with its rounding (a range: low to high)
  Interval low_end, high_end;  // ranges: each end with its rounding
  Interval extent;             // every value the claim allows
  double center = 0;           // the stated number (a range: its middle)
};

// The rounding step of the number `value` as written in `text`: 1e9 for
// "41 billion US dollars", 1e8 for "$4.6 billion", 1000 for "10,000 students". `last`
// picks the last digit group instead of the first (the high end of a range).
double written_precision(std::string_view text, double value, bool last = false);

// The numbers of a claim that the comparison needs, kept per figure instead of the claim
// (24 bytes: rounding steps are powers of ten, kept as their exponents).
struct StatedFigure {
  double low = 0, high = 0;                   // equal unless a range
  std::int8_t low_step = 0, high_step = 0;    // rounding steps: 10^low_step, 10^high_step
  bool range = false;
  Qualifier qualifier = Qualifier::eq;
};

// Nullopt for a claim without a number (dates, or a value missing in a claim file).
std::optional<StatedFigure> stated_figure(const Claim& claim);
FigureValue figure_value(const StatedFigure& stated);

enum class Relation {
  same,        // the same figure within rounding, stated the same way
  compatible,  // different statements that can both hold ("more than 180", "over 100")
  conflict,    // no value satisfies both
};

Relation relate(const FigureValue& a, const FigureValue& b);

}  // namespace factsheet::audit
