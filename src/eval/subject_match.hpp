// Comparing a claim's subject with an answer key's, for the span+value+subject metrics.
// The comparison is fixed here (not read from grammars/) so a figure never moves when a
// lexicon is edited: words are ASCII-lower-cased runs of letters, digits, '-' and '\'';
// a possessive "'s" / "’s" is dropped, a final plural "s" too (not "ss", "us", "is"; only
// for words over three letters), and these function words are ignored: a an the of in on
// at to for from by with and or as its their his her this that these those.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet::eval {

// The content words of a subject, normalized as above, in order, without repeats.
std::vector<std::string> subject_words(std::string_view subject);

// partial: both null, or both set and sharing at least one content word.
bool subjects_agree_partial(const std::optional<std::string>& gold, const std::optional<std::string>& claim);
// complete: both null, or every content word of the gold subject is in the claim's.
bool subjects_agree_complete(const std::optional<std::string>& gold, const std::optional<std::string>& claim);

}  // namespace factsheet::eval
