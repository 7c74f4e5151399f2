#include "eval/thresholds.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "eval/format.hpp"

namespace factsheet::eval {

Threshold parse_threshold(std::string_view spec, const std::vector<std::string>& known) {
  auto eq = spec.rfind('=');
  if (eq == std::string_view::npos || eq == 0)
    throw std::invalid_argument(std::string("--min-f1 wants METRIC=VALUE, got \"").append(spec) + "\"");
  Threshold t{std::string(spec.substr(0, eq)), 0};
  std::string_view num = spec.substr(eq + 1);
  auto [end, ec] = std::from_chars(num.data(), num.data() + num.size(), t.min_f1);
  if (num.empty() || ec != std::errc() || end != num.data() + num.size() || !std::isfinite(t.min_f1) ||
      t.min_f1 < 0 || t.min_f1 > 100)
    throw std::invalid_argument("--min-f1 " + t.metric + ": \"" + std::string(num) +
                                "\" is not a percentage between 0 and 100");
  if (std::find(known.begin(), known.end(), t.metric) == known.end()) {
    std::string names;
    for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
    throw std::invalid_argument("--min-f1: unknown metric \"" + t.metric + "\" (known: " + names + ")");
  }
  return t;
}

std::vector<std::string> failed_thresholds(const std::vector<Threshold>& thresholds,
                                           const std::vector<MetricScore>& scores) {
  std::vector<std::string> failed;
  for (const Threshold& t : thresholds) {
    auto it = std::find_if(scores.begin(), scores.end(), [&](const MetricScore& m) { return m.name == t.metric; });
    if (it == scores.end()) {
      failed.push_back(t.metric + ": no such metric");
    } else if (it->f1() < t.min_f1) {
      char f1[32];  // two decimals, so 94.96 is not shown as the 95.0 it fails
      std::snprintf(f1, sizeof f1, "%.2f", it->f1());
      failed.push_back(t.metric + " F1 " + f1 + " < " + format_number(t.min_f1));
    }
  }
  return failed;
}

}  // namespace factsheet::eval
