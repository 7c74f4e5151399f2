// A figure as a reader would say it: "US$41 billion", "26 of 45 (57.8%)",
// "more than 180", "up 14%", "125,000–130,000 bbl/d". Used for the Headline figures
// sheet, where the counted noun has its own column.
#pragma once
#include <string>

#include "write/figure_fields.hpp"

namespace factsheet::write {

std::string figure_phrase(const FigureFields& f);

// "10,000", "5.4", "-18": `v` with thousands separators and at most `max_decimals`
// decimals (trailing zeros dropped).
std::string grouped_number(double v, int max_decimals = 3);

// "41 billion", "2.4 million", "1,234,567": a scale word when the number is round in
// it (at most three decimals), else grouped_number().
std::string amount_words(double v);

}  // namespace factsheet::write
