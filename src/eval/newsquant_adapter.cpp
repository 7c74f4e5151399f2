#include "eval/newsquant_adapter.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <vector>

#include "eval/format.hpp"
#include "extract/words.hpp"
#include "eval/newsquant_loader.hpp"
#include "lexicon/lexicon.hpp"
#include "text/chars.hpp"

namespace factsheet::eval {
namespace {

// "almost half of which are in California": a share whose whole is a relative pronoun.
bool before_relative_whole(const Claim& c) {
  std::size_t at = c.text.empty() ? std::string::npos : c.sentence.find(c.text);
  if (at == std::string::npos) return false;
  std::string_view after = std::string_view(c.sentence).substr(at + c.text.size());
  return after.starts_with(" of which") || after.starts_with(" of whom");
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double number_or_nan(const Value& v) {
  const double* d = std::get_if<double>(&v);
  return d ? *d : kNaN;
}

NqValue claim_value(const Claim& c) {
  if (c.is_range()) return NqValue::between(number_or_nan(c.low), number_or_nan(c.high));
  if (c.kind == Kind::ratio && c.part && c.whole && *c.whole != 0)
    return NqValue::single(*c.part / *c.whole);
  return NqValue::single(number_or_nan(c.value));
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t b = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i > b) out.emplace_back(text.substr(b, i - b));
  }
  return out;
}

using text::has_digit;

// A concept word as NewsQuant writes it: without a possessive clitic ("Apple's" -> "apple").
std::string without_clitic(std::string w) { return text::without_possessive(w); }

// NewsQuant's concepts never repeat the quantity's own words (its unit or counted noun):
// those are the unit, the concept is what the quantity refers to.
std::vector<std::string> concept_words_without_figure(std::string_view subject, std::string_view figure) {
  auto figure_words = concept_words(figure);
  std::vector<std::string> out;
  for (auto& w : concept_words(subject)) {
    w = without_clitic(std::move(w));
    if (std::find(figure_words.begin(), figure_words.end(), w) == figure_words.end()) out.push_back(std::move(w));
  }
  return out;
}

bool has_role(const NewsQuantUnits& units, std::string_view word, SyntaxRole role) {
  if (units.role) return units.role(word, role);
  static const std::shared_ptr<const Lexicon> embedded = Lexicon::embedded();
  return embedded->context().has_role(word, role);
}

}  // namespace

std::string counted_phrase(const Claim& claim, const NewsQuantUnits& units) {
  const std::string& head = *claim.unit;
  auto tokens = words_of(claim.text);
  std::size_t head_words = words_of(head).size();
  if (tokens.size() <= head_words) return head;
  auto numeric = [&](const std::string& t) { return has_digit(t) || (units.number_word && units.number_word(t)); };
  auto lower_word = [&](const std::string& t) { return !t.empty() && text::is_lower(t[0]) && !numeric(t); };
  std::size_t first_number = 0;
  while (first_number < tokens.size() && !numeric(tokens[first_number])) ++first_number;
  // The words that link a number to another or to its noun ("two out of", "3 in 10", "5 to
  // 10", "per", "from"), each a syntax.tsv role.
  auto link_word = [&](const std::string& t) {
    static constexpr std::array kLinks = {SyntaxRole::partitive,  SyntaxRole::partitive_lead, SyntaxRole::ratio_link,
                                          SyntaxRole::range_to,   SyntaxRole::additive,       SyntaxRole::alternative,
                                          SyntaxRole::definite,   SyntaxRole::indefinite,     SyntaxRole::rate,
                                          SyntaxRole::range_from};
    std::string w = text::lower_ascii(t);
    return std::any_of(kLinks.begin(), kLinks.end(), [&](SyntaxRole r) { return has_role(units, w, r); });
  };
  std::vector<std::string> modifiers;
  for (std::size_t i = tokens.size() - head_words; i-- > 0;) {
    const std::string& t = tokens[i];
    // A model number after a premodifier and before a name ("four new A350 XWB jets") is a
    // modifier; the figure's own number ends the phrase.
    bool model = has_digit(t) && i > first_number + 1 && lower_word(tokens[i - 1]) && !link_word(tokens[i - 1]) &&
                 i + 1 < tokens.size() && !tokens[i + 1].empty() && text::is_upper(tokens[i + 1][0]);
    if (numeric(t) && !model) break;
    std::string w = text::lower_ascii(t);
    // "a third of the population": the whole's words end at "of".
    bool of = has_role(units, w, SyntaxRole::partitive);
    if (of && claim.kind == Kind::ratio) break;
    // Joiners and articles are no modifiers ("the", "and", "or", "&").
    if (of || w == "&" || has_role(units, w, SyntaxRole::additive) || has_role(units, w, SyntaxRole::alternative) ||
        has_role(units, w, SyntaxRole::definite))
      continue;
    modifiers.insert(modifiers.begin(), w);
  }
  std::string out;
  for (const auto& m : modifiers) out += m + " ";
  return out + head;
}

