#include "extract/si_value.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

namespace factsheet::extract {

double round12(double v) {
  if (v == 0 || !std::isfinite(v)) return v;
  // The digits "%.12g" writes (to_chars with a precision is printf's style), read back.
  char buf[40];
  auto written = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12);
  double rounded = v;
  std::from_chars(buf, written.ptr, rounded);  // a subnormal too, on which stod threw
  return rounded;
}

namespace {

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
  // UDUNITS-2 states some factors to seven digits (an ounce is 2.834952e-2 kg), so a pound is
  // 16.0000003 ounces there.
  if (whole < 2 || std::abs(ratio - whole) > 1e-6 * whole) return 0;
  double part = std::get<double>(b.value);
  return part >= 0 && part < whole ? whole : 0;
}

// "a minute and 30 seconds", "an hour and 20 minutes": the article before a larger unit is
// one of it, the first part of the quantity `b` (whose start it becomes). Returns the
// larger part as a claim of one unit starting at the article, when the text before `b`
// reads so and the units fold.
std::optional<Claim> article_part(const Lexicon& lex, std::string_view text, const Claim& b) {
  constexpr std::size_t kReach = 48;  // bytes before b searched: "an" + a unit's name + ", and "
  std::size_t from = b.start > kReach ? b.start - kReach : 0;
  for (std::size_t at = from; at < b.start; ++at) {
    if (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '-')) continue;
    std::size_t after = text.compare(at, 3, "an ") == 0 || text.compare(at, 3, "An ") == 0 ? at + 3
                        : text.compare(at, 2, "a ") == 0 || text.compare(at, 2, "A ") == 0 ? at + 2
                                                                                            : 0;
    if (after == 0) continue;
    auto m = lex.units().longest(text, after);
    if (!m || after + m->length > b.start) continue;
    const Unit& u = lex.unit(m->id);
    if (u.symbol == "s") continue;  // "a second" is as often the ordinal: "a second and 3 minutes later"
    std::size_t end = after + m->length;
    if (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) continue;
    if (u.kind != b.kind || !joins_parts(lex, text.substr(end, b.start - end))) continue;
    Claim a = b;
    a.start = at;
    a.end = end;
    a.value = 1.0;
    a.unit = u.symbol;
    a.unit_name = u.name;
    if (whole_ratio(lex, a, b) > 0) return a;
  }
  return std::nullopt;
}

}  // namespace

// Two neighbours of one kind, the second in a smaller unit of the same SI unit, joined by a
// gap that could join the parts of one quantity: they stand in one list of parts. A unit
// no smaller starts another quantity ("5ft and 6ft 2in").
bool same_list(const Lexicon& lex, std::string_view text, const Claim& a, const Claim& b) {
  if (b.start < a.end || a.kind != b.kind || !plain_number(a) || !plain_number(b)) return false;
  auto sa = lex.si_conversion(*a.unit), sb = lex.si_conversion(*b.unit);
  return sa && sb && sa->unit == sb->unit && sa->offset == 0 && sb->offset == 0 && sb->factor < sa->factor &&
         joins_parts(lex, text.substr(a.end, b.start - a.end));
}

void merge_composite_measures(const Lexicon& lex, std::string_view text, std::vector<Claim>& claims) {
  // A first part written with an article is no claim of its own: it joins its list here.
  for (std::size_t k = 0; k < claims.size(); ++k) {
    const Claim& b = claims[k];
    if ((b.kind != Kind::duration && b.kind != Kind::measure) || !plain_number(b)) continue;
    auto a = article_part(lex, text, b);
    if (!a || (k > 0 && claims[k - 1].end > a->start)) continue;  // none, or inside another claim
    claims.insert(claims.begin() + static_cast<std::ptrdiff_t>(k++), std::move(*a));
  }
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    // The list of parts that starts at i: "3 years, 2 months, 14 days, and 16 hours".
    std::size_t last = i;
    while (last + 1 < claims.size() && same_list(lex, text, claims[last], claims[last + 1])) ++last;
    if (last == i) continue;
    // One quantity only when every part is a whole number of the next unit: a list that
    // folds only in places ("3 years, 2 months" but not "2 months, 14 days") is a list of
    // durations, each kept as written.
    std::vector<double> ratios;
    for (std::size_t k = i; k < last; ++k) ratios.push_back(whole_ratio(lex, claims[k], claims[k + 1]));
    if (std::find(ratios.begin(), ratios.end(), 0.0) != ratios.end()) {
      i = last;
      continue;
    }
    Claim& a = claims[i];
    for (std::size_t k = i + 1; k <= last; ++k) {
      const Claim& b = claims[k];
      a.value = round12(std::get<double>(a.value) * ratios[k - i - 1] + std::get<double>(b.value));
      a.unit = b.unit;
      a.unit_name = b.unit_name;
      a.end = b.end;
    }
    a.text = std::string(text.substr(a.start, a.end - a.start));
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                 claims.begin() + static_cast<std::ptrdiff_t>(last) + 1);
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
