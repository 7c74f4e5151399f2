// Context rules around a figure: what stands before it (qualifier, direction of
// change, identifier prefixes, "between"/"from") and after it (post-qualifiers,
// change nouns). All read the sentence text only.
#pragma once
#include <optional>
#include <string_view>

#include "claim/claim.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

struct Sentence {
  std::string_view text;  // the whole document text
  std::size_t begin = 0, end = 0;
};

struct QualifierMatch {
  Qualifier qualifier = Qualifier::eq;
  std::size_t begin = 0, end = 0;
};

// A qualifier phrase ("more than", "about", "up to") ending right before `pos`.
std::optional<QualifierMatch> qualifier_before(const Sentence& s, std::size_t pos, const Lexicon& lex);
// Where an exactness phrase ("just", "only", "exactly") ending right before `pos` begins; it
// is not a qualifier (qualifier_before passes over it) and not part of the span.
std::optional<std::size_t> exact_before(const Sentence& s, std::size_t pos, const Lexicon& lex);
// A post-qualifier ("or more", "+", "or so") starting right after `pos`.
std::optional<QualifierMatch> qualifier_after(const Sentence& s, std::size_t pos, const Lexicon& lex);

// Direction of change from the words before the figure: "rose 5%", "fell by 3 points",
// "up 6.1%", "an increase of 5%". `pos` is where the figure (with its qualifier) starts.
// `relative`: the figure is a percentage or points, which a transitive change verb cannot
// take as its object ("margins expanded 230bps", "raised prices 5%"), so no "by" is needed.
Change change_before(const Sentence& s, std::size_t pos, const Lexicon& lex, bool relative = false);
// True when the figure at `pos` follows "from" and a change verb stands before the "from"
// ("fell from 11.2% to 9.6%", "was cut sharply from £20m"): the figure is the level left,
// and the "to" figure after it the level reached, not the other end of a range.
bool level_left_before(const Sentence& s, std::size_t pos, const Lexicon& lex);
// "a 2% drop", "5% higher": a change noun or adverb right after the figure that spans
// [begin, pos).
Change change_after(const Sentence& s, std::size_t begin, std::size_t pos, const Lexicon& lex);
// True when the claim's direction comes from the words after it ("a 2% drop", "5% higher")
// and none stands before it; `text` is the document the claim was found in.
bool change_only_after(std::string_view text, const Claim& claim, const Lexicon& lex);
// True when an exactness phrase stands right before the claim in `text` ("rose by just 2%").
bool exact_before_claim(std::string_view text, const Claim& claim, const Lexicon& lex);

// What makes the number at `pos` an identifier, judged by what precedes it.
enum class IdentifierCue {
  none,
  attached,  // part of a code: "XC40", "#3", "COVID-19", the ".1" of "3.5.1"
  prefix,    // after a naming word: "Section 427", "Game 2", "No. 5", "Boeing 737"
};
IdentifierCue identifier_before(const Sentence& s, std::size_t pos, const Lexicon& lex);

// Direction of the change word right before pos, with or without "by" ("added 15 sen
// to RM2.70": the second figure is a level, not the end of a range).
bool change_word_before(const Sentence& s, std::size_t pos, const Lexicon& lex);
// End of the identifier-like token that starts at `pos` ("737-800", "427(b)", "5G").
std::size_t token_end(const Sentence& s, std::size_t pos);
// A list marker: "1." or "2)" opening a line.
bool list_marker(const Sentence& s, std::size_t pos, std::size_t end);

// "per day", "a week", "each year" starting after `pos`: the duration unit of a rate and the
// end of its words; not "a year earlier", which is a time phrase.
struct RateUnit {
  const Unit* unit = nullptr;
  std::size_t end = 0;
};
std::optional<RateUnit> duration_rate_after(const Sentence& s, std::size_t pos, const Lexicon& lex);
// "-monthly", "-daily", "-weekly" right at `pos` (after a number: "a three-monthly report",
// "twice-daily sessions"): the duration unit the adjective is made from ("daily": day) and
// the end of the word.
std::optional<RateUnit> hyphen_frequency_after(const Sentence& s, std::size_t pos, const Lexicon& lex);

// The word right before pos has `role` in syntax.tsv ("between", "from").
bool word_before_is(const Sentence& s, std::size_t pos, const Lexicon& lex, SyntaxRole role);
// A word of `span` (a run of ASCII letters: "four-fold" is "four" and "fold") has `role`.
bool span_has_role(std::string_view span, const Lexicon& lex, SyntaxRole role);
std::optional<WordClass> class_of_word_before(const Sentence& s, std::size_t pos, const Lexicon& lex);
std::optional<WordClass> class_of_word_after(const Sentence& s, std::size_t pos, const Lexicon& lex);

}  // namespace factsheet::extract
