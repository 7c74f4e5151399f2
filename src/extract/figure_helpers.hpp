// Small helpers shared by the figure readers (figure_finder.cpp and the *_reader.cpp files).
#pragma once
#include <cmath>
#include <cstdio>
#include <string>

#include "grammar/grammar.hpp"
#include "lexicon/lexicon.hpp"
#include "text/chars.hpp"
#include "text/years.hpp"

namespace factsheet::extract::figure_helpers {

using grammar::Quantity;

using text::is_alpha;
using text::is_digit;

inline double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

// ISO-like date as in the annotation guidelines: "2024-05-20", "--05-20", "2023-05", "--07".
inline std::string iso_date(int year, int month, int day) {
  char buf[32];
  if (year && month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (year && month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (month && day) std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  else std::snprintf(buf, sizeof buf, "--%02d", month);
  return buf;
}

inline bool plain(const Quantity& q) { return !q.currency && !q.unit && q.scale == 1 && !q.ordinal; }
inline bool integral(double v) { return std::floor(v) == v; }

inline bool year_like(const Quantity& q) {
  const auto& n = q.number;
  return plain(q) && !n.words && n.digits == 4 && !n.grouped && n.decimals == 0 && q.sign == 0 &&
         text::reads_as_year(n.value);
}

// The standard track and pool race distances in metres (World Athletics and World Aquatics
// events): "over 800m" is the race run, where "over 8m" is a bound.
inline bool race_metres(double v) {
  for (double d : {50.0, 60.0, 100.0, 110.0, 200.0, 400.0, 800.0, 1500.0, 3000.0, 5000.0, 10000.0})
    if (v == d) return true;
  return false;
}

// Same unit or currency (or none on one side, which the other then lends).
// A percentage or points: the size of a change that a transitive verb takes without "by".
inline bool relative_unit(const Lexicon& lex, const Quantity& q) {
  return q.unit && lex.unit(q.unit->id).kind == Kind::percent;
}

inline bool compatible(const Lexicon& lex, const Quantity& a, const Quantity& b) {
  if (a.currency && b.currency && lex.currency(a.currency->id).code != lex.currency(b.currency->id).code)
    return false;
  if (a.unit && b.unit && lex.unit(a.unit->id).symbol != lex.unit(b.unit->id).symbol) return false;
  if ((a.currency && b.unit) || (a.unit && b.currency)) return false;
  return true;
}


}  // namespace factsheet::extract::figure_helpers