std::string superlative_phrase(std::string_view subject, std::string_view head, const NewsQuantUnits& units) {
  if (!units.superlative) return {};
  auto tokens = words_of(subject);
  for (auto& t : tokens) t = text::lower_ascii(t);
  // "most spectacular": the analytic superlative is the adjective after "most".
  std::size_t first = !tokens.empty() && has_role(units, tokens[0], SyntaxRole::superlative) ? 1 : 0;
  if (tokens.size() < first + 2) return {};
  std::string base = first ? tokens[first] : units.superlative(tokens[0]);
  if (base.empty() || has_digit(base)) return {};
  std::string out = base;
  for (std::size_t i = first + 1; i + 1 < tokens.size(); ++i) append_all(out, " ", tokens[i]);
  append_all(out, " ", head);
  return out;
}

bool newsquant_scores(Kind kind) {
  switch (kind) {
    case Kind::year:
    case Kind::date:
    case Kind::time:
    case Kind::ordinal:
    case Kind::other: return false;
    default: return true;
  }
}

bool averaged_before(std::string_view text, std::size_t start) {
  auto w = extract::word_before(text, std::min(start, text.size()), 0);
  if (!w) return false;
  std::string word = text::lower_ascii(w->view(text));
  return word == "averaged" || word == "averaging" || word == "averages";
}

void join_from_to_levels(std::vector<Claim>& claims, std::string_view text, const NewsQuantUnits& units) {
  auto after = [&](const Claim& c, SyntaxRole role) {
    auto w = extract::word_before(text, std::min(c.start, text.size()), 0);
    return w && has_role(units, text::lower_ascii(w->view(text)), role);
  };
  // Times and dates between the two ends ("from $36,040 at 10.45pm last night to $34,935",
  // "from 20 mpg in 2008 to 29 mpg") are not scored and do not part them.
  auto placing = [](const Claim& c) { return c.kind == Kind::year || c.kind == Kind::date || c.kind == Kind::time; };
  std::vector<char> joined(claims.size(), 0);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    Claim& a = claims[i];
    if (joined[i] || !std::holds_alternative<double>(a.value) || !after(a, SyntaxRole::range_from)) continue;
    std::size_t j = i + 1;
    while (j < claims.size() && placing(claims[j])) ++j;
    if (j == claims.size()) continue;
    const Claim& b = claims[j];
    if (!std::holds_alternative<double>(b.value) || a.kind != b.kind || a.unit != b.unit || b.end > text.size() ||
        !after(b, SyntaxRole::range_to))
      continue;
    a.low = a.value;
    a.high = b.value;
    a.value = std::monostate{};
    a.end = b.end;
    a.text = std::string(text.substr(a.start, a.end - a.start));
    joined[j] = 1;
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < claims.size(); ++i)
    if (!joined[i]) {
      if (out != i) claims[out] = std::move(claims[i]);
      ++out;
    }
  claims.resize(out);
}

