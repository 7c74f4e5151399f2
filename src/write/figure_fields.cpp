#include "write/figure_fields.hpp"

#include <algorithm>
#include <cmath>

#include "text/chars.hpp"

namespace factsheet::write {

FigureFields FigureFields::of(const Claim& c) {
  auto number = [](const Value& v) -> std::optional<double> {
    if (const double* d = std::get_if<double>(&v); d && std::isfinite(*d)) return *d;
    return std::nullopt;
  };
  FigureFields f;
  f.kind = c.kind;
  f.value = number(c.value);
  f.low = number(c.low);
  f.high = number(c.high);
  f.part = c.part;
  f.whole = c.whole;
  f.unit = c.unit.value_or("");
  f.unit_name = c.unit_name.value_or("");
  f.qualifier = c.qualifier;
  f.change = c.change;
  bool digits = std::any_of(c.text.begin(), c.text.end(), [](char ch) { return text::is_digit(ch); });
  if (!f.value && f.low && f.high && !digits && *f.low >= 10 && *f.high == *f.low * 10) {
    double exponent = std::log10(*f.low);
    f.vague = std::fabs(exponent - std::round(exponent)) < 1e-9;
  }
  return f;
}

}  // namespace factsheet::write
