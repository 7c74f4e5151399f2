// Reading the NewsQuant JSON list.
#pragma once
#include <istream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "eval/newsquant_data.hpp"

namespace factsheet::eval {

struct NewsQuantError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// "6650.0", "-50800000000.0", "1.99E-29", "1000-10000", "3.0 - 4.0", "-5--3": a number, or
// two joined by '-' (a leading '-' and one after an exponent's 'E' are signs, not the joint).
std::optional<NqValue> parse_newsquant_value(std::string_view s);

// Lower-case concept words of a "referred_concepts" string, split on spaces and commas;
// "-" (no concept) gives none.
std::vector<std::string> concept_words(std::string_view concepts);

// Throws NewsQuantError naming ORIGIN, the sentence and the quantity (1-based).
std::vector<NqSentence> load_newsquant(std::istream& in, const std::string& origin);
std::vector<NqSentence> load_newsquant_file(const std::string& path);

}  // namespace factsheet::eval
