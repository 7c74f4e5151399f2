#include "extract/figure_finder.hpp"

#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {
namespace {

using grammar::Quantity;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

// ISO-like date as in the annotation guidelines: "2024-05-20", "--05-20", "2023-05", "--07".
std::string iso_date(int year, int month, int day) {
  char buf[32];
  if (year && month && day) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  else if (year && month) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else if (month && day) std::snprintf(buf, sizeof buf, "--%02d-%02d", month, day);
  else std::snprintf(buf, sizeof buf, "--%02d", month);
  return buf;
}

bool plain(const Quantity& q) { return !q.currency && !q.unit && q.scale == 1 && !q.ordinal; }
bool integral(double v) { return std::floor(v) == v; }

bool year_like(const Quantity& q) {
  const auto& n = q.number;
  return plain(q) && !n.words && n.digits == 4 && !n.grouped && n.decimals == 0 && q.sign == 0 &&
         n.value >= 1000 && n.value <= 2200;
}

// Same unit or currency (or none on one side, which the other then lends).
// A percentage or points: the size of a change that a transitive verb takes without "by".
bool relative_unit(const Lexicon& lex, const Quantity& q) {
  return q.unit && lex.unit(q.unit->id).kind == Kind::percent;
}

bool compatible(const Lexicon& lex, const Quantity& a, const Quantity& b) {
  if (a.currency && b.currency && lex.currency(a.currency->id).code != lex.currency(b.currency->id).code)
    return false;
  if (a.unit && b.unit && lex.unit(a.unit->id).symbol != lex.unit(b.unit->id).symbol) return false;
  if ((a.currency && b.unit) || (a.unit && b.currency)) return false;
  return true;
}

}  // namespace

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
    // "Section 427", "Boeing 737": identifiers are whole numbers without units;
    // "sector 0.68 percent" is a figure.
    if (cue == IdentifierCue::prefix) {
      auto q = grammar::parse_quantity(src_, c.begin, s_.end);
      if (!q || (plain(*q) && q->number.decimals == 0 && !q->number.grouped)) {
        resume = token_end(s_, c.begin);
        return std::nullopt;
      }
    }
    if (auto f = read_digit_fraction(c, resume)) return f;
    if (auto d = read_date(c, resume)) return d;
    if (auto t = read_time(c, resume)) return t;
  } else {
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
    if (e - p < 2 || e - p > 5) break;
    ++groups;
    end = e;
    if (e < s_.end && text[e] == ')') ++e;
    if (e + 1 >= s_.end || (text[e] != ' ' && text[e] != '-') || !is_digit(text[e + 1])) break;
    p = e + 1;
  }
  return groups >= 3 ? end : 0;
}

bool FigureFinder::abbreviated_year(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.words || n.decimals || n.grouped || n.digits != 2 || q.unit || q.currency || q.scale != 1) return false;
  std::size_t b = q.begin;
  std::size_t mark = 0;
  if (b > s_.begin && text[b - 1] == '\'') mark = 1;
  else if (b >= s_.begin + 3 && text.substr(b - 3, 3) == "\xE2\x80\x99") mark = 3;
  if (mark == 0) return false;
  // Not inside a word ("rock'n'roll 99") and not a decade ("the '80s", read before).
  if (b - mark > s_.begin && (is_alpha(text[b - mark - 1]) || is_digit(text[b - mark - 1]))) return false;
  return !(q.end < s_.end && (is_alpha(text[q.end]) || is_digit(text[q.end])));
}

// "2732 x 2048 pixels", "1920×1080": one side of a dimension, never a year.
bool FigureFinder::dimension_part(const Quantity& q) const {
  std::string_view text = src_.text;
  auto times_at = [&](std::size_t p) -> std::size_t {  // length of an "x" or "×" at p
    if (p < s_.end && (text[p] == 'x' || text[p] == 'X')) return 1;
    if (text.substr(p, 2) == "\xC3\x97") return 2;
    return 0;
  };
  std::size_t a = skip_spaces(text, q.end, s_.end);
  if (std::size_t n = times_at(a); n && a + n < s_.end && is_digit(text[skip_spaces(text, a + n, s_.end)])) return true;
  std::size_t b = skip_spaces_back(text, q.begin, s_.begin);
  for (std::size_t n : {std::size_t{1}, std::size_t{2}}) {
    if (b < s_.begin + n || times_at(b - n) != n) continue;
    std::size_t d = skip_spaces_back(text, b - n, s_.begin);
    if (d > s_.begin && is_digit(text[d - 1])) return true;
  }
  return false;
}

