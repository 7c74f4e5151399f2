// One answer-key record: a numeric expression as annotated in a *.gold.jsonl file.
#pragma once
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>

#include "claim/claim.hpp"

namespace factsheet::eval {

// A gold file that cannot be read, parsed or located; the message names FILE:LINE.
struct GoldError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct GoldItem {
  std::size_t record = 0;  // line in the gold file (1-based), for messages
  std::size_t line = 0;    // line of the text (1-based, text split on '\n')
  std::string text;        // exact substring of that line
  std::size_t occurrence = 1;
  Kind kind = Kind::count;
  Value value;             // number, ISO-like date string or null
  Value low, high;         // ranges only
  std::optional<double> part, whole;  // ratios only
  std::optional<std::string> unit;
  Qualifier qualifier = Qualifier::eq;
  std::optional<std::string> subject;
  // Whether the number is the size of a rise or fall: "up", "down" or null (none) in the
  // key; absent when the key has no "change" field (older keys).
  std::optional<Change> change;
  bool optional = false;   // borderline: neither rewarded nor penalised

  // Byte offsets into the whole text, set by locate_gold(); end exclusive.
  std::size_t start = 0;
  std::size_t end = 0;

  bool is_range() const { return !std::holds_alternative<std::monostate>(low); }
};

}  // namespace factsheet::eval
