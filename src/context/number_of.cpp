#include "context/number_of.hpp"

#include "frame/frame_words.hpp"
#include "frame/vocabulary.hpp"
#include "text/chars.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::context {
namespace {

// Words between "of" and the plural head ("specialist sport colleges"): three.
constexpr int kMaxPremodifiers = 3;

}  // namespace

std::optional<std::string> number_of_noun(std::string_view subject, const Lexicon& lex) {
  std::vector<std::string> ws;
  for (const frame::Word& w : frame::words_of(subject)) ws.push_back(text::lower_ascii(w.text));
  std::size_t i = 0;
  if (i < ws.size() && (ws[i] == "the" || ws[i] == "a")) ++i;
  if (i < ws.size() && ws[i] == "total") ++i;
  if (i + 1 >= ws.size() || (ws[i] != "number" && ws[i] != "numbers") || ws[i + 1] != "of") return std::nullopt;
  for (std::size_t j = i + 2; j < ws.size() && j <= i + 2 + kMaxPremodifiers; ++j) {
    const std::string& word = ws[j];
    if (!text::is_alpha(word[0])) return std::nullopt;
    // A determiner or preposition ends the noun phrase before its head was found.
    if (auto cls = lex.classify_word(word);
        cls && (*cls == WordClass::function || *cls == WordClass::verb || *cls == WordClass::temporal ||
                *cls == WordClass::adverb || *cls == WordClass::phrasal))
      return std::nullopt;
    if (text::looks_plural(word, lex.lemma_rules())) return text::lemmatize_noun(word, lex.lemma_rules());
  }
  return std::nullopt;
}

std::optional<std::string> plural_subject_noun(std::string_view subject, const Lexicon& lex) {
  std::vector<std::string> ws;
  for (const frame::Word& w : frame::words_of(subject)) ws.push_back(text::lower_ascii(w.text));
  const auto& rules = lex.lemma_rules();
  std::size_t i = 0;
  if (i < ws.size() && ws[i] == "the") ++i;
  for (std::size_t j = i; j < ws.size() && j <= i + kMaxPremodifiers; ++j) {
    const std::string& word = ws[j];
    if (!text::is_alpha(word[0]) || text::possessive_length(word)) return std::nullopt;
    if (auto cls = lex.classify_word(word);
        cls && (*cls == WordClass::function || *cls == WordClass::verb || *cls == WordClass::temporal ||
                *cls == WordClass::adverb || *cls == WordClass::phrasal))
      return std::nullopt;
    if (!text::looks_plural(word, rules)) continue;
    // The head ends the noun phrase: nothing after it, or a preposition ("in December").
    if (j + 1 < ws.size()) {
      auto next = lex.classify_word(ws[j + 1]);
      if (!next || *next != WordClass::function) return std::nullopt;
    }
    std::string lemma = text::lemmatize_noun(word, rules);
    const auto& vocabulary = frame::FrameVocabulary::embedded();
    // WordNet lists "sales", "earnings", "savings" as measures in their own right; a
    // singular's measure senses ("loan", "servant") do not make the plural one.
    if (vocabulary.noun(word) == frame::NounClass::measure || vocabulary.change_noun(lemma)) return std::nullopt;
    return lemma;
  }
  return std::nullopt;
}

std::optional<std::string> tallied_noun(std::string_view subject, const Lexicon& lex, const frame::FrameCues& cues) {
  std::vector<std::string> ws;
  for (const frame::Word& w : frame::words_of(subject)) ws.push_back(text::lower_ascii(w.text));
  if (ws.size() < 2 || !cues.is(ws.back(), "tally-noun")) return std::nullopt;
  const std::string& noun = ws[ws.size() - 2];
  if (!text::is_alpha(noun[0]) || text::possessive_length(noun)) return std::nullopt;
  if (auto cls = lex.classify_word(noun);
      cls && (*cls == WordClass::function || *cls == WordClass::verb || *cls == WordClass::temporal ||
              *cls == WordClass::adverb || *cls == WordClass::phrasal))
    return std::nullopt;
  // "annual sales", "total sales", "3G mobile ownership": an adjective says how, not what.
  if (frame::FrameVocabulary::embedded().adjective(noun)) return std::nullopt;
  return text::lemmatize_noun(noun, lex.lemma_rules());
}

}  // namespace factsheet::context
