// Which numbers are years, defined once for the grammar, the context stage, the command
// line and the evaluation.
#pragma once

namespace factsheet::text {

// A year a date can carry, written with four digits; `--year` takes the same range.
inline constexpr int kFirstYear = 1000;
inline constexpr int kLastYear = 2999;
constexpr bool is_calendar_year(int y) { return y >= kFirstYear && y <= kLastYear; }

// A plain four-digit number standing alone reads as a year up to kLastBareYear; above it
// ("2500 protesters") news means a count.
inline constexpr int kLastBareYear = 2200;
constexpr bool reads_as_year(double v) { return v >= kFirstYear && v <= kLastBareYear; }

// A two-digit year ("in '93", "the '80s", "the class of '08") below the pivot is this
// century's, any other the last century's.
inline constexpr int kTwoDigitYearPivot = 30;
constexpr int expand_two_digit_year(int yy) { return yy + (yy < kTwoDigitYearPivot ? 2000 : 1900); }

}  // namespace factsheet::text
