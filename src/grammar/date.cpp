// Instantiates the date and clock-time grammars.
#include "grammar/date_def.hpp"
#include "grammar/run.hpp"

namespace factsheet::grammar {
std::optional<Date> parse_date(const Source& src, std::size_t pos, std::size_t end) {
  return run_rule<Date>(rules::date, src, pos, end);
}

std::optional<Time> parse_time(const Source& src, std::size_t pos, std::size_t end) {
  return run_rule<Time>(rules::time, src, pos, end);
}

}  // namespace factsheet::grammar