std::string newsquant_change(Qualifier q, Change c) {
  if (q == Qualifier::eq && c != Change::none) return std::string(to_string(c));
  switch (q) {
    case Qualifier::eq: return "=";
    case Qualifier::approx: return "~";
    case Qualifier::gt:
    case Qualifier::ge: return ">";
    case Qualifier::lt:
    case Qualifier::le: return "<";
  }
  return "=";
}

// The currency of a price per share read from its subject ("shares ... at 3.23 shekels"),
// with no "a share", "per share" or "each" written in or after it; empty otherwise.
std::string adapted_per_share(const Claim& claim, std::string_view text) {
  const std::string suffix = "/share";
  if (claim.kind != Kind::money || !claim.unit || !claim.unit->ends_with(suffix)) return {};
  std::string own = text::lower_ascii(claim.text);
  if (own.find("share") != std::string::npos || own.find("each") != std::string::npos) return {};
  std::string_view after = claim.end <= text.size() ? text.substr(claim.end) : std::string_view();
  while (!after.empty() && (after.front() == ' ' || after.front() == '-')) after.remove_prefix(1);
  std::string head = text::lower_ascii(after.substr(0, 9));
  for (std::string_view written : {"a share", "per share", "each", "a-share"})
    if (head.starts_with(written)) return {};
  return claim.unit->substr(0, claim.unit->size() - suffix.size());
}

