// The words the claim frame knows, from the databases (tools/frame_vocabulary.cpp
// generates both tables at build time; they are embedded like the grammars):
//   - nouns that name a measure ("profit", "sales", "rate", "unemployment", "growth") or
//     an act that is counted or valued ("sale", "job"), from WordNet's lexicographer
//     files; every other noun names a thing, a group, a person or a place;
//   - places: CLDR territory names with their WordNet synonyms and adjectives ("US",
//     "U.S.", "America", "American" -> United States).
#pragma once
#include <algorithm>
#include <optional>
#include <vector>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "text/string_map.hpp"

namespace factsheet::frame {

enum class NounClass { measure, act };

class FrameVocabulary {
 public:
  // The tables compiled into the binary; loaded once.
  static const FrameVocabulary& embedded();

  // `word` lower case.
  std::optional<NounClass> noun(std::string_view word) const;
  // The key `word` shares with its synonyms (WordNet: the synset that is the first sense
  // of each), when it has any.
  std::optional<std::string_view> synonym_key(std::string_view word) const;
  // The territory's name ("United States") for an alias, lower case ("u.s.", "german").
  std::optional<std::string_view> place(std::string_view alias) const;
  // The most words of an alias whose first word is `word` (lower case), 0 when none
  // begins so: most capitalised words begin no alias of two words or more.
  std::size_t place_words_from(std::string_view word) const {
    auto it = place_words_.find(word);
    return it == place_words_.end() ? 0 : it->second;
  }
  // The measure noun WordNet derives from a verb of change, by the verb's form, lower case
  // ("grew" -> "growth").
  std::optional<std::string_view> verb_measure(std::string_view form) const;
  // Whether `noun` is such a measure: its figure states the change itself ("growth of 4%",
  // "the economy grew 4%"), so a change and a value of it are one statement.
  bool change_noun(std::string_view noun) const { return change_nouns_.contains(noun); }

  // Whether `word`, as written, is a common noun WordNet spells with a capital ("TV",
  // "GDP", "Christmas"): a thing, not an entity.
  bool common_capital(std::string_view word) const { return common_capitals_.contains(word); }

  // Whether `word` (lower case) is a WordNet adjective ("new", "central", "american").
  bool adjective(std::string_view word) const;

  // Whether `word` (lower case) is a word WordNet writes in lower case, or a time's name
  // ("analyst", "however", "january"): a capital on it at a sentence's start says nothing.
  bool common_word(std::string_view word) const;

  void add_common_capital(std::string word) { common_capitals_.insert(std::move(word)); }
  void add_noun(std::string word, NounClass c) { nouns_.emplace(std::move(word), c); }
  void add_synonym_key(std::string word, std::string key) { synonyms_.emplace(std::move(word), std::move(key)); }
  void add_place(std::string alias, std::string name) {
    std::string_view first = std::string_view(alias).substr(0, alias.find(' '));
    std::size_t& words = place_words_[first];
    words = std::max<std::size_t>(words, static_cast<std::size_t>(std::count(alias.begin(), alias.end(), ' ')) + 1);
    places_.emplace(std::move(alias), std::move(name));
  }
  void add_verb(std::string form, std::string noun) {
    change_nouns_.insert(noun);
    verbs_.emplace(std::move(form), std::move(noun));
  }

 private:
  text::StringMap<NounClass> nouns_;
  text::StringMap<std::string> places_;
  text::StringMap<std::size_t> place_words_;  // by an alias's first word (place_words_from)
  text::StringMap<std::string> synonyms_;
  text::StringMap<std::string> verbs_;
  text::StringSet change_nouns_;
  text::StringSet common_capitals_;
  // The adjective rows of frame_nouns.tsv ("new\tadjective"), a sorted block of the
  // embedded table, searched in place like common_text_.
  std::string_view adjective_rows_;
  // common_words.tsv as embedded: one word a line, sorted by byte, searched in place (no
  // copy, no index: a lookup reads a few dozen lines of it).
  std::string_view common_text_;
};

}  // namespace factsheet::frame