// ---- fixed names -------------------------------------------------------------------
std::optional<Claim> FigureFinder::read_name(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  // Names may start up to three tokens before the number ("S&P 500", "BBC Radio 5 Live").
  // A token longer than any name cannot start one, so the look-back into a run without
  // spaces ("1,2,3,...") is bounded, which keeps a run of numbers linear.
  std::size_t starts[4] = {c.begin, c.begin, c.begin, c.begin};
  const std::size_t reach = lex_.names().max_span();
  std::size_t p = c.begin;
  for (int i = 1; i < 4; ++i) {
    p = skip_spaces_back(text, p, s_.begin);
    std::size_t token_end = p;
    while (p > s_.begin && token_end - p <= reach && text[p - 1] != ' ' && text[p - 1] != '\t' &&
           text[p - 1] != '(')
      --p;
    if (token_end - p > reach) {
      for (int j = i; j < 4; ++j) starts[j] = starts[i - 1];
      break;
    }
    starts[i] = p;
  }
  for (int i = 3; i >= 0; --i) {
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

// ---- dates and times --------------------------------------------------------------------
std::optional<Claim> FigureFinder::read_date(const Candidate& c, std::size_t& resume) {
  std::optional<grammar::Date> d;
  if (auto m = lex_.months().ending_at(src_.text, c.begin, 1); m && m->first >= s_.begin)
    d = grammar::parse_date(src_, m->first, s_.end);
  if (!d || d->end <= c.begin) d = grammar::parse_date(src_, c.begin, s_.end);
  if (!d || d->end <= c.begin) return std::nullopt;
  Claim claim;
  claim.kind = Kind::date;
  claim.start = d->begin;
  claim.end = d->end;
  std::string low = iso_date(d->year, d->month, d->day);
  if (d->day2) {
    std::string high = iso_date(d->year, d->month2 ? d->month2 : d->month, d->day2);
    claim.value = low + "/" + high;
    claim.low = low;
    claim.high = high;
  } else {
    claim.value = low;
  }
  resume = d->end;
  return claim;
}

std::optional<Claim> FigureFinder::read_time(const Candidate& c, std::size_t& resume) {
  auto t = grammar::parse_time(src_, c.begin, s_.end);
  if (!t) return std::nullopt;
  // "7:41.42" is a race time, "3:16" a verse or a score when more digits follow.
  std::string_view text = src_.text;
  if (t->end + 1 < s_.end && (text[t->end] == '.' || text[t->end] == ':' || text[t->end] == ',') &&
      is_digit(text[t->end + 1]))
    return std::nullopt;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t->hour % 25, t->minute % 60);
  Claim claim;
  claim.kind = Kind::time;
  claim.value = std::string(buf);
  claim.start = t->begin;
  claim.end = t->end;
  resume = t->end;
  return claim;
}

// ---- word forms: fractions, vague magnitudes, "twice" --------------------------------------
std::optional<Claim> FigureFinder::read_fraction(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  auto of = [&](std::size_t pos) {
    auto w = word_after(text, pos, s_.end);
    return w && lower(w->view(text)) == "of" ? std::optional<std::size_t>(w->end) : std::nullopt;
  };
  // "a quarter-point cut", "a half-percentage-point rise": a fraction of a percentage point.
  auto point_suffix = [&](std::size_t pos, double denominator) -> std::size_t {
    // "a quarter point" in words only for halves and quarters ("a third point" is an ordinal).
    bool spaced_point = denominator == 2 || denominator == 4;
    for (std::string_view suffix : {"-percentage-point", "-percentage point", " percentage point", "-point", " point"}) {
      if (suffix == " point" && !spaced_point) continue;
      if (pos + suffix.size() <= s_.end && lower(text.substr(pos, suffix.size())) == suffix) {
        std::size_t e = pos + suffix.size();
        if (e < s_.end && text[e] == 's') ++e;
        if (e >= s_.end || !is_alpha(text[e])) return e;
      }
    }
    return 0;
  };
  // "fell by a third", "cut by half": the share is the size of a change ("by half-time"
  // is not).
  auto change_amount = [&](std::size_t begin, std::size_t end) {
    std::size_t p = begin;
    if (auto q = qualifier_before(s_, p, lex_)) p = q->begin;
    return word_before_is(s_, p, "by") && (end >= s_.end || text[end] != '-');
  };
  double part = 0, whole = 0;
  std::size_t begin = c.begin, end = 0;
  if (lower(text.substr(c.begin, c.end - c.begin)) == "half") {
    // "the second half of the year" is a period, not a share.
    auto det = word_before(text, c.begin, s_.begin);
    std::string d = det ? lower(det->view(text)) : "";
    if (d == "the" || d == "first" || d == "second" || d == "latter" || d == "last") return std::nullopt;
    if (!of(c.end) && !point_suffix(c.end, 2) && !change_amount(c.begin, c.end)) return std::nullopt;
    part = 1;
    whole = 2;
    end = c.end;
  } else {
    auto f = grammar::parse_fraction(src_, c.begin, s_.end);
    if (!f) return std::nullopt;
    bool hyphenated = text.substr(f->begin, f->end - f->begin).find('-') != std::string_view::npos;
    // "a third cross-border railway" is an ordinal; a fraction needs "of", a hyphenated
    // plural, a point suffix or a change to measure.
    // "three quarter-point rises" are three rises of a quarter point.
    bool spaced = text.substr(f->begin, f->end - f->begin).find(' ') != std::string_view::npos &&
                  f->numerator > 1;
    bool point = point_suffix(f->end, f->denominator) && !spaced;
    if (!of(f->end) && !(hyphenated && f->numerator > 1) && !point && !change_amount(f->begin, f->end))
      return std::nullopt;
    if (spaced && point_suffix(f->end, f->denominator)) return std::nullopt;
    part = f->numerator;
    whole = f->denominator;
    begin = f->begin;
    end = f->end;
  }
  // "a quarter of a million homes", "three quarters of a billion dollars": a share of a
  // magnitude is a number.
  if (auto after_of = of(end)) {
    auto det = word_after(text, *after_of, s_.end);
    std::string d = det ? lower(det->view(text)) : "";
    auto scale_word = det && (d == "a" || d == "an") ? word_after(text, det->end, s_.end) : std::nullopt;
    auto sm = scale_word ? lex_.scales().longest(text, scale_word->begin) : std::nullopt;
    if (sm && scale_word->begin + sm->length == scale_word->end && lex_.scale(sm->id).multiplier >= 1000) {
      if (auto q = grammar::parse_quantity(src_, det->begin, s_.end); q && q->end > det->begin) {
        Claim claim;
        std::size_t q_end = q->end;
        if (fill_with_noun(*q, claim, q_end) && std::holds_alternative<double>(claim.value)) {
          claim.value = std::get<double>(claim.value) * part / whole;
          attach_context(claim, begin, q_end, 0);
          resume = q_end;
          return claim;
        }
      }
    }
  }
  if (std::size_t point_end = point_suffix(end, whole)) {
    Claim claim;
    if (const Unit* pp = lex_.unit_by_symbol("pp")) set_unit(claim, *pp);
    claim.value = round4(part / whole);
    attach_context(claim, begin, point_end, 0);
    resume = point_end;
    return claim;
  }
  Claim claim;
  claim.kind = Kind::ratio;
  claim.part = part;
  claim.whole = whole;
  claim.value = round4(part / whole);
  // "two-thirds of the students": the counted noun after "of (the)".
  if (auto after_of = of(end)) {
    std::size_t p = *after_of;
    if (auto the = word_after(text, p, s_.end); the && lower(the->view(text)) == "the") p = the->end;
    // A plural whole ("half of the students"), else a singular one ("a third of the
    // workforce"; "of the population lives" stops at the collective noun).
    auto noun = find_counted_noun(text, p, s_.end, lex_, false);
    if (!noun) noun = find_counted_noun(text, p, s_.end, lex_, true);
    if (noun) {
      // A number after the word means it was a premodifier ("of the combined 4.3M sales").
      if (std::size_t q = skip_spaces(text, noun->end, s_.end); q < s_.end && is_digit(text[q])) noun.reset();
    }
    if (noun) {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
      end = noun->end;
    }
  }
  attach_context(claim, c.begin, end, 0);
  resume = end;
  return claim;
}

std::optional<Claim> FigureFinder::read_vague(const Candidate& c, std::size_t& resume) {
  auto v = grammar::parse_vague(src_, c.begin, s_.end);
  if (!v) return std::nullopt;
  std::string_view text = src_.text;
  std::size_t end = v->end;
  auto of = word_after(text, end, s_.end);
  bool chained = text.substr(v->begin, v->end - v->begin).find(' ') != std::string_view::npos;
  // "tens" or "scores" alone are not magnitudes; "thousands of", "tens of millions" are.
  if ((!of || lower(of->view(text)) != "of") && !chained) {
    if (lower(text.substr(c.begin, c.end - c.begin)) == "tens" ||
        lower(text.substr(c.begin, c.end - c.begin)) == "scores")
      return std::nullopt;
  }
  Claim claim;
  claim.kind = Kind::count;
  claim.low = v->low;
  claim.high = v->high;
  if (of && lower(of->view(text)) == "of") {
    std::size_t p = skip_spaces(text, of->end, s_.end);
    auto cur = lex_.currencies().longest(text, p);
    auto unit = lex_.units().longest(text, p);
    if (cur && lex_.currency(cur->id).suffix && (!unit || cur->length >= unit->length)) {
      const Currency& cy = lex_.currency(cur->id);
      claim.kind = Kind::money;
      claim.unit = cy.code;
      claim.unit_name = cy.name;
      end = p + cur->length;
    } else if (unit && lex_.unit(unit->id).kind != Kind::percent) {
      set_unit(claim, lex_.unit(unit->id));
      end = p + unit->length;
    } else if (auto noun = find_counted_noun(text, of->end, s_.end, lex_, false)) {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
      end = noun->end;
    }
  }
  attach_context(claim, c.begin, end, 0);
  resume = end;
  return claim;
}

std::optional<Claim> FigureFinder::read_multiple(const Candidate& c, std::size_t& resume) {
  auto m = lex_.number_words().longest(src_.text, c.begin);
  if (!m || m->length != c.end - c.begin || lex_.number_word(m->id).cls != NumberClass::multiple)
    return std::nullopt;
  // "twice as loud", "twice the size" compare; "met twice" counts occasions.
  auto next = word_after(src_.text, c.end, s_.end);
  if (next) {
    std::string w = lower(next->view(src_.text));
    if (w == "as" || w == "the" || w == "that" || w == "a" || w == "an") return std::nullopt;
  }
  Claim claim;
  claim.kind = Kind::count;
  claim.value = lex_.number_word(m->id).value;
  claim.unit = "time";
  claim.unit_name = "time";
  std::size_t end = c.end;
  attach_context(claim, c.begin, end, 0);
  resume = end;
  return claim;
}

// ---- quantities ---------------------------------------------------------------------------
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
      std::string word = lower(w->view(text));
      if (word == "minus" || word == "negative") return w->begin;
    }
    return p;
  };
  std::size_t p = pos;
  // ".001 per cent": a decimal point with no digit before it.
  if (p > s_.begin && text[p - 1] == '.' && (p - 1 == s_.begin || !is_digit(text[p - 2]))) --p;
  // "minus-5 yards"
  if (p > s_.begin + 1 && text[p - 1] == '-' && is_alpha(text[p - 2])) {
    if (auto w = word_before(text, p - 1, s_.begin)) {
      std::string word = lower(w->view(text));
      if (word == "minus" || word == "negative") return w->begin;
    }
  }
  p = sign_before(p);
  if (auto m = lex_.currencies().ending_at(text, p, 2);
      m && m->first >= s_.begin && lex_.currency(m->second.id).prefix) {
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
  if ((!q1 || q1->end <= c.begin) && start != c.begin) q1 = grammar::parse_quantity(src_, c.begin, s_.end);
  if (!q1 || q1->end <= c.begin) return std::nullopt;
  if (auto decade = read_decade(*q1, resume)) return decade;
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

// "the 1990s", "the '80s": a decade, read as the range of its years.
std::optional<Claim> FigureFinder::read_decade(const Quantity& q, std::size_t& resume) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  std::size_t e = n.end;
  bool plural_s = e < s_.end && text[e] == 's' && (e + 1 >= s_.end || !is_alpha(text[e + 1]));
  if (!plural_s || n.words || n.grouped || n.decimals || q.currency || std::fmod(n.value, 10) != 0)
    return std::nullopt;
  double first = n.value;
  if (n.digits == 2 && q.begin > s_.begin && (text[q.begin - 1] == '\'' || text.substr(0, q.begin).ends_with("\xE2\x80\x99")))
    first += 1900;
  else if (n.digits != 4 || first < 1000 || first > 2200)
    return std::nullopt;
  Claim claim;
  claim.kind = Kind::year;
  claim.low = first;
  claim.high = first + 9;
  claim.start = n.begin;
  claim.end = e + 1;
  resume = claim.end;
  return claim;
}

