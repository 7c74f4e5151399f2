// One metric's counts and the figures derived from them.
#pragma once
#include <cstddef>
#include <string>

namespace factsheet::eval {

struct MetricScore {
  std::string name;
  std::size_t tp = 0;         // matches
  std::size_t predicted = 0;  // claims or predictions scored
  std::size_t gold = 0;       // gold items scored

  // Percentages (0..100). An empty denominator gives 0: nothing predicted earns no precision.
  double precision() const { return predicted ? 100.0 * static_cast<double>(tp) / static_cast<double>(predicted) : 0.0; }
  double recall() const { return gold ? 100.0 * static_cast<double>(tp) / static_cast<double>(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

}  // namespace factsheet::eval
