#include "extract/currency_places.hpp"

#include <algorithm>
#include <string>

#include "text/chars.hpp"

namespace factsheet::extract {

namespace {

bool names(std::string_view where, std::string_view place) {
  for (std::size_t at = where.find(place); at != std::string_view::npos; at = where.find(place, at + 1)) {
    std::size_t after = at + place.size();
    bool starts = at == 0 || !text::is_alpha(where[at - 1]);
    bool ends = after == where.size() || !text::is_alpha(where[after]);
    if (starts && ends) return true;
  }
  return false;
}

bool is_word(std::string_view w) {
  return w.size() >= 3 && std::all_of(w.begin(), w.end(), [](char c) { return text::is_alpha(c); });
}

// The words of a figure's text, split at spaces and hyphens.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-')) ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '-') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

}  // namespace

const Currency* currency_named_in(const Lexicon& lex, const std::vector<Lexicon::CurrencyPlace>& places,
                                  std::string_view current, std::string_view where, bool& decided) {
  std::string_view chosen;
  for (const auto& p : places) {
    if (!names(where, p.place)) continue;
    decided = true;
    if (p.code == current) return nullptr;
    if (!chosen.empty() && chosen != p.code) return nullptr;  // two candidates: keep the default
    chosen = p.code;
  }
  return chosen.empty() ? nullptr : lex.currency_by_code(chosen);
}

const std::vector<Lexicon::CurrencyPlace>* noun_places(const Lexicon& lex, std::string_view word) {
  if (!is_word(word)) return nullptr;
  return lex.currency_places(text::lower_ascii(word));
}

void place_currencies_by_headline(const Lexicon& lex, std::vector<Claim>& claims) {
  for (Claim& c : claims) {
    if (!c.title || c.title->empty() || !c.unit) continue;
    if (c.kind != Kind::money && c.kind != Kind::count) continue;
    // Most counts are of nouns no currency shares: turned away before the text is split.
    if (c.kind == Kind::count && !lex.currency_places(*c.unit)) continue;
    auto words = words_of(c.text);
    if (words.size() < 2) continue;
    const std::vector<Lexicon::CurrencyPlace>* places = nullptr;
    std::string current;
    if (c.kind == Kind::money) {
      // The currency noun of the figure ("242m pesos", "400m pesos a year"); its reading so far
      // is the code before any "/" of a rate.
      for (std::size_t i = 1; i < words.size() && !places; ++i) places = noun_places(lex, words[i]);
      current = c.unit->substr(0, c.unit->find('/'));
    } else {
      // "200 dinars": the counted noun right after the number.
      if (words.size() != 2 || !std::any_of(words[0].begin(), words[0].end(), text::is_digit)) continue;
      places = lex.currency_places(*c.unit);
      if (places && !is_word(words[1])) places = nullptr;
    }
    if (!places) continue;
    bool decided = false;
    currency_named_in(lex, *places, current, c.sentence, decided);
    if (decided) continue;  // the sentence has said which (FigureFinder read it so)
    const Currency* cy = currency_named_in(lex, *places, current, *c.title, decided);
    if (!cy) continue;
    // A rate keeps its "per ...": "MXN/year" becomes "ARS/year", "Mexican peso per year"
    // "Argentine peso per year".
    std::string rate = c.kind == Kind::money ? c.unit->substr(current.size()) : std::string();
    std::string per;
    if (const Currency* was = rate.empty() ? nullptr : lex.currency_by_code(current);
        was && c.unit_name && c.unit_name->starts_with(was->name))
      per = c.unit_name->substr(was->name.size());
    c.kind = Kind::money;
    c.unit = cy->code + rate;
    c.unit_name = cy->name + per;
  }
}

}  // namespace factsheet::extract
