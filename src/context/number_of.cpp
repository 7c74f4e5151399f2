#include "context/number_of.hpp"

#include "text/chars.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::context {
namespace {

// Words between "of" and the plural head ("specialist sport colleges"): three.
constexpr int kMaxPremodifiers = 3;

// The next space-separated word of `s` from `pos`, advancing `pos` past it.
std::string_view next_word(std::string_view s, std::size_t& pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  std::size_t begin = pos;
  while (pos < s.size() && s[pos] != ' ') ++pos;
  return s.substr(begin, pos - begin);
}

}  // namespace

std::optional<std::string> number_of_noun(std::string_view subject, const Lexicon& lex) {
  std::string lower = text::lower_ascii(subject);
  std::size_t pos = 0;
  std::string_view w = next_word(lower, pos);
  if (w == "the" || w == "a") w = next_word(lower, pos);
  if (w == "total") w = next_word(lower, pos);
  if (w != "number" && w != "numbers") return std::nullopt;
  if (next_word(lower, pos) != "of") return std::nullopt;
  for (int i = 0; i <= kMaxPremodifiers; ++i) {
    std::string_view word = next_word(lower, pos);
    if (word.empty() || !text::is_alpha(word[0])) return std::nullopt;
    // A determiner or preposition ends the noun phrase before its head was found.
    if (auto cls = lex.classify_word(std::string(word));
        cls && (*cls == WordClass::function || *cls == WordClass::verb || *cls == WordClass::temporal ||
                *cls == WordClass::adverb || *cls == WordClass::phrasal))
      return std::nullopt;
    if (text::looks_plural(word, lex.lemma_rules())) return text::lemmatize_noun(word, lex.lemma_rules());
  }
  return std::nullopt;
}

}  // namespace factsheet::context