std::optional<std::size_t> FigureFinder::read_second(const Quantity& q1, Claim& claim, bool& score) {
  auto conn = grammar::parse_connector(src_, q1.end, s_.end);
  if (!conn) return std::nullopt;
  using grammar::Connector;
  Connector kind = conn->first;
  std::size_t begin = q1.begin;
  switch (kind) {
    case Connector::and_:
      if (!word_before_is(s_, begin, "between")) return std::nullopt;
      break;
    case Connector::to:
      // "rose 5% to 6%" and "up 19 cents to $58" give a change and a level; "rose 5 to 6
      // percent" and "from 5 to 6" are ranges. "declined by 13,000 to 218,000": after "by",
      // a second number far larger than the first is the level ("dropped by 1 to 1.5
      // degrees" is a range).
      if (word_before_is(s_, begin, "by") && change_before(s_, begin, lex_) != Change::none) {
        auto level = grammar::parse_quantity(src_, conn->second, s_.end);
        if (level && level->value() > 4 * q1.value()) return std::nullopt;
      }
      // "lifted rates 0.25% to 5.5%": a transitive change verb takes a percentage without "by".
      if ((q1.unit || q1.currency) && !word_before_is(s_, begin, "from") &&
          (change_before(s_, begin, lex_, relative_unit(lex_, q1)) != Change::none || change_word_before(s_, begin, lex_)))
        return std::nullopt;
      break;
    default:
      break;
  }
  auto q2 = grammar::parse_quantity(src_, conn->second, s_.end);
  if (!q2 || q1.ordinal || q2->ordinal) return std::nullopt;
  if (q2->end < s_.end && (is_alpha(src_.text[q2->end]) || is_digit(src_.text[q2->end]))) return std::nullopt;

  if (kind == Connector::out_of || kind == Connector::of || kind == Connector::in) {
    if (!plain(q1) || !plain(*q2) || !integral(q1.number.value) || !integral(q2->number.value)) return std::nullopt;
    double part = q1.number.value, whole = q2->number.value;
    if (part > whole || whole == 0 || year_like(*q2)) return std::nullopt;
    if (kind == Connector::of && part == whole) return std::nullopt;
    if (kind == Connector::in && (part > 10 || whole > 1000000)) return std::nullopt;
    claim.kind = Kind::ratio;
    claim.part = part;
    claim.whole = whole;
    claim.value = round4(part / whole);
    std::size_t end = q2->end;
    if (auto noun = find_counted_noun(src_.text, end, s_.end, lex_, whole == 1)) {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
      end = noun->end;
    }
    return end;
  }

  // A range: dash, "to", "between .. and", "or".
  if (kind == Connector::or_ && (q1.number.value >= q2->number.value || q2->number.value > 1000))
    return std::nullopt;
  // "a vote of 218 to 212": a falling "to" pair of plain numbers is a tally, not a range
  // ("from 90 to 53" is a span).
  if (kind == Connector::to && plain(q1) && plain(*q2) && q1.value() > q2->value() && !word_before_is(s_, begin, "from"))
    return std::nullopt;
  // Phone numbers and codes: "650-333-6555", "1545-0008".
  if (q2->number.leading_zero ||
      (q2->end + 1 < s_.end && src_.text[q2->end] == '-' && is_digit(src_.text[q2->end + 1]))) {
    score = true;
    return token_end(s_, q2->end);
  }
  // "2012-13", "2000-1" (the year after, in one digit), "1999-2000".
  bool next_digit = q2->number.digits == 1 && std::fmod(q1.number.value + 1, 10) == q2->number.value;
  if (year_like(q1) && plain(*q2) && !q2->number.words &&
      ((year_like(*q2) && q2->number.value > q1.number.value) ||
       (kind == Connector::dash && (q2->number.digits == 2 || next_digit) && !q2->number.grouped &&
        q2->number.decimals == 0))) {
    claim.kind = Kind::year;
    claim.low = q1.number.value;
    double high = q2->number.value;
    if (q2->number.digits == 2) high += std::floor(q1.number.value / 100) * 100;
    if (next_digit) high = q1.number.value + 1;
    claim.high = high;
    return q2->end;
  }
  // "from 2008 to 29 mpg": a year does not open a range of other things.
  if (year_like(q1) || !compatible(lex_, q1, *q2)) return std::nullopt;
  if (kind == Connector::dash && plain(q1) && plain(*q2) && !q1.number.words && q1.number.decimals == 0 &&
      q2->number.decimals == 0 && q1.number.value <= 200 && q2->number.value <= 200) {
    // "2-1", "a 3-0 win": a score unless a counted noun follows ("5-6 people").
    auto cls = class_of_word_after(s_, q2->end, lex_);
    bool noun = find_counted_noun(src_.text, q2->end, s_.end, lex_, false).has_value();
    if ((cls && *cls == WordClass::score_noun) || !noun) {
      if (!age_cue_before(begin)) {
        score = true;
        return q2->end;
      }
    }
  }
  // Carry unit, currency and scale across the range: "5-6 million", "$10-20", "15-20 usd".
  Quantity a = q1, b = *q2;
  if (!a.currency && b.currency) a.currency = b.currency;
  if (a.currency && !b.currency) b.currency = a.currency;
  if (!a.unit && b.unit) a.unit = b.unit;
  if (a.unit && !b.unit) b.unit = a.unit;
  if (a.scale == 1 && b.scale > 1 && a.number.value <= b.number.value) {
    a.scale = b.scale;
    a.scale_word = b.scale_word;
  }
  Claim lo, hi;
  std::size_t end = b.end, lo_end = a.end;
  if (!fill_with_noun(b, hi, end)) return std::nullopt;
  if (!fill_single(a, lo, lo_end)) lo.value = a.value();
  claim.kind = hi.kind;
  claim.unit = hi.unit;
  claim.unit_name = hi.unit_name;
  claim.low = std::holds_alternative<double>(lo.value) ? lo.value : Value(a.value());
  claim.high = hi.value;
  // "aged 18 to 24"
  if (claim.kind == Kind::count && !claim.unit && age_cue_before(begin)) {
    claim.kind = Kind::age;
    claim.unit = "year";
    claim.unit_name = "year of age";
  }
  return end;
}

