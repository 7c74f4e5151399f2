// "The number of Japanese films released rose to 310": a bare count whose subject is "the
// number of" a plural noun counts that noun.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace factsheet::context {

// The lemma of the plural noun that `subject` ("number of mobile users", "the numbers of
// camera phones in the UK") is the number of ("user", "phone"); nullopt for any other subject.
std::optional<std::string> number_of_noun(std::string_view subject, const Lexicon& lex);

}  // namespace factsheet::context
