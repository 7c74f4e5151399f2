// Calendar dates with optional parts, their ISO-like forms and the arithmetic that
// relative time phrases need ("last month" from 2024-01-10 is 2023-12).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace factsheet::context {

struct CalendarDate {
  std::optional<int> year;
  int month = 0;  // 1-12, 0 when unknown
  int day = 0;    // 1-31, 0 when unknown
};

// "2024-05-20", "--05-20", "2024-05", "--05", "2024"; "" when nothing is known.
std::string iso(const CalendarDate& d);

// Parses the forms above (also a longer ISO timestamp, of which the date part is read).
std::optional<CalendarDate> parse_iso(std::string_view s);

// A calendar year (text::is_calendar_year) written as four digits at the start of `s` ("2024-05-20", "2024").
std::optional<int> leading_year(std::string_view s);

// Fills a missing year of an ISO-like date or interval ("--05-20" -> "2024-05-20",
// "--05-17/--05-19" -> "2024-05-17/2024-05-19"); other strings come back unchanged.
std::string with_year(std::string_view iso_value, int year);

CalendarDate add_months(const CalendarDate& d, int months);  // needs year and month
CalendarDate add_days(const CalendarDate& d, int days);      // needs a full date

}  // namespace factsheet::context
