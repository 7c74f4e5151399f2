// How a claim's figures become spreadsheet cells: the number stored and an Excel number
// format fit for its kind. Numbers are always numeric cells; shares are stored as
// fractions (14% -> 0.14, shown "14.0%") so they sum and sort like Excel percentages;
// dates with a known year become date cells, clock times time cells.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "claim/claim.hpp"
#include "write/figure_fields.hpp"

namespace factsheet::write {

struct NumberCell {
  double number = 0;
  std::string format;  // Excel number format code, e.g. "\"US$\"#,##0" or "0.0%"
  bool operator==(const NumberCell&) const = default;
};

enum class Bound { value, low, high };

// The cell for a claim's value, low or high; nullopt when that field is null or a
// string that is neither a date with a year nor a clock time ("--05-17" stays text).
// A ratio's value is part / whole when both are known (the JSON value is rounded).
std::optional<NumberCell> number_cell(const Claim& claim, Bound which);
std::optional<NumberCell> number_cell(const FigureFields& figure, Bound which);

// The number format for `v` as a figure of `kind` in `unit`; `v` is the number as
// stored in the cell (a fraction for percentages and ratios).
std::string number_format(Kind kind, std::string_view unit, double v);

// "YYYY-MM-DD" (format "d mmm yyyy"), "YYYY-MM" ("mmm yyyy"), "HH:MM" or "HH:MM:SS"
// ("hh:mm", "hh:mm:ss") as an Excel serial number; nullopt for anything else and for
// dates before 1900-03-01, which Excel's date system cannot hold.
std::optional<NumberCell> date_cell(std::string_view iso);

// "#,##0" for whole numbers, "#,##0.0", "#,##0.00" ... with as many decimals as `v`
// needs (at most `max_decimals`).
std::string grouped_format(double v, int max_decimals = 4);

// Decimals needed to show `v` exactly, at most `max_decimals`.
int decimals_needed(double v, int max_decimals);

}  // namespace factsheet::write
