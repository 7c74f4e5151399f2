#include "eval/newsquant_units.hpp"

#include <string>
#include <unordered_map>

#include "extract/context_rules.hpp"
#include "lexicon/embedded.hpp"
#include "text/chars.hpp"

namespace factsheet::eval {
namespace {
using text::is_alnum;
using text::is_digit;
// Phrases start a word or touch the digits ("5p", "50¢", "275lb"), never mid-word ("chosen").
bool phrase_start(std::string_view text, std::size_t i) { return i == 0 || !is_alnum(text[i - 1]) || is_digit(text[i - 1]); }
}  // namespace

std::optional<MinorUnit> find_minor_unit(const Lexicon& lexicon, std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!phrase_start(text, i)) continue;
    auto m = lexicon.currencies().longest(text, i);
    if (!m) continue;
    const Currency& cur = lexicon.currency(m->id);
    if (cur.factor != 1 && cur.factor > 0) return MinorUnit{cur.newsquant, cur.factor};
    if (m->length > 1) i += m->length - 1;  // skip a whole phrase of another currency
  }
  return std::nullopt;
}

std::string written_unit_name(const Lexicon& lexicon, std::string_view unit, std::string_view text) {
  std::string best;
  std::size_t best_length = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!phrase_start(text, i)) continue;
    auto m = lexicon.units().longest(text, i);
    if (!m || m->length <= best_length) continue;
    std::size_t end = i + m->length;
    if (end < text.size() && is_alnum(text[end])) continue;
    const Unit& u = lexicon.unit(m->id);
    if (u.symbol != unit) continue;
    best = u.newsquant;
    best_length = m->length;
  }
  return best;
}

std::string superlative_base(std::string_view word) {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    for (const embedded::File& f : embedded::files()) {
      if (f.name != "superlatives.tsv") continue;
      std::string_view rest = f.content;
      while (!rest.empty()) {
        std::size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
        std::size_t tab = line.find('\t');
        if (line.empty() || line[0] == '#' || tab == std::string_view::npos) continue;
        t.emplace(std::string(line.substr(0, tab)), std::string(line.substr(tab + 1)));
      }
    }
    return t;
  }();
  auto it = table.find(std::string(word));
  return it == table.end() ? std::string() : it->second;
}

NewsQuantUnits lexicon_units(const Lexicon& lexicon) {
  return {[&lexicon](std::string_view unit) { return lexicon.newsquant_unit(unit); },
          [&lexicon](std::string_view text) { return find_minor_unit(lexicon, text); },
          [&lexicon](std::string_view word) {
            auto w = lexicon.number_words().longest(word, 0);
            auto s = lexicon.scales().longest(word, 0);
            return (w && w->length == word.size()) || (s && s->length == word.size());
          },
          [&lexicon](std::string_view unit, std::string_view text) { return written_unit_name(lexicon, unit, text); },
          [&lexicon](const Claim& claim, std::string_view text) {
            return extract::change_only_after(text, claim, lexicon);
          },
          [&lexicon](const Claim& claim, std::string_view text) {
            return extract::exact_before_claim(text, claim, lexicon);
          },
          superlative_base,
          [&lexicon](std::string_view word, SyntaxRole role) { return lexicon.context().has_role(word, role); }};
}

}  // namespace factsheet::eval
