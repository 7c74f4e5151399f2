// Fixed names with a number in them ("S&P 500", "Formula 1"): the grammars/names.tsv table;
// codes written with a leading zero ("056", "007").
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {

using grammar::Quantity;
using namespace figure_helpers;

// Token starts tried for a name: the number's own and up to three before ("BBC Radio 5 Live").
constexpr int kNameStarts = 4;

std::optional<Claim> FigureFinder::read_name(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  // Names may start up to three tokens before the number ("S&P 500", "BBC Radio 5 Live").
  // A token longer than any name cannot start one, so the look-back into a run without
  // spaces ("1,2,3,...") is bounded, which keeps a run of numbers linear.
  std::size_t starts[kNameStarts] = {c.begin, c.begin, c.begin, c.begin};
  const std::size_t reach = lex_.names().max_span();
  std::size_t p = c.begin;
  for (int i = 1; i < kNameStarts; ++i) {
    p = skip_spaces_back(text, p, s_.begin);
    std::size_t token_end = p;
    while (p > s_.begin && token_end - p <= reach && text[p - 1] != ' ' && text[p - 1] != '\t' &&
           text[p - 1] != '(')
      --p;
    if (token_end - p > reach) {
      for (int j = i; j < kNameStarts; ++j) starts[j] = starts[i - 1];
      break;
    }
    starts[i] = p;
  }
  for (int i = kNameStarts - 1; i >= 0; --i) {
    std::size_t b = starts[i];
    // Claims never overlap: a name does not start inside the figure before it.
    if (b < prev_end_) continue;
    // Not inside a word, and not an amount ("$4K" is money, "4K" a resolution).
    if (b > s_.begin && (is_alpha(text[b - 1]) || text[b - 1] == '$' || (static_cast<unsigned char>(text[b - 1]) & 0x80)))
      continue;
    auto m = lex_.names().longest(text, b);
    if (!m || b + m->length < c.end) continue;
    if (std::size_t e = b + m->length; e < s_.end && (is_alpha(text[e]) || is_digit(text[e])) &&
                                       (is_alpha(text[e - 1]) || is_digit(text[e - 1])))
      continue;
    // "PS2.7m" is an amount, not the name "PS2".
    if (std::size_t e = b + m->length; e + 1 < s_.end && (text[e] == '.' || text[e] == ',') &&
                                       is_digit(text[e - 1]) && is_digit(text[e + 1]))
      continue;
    const FixedName& name = lex_.name(m->id);
    Claim claim;
    claim.kind = name.kind;
    claim.value = name.value;
    if (!name.unit.empty()) {
      claim.unit = name.unit;
      claim.unit_name = name.unit;
    }
    claim.start = b;
    claim.end = b + m->length;
    resume = claim.end;
    return claim;
  }
  return std::nullopt;
}

// "056" (an area code), "0870", "007", "iLife 05": a whole number written with a leading zero
// counts nothing; it is a code or a name, kind other with the number's value. Clock times
// ("0130 GMT") and dates are read before; a decimal ("0.5", "01.10") or a digit group is no
// code, nor is a number a letter or a currency touches.
std::optional<Claim> FigureFinder::read_code(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  if (c.begin + 1 >= s_.end || text[c.begin] != '0' || !is_digit(text[c.begin + 1])) return std::nullopt;
  if (c.begin > s_.begin && !(text[c.begin - 1] == ' ' || text[c.begin - 1] == '(' || text[c.begin - 1] == '"'))
    return std::nullopt;
  std::size_t e = c.begin;
  while (e < s_.end && is_digit(text[e])) ++e;
  if (e < s_.end && (is_alpha(text[e]) || (static_cast<unsigned char>(text[e]) & 0x80) ||
                     ((text[e] == '.' || text[e] == ',' || text[e] == ':' || text[e] == '/' || text[e] == '-') &&
                      e + 1 < s_.end && is_digit(text[e + 1]))))
    return std::nullopt;
  Claim claim;
  claim.kind = Kind::other;
  claim.value = std::stod(std::string(text.substr(c.begin, e - c.begin)));
  claim.start = c.begin;
  claim.end = e;
  resume = e;
  return claim;
}

}  // namespace factsheet::extract
