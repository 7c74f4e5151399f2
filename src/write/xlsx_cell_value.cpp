#include "write/xlsx_cell_value.hpp"

#include <chrono>
#include <cmath>

#include "write/currency_symbols.hpp"

namespace factsheet::write {
namespace {

// head, then "." and `decimals` zeros if any, then tail: ("0", 1, "%") -> "0.0%".
std::string with_decimals(std::string_view head, int decimals, std::string_view tail = {}) {
  std::string out(head);
  if (decimals > 0) out.append(1, '.').append(static_cast<std::size_t>(decimals), '0');
  return out.append(tail);
}

bool is_percent_unit(std::string_view unit) { return !unit.empty() && unit.front() == '%'; }

// Digits at s[pos, pos + n) as a number; -1 when any is not a digit.
int digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

std::optional<NumberCell> time_cell(std::string_view s) {
  if (s.size() != 5 && s.size() != 8) return std::nullopt;
  int h = digits(s, 0, 2), m = digits(s, 3, 2), sec = s.size() == 8 ? digits(s, 6, 2) : 0;
  if (s[2] != ':' || (s.size() == 8 && s[5] != ':')) return std::nullopt;
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return std::nullopt;
  return NumberCell{(h * 3600 + m * 60 + sec) / 86400.0, s.size() == 8 ? "hh:mm:ss" : "hh:mm"};
}

}  // namespace

int decimals_needed(double v, int max_decimals) {
  double scaled = std::fabs(v);
  for (int d = 0; d < max_decimals; ++d, scaled *= 10) {
    // Tolerance relative to the magnitude: values come from decimal text.
    if (std::fabs(scaled - std::round(scaled)) <= 1e-9 * std::max(1.0, scaled)) return d;
  }
  return max_decimals;
}

std::string grouped_format(double v, int max_decimals) { return with_decimals("#,##0", decimals_needed(v, max_decimals)); }

std::string number_format(Kind kind, std::string_view unit, double v) {
  switch (kind) {
    case Kind::money: {
      std::string prefix = currency_prefix(money_currency(unit));
      // Amounts with cents show two decimals, as money does.
      int d = decimals_needed(v, 4);
      std::string quoted = prefix.empty() ? std::string() : std::string(1, '"').append(prefix).append(1, '"');
      return with_decimals(quoted + "#,##0", d == 0 ? 0 : std::max(d, 2));
    }
    case Kind::percent:
      if (is_percent_unit(unit)) return with_decimals("0", std::max(1, decimals_needed(v * 100, 3)), "%");
      if (unit == kPointsUnit) return with_decimals("0", std::max(1, decimals_needed(v, 3)), "\" pp\"");
      return grouped_format(v);
    case Kind::ratio: return "0.0%";  // 26 of 45 is 57.777...%: one decimal reads best
    case Kind::year:
    case Kind::ordinal: return decimals_needed(v, 4) == 0 ? "0" : "0.####";
    default: return grouped_format(v);
  }
}

std::optional<NumberCell> date_cell(std::string_view s) {
  if (auto t = time_cell(s)) return t;
  if (s.size() != 7 && s.size() != 10) return std::nullopt;
  int y = digits(s, 0, 4), m = digits(s, 5, 2), d = s.size() == 10 ? digits(s, 8, 2) : 1;
  if (s[4] != '-' || (s.size() == 10 && s[7] != '-') || y < 0 || m < 1 || m > 12 || d < 1) return std::nullopt;
  using namespace std::chrono;
  year_month_day date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  // Excel's serial 1 is 1900-01-01 but it counts a 29 February 1900 that never was,
  // so from March 1900 on serials are days since 1899-12-30.
  if (date < year_month_day{year{1900}, March, day{1}}) return std::nullopt;
  double serial = (sys_days{date} - sys_days{year{1899} / December / 30}).count();
  return NumberCell{serial, s.size() == 10 ? "d mmm yyyy" : "mmm yyyy"};
}

std::optional<NumberCell> number_cell(const FigureFields& f, Bound which) {
  const std::optional<double>& v = which == Bound::value ? f.value : which == Bound::low ? f.low : f.high;
  double n = 0;
  if (f.kind == Kind::ratio && which == Bound::value && f.part && f.whole && *f.whole != 0)
    n = *f.part / *f.whole;
  else if (v && std::isfinite(*v))
    n = f.kind == Kind::percent && is_percent_unit(f.unit) ? *v / 100 : *v;
  else
    return std::nullopt;
  return NumberCell{n, number_format(f.kind, f.unit, n)};
}

std::optional<NumberCell> number_cell(const Claim& c, Bound which) {
  const Value& v = which == Bound::value ? c.value : which == Bound::low ? c.low : c.high;
  if (const std::string* s = std::get_if<std::string>(&v)) return date_cell(*s);
  return number_cell(FigureFields::of(c), which);
}

}  // namespace factsheet::write