// ---- one quantity: kind, value, unit ----------------------------------------------------------
bool FigureFinder::money_reading(const Quantity& q) const {
  if (!q.currency) return false;
  if (q.currency_before) return true;
  // "Burnout 3 won three awards": a currency that is also a verb, after a plain number that
  // follows a name, is that verb; "500 billion won" and "3,000 won" are money.
  std::string_view text = src_.text;
  if (!q.number.decimals && !q.number.grouped && q.scale == 1 &&
      lex_.classify_word(lower(text.substr(q.currency->begin, q.currency->end - q.currency->begin))) ==
          WordClass::verb) {
    auto name = word_before(text, q.begin, s_.begin);
    if (name && name->end + 1 == q.begin && is_capitalized(name->view(text))) return false;
  }
  // "pounds", "won": also ordinary words or weights; scaled or priced forms are money.
  auto unit = lex_.units().longest(text, q.currency->begin);
  // "7.5 million pounds of thrust": a longer unit phrase is a measure.
  if (unit && q.currency->begin + unit->length > q.currency->end) return false;
  bool also_unit = unit && q.currency->begin + unit->length == q.currency->end;
  if (!also_unit) return true;
  return q.scale > 1 || q.number.has_scale_word || q.number.decimals == 2;
}

bool FigureFinder::metre_reading(const Quantity& q) const {
  if (!q.scale_word || !lex_.scale(q.scale_word->id).ambiguous || q.currency) return false;
  auto after = class_of_word_after(s_, q.end, lex_);
  if (after && *after == WordClass::length_cue) return true;
  // "17m per second", "426m per minute": a speed; "5m a year" or "per day" is an amount.
  if (q.per_unit) {
    const std::string& per = lex_.unit(q.per_unit->id).symbol;
    if (per == "s" || per == "min" || per == "h") return true;
  }
  // "a throw of 15.27m", "the men's 1500m": a length cue before.
  std::string_view text = src_.text;
  std::size_t p = q.begin;
  if (auto of = word_before(text, p, s_.begin); of && lower(of->view(text)) == "of") p = of->begin;
  if (auto before = class_of_word_before(s_, p, lex_); before && *before == WordClass::length_cue) return true;
  // "no representative in the 800m.", "the 800m and 1500m": "the" with nothing after to
  // count names a distance; an amount of money would bring its currency or a noun.
  if (word_before_is(s_, q.begin, "the")) {
    auto next = word_after(text, q.end, s_.end);
    bool nothing_counted = !next || skip_spaces(text, q.end, s_.end) != next->begin;
    if (next && !nothing_counted) {
      auto cls = lex_.classify_word(lower(next->view(text)));
      nothing_counted = cls && *cls == WordClass::function;
    }
    if (nothing_counted) return true;
  }
  // "37m (121ft)": a conversion in brackets shares the dimension.
  p = skip_spaces(text, q.end, s_.end);
  if (p < s_.end && text[p] == '(') {
    auto inner = grammar::parse_quantity(src_, p + 1, s_.end);
    if (inner && inner->unit && lex_.unit(inner->unit->id).dimension == "length") return true;
  }
  return false;
}

