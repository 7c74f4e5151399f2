// Lines that read as headlines or subheads: short, not ending a sentence.
#pragma once
#include <string_view>

namespace factsheet::context {

// At most 20 words and 160 bytes, starting with a capital letter, a digit or a quote, and
// not ending in '.', ',', ';' or ':' (a closing quote after the period counts as ending
// a sentence too). "Astana Hosts SCO Foreign Ministers Council Meeting" is one;
// "The meeting was held in Astana." is not.
bool looks_like_headline(std::string_view line);

}  // namespace factsheet::context
