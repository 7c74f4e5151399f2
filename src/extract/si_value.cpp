#include "extract/si_value.hpp"

#include <cmath>
#include <cstdio>
#include <string>

namespace factsheet::extract {
namespace {

// 12 significant digits: the factors come from converters whose last bits are noise.
double round12(double v) {
  if (v == 0 || !std::isfinite(v)) return v;
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.12g", v);
  return std::stod(buf);
}

bool plain_number(const Claim& c) {
  return !c.is_range() && std::holds_alternative<double>(c.value) && c.unit && !c.part;
}

// The words between two parts of one quantity: nothing, a comma, "and" or ", and".
bool joins_parts(const Lexicon& lex, std::string_view gap) {
  std::string g;
  for (char ch : gap)
    if (ch != ' ' && ch != '\t') g += ch;
  return g.empty() || g == "," || lex.context().has_role(g, SyntaxRole::additive) ||
         (g[0] == ',' && lex.context().has_role(std::string_view(g).substr(1), SyntaxRole::additive));
}

// Larger part a, smaller part b: the number of b in one a, when whole; else 0.
double whole_ratio(const Lexicon& lex, const Claim& a, const Claim& b) {
  if (a.kind != b.kind || (a.kind != Kind::measure && a.kind != Kind::duration)) return 0;
  if (!plain_number(a) || !plain_number(b) || b.qualifier != Qualifier::eq || b.change != Change::none) return 0;
  // Rates are listed, not added: "50 metres per millisecond, 50 centimetres/millisecond".
  if (a.unit->find('/') != std::string::npos || b.unit->find('/') != std::string::npos) return 0;
  auto sa = lex.si_conversion(*a.unit), sb = lex.si_conversion(*b.unit);
  if (!sa || !sb || sa->unit != sb->unit || sa->offset != 0 || sb->offset != 0 || sb->factor <= 0) return 0;
  double ratio = sa->factor / sb->factor;
  double whole = std::round(ratio);
  if (whole < 2 || std::abs(ratio - whole) > 1e-9 * whole) return 0;
  double part = std::get<double>(b.value);
  return part >= 0 && part < whole ? whole : 0;
}

}  // namespace

void merge_composite_measures(const Lexicon& lex, std::string_view text, std::vector<Claim>& claims) {
  for (std::size_t i = 0; i + 1 < claims.size();) {
    Claim& a = claims[i];
    const Claim& b = claims[i + 1];
    double ratio = b.start >= a.end ? whole_ratio(lex, a, b) : 0;
    if (ratio == 0 || !joins_parts(lex, text.substr(a.end, b.start - a.end))) {
      ++i;
      continue;
    }
    a.value = round12(std::get<double>(a.value) * ratio + std::get<double>(b.value));
    a.unit = b.unit;
    a.unit_name = b.unit_name;
    a.end = b.end;
    a.text = std::string(text.substr(a.start, a.end - a.start));
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(i) + 1);
    // stay on a: "10 kms 8 metres 6 cm" folds twice
  }
}

void add_si_values(const Lexicon& lex, std::vector<Claim>& claims) {
  for (Claim& c : claims) {
    if (c.kind != Kind::measure && c.kind != Kind::duration && c.kind != Kind::age) continue;
    if (!c.unit || !std::holds_alternative<double>(c.value)) continue;
    auto si = lex.si_conversion(*c.unit);
    if (!si) continue;
    double v = std::get<double>(c.value) * si->factor + si->offset;
    // "-459.67 °F" is absolute zero: what is left of the offset is rounding noise.
    if (si->offset != 0 && std::fabs(v) < 1e-9 * std::fabs(si->offset)) v = 0;
    c.value_in_si = round12(v);
    c.si_unit = si->unit;
  }
}

}  // namespace factsheet::extract