void FigureFinder::set_unit(Claim& claim, const Unit& u) const {
  claim.kind = u.kind;
  claim.unit = u.symbol;
  claim.unit_name = u.name;
}

// "$58 per barrel" has its money unit; a measure's "per second" makes "m/s".
void FigureFinder::append_per_unit(Claim& claim, const Quantity& q) const {
  if (!q.per_unit || !claim.unit || !claim.unit_name) return;
  const Unit& per = lex_.unit(q.per_unit->id);
  claim.unit = *claim.unit + "/" + per.symbol;
  claim.unit_name = *claim.unit_name + " per " + per.name;
}

void FigureFinder::set_currency(Claim& claim, const Quantity& q, double& factor) const {
  const Currency& c = lex_.currency(q.currency->id);
  // Minor units are reported in the major unit: "19 cents" -> 0.19 USD.
  factor = c.factor;
  claim.kind = Kind::money;
  claim.unit = c.code;
  claim.unit_name = c.factor == 1 ? c.name : (lex_.currency_by_code(c.code) ? lex_.currency_by_code(c.code)->name : c.name);
  if (const Currency* other = currency_from_place(q); other) {
    claim.unit = other->code;
    claim.unit_name = other->name;
  }
}

// A symbol several currencies share is read as the one whose country the sentence names,
// when it names that country and none of the default's: "China's ... ¥5bn" is yuan.
const Currency* FigureFinder::currency_from_place(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto* places = lex_.currency_places(text.substr(q.currency->begin, q.currency->end - q.currency->begin));
  if (!places || lex_.currency(q.currency->id).factor != 1) return nullptr;
  std::string_view sentence = text.substr(s_.begin, s_.end - s_.begin);
  auto named = [&](std::string_view place) {
    for (std::size_t at = sentence.find(place); at != std::string_view::npos; at = sentence.find(place, at + 1)) {
      std::size_t after = at + place.size();
      bool starts = at == 0 || !is_alpha(sentence[at - 1]);
      bool ends = after == sentence.size() || !is_alpha(sentence[after]);
      if (starts && ends) return true;
    }
    return false;
  };
  const std::string& current = lex_.currency(q.currency->id).code;
  std::string chosen;
  for (const auto& p : *places) {
    if (!named(p.place)) continue;
    if (p.code == current) return nullptr;
    if (!chosen.empty() && chosen != p.code) return nullptr;  // two candidates: keep the default
    chosen = p.code;
  }
  return chosen.empty() ? nullptr : lex_.currency_by_code(chosen);
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
      if (const Unit* other = lex_.unit_sense(surface, text.substr(s_.begin, s_.end - s_.begin))) u = other;
    } else if (auto m = lex_.units().longest(text, q.currency->begin)) {
      u = &lex_.unit(m->id);
      end = std::max(end, q.currency->begin + m->length);
    }
    if (!u) return false;
    set_unit(claim, *u);
    claim.value = q.value();
    // "aged 45 years" and "X years old" are ages.
    if (u->kind == Kind::duration && age_cue_before(q.begin)) claim.kind = Kind::age;
    // "the 1990s": a decade, not seconds.
    if (u->symbol == "s" && q.unit && q.unit->begin == q.number.end &&
        (q.number.digits == 4 || q.number.digits == 2) && std::fmod(q.number.value, 10) == 0) {
      claim = Claim{};
      claim.kind = Kind::year;
      claim.value = q.number.value;
      return true;
    }
    append_per_unit(claim, q);
    return true;
  }
  if (metre_reading(q)) {
    if (const Unit* m = lex_.unit_by_symbol("m")) set_unit(claim, *m);
    claim.value = (q.sign < 0 ? -1 : 1) * q.number.value;
    append_per_unit(claim, q);  // "17m per second"
    return true;
  }
  claim.value = q.value();
  // "in '93", "the class of ’08": an apostrophe and two digits are a year (to 2030, else 1900s).
  if (abbreviated_year(q)) {
    claim.kind = Kind::year;
    claim.value = q.number.value + (q.number.value <= 30 ? 2000 : 1900);
    return true;
  }
  // Four digits without a separator are a year ("in 2022", "Keytruda's 2018 sales"): news
  // style writes counts from 1,000 up with a comma. A qualifier makes it a count again
  // ("about 2000 people").
  if (year_like(q) && !qualifier_before(s_, q.begin, lex_) && !dimension_part(q)) {
    claim.kind = Kind::year;
    return true;
  }
  if (age_cue_before(q.begin) && !q.number.words) {
    claim.kind = Kind::age;
    // "over the age of 21": the qualifier stands before the cue.
    std::size_t p = q.begin;
    for (int i = 0; i < 3; ++i)
      if (auto w = word_before(text, p, s_.begin)) p = w->begin;
    if (auto qb = qualifier_before(s_, p, lex_)) claim.qualifier = qb->qualifier;
    if (const Unit* y = lex_.unit_by_symbol("year")) {
      claim.unit = y->symbol;
      claim.unit_name = "year of age";
    }
    return true;
  }
  claim.kind = Kind::count;
  return true;
}

