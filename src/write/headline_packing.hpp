// A headline fact packed into bytes: about a third of a HeadlineFact's memory (whose
// optional numbers and strings are mostly empty or short), for the facts an index holds
// until they are asked for (HeadlineIndex::facts).
#pragma once
#include <string>
#include <string_view>

#include "write/headline_index.hpp"

namespace factsheet::write {

// Appends the fact's bytes to `out`.
void pack_fact(std::string& out, const HeadlineFact& fact);
// The fact pack_fact() wrote, from exactly its bytes.
HeadlineFact unpack_fact(std::string_view bytes);

}  // namespace factsheet::write
