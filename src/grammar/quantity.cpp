// Instantiates the numeral and quantity grammars (the heavy templates live in this
// one translation unit).
#include "grammar/quantity_def.hpp"
#include "grammar/run.hpp"

namespace factsheet::grammar {
std::optional<Numeral> parse_numeral(const Source& src, std::size_t pos, std::size_t end) {
  return run_rule<Numeral>(rules::numeral, src, pos, end);
}

std::optional<Quantity> parse_quantity(const Source& src, std::size_t pos, std::size_t end) {
  return run_rule<Quantity>(rules::quantity, src, pos, end);
}

std::optional<Fraction> parse_fraction(const Source& src, std::size_t pos, std::size_t end) {
  return run_rule<Fraction>(rules::fraction, src, pos, end);
}

std::optional<Vague> parse_vague(const Source& src, std::size_t pos, std::size_t end) {
  auto v = run_rule<Vague>(rules::vague, src, pos, end);
  if (v) v->high = v->low * 10;
  return v;
}

std::optional<std::pair<Connector, std::size_t>> parse_connector(const Source& src, std::size_t pos,
                                                                 std::size_t end) {
  std::size_t stop = pos;
  auto c = run_rule<Connector>(rules::connector, src, pos, end, &stop);
  if (!c) return std::nullopt;
  return std::make_pair(*c, stop);
}

}  // namespace factsheet::grammar