bool FigureFinder::fill_with_noun(const Quantity& q, Claim& claim, std::size_t& end) {
  if (!fill_single(q, claim, end)) return false;
  if (claim.kind != Kind::count) return true;
  std::string_view text = src_.text;
  // "How can one wish ...", "does one need": after a modal or "do", "one" is a pronoun.
  if (q.number.words && q.number.value == 1) {
    if (auto aux = word_before(text, q.begin, s_.begin)) {
      std::string a = lower(aux->view(text));
      if (a != "not" && lex_.context().has_role(a, SyntaxRole::auxiliary)) return false;
      if (a == "no") return false;  // "no one came": a pronoun
    }
    if (q.begin >= s_.begin + 3 && lower(text.substr(q.begin - 3, 3)) == "no-") return false;  // "no-one"
  }
  bool singular = q.number.value == 1;
  std::optional<CountedNoun> noun = find_counted_noun(text, end, s_.end, lex_, singular);
  // "20 or more songs": the post-qualifier stands between the number and its noun.
  if (!noun) {
    if (auto qa = qualifier_after(s_, end, lex_)) {
      noun = find_counted_noun(text, qa->end, s_.end, lex_, singular);
      if (noun) claim.qualifier = qa->qualifier;
    }
  }
  // "one of the best screens", "two of the companies", "all 25 of its channels", "one of
  // the world's largest makers", "one of the few moments", "six of those months"
  RankGroup rank = rank_group(q);
  if (!noun && rank != RankGroup::hyphenated) {
    if (auto n = partitive_noun(q, end)) {
      claim.unit = n->lemma;
      claim.unit_name = n->lemma;
      return true;
    }
  }
  if (!noun && !q.number.words && (bare_number_next_to_name(q) || model_number(q))) return false;
  // "a last-32 appearance", "a top-10 finish" describe; "the last 16" names a round unless a
  // noun follows ("the last 16 games").
  if (rank == RankGroup::hyphenated || (rank == RankGroup::spaced && !noun)) return false;
  if (!noun) {
    if (auto compound = hyphen_compound(q)) {
      claim.unit = compound->lemma;
      claim.unit_name = compound->lemma;
      end = std::max(end, compound->end);
      return true;
    }
    if (apposition_age(q) || predicate_age(q)) {
      claim.kind = Kind::age;
      claim.unit = "year";
      claim.unit_name = "year of age";
      return true;
    }
  }
  if (noun) {
    // A premodified unit: "50 previous years" is a duration, "517 rushing yards" a length.
    // Only a unit written as a word: "one prospective MP" is a person, not a megapixel.
    auto unit = lex_.units().longest(text, noun->head_begin);
    bool word_unit = unit && !is_all_caps(text.substr(noun->head_begin, unit->length));
    if (unit && word_unit && noun->head_begin + unit->length == noun->end &&
        lex_.unit(unit->id).kind != Kind::percent) {
      set_unit(claim, lex_.unit(unit->id));
    } else {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
    }
    end = noun->end;
    attach_rate(claim, end);
    return true;
  }
  // A spelled-out number that counts nothing ("one might say") is not a figure.
  return !q.number.words;
}

// "3,000 tests per day", "two flights a week": a count per unit of time.
void FigureFinder::attach_rate(Claim& claim, std::size_t& end) const {
  auto rate = duration_rate_after(s_, end, lex_);
  if (!rate) return;
  claim.unit = *claim.unit + "/" + rate->unit->symbol;
  claim.unit_name = *claim.unit_name + " per " + rate->unit->name;
  end = rate->end;
}

// "aged 45", "aged under 30", "over the age of 21": an age cue before the number, across
// a qualifier and "the ... of".
bool FigureFinder::age_cue_before(std::size_t begin) const {
  std::string_view text = src_.text;
  std::size_t p = begin;
  if (auto q = qualifier_before(s_, p, lex_)) p = q->begin;
  for (int i = 0; i < 2; ++i) {
    auto w = word_before(text, p, s_.begin);
    if (!w) return false;
    std::string word = lower(w->view(text));
    if (word == "of") {
      p = w->begin;
      continue;
    }
    return lex_.classify_word(word) == WordClass::age_cue;
  }
  return false;
}

// "three-point range", "a 30-member delegation": a hyphenated noun counts what it names.
std::optional<CountedNoun> FigureFinder::hyphen_compound(const Quantity& q) const {
  std::string_view text = src_.text;
  if (q.end + 1 < s_.end && text[q.end] == '-' && (text[q.end + 1] == ',' || text[q.end + 1] == ' '))
    return suspended_compound(q);
  if (q.end + 1 >= s_.end || text[q.end] != '-' || !(text[q.end + 1] >= 'a' && text[q.end + 1] <= 'z'))
    return std::nullopt;
  auto w = word_after(text, q.end + 1, s_.end);
  if (!w || w->begin != q.end + 1 || !is_content_word(w->view(text), lex_)) return std::nullopt;
  // "a 10-fold increase": a multiple, like "10 times".
  if (lower(w->view(text)) == "fold") return CountedNoun{q.end + 1, q.end + 1, w->end, "time", false};
  // "a five million-strong union", "a 300-odd crowd" describe, they do not count.
  auto cls = lex_.classify_word(lower(w->view(text)));
  if (cls && (*cls == WordClass::adjective || *cls == WordClass::length_cue)) return std::nullopt;
  std::string word = lower(w->view(text));
  if (word.find('-') != std::string::npos) word = word.substr(0, word.find('-'));
  return CountedNoun{q.end + 1, q.end + 1, w->end, word, false};
}

