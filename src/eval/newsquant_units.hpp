// The lexicon's unit knowledge in the form the NewsQuant adapter takes.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "eval/newsquant_adapter.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::eval {

// The first currency phrase with a factor other than 1 ("cents", "pence", "sen", "¢")
// that starts a word or follows a digit in `text`.
std::optional<MinorUnit> find_minor_unit(const Lexicon& lexicon, std::string_view text);

// The NewsQuant name of the longest surface of `unit` (a symbol) in `text`, or "".
std::string written_unit_name(const Lexicon& lexicon, std::string_view unit, std::string_view text);

// The adjective of a superlative, from the table generated from WordNet ("best" -> "good",
// "largest" -> "large"), or "".
std::string superlative_base(std::string_view word);

// name: Lexicon::newsquant_unit; minor_unit: find_minor_unit. `lexicon` must outlive the result.
NewsQuantUnits lexicon_units(const Lexicon& lexicon);

}  // namespace factsheet::eval
