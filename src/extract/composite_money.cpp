// Sums of money written in a major and a minor unit: "20 dollars 43 cents", "£3 50p",
// "3 CAD 3 cents", "15 dollars and 50." are one amount.
#include "extract/composite_money.hpp"

#include <cctype>
#include <cmath>
#include <string>
#include <variant>

#include "extract/si_value.hpp"
#include "grammar/grammar.hpp"

namespace factsheet::extract {
namespace {

bool single_number(const Claim& c) {
  return !c.is_range() && std::holds_alternative<double>(c.value) && !c.part;
}

// The words between the two parts: nothing or "and" ("$45, 30 cents above forecasts" lists
// two figures).
bool joins(const Lexicon& lex, std::string_view gap) {
  std::string g;
  for (char ch : gap)
    if (ch != ' ' && ch != '\t') g += ch;
  return g.empty() || lex.context().has_role(g, SyntaxRole::additive);
}

// The currency the claim's own words name, with its factor (1 for a major unit).
const Currency* written_currency(const Lexicon& lex, std::string_view text, const Claim& c) {
  grammar::Source src{text, lex};
  // "up to 9 USD": the quantity starts after the qualifier's words.
  auto q = grammar::parse_quantity(src, c.start, c.end);
  for (std::size_t p = c.start; (!q || q->end != c.end) && p < c.end; ++p)
    if (text[p] == ' ') q = grammar::parse_quantity(src, p + 1, c.end);
  if (!q || q->end != c.end || !q->currency || q->scale != 1 || q->number.has_scale_word || q->per_unit ||
      q->per_noun_end)
    return nullptr;
  return &lex.currency(q->currency->id);
}

// Nothing but closing punctuation between `pos` and the end of the clause.
bool clause_ends(std::string_view text, std::size_t pos, std::size_t sentence_end) {
  while (pos < sentence_end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos >= sentence_end) return true;
  char c = text[pos];
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
}

}  // namespace

void add_trailing_half(const Lexicon& lex, std::string_view text, std::size_t sentence_end, std::vector<Claim>& claims) {
  grammar::Source src{text, lex};
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (!single_number(c) || (c.kind != Kind::measure && c.kind != Kind::duration && c.kind != Kind::money)) continue;
    if (c.unit && c.unit->find('/') != std::string::npos) continue;
    // " and a half" or " and half", then no letter: "two hours and a half", "one hour and half".
    std::size_t p = c.end;
    std::size_t end = 0;
    for (std::string_view tail : {" and a half", " and half"})
      if (p + tail.size() <= sentence_end && text.substr(p, tail.size()) == tail &&
          (p + tail.size() == sentence_end || !std::isalpha(static_cast<unsigned char>(text[p + tail.size()]))))
        end = p + tail.size();
    if (!end || (i + 1 < claims.size() && claims[i + 1].start < end)) continue;
    // The unit must close the claim ("2 hours", not "$2"): half of that unit is added.
    auto q = grammar::parse_quantity(src, c.start, c.end);
    for (std::size_t s = c.start; (!q || q->end != c.end) && s < c.end; ++s)
      if (text[s] == ' ') q = grammar::parse_quantity(src, s + 1, c.end);
    if (!q || q->end != c.end || q->currency_before || q->scale != 1 || q->number.value <= 0) continue;
    if (!q->unit && !q->currency) continue;
    double n = q->number.value;
    c.value = round12(std::get<double>(c.value) * (n + 0.5) / n);
    c.end = end;
    c.text = std::string(text.substr(c.start, c.end - c.start));
  }
}

void merge_composite_money(const Lexicon& lex, std::string_view text, std::size_t sentence_end,
                           std::vector<Claim>& claims) {
  for (std::size_t i = 0; i + 1 < claims.size(); ++i) {
    Claim& a = claims[i];
    const Claim& b = claims[i + 1];
    // "5 pounds 20 pence": pounds that pence follow are sterling, not a weight.
    bool sterling = a.kind == Kind::measure && a.unit == "lb" && b.kind == Kind::money && b.unit == "GBP";
    if ((a.kind != Kind::money && !sterling) || !single_number(a) || !single_number(b) || b.start < a.end) continue;
    if (b.qualifier != Qualifier::eq || b.change != Change::none) continue;
    double major = std::get<double>(a.value);
    double part = std::get<double>(b.value);
    if (major < 0 || std::floor(major) != major || part < 0) continue;
    const Currency* ca = sterling ? lex.currency_by_code("GBP") : written_currency(lex, text, a);
    if (!ca || ca->factor != 1) continue;
    std::string_view gap = text.substr(a.end, b.start - a.end);
    double cents = 0;
    if (b.kind == Kind::money) {
      // "43 cents", "50p": a minor unit, less than one major unit. Its currency is the
      // major's, whatever the minor word's default: "5 euros 20 cents".
      // "43c" has no currency word of its own: a "c" closing the figure is cents.
      const Currency* cb = written_currency(lex, text, b);
      bool minor = cb ? cb->factor < 1 : (!b.text.empty() && (b.text.back() == 'c' || b.text.back() == 'C'));
      if (!minor || part >= 1 || !joins(lex, gap)) continue;
      cents = part;
    } else if (b.kind == Kind::count && !b.unit && !b.subject.has_value()) {
      // "15 dollars 50.", "17 USD and 25": a bare whole number under 100 that ends the
      // clause is the minor part; anything after it ("$20 43 people") makes it a count.
      if (std::floor(part) != part || part >= 100 || !joins(lex, gap) || !clause_ends(text, b.end, sentence_end))
        continue;
      cents = part / 100;
    } else {
      continue;
    }
    if (sterling) {
      a.kind = Kind::money;
      a.unit = ca->code;
      a.unit_name = ca->name;
    }
    a.value = round12(major + cents);
    a.end = b.end;
    a.text = std::string(text.substr(a.start, a.end - a.start));
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

}  // namespace factsheet::extract