// "four-, five- and six-cylinder engines": a hyphen left hanging shares the noun of the
// last compound in the list. The noun is reported, the span stays on the number.
std::optional<CountedNoun> FigureFinder::suspended_compound(const Quantity& q) const {
  std::string_view text = src_.text;
  std::size_t p = q.end + 1;
  for (int item = 0; item < 6; ++item) {
    if (p < s_.end && text[p] == ',') ++p;
    p = skip_spaces(text, p, s_.end);
    if (auto w = word_after(text, p, s_.end); w && w->begin == p) {
      std::string conj = lower(w->view(text));
      if (conj == "and" || conj == "or" || conj == "to") p = skip_spaces(text, w->end, s_.end);
    }
    auto next = grammar::parse_quantity(src_, p, s_.end);
    if (!next || next->end >= s_.end || text[next->end] != '-' || next->unit || next->currency) return std::nullopt;
    if (next->end + 1 < s_.end && text[next->end + 1] >= 'a' && text[next->end + 1] <= 'z') {
      auto noun = hyphen_compound(*next);
      if (noun) noun->begin = noun->head_begin = noun->end = q.end;
      return noun;
    }
    p = next->end + 1;
  }
  return std::nullopt;
}

// "Maddon, 66, has ...": a whole number set off by commas after a name is an age.
bool FigureFinder::apposition_age(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.words || n.decimals || n.grouped || n.value < 1 || n.value > 120) return false;
  // "Kenteris, 31, said", "Warren Leblanc, 17 - who was jailed -": closed by a comma or a dash.
  bool closed = q.end < s_.end && (text[q.end] == ',' || text.substr(q.end).starts_with(" - ") ||
                                   text.substr(q.end).starts_with(" \xE2\x80\x93 ") ||
                                   text.substr(q.end).starts_with(" \xE2\x80\x94 "));
  if (!closed || q.begin < s_.begin + 3) return false;
  // A dash opens an aside in lower case ("- who was jailed -"), not a score ("2 - Chelsea 1").
  if (text[q.end] != ',') {
    auto aside = word_after(text, q.end + 2, s_.end);
    if (!aside || is_capitalized(aside->view(text))) return false;
  }
  if (text[q.begin - 1] != ' ' || text[q.begin - 2] != ',') return false;
  auto name = word_before(text, q.begin - 2, s_.begin);
  return name && is_capitalized(name->view(text));
}

// "He will be 35 by then", "she turned 80 last week": a bare whole number that "be" or
// "turn" says of a person (he, she, I) is an age.
bool FigureFinder::predicate_age(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.decimals || n.grouped || q.sign || q.scale != 1 || n.value < 2 || n.value > 120) return false;
  // Nothing follows but punctuation or a time phrase.
  if (auto w = word_after(text, q.end, s_.end)) {
    static constexpr std::string_view kTimeWords[] = {"by", "in", "on", "next", "this", "last", "when", "and"};
    std::string after = lower(w->view(text));
    bool timed = false;
    for (auto t : kTimeWords) timed = timed || after == t;
    std::size_t gap = skip_spaces(text, q.end, s_.end);
    if (!timed && gap == w->begin) return false;
  }
  auto verb = word_before(text, q.begin, s_.begin);
  if (!verb) return false;
  static constexpr std::string_view kVerbs[] = {"is", "was", "be", "turned", "turns", "turning", "turn", "became"};
  std::string v = lower(verb->view(text));
  bool linking = false;
  for (auto k : kVerbs) linking = linking || v == k;
  if (!linking) return false;
  auto subject = word_before(text, verb->begin, s_.begin);
  if (subject && (lower(subject->view(text)) == "will" || lower(subject->view(text)) == "would"))
    subject = word_before(text, subject->begin, s_.begin);
  if (!subject) return false;
  std::string who = lower(subject->view(text));
  return who == "he" || who == "she" || subject->view(text) == "I";
}

// "their 7610 phone", "the 147 model": a whole number right before a singular noun names
// the thing; a counted noun would be plural.
bool FigureFinder::model_number(const Quantity& q) const {
  std::string_view text = src_.text;
  // Small counts ("11 member states") and stated amounts ("around 730") stay figures.
  if (q.number.decimals || q.number.grouped || q.sign || q.scale != 1 || q.number.value < 100 ||
      qualifier_before(s_, q.begin, lex_))
    return false;
  if (q.end < s_.end && text[q.end] != ' ') return false;
  auto w = word_after(text, q.end, s_.end);
  if (!w) return false;
  std::string word = lower(w->view(text));
  if (word.ends_with("ing") || word.ends_with("ed")) return false;  // a verb follows
  return w->begin == q.end + 1 && is_content_word(w->view(text), lex_) &&
         !factsheet::text::looks_plural(w->view(text), lex_.lemma_rules()) &&
         !lex_.months().longest(w->view(text), 0) && !lex_.units().longest(w->view(text), 0);
}

