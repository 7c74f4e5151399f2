// The grammar layer's entry points: each parses one construct starting exactly at
// `pos` and never reads past `end` (the end of the sentence). They return nothing
// when the text there is not that construct.
#pragma once
#include <optional>
#include <utility>

#include "grammar/ast.hpp"

namespace factsheet::grammar {

// How a second figure is joined to the first.
enum class Connector { none, dash, to, and_, or_, out_of, in, of };

std::optional<Numeral> parse_numeral(const Source& src, std::size_t pos, std::size_t end);
std::optional<Quantity> parse_quantity(const Source& src, std::size_t pos, std::size_t end);
std::optional<Fraction> parse_fraction(const Source& src, std::size_t pos, std::size_t end);
std::optional<Vague> parse_vague(const Source& src, std::size_t pos, std::size_t end);
// The connector at pos and the position after it.
std::optional<std::pair<Connector, std::size_t>> parse_connector(const Source& src, std::size_t pos,
                                                                 std::size_t end);
std::optional<Date> parse_date(const Source& src, std::size_t pos, std::size_t end);
std::optional<Time> parse_time(const Source& src, std::size_t pos, std::size_t end);

}  // namespace factsheet::grammar
