#include "extract/link_steps.hpp"

#include <algorithm>
#include <cmath>

#include "extract/counted_noun.hpp"
#include "extract/words.hpp"

namespace factsheet::extract::links {

// Parallel figures that share a unit are within this factor of each other.
constexpr double kParallelRatio = 10.0;

std::size_t scan_floor(std::size_t i, std::size_t first) { return i - first > kMaxClaimScan ? i - kMaxClaimScan : first; }

bool time_adjunct(const Claim& c) { return c.kind == Kind::year || c.kind == Kind::date || c.kind == Kind::time; }

bool single_number(const Claim& c) {
  return std::holds_alternative<double>(c.value) && !c.is_range() && !c.part;
}

// A figure with no unit and no counted noun: "to 23", "at 2,118.40", "by 1"; or a number
// in words that counts nothing named, a mention until a parallel figure lends it its noun
// ("12 contracts last year and nine this year", "10 solo awards and four with Take That").
// Not a capitalised one, a name ("Radio One"), nor one before a word of a noun phrase, whose
// own noun was not read ("four All Blacks", "three weekly journeys").
bool bare(const Sentence& s, const Lexicon& lex, const Claim& c) {
  if (c.unit || !single_number(c)) return false;
  if (c.kind == Kind::count) return true;
  if (c.kind != Kind::other || c.text.empty() || !text::is_lower(c.text[0])) return false;
  auto next = word_after(s.text, c.end, s.end);
  if (!next) return true;
  std::string_view word = next->view(s.text);
  if (is_content_word(word, lex) || text::is_upper(word[0])) return false;
  // "three weekly journeys": an -ly premodifier before the noun.
  auto after = word_after(s.text, next->end, s.end);
  return !(lower_ascii(word).ends_with("ly") && after && is_content_word(after->view(s.text), lex));
}

namespace {

bool has_unit(const Claim& c) {
  if (!c.unit || c.unit->empty()) return false;
  return c.kind == Kind::money || c.kind == Kind::percent || c.kind == Kind::measure || c.kind == Kind::duration;
}

}  // namespace

bool lends_unit(const Claim& c) { return has_unit(c) || (c.kind == Kind::count && c.unit && !c.unit->empty()); }

double number(const Claim& c) { return std::get<double>(c.value); }

bool similar_magnitude(double a, double b) {
  a = std::fabs(a);
  b = std::fabs(b);
  if (a == 0 || b == 0) return false;
  return std::max(a, b) / std::min(a, b) <= kParallelRatio;
}

bool lends_parallel_unit(const Claim& a, const Claim& b) {
  return lends_unit(a) && single_number(a) && similar_magnitude(number(a), number(b));
}

std::string lower_word_before(const Sentence& s, std::size_t pos) {
  auto w = word_before(s.text, pos, s.begin);
  return w ? lower_ascii(w->view(s.text)) : std::string();
}

void inherit_unit(Claim& to, const Claim& from) {
  to.kind = from.kind;
  to.unit = from.unit;
  to.unit_name = from.unit_name;
}

}  // namespace factsheet::extract::links
