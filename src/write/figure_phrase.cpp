#include "write/figure_phrase.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "write/currency_symbols.hpp"
#include "write/xlsx_cell_value.hpp"

namespace factsheet::write {
namespace {

constexpr std::string_view kDash = "\xE2\x80\x93";  // en dash between range bounds

struct Scale {
  double factor;
  std::string_view word;
};
constexpr std::array<Scale, 3> kScales = {{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}};

// The largest scale `v` is round in, or nullptr.
const Scale* scale_for(double v) {
  for (const Scale& s : kScales)
    if (std::fabs(v) >= s.factor && decimals_needed(v / s.factor, 4) <= 3) return &s;
  return nullptr;
}

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s = buf;
  // "-0.0": a sign rounded away from a tiny negative number reads oddly.
  if (s[0] == '-' && s.find_first_not_of("-0.") == std::string::npos) s.erase(0, 1);
  std::size_t begin = s[0] == '-' ? 1 : 0;
  std::size_t end = std::min(s.find('.'), s.size());
  std::string out = s.substr(0, begin);
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin && (end - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out + s.substr(end);
}

// A number for money: cents shown as two decimals ("3.50").
std::string money_number(double v) {
  int d = decimals_needed(v, 4);
  return fixed(v, d == 0 ? 0 : std::max(d, 2));
}

// "41 billion" / "10–20 billion" / "500,000": bounds share the scale of the larger one.
std::string amount(std::optional<double> value, std::optional<double> low, std::optional<double> high,
                   bool money) {
  auto plain = [&](double v) { return money ? money_number(v) : grouped_number(v); };
  if (value) {
    if (const Scale* s = scale_for(*value)) return grouped_number(*value / s->factor) + " " + std::string(s->word);
    return plain(*value);
  }
  if (!low || !high) return low ? plain(*low) : high ? plain(*high) : std::string();
  const Scale* s = scale_for(*high);
  if (s && decimals_needed(*low / s->factor, 4) <= 3)
    return grouped_number(*low / s->factor) + std::string(kDash) + grouped_number(*high / s->factor) + " " +
           std::string(s->word);
  return plain(*low) + std::string(kDash) + plain(*high);
}

bool is_one(const FigureFields& f) { return f.value && *f.value == 1; }

// "year" -> "years", "US dollar" -> "US dollars", "barrel per day" -> "barrels per day",
// "year of age" -> "years of age", "century" -> "centuries": the noun before " per " or
// " of ", else the last word, takes the plural.
std::string plural(const std::string& name) {
  std::size_t head_end = std::min({name.find(" per "), name.find(" of "), name.size()});
  std::string head = name.substr(0, head_end), rest = name.substr(head_end);
  if (head.empty() || head.back() == 's') return name;
  if (head.size() > 1 && head.back() == 'y' && std::string_view("aeiou").find(head[head.size() - 2]) == std::string_view::npos)
    return head.substr(0, head.size() - 1) + "ies" + rest;
  return head + "s" + rest;
}

// " per aircraft" for "USD/aircraft" ("US dollar per aircraft"), "" without a '/'.
std::string per_suffix(const FigureFields& f) {
  std::size_t slash = f.unit.find('/');
  if (slash == std::string::npos) return {};
  std::size_t per = f.unit_name.find(" per ");
  if (per != std::string::npos) return f.unit_name.substr(per);
  return std::string(" per ").append(f.unit, slash + 1);
}

std::string percent_of(double share) { return grouped_number(share * 100, 1) + "%"; }

// "thousands", "tens of millions": the magnitude whose lower bound is `low`.
std::string magnitude(double low) {
  static constexpr std::array<std::string_view, 3> kPrefix = {"", "tens of ", "hundreds of "};
  static constexpr std::array<std::string_view, 4> kUnit = {"thousands", "millions", "billions", "trillions"};
  int e = static_cast<int>(std::lround(std::log10(low)));
  if (e == 1) return "tens";
  if (e == 2) return "hundreds";
  std::size_t group = static_cast<std::size_t>(std::min(e / 3 - 1, 3));
  return std::string(kPrefix[static_cast<std::size_t>(e - 3 * (static_cast<int>(group) + 1)) % 3]) +
         std::string(kUnit[group]);
}

// "thousands", "tens of millions of US dollars", "hundreds of kilometres".
std::string vague_body(const FigureFields& f) {
  std::string words = magnitude(*f.low);
  std::string name = !f.unit_name.empty() ? f.unit_name : f.kind == Kind::count ? std::string() : f.unit;
  if (f.kind == Kind::count || name.empty()) return words;
  return words.append(" of ").append(plural(name));
}

std::string body(const FigureFields& f) {
  if (f.vague) return vague_body(f);
  const bool range = !f.value && (f.low || f.high);
  switch (f.kind) {
    case Kind::money: {
      std::string prefix = currency_prefix(money_currency(f.unit));
      std::string a = amount(f.value, f.low, f.high, true);
      if (prefix.empty()) {
        if (!f.unit_name.empty()) a.append(" ").append(plural(f.unit_name));
        return a;
      }
      return prefix + a + per_suffix(f);
    }
    case Kind::percent:
      if (f.unit == kPointsUnit)
        return amount(f.value, f.low, f.high, false) + (is_one(f) ? " percentage point" : " percentage points");
      return amount(f.value, f.low, f.high, false) + "%" + per_suffix(f);
    case Kind::ratio:
      if (f.part && f.whole && *f.whole != 0)
        return grouped_number(*f.part) + " of " + grouped_number(*f.whole) + " (" + percent_of(*f.part / *f.whole) + ")";
      return f.value ? percent_of(*f.value) : amount(f.value, f.low, f.high, false);
    case Kind::measure: {
      std::string a = amount(f.value, f.low, f.high, false);
      if (f.unit.empty()) return a;
      if (f.unit.rfind("\xC2\xB0", 0) == 0) return a + f.unit;  // -18°C
      // One-letter symbols ("t", "m") read better as words.
      if (f.unit.size() == 1 && !f.unit_name.empty())
        return a + " " + (is_one(f) && !range ? f.unit_name : plural(f.unit_name));
      return a + " " + f.unit;
    }
    case Kind::duration:
    case Kind::age: {
      std::string a = amount(f.value, f.low, f.high, false);
      if (f.kind == Kind::age && f.unit == kYearUnit) return a + (is_one(f) ? " year old" : " years old");
      std::string name = !f.unit_name.empty() ? f.unit_name : f.unit;
      if (name.empty()) return a;
      return a + " " + (is_one(f) && !range ? name : plural(name));
    }
    case Kind::year:
    case Kind::ordinal: return f.value ? fixed(*f.value, decimals_needed(*f.value, 3)) : amount(f.value, f.low, f.high, false);
    default: return amount(f.value, f.low, f.high, false);
  }
}

}  // namespace

std::string grouped_number(double v, int max_decimals) {
  std::string s = fixed(v, decimals_needed(v, max_decimals));
  // Rounding to max_decimals may leave trailing zeros ("57.0").
  if (s.find('.') != std::string::npos) {
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

std::string amount_words(double v) { return amount(v, std::nullopt, std::nullopt, false); }

std::string figure_phrase(const FigureFields& f) {
  std::string out;
  if (f.change == Change::up) out += "up ";
  if (f.change == Change::down) out += "down ";
  switch (f.qualifier) {
    case Qualifier::eq: break;
    case Qualifier::approx: out += "about "; break;
    case Qualifier::gt: out += "more than "; break;
    case Qualifier::ge: out += "at least "; break;
    case Qualifier::lt: out += "less than "; break;
    // "up up to 2 points" would stumble: after a change, "no more than".
    case Qualifier::le: out += f.change == Change::none ? "up to " : "no more than "; break;
  }
  return out + body(f);
}

}  // namespace factsheet::write
