#include "eval/agreement.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "text/chars.hpp"

namespace factsheet::eval {
namespace {

constexpr double kRatioRounding = 5e-5;  // gold ratios are rounded to 4 decimals

std::optional<double> plain_number(const std::string& s) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

const double* number_of(const Value& v) { return std::get_if<double>(&v); }

// The ISO-like text of a date value or date interval, if that is what the value is.
std::optional<std::string> date_text(const Value& value, const Value& low, const Value& high) {
  if (const auto* s = std::get_if<std::string>(&value)) return *s;
  const auto* l = std::get_if<std::string>(&low);
  const auto* h = std::get_if<std::string>(&high);
  if (l && h) return *l + "/" + *h;
  return std::nullopt;
}

bool is_ratio(const GoldItem& g) { return g.kind == Kind::ratio || g.part || g.whole; }
bool is_ratio(const Claim& c) { return c.kind == Kind::ratio || c.part || c.whole; }

// A ratio's value: the value itself, or part/whole when only those are given.
std::optional<double> ratio_value(const Value& value, std::optional<double> part,
                                  std::optional<double> whole) {
  if (const double* v = number_of(value)) return *v;
  if (part && whole && *whole != 0) return *part / *whole;
  return std::nullopt;
}

bool ratios_agree(const GoldItem& g, const Claim& c) {
  if (g.part && g.whole && c.part && c.whole)
    return numbers_agree(*g.part, *c.part) && numbers_agree(*g.whole, *c.whole);
  auto gv = ratio_value(g.value, g.part, g.whole);
  auto cv = ratio_value(c.value, c.part, c.whole);
  if (!gv || !cv) return false;
  return numbers_agree(*gv, *cv) || std::fabs(*gv - *cv) <= kRatioRounding;
}

}  // namespace

bool numbers_agree(double a, double b) {
  if (!std::isfinite(a) || !std::isfinite(b)) return false;
  double diff = std::fabs(a - b);
  return diff <= 1e-9 || diff <= 1e-6 * std::max(std::fabs(a), std::fabs(b));
}

bool scalars_agree(const Value& a, const Value& b) {
  if (std::holds_alternative<std::monostate>(a) || std::holds_alternative<std::monostate>(b))
    return std::holds_alternative<std::monostate>(a) && std::holds_alternative<std::monostate>(b);
  const auto* as = std::get_if<std::string>(&a);
  const auto* bs = std::get_if<std::string>(&b);
  if (as && bs) return *as == *bs;
  auto an = as ? plain_number(*as) : std::optional<double>(std::get<double>(a));
  auto bn = bs ? plain_number(*bs) : std::optional<double>(std::get<double>(b));
  return an && bn && numbers_agree(*an, *bn);
}

bool values_agree(const GoldItem& g, const Claim& c) {
  auto gd = date_text(g.value, g.low, g.high);
  auto cd = date_text(c.value, c.low, c.high);
  if (gd && cd && (gd->find('/') != std::string::npos || cd->find('/') != std::string::npos))
    return *gd == *cd;  // date intervals: one string or low/high strings, the same interval
  if (g.is_range() || c.is_range())
    return g.is_range() && c.is_range() && scalars_agree(g.low, c.low) &&
           scalars_agree(g.high, c.high);
  if (is_ratio(g) || is_ratio(c)) return ratios_agree(g, c);
  return scalars_agree(g.value, c.value);
}

bool equal_ignoring_case(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    auto lower = [](char ch) { return text::to_lower(ch); };
    return lower(x) == lower(y);
  });
}

bool units_agree(const std::optional<std::string>& gold, const std::optional<std::string>& claim) {
  bool g = gold && !gold->empty();
  bool c = claim && !claim->empty();
  if (!g || !c) return g == c;
  return equal_ignoring_case(*gold, *claim);
}

namespace {

// The answer keys give a share the unit of a counted noun only ("half of its promises":
// `promise`, "more than half of 2,000 people": `people`); a share of a whole named by a noun
// in the singular ("a quarter of the television audience", "two thirds of all economic
// activity") has none there, where the claim keeps the whole's noun.
bool share_of_singular_whole(const Claim& c) {
  if (c.kind != Kind::ratio || !c.unit || c.unit->empty()) return false;
  std::string_view text = c.text, unit = *c.unit;
  if (text.size() <= unit.size()) return false;
  std::string_view last = text.substr(text.size() - unit.size());
  return equal_ignoring_case(last, unit) && !text::is_alpha(text[text.size() - unit.size() - 1]);
}

// A rate the key writes with unit words ("hour/day") and the claim with symbols ("h/day",
// unit_name "hour per day"): each side agrees as written or by its name.
bool rate_agrees_by_names(std::string_view gold, std::string_view unit, std::string_view name) {
  std::size_t g = gold.find('/'), u = unit.find('/'), n = name.find(" per ");
  if (g == std::string_view::npos || u == std::string_view::npos || n == std::string_view::npos) return false;
  auto side_agrees = [](std::string_view key, std::string_view symbol, std::string_view word) {
    return equal_ignoring_case(key, symbol) || equal_ignoring_case(key, word);
  };
  return side_agrees(gold.substr(0, g), unit.substr(0, u), name.substr(0, n)) &&
         side_agrees(gold.substr(g + 1), unit.substr(u + 1), name.substr(n + 5));
}

}  // namespace

bool units_agree(const std::optional<std::string>& gold, const Claim& claim) {
  if (units_agree(gold, claim.unit)) return true;
  if ((!gold || gold->empty()) && share_of_singular_whole(claim)) return true;
  if (!gold || !claim.unit || !claim.unit_name) return false;
  return equal_ignoring_case(*gold, *claim.unit_name) || rate_agrees_by_names(*gold, *claim.unit, *claim.unit_name);
}

}  // namespace factsheet::eval