std::optional<NqPrediction> to_newsquant(const Claim& claim, const NewsQuantUnits& units, std::string_view text) {
  // NewsQuant annotates "one of the finest cameras" as a count of one: the extractor's
  // partitive mention (kind other, the whole's noun as unit) is scored as that count.
  // A factor ("four times more", "twice as fast") is NewsQuant's dimensionless count of times.
  Claim partitive;
  bool as_count = claim.kind == Kind::other && claim.unit && !claim.unit->empty() &&
                  std::holds_alternative<double>(claim.value) && std::get<double>(claim.value) == 1;
  bool factor = claim.kind == Kind::ratio && claim.whole && *claim.whole == 1;
  if (as_count || factor) {
    partitive = claim;
    partitive.kind = Kind::count;
  }
  if (factor) {
    partitive.unit = kTimesUnit;
    partitive.unit_name = kTimesUnit;
    partitive.part.reset();
    partitive.whole.reset();
  }
  // NewsQuant leaves a multiple written as one word unannotated, as a comparison ("twice as
  // loud") and as occasions ("scored twice").
  bool times = factor || (claim.kind == Kind::count && claim.unit && *claim.unit == kTimesUnit);
  if (times && claim.text.find_first_of("0123456789") == std::string::npos &&
      claim.text.find(' ') == std::string::npos)
    return std::nullopt;
  // NewsQuant leaves a duration written as a hyphenated modifier of what follows unannotated
  // ("a two-month contract", "a five-year $700000 award"); set off by a comma it annotates it
  // ("a five-year, 1.8 billion-mile journey").
  if (claim.kind == Kind::duration && claim.text.find('-') != std::string::npos &&
      claim.text.find(' ') == std::string::npos && claim.end + 1 < text.size() && text[claim.end] == ' ' &&
      std::string_view(",.;:()\"'- ").find(text[claim.end + 1]) == std::string_view::npos)
    return std::nullopt;
  // "another pick or two": NewsQuant writes the number after "or" alone, the extractor the
  // range from the article's one to it.
  std::string first_word = text::lower_ascii(std::string_view(claim.text).substr(0, claim.text.find(' ')));
  bool article_range = claim.is_range() && number_or_nan(claim.low) == 1 && claim.text.find(" or ") != std::string::npos &&
                       (has_role(units, first_word, SyntaxRole::indefinite) || has_role(units, first_word, SyntaxRole::another));
  if (article_range && !as_count) {
    partitive = claim;
    partitive.value = claim.high;
    partitive.low = std::monostate{};
    partitive.high = std::monostate{};
    // Its counted words are those between the article and "or".
    std::size_t from = claim.text.find(' ') + 1;
    partitive.text = claim.text.substr(from, claim.text.find(" or ") - from);
  }
  // NewsQuant writes a share price in its currency alone unless the text says "a share"
  // after it ("finished 34.4% higher at 3.23 shekels": shekel; "48 cents per share"); the
  // extractor reads the price of shares as per share from the subject too.
  std::string share_currency = as_count || factor || article_range ? std::string() : adapted_per_share(claim, text);
  if (!share_currency.empty()) {
    partitive = claim;
    partitive.unit = share_currency;
    if (partitive.unit_name) partitive.unit_name = partitive.unit_name->substr(0, partitive.unit_name->rfind(" per share"));
  }
  const bool adapted = as_count || factor || article_range || !share_currency.empty();
  as_count = as_count || factor;
  const Claim& c = adapted ? partitive : claim;
  if (!newsquant_scores(c.kind)) return std::nullopt;
  NqPrediction p;
  p.value = claim_value(c);
  bool has_unit = c.unit && !c.unit->empty();
  if (has_unit) p.normalized_unit = units.name ? units.name(*c.unit) : *c.unit;
  if (has_unit && units.written_name && c.kind == Kind::measure)
    if (auto written = units.written_name(*c.unit, c.text); !written.empty()) p.normalized_unit = written;
  // Counted nouns keep their premodifiers; "times" is NewsQuant's dimensionless count;
  // ages are named "year of age", "month of age".
  bool counted = has_unit && (c.kind == Kind::count || c.kind == Kind::ratio) && p.normalized_unit == *c.unit &&
                 c.unit->find('/') == std::string::npos;
  if (counted) p.normalized_unit = *c.unit == kTimesUnit ? "count" : counted_phrase(c, units);
  if (c.kind == Kind::age && c.unit_name) p.normalized_unit = *c.unit_name;
  // "one of the finest cameras": the superlative phrase is the unit, and no concept is left.
  std::string superlative;
  if (as_count && !factor && has_unit && c.subject) superlative = superlative_phrase(*c.subject, *c.unit, units);
  if (!superlative.empty()) p.normalized_unit = superlative;
  // A share of a whole is a percentage of what it counts: "a third of the population" is
  // "% population", "nearly half of which" "% -".
  // The extractor gives a share before "of which" its antecedent's noun; NewsQuant none.
  if (c.kind == Kind::ratio && has_unit && before_relative_whole(c)) has_unit = false;
  if (c.kind == Kind::ratio) p.normalized_unit = "% " + (has_unit ? p.normalized_unit : std::string("-"));
  if (p.normalized_unit.empty()) p.normalized_unit.push_back('-');
  if (c.kind == Kind::money && units.minor_unit) {
    if (auto minor = units.minor_unit(c.text); minor && minor->factor > 0) {
      p.value.low /= minor->factor;
      p.value.high /= minor->factor;
      p.normalized_unit = minor->name;
      // "48 cents per share" (USD/share) -> "cent per share".
      if (auto slash = c.unit ? c.unit->find('/') : std::string::npos; slash != std::string::npos) {
        std::string per = c.unit->substr(slash + 1);
        append_all(p.normalized_unit, " per ", units.name ? units.name(per) : per);
      }
    }
  }
  bool named_after = !text.empty() && ((units.direction_after && units.direction_after(c, text)) ||
                                       (units.exact_before && units.exact_before(c, text)));
  // NewsQuant reads a figure that a verb averages as approximate ("has averaged 7.3 points",
  // "averaging 15.9 degrees", "averaged roughly $2.11": all 3 in dev); the noun keeps it
  // exact ("an average of 70 days", 2 of 2).
  Qualifier qualifier = c.qualifier == Qualifier::eq && averaged_before(text, c.start) ? Qualifier::approx : c.qualifier;
  p.change = newsquant_change(qualifier, named_after ? Change::none : c.change);
  if (c.subject && superlative.empty()) p.concepts = concept_words_without_figure(*c.subject, c.text);
  p.source = c.text;
  return p;
}

}  // namespace factsheet::eval
