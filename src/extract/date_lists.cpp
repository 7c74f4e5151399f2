#include "extract/date_lists.hpp"

#include <cmath>

#include "extract/figure_helpers.hpp"
#include "grammar/grammar.hpp"
#include "text/chars.hpp"

namespace factsheet::extract {
namespace {

using figure_helpers::iso_date;
using text::is_digit;

struct Day {
  int year = 0, month = 0, day = 0;
};

std::optional<int> day_number(const Value& v) {
  const double* d = std::get_if<double>(&v);
  if (!d || *d < 1 || *d > 31 || std::floor(*d) != *d) return std::nullopt;
  return static_cast<int>(*d);
}

bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > 2) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

// A number alone that may be a day: "9", not "9 people", "about 9" or "9%".
std::optional<int> bare_day(const Claim& c) {
  if (c.kind != Kind::count || c.unit || c.qualifier != Qualifier::eq || c.change != Change::none) return std::nullopt;
  if (!all_digits(c.text)) return std::nullopt;
  return day_number(c.value);
}

// A count range of days: "24 and 26", "16 or 17", "6-9".
bool day_range(const Claim& c) {
  if (c.kind != Kind::count || c.unit || c.change != Change::none) return false;
  auto low = day_number(c.low), high = day_number(c.high);
  return low && high && *low < *high && !c.text.empty() && is_digit(c.text.front()) && is_digit(c.text.back());
}

// The first day of a date claim's ISO value: "2005-07-10", "--07-10", "--07-10/--07-11".
std::optional<Day> day_of(const Claim& c) {
  const std::string* v = std::get_if<std::string>(&c.value);
  if (c.kind != Kind::date || !v) return std::nullopt;
  std::string_view s = *v;
  s = s.substr(0, s.find('/'));
  auto number = [&](std::size_t at, std::size_t n) {
    int out = 0;
    for (std::size_t k = at; k < at + n; ++k) {
      if (!is_digit(s[k])) return -1;
      out = out * 10 + (s[k] - '0');
    }
    return out;
  };
  Day d;
  if (s.size() == 7 && s.starts_with("--") && s[4] == '-') {
    d.month = number(2, 2);
    d.day = number(5, 2);
  } else if (s.size() == 10 && s[4] == '-' && s[7] == '-') {
    d.year = number(0, 4);
    d.month = number(5, 2);
    d.day = number(8, 2);
  } else {
    return std::nullopt;
  }
  if (d.year < 0 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

enum class Gap { none, comma, conjunction };

// What joins two list items: ", " or "and", "or", "&" (after an optional comma).
Gap gap_between(std::string_view text, std::size_t from, std::size_t to, const Lexicon& lex) {
  if (to < from) return Gap::none;
  std::string_view g = text.substr(from, to - from);
  if (g == ", ") return Gap::comma;
  if (g.starts_with(",")) g.remove_prefix(1);
  if (g.size() < 3 || g.front() != ' ' || g.back() != ' ') return Gap::none;
  std::string word(g.substr(1, g.size() - 2));
  for (char& ch : word) ch = text::to_lower(ch);
  return lex.context().has_role(word, SyntaxRole::conjunction) ? Gap::conjunction : Gap::none;
}

void make_date(Claim& c, const Day& d) {
  c.kind = Kind::date;
  c.value = iso_date(d.year, d.month, d.day);
  c.low = std::monostate{};
  c.high = std::monostate{};
}

// "between 24 and 26 December [2004]": the count range and the day-first date that its
// last day starts are one date range.
void read_day_ranges(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims) {
  grammar::Source src{s.text.substr(0, s.end), lex};
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (!day_range(c)) continue;
    std::size_t last = c.text.size();
    while (last > 0 && is_digit(c.text[last - 1])) --last;
    std::size_t at = c.start + last;
    auto d = grammar::parse_date(src, at, s.end);
    if (!d || d->begin != at || d->end <= c.end || d->day2 || !d->month || d->day != *day_number(c.high)) continue;
    Day low{d->year, d->month, *day_number(c.low)}, high{d->year, d->month, d->day};
    std::string from = iso_date(low.year, low.month, low.day), to = iso_date(high.year, high.month, high.day);
    c.kind = Kind::date;
    c.value = from + "/" + to;
    c.low = from;
    c.high = to;
    c.qualifier = Qualifier::eq;
    c.end = d->end;
    c.text = std::string(s.text.substr(c.start, c.end - c.start));
    std::size_t next = i + 1;
    while (next < claims.size() && claims[next].start < c.end) ++next;
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(i + 1), claims.begin() + static_cast<std::ptrdiff_t>(next));
  }
}

// The bare days [first, last) listed before (or after) the date at `anchor` become dates
// of its month when the list is closed by a conjunction next to the date (or last).
void read_day_lists(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims) {
  for (std::size_t i = 0; i < claims.size(); ++i) {
    auto d = day_of(claims[i]);
    if (!d || claims[i].text.empty()) continue;
    bool day_first = is_digit(claims[i].text.front());
    if (day_first) {
      // Backward: "3, 10 and 17 May". The gap next to the date is the conjunction.
      std::size_t k = i;
      Gap want = Gap::conjunction;
      while (k > 0 && bare_day(claims[k - 1]) &&
             gap_between(s.text, claims[k - 1].end, claims[k].start, lex) == want) {
        --k;
        want = Gap::comma;
      }
      for (std::size_t j = k; j < i; ++j) make_date(claims[j], {d->year, d->month, *bare_day(claims[j])});
    } else if (!claims[i].low.index()) {
      // Forward: "May 3, 10 and 17". Commas, then the conjunction before the last day.
      std::size_t k = i;
      while (k + 1 < claims.size() && bare_day(claims[k + 1])) {
        Gap g = gap_between(s.text, claims[k].end, claims[k + 1].start, lex);
        if (g == Gap::none) break;
        ++k;
        if (g == Gap::conjunction) {
          for (std::size_t j = i + 1; j <= k; ++j) make_date(claims[j], {d->year, d->month, *bare_day(claims[j])});
          break;
        }
      }
    }
  }
}

}  // namespace

void link_date_lists(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims) {
  read_day_ranges(s, lex, claims);
  read_day_lists(s, lex, claims);
}

}  // namespace factsheet::extract
