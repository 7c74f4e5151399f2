#include "extract/counted_noun.hpp"

#include "extract/words.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::extract {
namespace {

constexpr int kMaxPremodifiers = 4;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "heads of state": a plural head followed by "of X" that the lemma rules list whole.
std::optional<std::pair<std::size_t, std::string>> multiword_head(std::string_view text, const Word& head,
                                                                  std::size_t limit, const Lexicon& lex) {
  auto of = word_after(text, head.end, limit);
  if (!of || lower(of->view(text)) != "of") return std::nullopt;
  auto object = word_after(text, of->end, limit);
  if (!object) return std::nullopt;
  std::string phrase = lower(head.view(text)) + " of " + lower(object->view(text));
  const auto& irregular = lex.lemma_rules().irregular;
  auto it = irregular.find(phrase);
  if (it == irregular.end()) return std::nullopt;
  return std::make_pair(object->end, it->second);
}

}  // namespace

bool is_content_word(std::string_view word, const Lexicon& lex) {
  if (word.empty()) return false;
  if (auto cls = lex.classify_word(word)) {
    if (*cls == WordClass::function || *cls == WordClass::verb || *cls == WordClass::temporal ||
        *cls == WordClass::adverb || *cls == WordClass::phrasal)
      return false;
  }
  if (lex.months().longest(word, 0)) return false;
  // Adverbs ("sharply") and possessives do not head a counted phrase.
  std::string w = lower(word);
  if (ends_with(w, "ly") && w.size() > 4) return false;
  return true;
}

std::optional<CountedNoun> find_counted_noun(std::string_view text, std::size_t pos, std::size_t limit,
                                             const Lexicon& lex, bool singular) {
  const auto& rules = lex.lemma_rules();
  std::optional<Word> first, last;
  std::size_t p = pos;
  for (int i = 0; i <= kMaxPremodifiers; ++i) {
    auto w = word_after(text, p, limit);
    if (!w) break;
    std::string_view word = w->view(text);
    // "digital and physical sales", "Kia and Hyundai vehicles": coordinated premodifiers.
    if (!singular && first && (word == "and" || word == "or")) {
      auto next = word_after(text, w->end, limit);
      if (next && is_content_word(next->view(text), lex)) {
        p = w->end;
        continue;
      }
    }
    if (!is_content_word(word, lex)) break;
    // Possessive nouns are determiners here ("45 of Kazakhstan's projects").
    if (ends_with(word, "'s") || ends_with(word, "\xE2\x80\x99s")) break;
    // "one proposal asks": after a singular noun, an -s word is its verb.
    if (singular && last && text::looks_plural(word, rules) && !text::looks_plural(last->view(text), rules))
      break;
    if (!first) first = w;
    last = w;
    if (!singular && text::looks_plural(word, rules)) {
      // "United States senators": a capitalised plural inside a name is a premodifier.
      auto next = word_after(text, w->end, limit);
      bool name_part = is_capitalized(word) && next && text::looks_plural(next->view(text), rules) &&
                       !is_capitalized(next->view(text)) && is_content_word(next->view(text), lex);
      if (!name_part) {
        CountedNoun noun{first->begin, w->begin, w->end, text::lemmatize_noun(word, rules), true};
        if (auto mw = multiword_head(text, *w, limit, lex)) {
          noun.end = mw->first;
          noun.lemma = mw->second;
        }
        return noun;
      }
    }
    p = w->end;
  }
  if (!singular || !last) return std::nullopt;
  std::string_view word = last->view(text);
  if (text::looks_plural(word, rules)) return std::nullopt;
  return CountedNoun{first->begin, last->begin, last->end, lower(word), false};
}

}  // namespace factsheet::extract
