#include "audit/figure_value.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kApproxShare = 0.10;       // "about": ±10%
constexpr double kRatioPrecision = 0.01;    // a share stated as part of a whole: ±0.5 points

using text::is_digit;

struct DigitGroup {
  std::string digits;  // without separators
  int decimals = 0;
};

// Digit groups such as "10,000", "40.9", "1.5": digits joined by single commas or
// periods (a period followed by a digit is a decimal point).
std::vector<DigitGroup> digit_groups(std::string_view text) {
  std::vector<DigitGroup> groups;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_digit(text[i])) {
      ++i;
      continue;
    }
    DigitGroup g;
    bool in_decimals = false;
    while (i < text.size()) {
      if (is_digit(text[i])) {
        g.digits += text[i];
        if (in_decimals) ++g.decimals;
        ++i;
      } else if ((text[i] == ',' || text[i] == '.') && i + 1 < text.size() && is_digit(text[i + 1])) {
        if (text[i] == '.') {
          if (in_decimals) break;
          in_decimals = true;
        }
        ++i;
      } else {
        break;
      }
    }
    groups.push_back(std::move(g));
  }
  return groups;
}

double pow10(int e) { return std::pow(10.0, e); }

// The step of a digit group in its own units: 0.1 for "40.9", 1000 for "10,000", 1 for "70".
double group_step(const DigitGroup& g) {
  if (g.decimals > 0) return pow10(-g.decimals);
  std::size_t significant = g.digits.find_first_not_of('0');
  if (significant == std::string::npos) return 1;  // "0"
  std::size_t len = g.digits.size() - significant;
  std::size_t zeros = 0;
  while (zeros < len && g.digits[g.digits.size() - 1 - zeros] == '0') ++zeros;
  std::size_t keep = len > 2 ? len - 2 : 0;  // never coarser than the first two digits
  return pow10(static_cast<int>(std::min(zeros, keep)));
}

double group_value(const DigitGroup& g) {
  double v = 0;
  for (char c : g.digits) v = v * 10 + (c - '0');
  return v / pow10(g.decimals);
}

// A number in words is exact in the largest power of 1000 that divides it.
double words_precision(double value) {
  double v = std::fabs(value);
  if (v < 1) return v > 0 ? pow10(static_cast<int>(std::floor(std::log10(v)))) : 1;
  double step = 1;
  while (step < 1e15 && std::fmod(v, step * 1000) == 0) step *= 1000;
  return step;
}

// Every step is a power of ten (digits, scale words, the ratio's half point).
std::int8_t exponent(double step) {
  long e = std::lround(std::log10(step));
  return static_cast<std::int8_t>(std::clamp(e, -100L, 100L));
}

Interval around(double center, double half) { return {center - half, center + half, true, false}; }

Interval hull(const Interval& a, const Interval& b) {
  Interval out = a;
  if (b.lo < out.lo || (b.lo == out.lo && b.lo_closed)) {
    out.lo = b.lo;
    out.lo_closed = b.lo_closed || (b.lo == a.lo && a.lo_closed);
  }
  if (b.hi > out.hi || (b.hi == out.hi && b.hi_closed)) {
    out.hi = b.hi;
    out.hi_closed = b.hi_closed || (b.hi == a.hi && a.hi_closed);
  }
  return out;
}

const double* number(const Value& v) { return std::get_if<double>(&v); }

}  // namespace

bool overlap(const Interval& a, const Interval& b) {
  // The larger lower end against the smaller upper end.
  const Interval& low = a.lo > b.lo || (a.lo == b.lo && !a.lo_closed) ? a : b;
  const Interval& high = a.hi < b.hi || (a.hi == b.hi && !a.hi_closed) ? a : b;
  // Ends a rounding error apart are one point: 1.6 + 0.05 and 1.7 - 0.05 differ in the
  // last bit, and "1.6%" and "1.7%" must not share a value through it.
  double gap = high.hi - low.lo;
  double tolerance = std::isfinite(gap) ? 1e-9 * std::max(std::fabs(low.lo), std::fabs(high.hi)) : 0.0;
  if (gap > tolerance) return true;
  return gap >= -tolerance && low.lo_closed && high.hi_closed;
}

double written_precision(std::string_view text, double value, bool last) {
  std::vector<DigitGroup> groups = digit_groups(text);
  if (groups.empty()) return words_precision(value);
  const DigitGroup& g = last ? groups.back() : groups.front();
  double written = group_value(g);
  double step = group_step(g);
  if (written == 0 || value == 0) return step;
  // The scale word or unit between the digits and the value ("billion", cents).
  double scale = std::fabs(value) / written;
  double snapped = pow10(static_cast<int>(std::lround(std::log10(scale))));
  // Not a power of ten ("3 dozen"): the digits are not the number's own; read it as words.
  if (std::fabs(snapped - scale) > scale * 1e-9) return words_precision(value);
  return step * snapped;
}

std::optional<StatedFigure> stated_figure(const Claim& c) {
  StatedFigure s;
  s.qualifier = c.qualifier;
  if (c.kind == Kind::ratio && c.part && c.whole && *c.whole != 0) {
    s.low = s.high = *c.part / *c.whole;
    s.low_step = s.high_step = exponent(kRatioPrecision);
  } else if (c.is_range()) {
    const double* low = number(c.low);
    const double* high = number(c.high);
    if (!low || !high) return std::nullopt;
    s.range = true;
    s.low = *low;
    s.high = *high;
    s.low_step = exponent(written_precision(c.text, *low));
    s.high_step = exponent(written_precision(c.text, *high, true));
  } else if (const double* v = number(c.value)) {
    s.low = s.high = *v;
    s.low_step = s.high_step = exponent(written_precision(c.text, *v));
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(s.low) || !std::isfinite(s.high)) return std::nullopt;
  return s;
}

FigureValue figure_value(const StatedFigure& s) {
  FigureValue f;
  f.center = (s.low + s.high) / 2;
  if (s.range) {
    f.shape = Shape::range;
    f.low_end = around(s.low, pow10(s.low_step) / 2);
    f.high_end = around(s.high, pow10(s.high_step) / 2);
    f.point = hull(f.low_end, f.high_end);
  } else {
    f.point = around(s.low, pow10(s.low_step) / 2);
  }
  f.extent = f.point;
  double widen = kApproxShare * std::fabs(f.center);
  if (s.range) {
    if (s.qualifier == Qualifier::approx)
      f.extent = hull(f.point, Interval{f.point.lo - widen, f.point.hi + widen, true, false});
    return f;
  }
  switch (s.qualifier) {
    case Qualifier::eq: break;
    case Qualifier::approx: f.extent = hull(f.point, around(f.center, widen)); break;
    case Qualifier::gt:
      f.shape = Shape::lower;
      f.extent = {f.center, kInf, false, false};
      break;
    case Qualifier::ge:
      f.shape = Shape::lower;
      f.extent = {f.center, kInf, true, false};
      break;
    case Qualifier::lt:
      f.shape = Shape::upper;
      f.extent = {-kInf, f.center, false, false};
      break;
    case Qualifier::le:
      f.shape = Shape::upper;
      f.extent = {-kInf, f.center, false, true};
      break;
  }
  return f;
}

Relation relate(const FigureValue& a, const FigureValue& b) {
  if (a.shape == b.shape) {
    bool same = a.shape == Shape::range ? overlap(a.low_end, b.low_end) && overlap(a.high_end, b.high_end)
                                        : overlap(a.point, b.point);
    if (same) return Relation::same;
  }
  return overlap(a.extent, b.extent) ? Relation::compatible : Relation::conflict;
}

}  // namespace factsheet::audit
