// White space in metadata strings (HTML meta tags, PDF document information).
#pragma once
#include <string>
#include <string_view>

namespace factsheet::read {

// Runs of white space (and NUL bytes, which PDF strings may carry) as one space, trimmed.
std::string squeeze(std::string_view s);

}  // namespace factsheet::read
