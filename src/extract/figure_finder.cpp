// FigureFinder core: dispatches a candidate to the reader of its kind of figure, reads a
// quantity, and attaches qualifier, change and span from the words around it.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"
#include "text/years.hpp"
#include "text/chars.hpp"

namespace factsheet::extract {

// Words between an age cue and a qualifier before it ("over the age of 65"): three.
constexpr int kAgeQualifierReach = 3;
// Digits in one group of a phone number ("020", "7946", "+44 20"): from two to five.
constexpr std::size_t kMinPhoneGroup = 2;
constexpr std::size_t kMaxPhoneGroup = 5;

using grammar::Quantity;
using namespace figure_helpers;

std::optional<Claim> FigureFinder::read(const Candidate& c, std::size_t& resume) {
  resume = c.end;
  if (c.type == Candidate::Type::excluded) return std::nullopt;
  if (auto name = read_name(c, resume)) return name;
  if (c.type == Candidate::Type::digits) {
    if (list_marker(s_, c.begin, c.end)) return std::nullopt;
    if (std::size_t phone_end = phone_number(c.begin)) {
      resume = phone_end;
      return std::nullopt;
    }
    bool extended = extend_left(c.begin) < c.begin;
    // A sign taken into the figure is checked too: "COVID -19".
    bool signed_only = extended && src_.text[c.begin - 1] == '-';
    auto cue = extended && !signed_only ? IdentifierCue::none : identifier_before(s_, c.begin, lex_);
    if (cue == IdentifierCue::attached) {
      resume = token_end(s_, c.begin);
      return std::nullopt;
    }
    // "Section 427", "Boeing 737", "version 7.60", "Table 3.2": identifiers are numbers
    // without units; "sector 1.2 percent" is a figure.
    if (cue == IdentifierCue::prefix) {
      auto q = grammar::parse_quantity(src_, c.begin, s_.end);
      if (!q || (plain(*q) && !q->number.grouped)) {
        resume = token_end(s_, c.begin);
        return std::nullopt;
      }
    }
    if (auto f = read_digit_fraction(c, resume)) return f;
    if (auto r = read_race_time(c, resume)) return r;
    if (auto d = read_date(c, resume)) return d;
    if (auto t = read_time(c, resume)) return t;
    if (auto code = read_code(c, resume)) return code;
  } else {
    if (auto t = read_word_clock(c, resume)) return t;
    if (auto o = read_spelled_ordinal(c, resume)) return o;
    if (auto o = read_compound_ordinal(c, resume)) return o;
    if (auto o = read_single_ordinal(c, resume)) return o;
    if (auto h = read_unit_and_half(c, resume)) return h;
    if (auto f = read_fraction(c, resume)) return f;
    if (auto v = read_vague(c, resume)) return v;
    if (auto m = read_multiple(c, resume)) return m;
  }
  return read_quantity(c, resume);
}

// "0800 123 4567", "+44 20 7946 0958", "(020) 7946 0958": a number written in spaced digit
// groups that opens with a trunk "0" or an international "+" is a phone number. Returns the
// end of the last group, or 0.
std::size_t FigureFinder::phone_number(std::size_t begin) const {
  std::string_view text = src_.text;
  std::size_t p = begin;
  bool opener = text[p] == '0';
  if (p > s_.begin && (text[p - 1] == '+' || text[p - 1] == '(')) opener = true;
  if (!opener) return 0;
  int groups = 0;
  std::size_t end = p;
  while (p < s_.end && is_digit(text[p])) {
    std::size_t e = p;
    while (e < s_.end && is_digit(text[e])) ++e;
    if (e - p < kMinPhoneGroup || e - p > kMaxPhoneGroup) break;
    ++groups;
    end = e;
    if (e < s_.end && text[e] == ')') ++e;
    if (e + 1 >= s_.end || (text[e] != ' ' && text[e] != '-') || !is_digit(text[e + 1])) break;
    p = e + 1;
  }
  return groups >= 3 ? end : 0;
}

std::size_t FigureFinder::extend_left(std::size_t pos) const {
  std::string_view text = src_.text;
  auto sign_before = [&](std::size_t p) {
    if (p > s_.begin) {
      std::size_t dash = factsheet::text::length_before(text, p);
      bool minus = text[p - 1] == '+' || text[p - 1] == '-' || factsheet::text::dash_at(text, p - dash) == 3;
      if (minus) {
        std::size_t q = p - dash;
        if (q == s_.begin || text[q - 1] == ' ' || text[q - 1] == '(' || text[q - 1] == '$') return q;
      }
    }
    if (auto w = word_before(text, p, s_.begin)) {
      if (lex_.context().has_role(w->view(text), SyntaxRole::negative)) return w->begin;
    }
    return p;
  };
  std::size_t p = pos;
  // ".005 per cent": a decimal point with no digit before it.
  if (p > s_.begin && text[p - 1] == '.' && (p - 1 == s_.begin || !is_digit(text[p - 2]))) --p;
  // "minus-3 metres"
  if (p > s_.begin + 1 && text[p - 1] == '-' && is_alpha(text[p - 2])) {
    if (auto w = word_before(text, p - 1, s_.begin)) {
      if (lex_.context().has_role(w->view(text), SyntaxRole::negative)) return w->begin;
    }
  }
  p = sign_before(p);
  // "3 CAD 3 cents": a currency that the previous figure ends with is not this one's prefix.
  if (auto m = lex_.currencies().ending_at(text, p, 2);
      m && m->first >= s_.begin && m->first >= prev_end_ && lex_.currency(m->second.id).prefix) {
    std::size_t cur_end = m->first + m->second.length;
    bool touches = cur_end == p;
    if (touches || lex_.currency(m->second.id).code.size() > 0) p = sign_before(m->first);
  }
  return p;
}

std::optional<Claim> FigureFinder::read_quantity(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  std::size_t start = extend_left(c.begin);
  auto q1 = grammar::parse_quantity(src_, start, s_.end);
  // "the Australian dollar 0.7% higher": a currency name before a figure that has a unit of
  // its own names what the figure measures; "Australian dollars 648m" is the amount's currency.
  if (q1 && start != c.begin && q1->currency_before && q1->currency) {
    std::string_view name = text.substr(q1->currency->begin, q1->currency->end - q1->currency->begin);
    bool words = name.find(' ') != std::string_view::npos &&
                 name.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ") == std::string_view::npos;
    std::size_t after = q1->scale_word ? q1->scale_word->end : q1->number.end;
    if (words && (lex_.units().longest(text, after) || lex_.units().longest(text, skip_spaces(text, after, s_.end))))
      q1.reset();
  }
  if ((!q1 || q1->end <= c.begin) && start != c.begin) q1 = grammar::parse_quantity(src_, c.begin, s_.end);
  if (!q1 || q1->end <= c.begin) return std::nullopt;
  if (auto decade = read_decade(*q1, resume)) return decade;
  if (auto mark = mark_unit(*q1)) {
    Claim claim;
    set_unit(claim, *mark->first);
    claim.value = q1->value();
    std::size_t end = mark->second;
    attach_context(claim, q1->begin, end, q1->sign);
    resume = end;
    return claim;
  }
  if (auto cents = cents_mark(*q1)) {
    Claim claim = *cents;
    std::size_t end = q1->number.end + 1;
    attach_context(claim, q1->begin, end, q1->sign);
    resume = end;
    return claim;
  }
  {
    Claim span;
    if (auto end = short_year_span(*q1, span)) {
      attach_context(span, q1->begin, *end, q1->sign);
      resume = *end;
      return span;
    }
  }
  // A number that runs on into letters or dotted digits is a code: "5G", "3D", "3.5.1".
  std::size_t e = q1->end;
  if (e < s_.end) {
    char n = text[e];
    bool dotted = (n == '.' || n == ':' || n == '/' || n == ',') && e + 1 < s_.end && is_digit(text[e + 1]);
    if (is_alpha(n) || is_digit(n) || dotted || n == '_') {
      resume = token_end(s_, c.begin);
      return std::nullopt;
    }
  }
  Claim claim;
  bool score = false;
  std::size_t end = q1->end;
  if (auto second_end = read_second(*q1, claim, score)) {
    end = *second_end;
    if (score) {
      resume = end;
      return std::nullopt;
    }
  } else {
    if (!fill_with_noun(*q1, claim, end)) {
      resume = q1->end;
      return std::nullopt;
    }
  }
  attach_context(claim, q1->begin, end, q1->sign);
  resume = end;
  return claim;
}

bool FigureFinder::title_case_unit(const Quantity& q, std::string_view surface) const {
  if (surface.size() < 4 || !(text::is_upper(surface[0]))) return false;
  for (std::size_t i = 1; i < surface.size(); ++i)
    if (!(text::is_lower(surface[i])) && surface[i] != ' ') return false;
  if (!word_before(src_.text, q.begin, s_.begin)) return false;  // a sentence opens in capitals
  // A spelled unit name apart from the number ("21 Grams"), not an abbreviation ("14Mbps").
  if (q.unit->begin == q.number.end) return false;
  return lower_ascii(surface).starts_with(lower_ascii(lex_.unit(q.unit->id).name));
}

bool FigureFinder::fill_single(const Quantity& q, Claim& claim, std::size_t& end) {
  end = q.end;
  std::string_view text = src_.text;
  if (q.ordinal) {
    claim.kind = Kind::ordinal;
    claim.value = q.number.value;
    // "75th anniversary": the ordinal's noun is part of the span.
    if (auto w = word_after(text, end, s_.end); w && is_content_word(w->view(text), lex_)) end = w->end;
    return true;
  }
  if (money_reading(q)) {
    double factor = 1;
    set_currency(claim, q, factor);
    // "70p": 70 / 100 is 0.7 exactly as a double, 70 * 0.01 is not.
    double per_major = factor > 0 && factor < 1 ? std::round(1 / factor) : 0;
    claim.value = per_major > 1 && std::fabs(per_major * factor - 1) < 1e-12 ? q.value() / per_major : q.value() * factor;
    std::string per;
    std::string per_name;
    if (q.per_unit) {
      per = lex_.unit(q.per_unit->id).symbol;
      per_name = lex_.unit(q.per_unit->id).name;
    } else if (q.per_noun_end) {
      per = factsheet::text::lemmatize_noun(text.substr(q.per_noun_begin, *q.per_noun_end - q.per_noun_begin),
                                 lex_.lemma_rules());
      per_name = per;
    }
    if (!per.empty()) {
      claim.unit = *claim.unit + "/" + per;
      claim.unit_name = *claim.unit_name + " per " + per_name;
    }
    return true;
  }
  if (q.currency || q.unit) {
    // A currency word read as a weight ("208 pounds") or a plain unit.
    const Unit* u = nullptr;
    if (q.unit) {
      u = &lex_.unit(q.unit->id);
      std::string_view surface = text.substr(q.unit->begin, q.unit->end - q.unit->begin);
      // The cue nearest after the figure decides ("-273.15° on the Celsius scale, -459.67° on
      // the Fahrenheit scale"), else the first in the sentence ("capacitor rated 2.5 F").
      const Unit* other = lex_.unit_sense(surface, text.substr(q.end, s_.end - q.end));
      if (!other) other = lex_.unit_sense(surface, text.substr(s_.begin, s_.end - s_.begin));
      if (other) u = other;
      // "the film 21 Grams", "the show 60 Minutes": a unit name in title case inside a
      // sentence names a work; symbols keep their capitals ("8 Mbit", "5 GB").
      if (title_case_unit(q, surface)) {
        claim.kind = Kind::other;
        claim.value = q.number.value;
        return true;
      }
    } else if (auto m = lex_.units().longest(text, q.currency->begin)) {
      u = &lex_.unit(m->id);
      end = std::max(end, q.currency->begin + m->length);
    }
    if (!u) return false;
    set_unit(claim, *u);
    claim.value = q.value();
    // "aged 45 years" and "X years old" are ages.
    if (u->kind == Kind::duration && age_cue_before(q.begin)) claim.kind = Kind::age;
    // "the 1990s": a decade, not seconds ("almost 10secs" is seconds).
    if (u->symbol == "s" && q.unit && q.unit->begin == q.number.end && q.unit->end == q.unit->begin + 1 &&
        (q.number.digits == 4 || q.number.digits == 2) && std::fmod(q.number.value, 10) == 0) {
      claim = Claim{};
      claim.kind = Kind::year;
      claim.value = q.number.value;
      return true;
    }
    append_per_unit(claim, q);
    return true;
  }
  if (letter_unit(q, claim, end)) return true;
  if (length_reading(q)) {
    if (const Unit* m = lex_.unit_by_symbol(lex_.scale(q.scale_word->id).length_unit)) set_unit(claim, *m);
    claim.value = (q.sign < 0 ? -1 : 1) * q.number.value;
    append_per_unit(claim, q);  // "17m per second"
    return true;
  }
  claim.value = q.value();
  // "in '93", "the class of ’08": an apostrophe and two digits are a year (text/years.hpp).
  if (abbreviated_year(q)) {
    claim.kind = Kind::year;
    claim.value = static_cast<double>(text::expand_two_digit_year(static_cast<int>(q.number.value)));
    return true;
  }
  // Four digits without a separator are a year ("in 2022", "Keytruda's 2018 sales"): news
  // style writes counts from 1,000 up with a comma. A qualifier makes it a count again
  // ("about 2000 people"), but not before a possessive or where no noun follows: "well
  // above 2004's average", "until at least 2008, helped by", "over 2005 as a whole".
  if (year_like(q) && (!qualifier_before(s_, q.begin, lex_) || year_after_qualifier(q)) && !dimension_part(q)) {
    claim.kind = Kind::year;
    return true;
  }
  if (age_cue_before(q.begin) && !q.number.words) {
    claim.kind = Kind::age;
    // "over the age of 65": the qualifier stands before the cue.
    std::size_t p = q.begin;
    for (int i = 0; i < kAgeQualifierReach; ++i)
      if (auto w = word_before(text, p, s_.begin)) p = w->begin;
    if (auto qb = qualifier_before(s_, p, lex_)) claim.qualifier = qb->qualifier;
    if (const Unit* y = lex_.unit_by_symbol(kYearUnit)) {
      claim.unit = y->symbol;
      claim.unit_name = "year of age";
    }
    return true;
  }
  claim.kind = Kind::count;
  return true;
}

// A race distance written as the athletics report writes it: digits and "m" ("800m",
// "5,000m"), one of kRaceMetres.
bool FigureFinder::race_distance(const Claim& claim, std::size_t begin, std::size_t end) const {
  const double* v = std::get_if<double>(&claim.value);
  if (!v || !claim.unit || *claim.unit != "m" || end <= begin + 1 || src_.text[end - 1] != 'm' ||
      !is_digit(src_.text[end - 2]))
    return false;
  return figure_helpers::race_metres(*v);
}

void FigureFinder::attach_context(Claim& claim, std::size_t begin, std::size_t& end, int sign) {
  std::size_t span_begin = begin;
  auto qb = qualifier_before(s_, begin, lex_);
  // "around the 95% mark", "above the $50 mark", "topped the 100,000 mark": a figure named as
  // a threshold takes the qualifier before its "the".
  if (!qb) {
    auto the = word_before(src_.text, begin, s_.begin);
    auto noun = word_after(src_.text, end, s_.end);
    if (the && noun && lex_.context().has_role(the->view(src_.text), SyntaxRole::definite) &&
        skip_spaces_back(src_.text, begin, s_.begin) == the->end &&
        lex_.context().has_role(lower_ascii(noun->view(src_.text)), SyntaxRole::threshold_noun))
      qb = qualifier_before(s_, the->begin, lex_);
  }
  // "$1.9tn over ten years", "rose 5% over five years": right after another figure and
  // before a duration, "over" is the preposition of a period, not "more than" ("436
  // properties over £1m" keeps it).
  if (qb && claim.kind == Kind::duration && prev_end_ > s_.begin &&
      skip_spaces_back(src_.text, qb->begin, s_.begin) == prev_end_ &&
      lex_.context().has_role(src_.text.substr(qb->begin, qb->end - qb->begin), SyntaxRole::excess))
    qb.reset();
  // "third fastest over 800m", "the British record over 60m hurdles": in an article that
  // writes distances as "800m", "over" before a standard race distance names the race, not a
  // bound ("over 8m" in the long jump stays one).
  if (qb && claim.kind == Kind::measure && metres_article_ && race_distance(claim, begin, end) &&
      lower_ascii(src_.text.substr(qb->begin, qb->end - qb->begin)) == "over")
    qb.reset();
  // "from up to 300 miles to 340 miles": a bound after "from" is the first end's own, which
  // the span from one end to the other does not share ("from about 20 to 30" is about both).
  if (qb && claim.is_range() && qb->qualifier != Qualifier::approx && qb->qualifier != Qualifier::eq &&
      word_before_is(s_, qb->begin, lex_, SyntaxRole::range_from))
    qb.reset();
  // "well above 2004's average", "lower than 2003's $1.2bn loss": a year in the possessive
  // determines the noun after it, which is what is compared; "optimistic about 2005",
  // "over 2005 as a whole": "about" and "over" before a year are its prepositions.
  if (qb && claim.kind == Kind::year) {
    std::string_view rest = src_.text.substr(end, std::min<std::size_t>(4, s_.end - end));
    bool possessive = rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s");
    std::string word = lower_ascii(src_.text.substr(qb->begin, qb->end - qb->begin));
    if (possessive || word == "about" || word == "over") qb.reset();
  }
  // "sent over one radio frequency band", "under one manager", "over one of the": before the
  // single "one" of a count, "over" and "under" are prepositions ("over one million" and
  // "over one third" are other figures; "about one MP3 file" may be an approximation).
  if (qb && (qb->qualifier == Qualifier::gt || qb->qualifier == Qualifier::lt) &&
      (claim.kind == Kind::count || claim.kind == Kind::other) && std::holds_alternative<double>(claim.value) &&
      std::get<double>(claim.value) == 1 && !claim.is_range() &&
      lex_.context().has_role(src_.text.substr(qb->begin, qb->end - qb->begin), SyntaxRole::preposition)) {
    auto w = word_after(src_.text, qb->end, s_.end);
    if (w && lower_ascii(w->view(src_.text)) == "one") qb.reset();
  }
  if (qb) {
    claim.qualifier = qb->qualifier;
    span_begin = qb->begin;
  }
  if (auto qa = qualifier_after(s_, end, lex_)) {
    if (claim.qualifier == Qualifier::eq) claim.qualifier = qa->qualifier;
    end = qa->end;
  }
  if (sign > 0) {
    claim.change = Change::up;
  } else if (sign < 0 && claim.kind == Kind::percent) {
    claim.change = Change::down;
  } else {
    claim.change = change_before(s_, span_begin, lex_, claim.kind == Kind::percent);
    // "its 2005 growth forecast", "the 19th consecutive expansion", "its biggest one-day fall":
    // a change noun after a time or a rank is not the size of that change.
    bool sized = claim.kind != Kind::year && claim.kind != Kind::date && claim.kind != Kind::time &&
                 claim.kind != Kind::ordinal && claim.kind != Kind::duration && claim.kind != Kind::age;
    if (claim.change == Change::none && sized) claim.change = change_after(s_, span_begin, end, lex_);
  }
  // "lost three times to Roddick", "eight times earnings": occasions and multiples are not the
  // size of a change ("rose four-fold" and "grew tenfold" are: a syntax.tsv multiple word in
  // the span, or written onto the number).
  if (claim.kind == Kind::count && claim.unit && *claim.unit == kTimesUnit) {
    std::string_view span = src_.text.substr(span_begin, end - span_begin);
    if (!span_has_role(span, lex_, SyntaxRole::multiple) && !lower_ascii(span).ends_with("fold"))
      claim.change = Change::none;
  }
  // "just under 335 hp (250 kW)", "down 31.2 points, or 0.4%": the same quantity restated
  // keeps the qualifier and direction of the first statement.
  if (restates_previous(span_begin)) {
    // "under three-quarters of respondents (73%)": the percentage is the exact figure.
    bool exact_share = prev_kind_ == Kind::ratio && claim.kind == Kind::percent;
    if (claim.qualifier == Qualifier::eq && !exact_share) claim.qualifier = prev_qualifier_;
    if (claim.change == Change::none) claim.change = prev_change_;
  }
  claim.start = span_begin;
  claim.end = end;
  prev_end_ = end;
  prev_change_ = claim.change;
  prev_qualifier_ = claim.qualifier;
  prev_kind_ = claim.kind;
  prev_unit_ = claim.unit;
}

// True when the figure at `begin` restates the previous one: ", or 0.6%", " (224 kW",
// " / 150 PS" right after it.
bool FigureFinder::restates_previous(std::size_t begin) const {
  if (prev_end_ <= s_.begin) return false;
  std::string_view text = src_.text;
  std::size_t p = skip_spaces_back(text, begin, s_.begin);
  if (auto w = word_before(text, p, s_.begin); w && w->end == p && lex_.context().has_role(w->view(text), SyntaxRole::alternative)) {
    p = skip_spaces_back(text, w->begin, s_.begin);
    if (p > s_.begin && text[p - 1] == ',') p = skip_spaces_back(text, p - 1, s_.begin);
    return p == prev_end_;
  }
  if (p > s_.begin && (text[p - 1] == '(' || text[p - 1] == '/'))
    return skip_spaces_back(text, p - 1, s_.begin) == prev_end_;
  return false;
}

}  // namespace factsheet::extract
