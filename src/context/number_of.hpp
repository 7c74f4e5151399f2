// "The number of Japanese films released rose to 310", "New loans in December rose to
// 83,000": a bare count whose subject is "the number of" a plural noun, or a plural noun
// itself, counts that noun.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "frame/frame.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::context {

// The lemma of the plural noun that `subject` ("number of mobile users", "the numbers of
// camera phones in the UK") is the number of ("user", "phone"); nullopt for any other subject.
std::optional<std::string> number_of_noun(std::string_view subject, const Lexicon& lex);

// The lemma of the plural noun that heads `subject` ("New loans", "civil servants in
// Britain", "Subscribers via DSL": "loan", "servant", "subscriber"), at most three
// premodifiers before it and a preposition or nothing after it; nullopt when the subject
// starts otherwise or its head names a measure rather than a thing counted ("mobile phone
// sales", "exports": frame/vocabulary.hpp), whose figure is an amount, not a number of them.
std::optional<std::string> plural_subject_noun(std::string_view subject, const Lexicon& lex);

// "mobile phone sales", "Freeview box ownership", "police numbers": a subject whose head is
// a tally noun (frame_cues.tsv, cue tally-noun) right after a noun that is no adjective
// counts that noun ("phone", "box", "police"); nullopt for "annual sales", "sales".
std::optional<std::string> tallied_noun(std::string_view subject, const Lexicon& lex, const frame::FrameCues& cues);

}  // namespace factsheet::context