// The plural noun of a partitive after a whole number: "of" and a determiner ("the", "its",
// "those"), then an optional possessive ("the world's") and "few" or "many". Digits need the
// determiner ("25 of its channels"); "5 of 10" is a ratio, read before.
std::optional<CountedNoun> FigureFinder::partitive_noun(const Quantity& q, std::size_t end) const {
  std::string_view text = src_.text;
  if (q.number.decimals || q.scale != 1 || !integral(q.number.value)) return std::nullopt;
  auto of = word_after(text, end, s_.end);
  if (!of || lower(of->view(text)) != "of" || of->begin != skip_spaces(text, end, s_.end)) return std::nullopt;
  std::size_t p = of->end;
  auto det = word_after(text, p, s_.end);
  bool determiner = det && lex_.context().has_role(lower(det->view(text)), SyntaxRole::determiner);
  if (determiner) p = det->end;
  else if (!q.number.words) return std::nullopt;
  // "the world's", "the Lords'", and alone "one of hip-hop's most influential labels".
  if (auto owner = word_after(text, p, s_.end)) {
    std::string_view w = owner->view(text);
    bool plural_owner = owner->end < s_.end && text[owner->end] == '\'' && w.ends_with("s");
    bool possessive = w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || plural_owner;
    if (possessive && w.size() > 2) p = owner->end + (plural_owner ? 1 : 0);
  }
  if (auto vague = word_after(text, p, s_.end)) {
    std::string w = lower(vague->view(text));
    if (w == "few" || w == "many" || w == "most" || w == "least" || w == "more") p = vague->end;
  }
  // "one of its two factories", "92 of the Lords' 750 peers": the whole's number is passed
  // over; "one of dozens of firms" names no noun after the number.
  std::size_t next = skip_spaces(text, p, s_.end);
  if (next < s_.end && is_digit(text[next])) {
    while (next < s_.end && (is_digit(text[next]) || text[next] == ',')) ++next;
    if (next < s_.end && text[next] != ' ') return std::nullopt;
    // "one of the 800 metres favourites": the number has a unit, it is not the whole.
    if (auto w = word_after(text, next, s_.end)) {
      auto u = lex_.units().longest(text, w->begin);
      if (u && w->begin + u->length == w->end) return std::nullopt;
    }
    p = next;
  } else if (auto w = word_after(text, p, s_.end)) {
    auto m = lex_.number_words().longest(text, w->begin);
    if (m && w->begin + m->length == w->end) {
      if (w->view(text).ends_with("s")) return std::nullopt;
      p = w->end;
    }
  }
  auto noun = find_counted_noun(text, p, s_.end, lex_, false);
  if (!noun) return std::nullopt;
  // "the last eight of the Champions League", "one of those Time Lords": a name is not the
  // whole the number is part of ("one of his MPs" is).
  if (is_capitalized(text.substr(noun->head_begin, noun->end - noun->head_begin))) {
    auto after = word_after(text, noun->end, s_.end);
    auto before = word_before(text, noun->head_begin, s_.begin);
    if ((after && after->begin == noun->end + 1 && is_capitalized(after->view(text))) ||
        (before && before->begin >= noun->begin && is_capitalized(before->view(text))))
      return std::nullopt;
  }
  return noun;
}

// "the last 16", "the top 10", "the bottom three", "a last-32 appearance", "a top-10
// finish": after these words a whole number names a group by rank or a round of a contest.
// The words are a closed set; "last" also has its time class in words.tsv.
FigureFinder::RankGroup FigureFinder::rank_group(const Quantity& q) const {
  if (q.number.decimals || q.number.grouped || q.sign || q.scale != 1 || q.currency || q.unit) return RankGroup::none;
  std::string_view text = src_.text;
  static constexpr std::string_view kRankWords[] = {"last", "top", "bottom", "final"};
  auto is_rank_word = [](std::string_view w) {
    for (auto k : kRankWords)
      if (w == k) return true;
    return false;
  };
  bool hyphen = q.begin > s_.begin && text[q.begin - 1] == '-';
  auto w = word_before(text, hyphen ? q.begin - 1 : q.begin, s_.begin);
  if (!w || !is_rank_word(lower(w->view(text)))) return RankGroup::none;
  if (hyphen) return w->end == q.begin - 1 ? RankGroup::hyphenated : RankGroup::none;
  if (w->end != skip_spaces_back(text, q.begin, s_.begin)) return RankGroup::none;
  auto the = word_before(text, w->begin, s_.begin);
  return the && lower(the->view(text)) == "the" ? RankGroup::spaced : RankGroup::none;
}

// "575 Wilbraham Road", "the Boeing's own 787 Dreamliner", "Lang 20 on loan": a bare
// whole number next to a proper name is part of the name or a label, not a figure.
bool FigureFinder::bare_number_next_to_name(const Quantity& q) const {
  std::string_view text = src_.text;
  if (q.number.decimals || q.number.grouped || q.sign) return false;
  auto after = word_after(text, q.end, s_.end);
  if (after && after->begin == skip_spaces(text, q.end, s_.end) && is_capitalized(after->view(text)) &&
      !lex_.months().longest(after->view(text), 0))
    return true;
  auto before = word_before(text, q.begin, s_.begin);
  if (before && before->end == skip_spaces_back(text, q.begin, s_.begin) && before->end == q.begin - 1 &&
      is_capitalized(before->view(text))) {
    auto cls = lex_.classify_word(lower(before->view(text)));
    return !cls && !lex_.months().longest(before->view(text), 0);
  }
  return false;
}

void FigureFinder::attach_context(Claim& claim, std::size_t begin, std::size_t& end, int sign) {
  std::size_t span_begin = begin;
  auto qb = qualifier_before(s_, begin, lex_);
  // "$1.9tn over ten years", "rose 5% over five years": right after another figure and
  // before a duration, "over" is the preposition of a period, not "more than" ("436
  // properties over £1m" keeps it).
  if (qb && claim.kind == Kind::duration && prev_end_ > s_.begin &&
      skip_spaces_back(src_.text, qb->begin, s_.begin) == prev_end_ &&
      lower(src_.text.substr(qb->begin, qb->end - qb->begin)) == "over")
    qb.reset();
  // "from up to 252 miles to 287 miles": a bound after "from" is the first end's own, which
  // the span from one end to the other does not share ("from about 20 to 30" is about both).
  if (qb && claim.is_range() && qb->qualifier != Qualifier::approx && qb->qualifier != Qualifier::eq &&
      word_before_is(s_, qb->begin, "from"))
    qb.reset();
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
  // "lost three times to Roddick", "6.5 times earnings": occasions and multiples are not the
  // size of a change ("rose four-fold" is).
  if (claim.kind == Kind::count && claim.unit && *claim.unit == "time" &&
      lower(src_.text.substr(span_begin, end - span_begin)).find("fold") == std::string::npos)
    claim.change = Change::none;
  // "just under 296 hp (224 kW)", "down 45.5 points, or 0.6%": the same quantity restated
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
}

// True when the figure at `begin` restates the previous one: ", or 0.6%", " (224 kW",
// " / 300 PS" right after it.
bool FigureFinder::restates_previous(std::size_t begin) const {
  if (prev_end_ <= s_.begin) return false;
  std::string_view text = src_.text;
  std::size_t p = skip_spaces_back(text, begin, s_.begin);
  if (auto w = word_before(text, p, s_.begin); w && w->end == p && lower(w->view(text)) == "or") {
    p = skip_spaces_back(text, w->begin, s_.begin);
    if (p > s_.begin && text[p - 1] == ',') p = skip_spaces_back(text, p - 1, s_.begin);
    return p == prev_end_;
  }
  if (p > s_.begin && (text[p - 1] == '(' || text[p - 1] == '/'))
    return skip_spaces_back(text, p - 1, s_.begin) == prev_end_;
  return false;
}


}  // namespace factsheet::extract
