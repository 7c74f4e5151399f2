// NewsQuant records: gold quantities of a sentence and the predictions scored against them.
#pragma once
#include <string>
#include <vector>

namespace factsheet::eval {

// A single number (low == high, range false) or a range "low-high".
struct NqValue {
  double low = 0;
  double high = 0;
  bool range = false;

  static NqValue single(double v) { return {v, v, false}; }
  static NqValue between(double lo, double hi) { return {lo, hi, true}; }
};

struct NqQuantity {
  NqValue value;
  std::string unit;             // as written
  std::string normalized_unit;  // quantulum3 naming; "-" for dimensionless
  std::string change;           // "=", "~", ">", "<", "up", "down"
  std::string referred_concepts;  // words from the sentence, "-" for none
};

struct NqSentence {
  std::string text;
  std::vector<NqQuantity> quantities;
};

// A prediction in NewsQuant terms (see newsquant_adapter.hpp).
struct NqPrediction {
  NqValue value;
  std::string normalized_unit;  // "-" when there is no unit
  std::string change;
  std::vector<std::string> concepts;  // lower-case words; empty when unknown
  std::string source;  // the text the prediction came from, for listings; not scored
};

}  // namespace factsheet::eval
