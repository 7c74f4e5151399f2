#include "context/calendar.hpp"

#include <algorithm>
#include <cstdio>

#include "text/years.hpp"
#include "text/chars.hpp"

namespace factsheet::context {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return false;
  for (std::size_t i = pos; i < pos + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number(std::string_view s, std::size_t pos, std::size_t n) {
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CalendarDate civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int y = static_cast<int>(yoe + era * 400) + (m <= 2);
  return {y, m, d};
}

}  // namespace

std::string iso(const CalendarDate& d) {
  char buf[32];
  int n = 0;
  if (d.year && d.month && d.day) n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", *d.year, d.month, d.day);
  else if (d.year && d.month) n = std::snprintf(buf, sizeof buf, "%04d-%02d", *d.year, d.month);
  else if (d.year) n = std::snprintf(buf, sizeof buf, "%04d", *d.year);
  else if (d.month && d.day) n = std::snprintf(buf, sizeof buf, "--%02d-%02d", d.month, d.day);
  else if (d.month) n = std::snprintf(buf, sizeof buf, "--%02d", d.month);
  return std::string(buf, static_cast<std::size_t>(std::max(n, 0)));
}

std::optional<int> leading_year(std::string_view s) {
  if (!digits(s, 0, 4) || (s.size() > 4 && text::is_digit(s[4]))) return std::nullopt;
  int y = number(s, 0, 4);
  if (!text::is_calendar_year(y)) return std::nullopt;
  return y;
}

std::optional<CalendarDate> parse_iso(std::string_view s) {
  CalendarDate d;
  std::size_t pos = 0;
  if (auto y = leading_year(s)) {
    d.year = y;
    pos = 4;
  } else if (s.substr(0, 1) == "-") {
    pos = 1;
  } else {
    return std::nullopt;
  }
  if (pos == s.size()) return d.year ? std::optional(d) : std::nullopt;
  if (s[pos] != '-' || !digits(s, pos + 1, 2)) return d.year && pos == 4 ? std::optional(d) : std::nullopt;
  d.month = number(s, pos + 1, 2);
  pos += 3;
  if (pos < s.size() && s[pos] == '-' && digits(s, pos + 1, 2)) {
    d.day = number(s, pos + 1, 2);
  }
  if (d.month < 1 || d.month > 12 || d.day > 31) return std::nullopt;
  return d;
}

std::string with_year(std::string_view value, int year) {
  std::string out;
  out.reserve(value.size() + 8);
  std::string y = std::to_string(year);
  std::size_t start = 0;
  while (true) {
    std::size_t slash = value.find('/', start);
    std::string_view part = value.substr(start, slash == std::string_view::npos ? value.npos : slash - start);
    if (part.substr(0, 2) == "--") {
      out.append(y);
      out.append(part.substr(1));
    } else {
      out.append(part);
    }
    if (slash == std::string_view::npos) break;
    out.push_back('/');
    start = slash + 1;
  }
  return out;
}

CalendarDate add_months(const CalendarDate& d, int months) {
  if (!d.year || !d.month) return d;
  int total = *d.year * 12 + (d.month - 1) + months;
  CalendarDate out;
  out.year = total / 12;
  out.month = total % 12 + 1;
  return out;
}

CalendarDate add_days(const CalendarDate& d, int days) {
  if (!d.year || !d.month || !d.day) return d;
  return civil_from_days(days_from_civil(*d.year, d.month, d.day) + days);
}

}  // namespace factsheet::context
