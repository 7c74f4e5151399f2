// Small text helpers shared by the reports.
#pragma once
#include <string>
#include <string_view>

#include "claim/claim.hpp"
#include "eval/metric_score.hpp"

namespace factsheet::eval {

// Appends every part to `s`. Also sidesteps GCC 12's false -Wrestrict on "lit" + string.
template <typename... Parts>
std::string& append_all(std::string& s, const Parts&... parts) {
  (s.append(std::string_view(parts)), ...);
  return s;
}

// 41000000000, 0.5778, 1.99e-29: integers in full, others with up to 10 significant digits.
std::string format_number(double v);
// null, a number, or a quoted date string.
std::string format_value(const Value& v);
// A percentage with one decimal: "83.3".
std::string format_percent(double pct);
// One table row: name, TP, predicted, gold, P, R, F1.
std::string format_metric_row(const MetricScore& m, std::size_t name_width);
std::string format_metric_header(std::string_view predicted_label, std::size_t name_width);
// `line` with the bytes [start, end) marked as [[...]], cut to about `context` bytes each side.
std::string mark_span(std::string_view line, std::size_t start, std::size_t end, std::size_t context = 100);

}  // namespace factsheet::eval
