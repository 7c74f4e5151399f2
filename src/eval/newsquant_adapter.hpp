// Claims -> NewsQuant predictions. Kept apart so the mapping is easy to refine.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "claim/claim.hpp"
#include "eval/newsquant_data.hpp"
#include "lexicon/context_vocabulary.hpp"

namespace factsheet::eval {

// A minor currency unit written in a money claim ("50 cents"): NewsQuant keeps the number
// as written with the minor unit's name ("cent", "cent per share"), where claims hold
// major units (0.5 USD, 0.63 USD/share).
struct MinorUnit {
  std::string name;  // NewsQuant name, e.g. "cent", "sen"
  double factor;     // major units per minor unit, e.g. 0.01
};

// The unit knowledge the adapter needs, as functions so tests can supply their own
// (see newsquant_units.hpp for the lexicon's).
struct NewsQuantUnits {
  // Claim unit -> NewsQuant name; when unset the claim's unit is kept.
  std::function<std::string(std::string_view unit)> name;
  std::function<std::optional<MinorUnit>(std::string_view claim_text)> minor_unit;
  // True for words that belong to a number ("seven", "million"); when unset, none do.
  std::function<bool(std::string_view word)> number_word;
  // The name NewsQuant gives the unit as written in the claim text ("lb-ft" and
  // "pound-feet" are one unit with two names); empty when the text names it otherwise.
  std::function<std::string(std::string_view unit, std::string_view claim_text)> written_name;
  // True when the claim's direction of change is read only from the words after it ("a 2%
  // drop", "21.5% higher") in `text`, the document it was found in; when unset, never.
  std::function<bool(const Claim& claim, std::string_view text)> direction_after;
  // True when an exactness word ("just", "only", "exactly") stands right before the claim in
  // `text`; when unset, never.
  std::function<bool(const Claim& claim, std::string_view text)> exact_before;
  // The adjective of a lower-case superlative ("best" -> "good", "largest" -> "large"), or
  // "" for other words; when unset, no word is one.
  std::function<std::string(std::string_view word)> superlative;
  // Whether a word has a syntax.tsv role ("of" partitive, "the" definite); when unset, the
  // embedded grammars' roles.
  std::function<bool(std::string_view word, SyntaxRole role)> role;
};

// NewsQuant names the whole of "one of the finest compact cameras" by its superlative
// phrase, the adjective in its base form: "fine compact camera". `subject` is the
// partitive's whole as the extractor gives it ("finest compact cameras", "most popular
// models"), `head` its counted noun ("camera"). Empty when the whole has no superlative.
std::string superlative_phrase(std::string_view subject, std::string_view head, const NewsQuantUnits& units);

// NewsQuant names a counted noun with its premodifiers, lower-cased, without "and"/"or":
// "nine African nations" (unit "nation") -> "african nation". The premodifiers are
// the words of the claim text between the number and the head.
std::string counted_phrase(const Claim& claim, const NewsQuantUnits& units);

// NewsQuant does not annotate years, dates, clock times, ordinals, or numbers in names.
bool newsquant_scores(Kind kind);

// "=" -> "=", "~" -> "~", ">"/">=" -> ">", "<"/"<=" -> "<"; a change ("up"/"down") wins
// over an exact qualifier, while a bound or approximation is kept.
std::string newsquant_change(Qualifier q, Change c);
// Whether the word right before `start` in `text` is the verb "averaged", "averaging" or
// "averages": NewsQuant marks the figure it averages as approximate.
bool averaged_before(std::string_view text, std::size_t start);

// NewsQuant writes "jumped from 240 to 273" and "dropped from 208 pounds to 193" as one
// range; the extractor gives the level left and the level reached. Each such pair of
// neighbouring claims in `claims` ("from" before the first, "to" before the second, one kind
// and unit; years, dates and times between them are passed over and kept) is joined into
// one range claim over both.
void join_from_to_levels(std::vector<Claim>& claims, std::string_view text, const NewsQuantUnits& units);

// The prediction for a claim, or nothing for kinds NewsQuant does not score. Value: the
// number, [low, high] for ranges, part/whole for ratios (NaN when the claim has none, so it
// still counts as a prediction but matches nothing). Unit: "-" when the claim has none.
// Change: NewsQuant gives a direction only to a quantity that a change verb or "up"/"down"
// before it governs ("rose 5%", "up 6.1%"); the size of a change named after it, by a noun
// or a comparative ("a 3 percent drop", "closed 21.5% higher"), is marked "=", and so is a
// figure stressed as exact ("grew by only 2%"), as its bound words outrank a direction. `text` is
// the document the claim was found in (empty: the claim's own direction is kept).
// Concepts: the subject's words, split on spaces and commas, lower-cased, without possessive
// clitics, less the words of the claim's own text (its unit or counted noun), which
// NewsQuant never repeats in a concept.
std::optional<NqPrediction> to_newsquant(const Claim& claim, const NewsQuantUnits& units,
                                         std::string_view text = {});

}  // namespace factsheet::eval
