// --min-f1 METRIC=VALUE checks.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "eval/metric_score.hpp"

namespace factsheet::eval {

struct Threshold {
  std::string metric;
  double min_f1 = 0;  // percent
};

// "span+value+unit=95" -> {"span+value+unit", 95}. The metric must be one of `known`
// and the value a number in [0, 100]; throws std::invalid_argument saying what is wrong.
Threshold parse_threshold(std::string_view spec, const std::vector<std::string>& known);

// One message per threshold whose metric's F1 (unrounded) is below it, e.g.
// "span+value+unit F1 80.0 < 95.0"; `scores` are looked up by name.
std::vector<std::string> failed_thresholds(const std::vector<Threshold>& thresholds,
                                           const std::vector<MetricScore>& scores);

}  // namespace factsheet::eval
