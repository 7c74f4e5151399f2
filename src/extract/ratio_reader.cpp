// Fractions in words: "two-thirds of", "a quarter-point cut", "fell by half".
// Fractions in digits are read in digit_fraction.cpp.
#include <algorithm>
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

// The longest bracket read as a restatement of a share: "(55%)", "(about 1.2 million)".
constexpr std::size_t kMaxRestatingBracket = 24;

std::optional<Claim> FigureFinder::read_fraction(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  auto of = [&](std::size_t pos) {
    pos = skip_restating_bracket(pos);
    auto w = word_after(text, pos, s_.end);
    return w && lex_.context().has_role(w->view(text), SyntaxRole::partitive) ? std::optional<std::size_t>(w->end) : std::nullopt;
  };
  // "half the population", "half his promises", "nearly half its staff": "half" takes its
  // whole without "of" when a determiner of a group opens it; the position of the whole.
  bool bare_half = false;
  auto whole_after = [&](std::size_t pos) -> std::optional<std::size_t> {
    if (auto after_of = of(pos)) return after_of;
    if (!bare_half) return std::nullopt;
    auto det = word_after(text, pos, s_.end);
    if (det && det->begin == skip_spaces(text, pos, s_.end) &&
        lex_.context().has_role(det->view(text), SyntaxRole::group_determiner))
      return pos;
    return std::nullopt;
  };
  // "a quarter-point cut", "a half-percentage-point rise": a fraction of a percentage point.
  auto point_suffix = [&](std::size_t pos, double denominator) -> std::size_t {
    // "a quarter point" in words only for halves and quarters ("a third point" is an ordinal).
    bool spaced_point = denominator == 2 || denominator == 4;
    // "a quarter of a point", "half of a percentage point": the share is of one point.
    for (std::string_view suffix : {"-percentage-point", "-percentage point", " percentage point", "-point", " point",
                                    " of a percentage point", " of a point", " a percentage point", " a point"}) {
      // "half a point", "half a percentage point": only a half is said without "of".
      if (suffix.starts_with(" a ") && denominator != 2) continue;
      if (suffix == " point" && !spaced_point) continue;
      if (pos + suffix.size() <= s_.end && lower_ascii(text.substr(pos, suffix.size())) == suffix) {
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
    return word_before_is(s_, p, lex_, SyntaxRole::agent) && (end >= s_.end || text[end] != '-');
  };
  // "more than half are from Europe", "nearly half said no", "this could rise to half": a
  // half that ends its noun phrase is a share when a bound is put on it or a change verb
  // reaches it ("about half time" and "to half-time" name a period).
  auto half_alone = [&](std::size_t begin, std::size_t end) {
    if (end < s_.end && text[end] == '-') return false;
    // Nor before a noun or a determiner: "half a million people" is a number.
    if (auto next = word_after(text, end, s_.end);
        next && (is_content_word(next->view(text), lex_) || lex_.context().has_role(next->view(text), SyntaxRole::determiner) ||
                 lex_.context().has_role(next->view(text), SyntaxRole::indefinite)))
      return false;
    if (auto q = qualifier_before(s_, begin, lex_); q && q->qualifier != Qualifier::eq) return true;
    auto to = word_before(text, begin, s_.begin);
    if (!to || lower_ascii(to->view(text)) != "to") return false;
    auto verb = word_before(text, to->begin, s_.begin);
    if (!verb) return false;
    auto m = lex_.changes().longest(text, verb->begin);
    return m && m->length == verb->end - verb->begin && lex_.change(m->id).as_verb != Change::none;
  };
  // "three quarters of an hour", "a third of a mile", "half an hour": a share of one unit of
  // measure or time is that measure ("of" may be left out after "half" only).
  auto of_unit = [&](std::size_t pos, bool half) -> std::optional<std::pair<const Unit*, std::size_t>> {
    std::size_t p = pos;
    if (auto o = of(p)) p = *o;
    else if (!half) return std::nullopt;
    auto det = word_after(text, p, s_.end);
    if (!det) return std::nullopt;
    if (!lex_.context().has_role(det->view(text), SyntaxRole::indefinite)) return std::nullopt;
    std::size_t u = skip_spaces(text, det->end, s_.end);
    auto m = lex_.units().longest(text, u);
    if (!m || (u + m->length < s_.end && is_alpha(text[u + m->length]))) return std::nullopt;
    const Unit& unit = lex_.unit(m->id);
    if (unit.kind != Kind::measure && unit.kind != Kind::duration) return std::nullopt;
    return std::pair<const Unit*, std::size_t>{&unit, u + m->length};
  };
  // "a half-hour interview", "a quarter mile", "one-half mile east": a share written as one
  // word, or with "a", and a unit word right after it (not a symbol: "a half m" says nothing).
  auto unit_after = [&](std::size_t pos) -> std::optional<std::pair<const Unit*, std::size_t>> {
    if (pos >= s_.end || (text[pos] != ' ' && text[pos] != '-')) return std::nullopt;
    std::size_t u = pos + 1;
    auto m = lex_.units().longest(text, u);
    if (!m || m->length < 3 || (u + m->length < s_.end && is_alpha(text[u + m->length]))) return std::nullopt;
    std::string_view word = text.substr(u, m->length);
    if (!std::all_of(word.begin(), word.end(), [](char ch) { return text::is_lower(ch); })) return std::nullopt;
    const Unit& unit = lex_.unit(m->id);
    if (unit.kind != Kind::measure && unit.kind != Kind::duration) return std::nullopt;
    return std::pair<const Unit*, std::size_t>{&unit, u + m->length};
  };
  auto share_of_unit = [&](double share, std::size_t begin, std::size_t end, bool direct) -> std::optional<Claim> {
    auto u = of_unit(end, share == 0.5);
    if (!u && direct) u = unit_after(end);
    if (!u) return std::nullopt;
    Claim claim;
    set_unit(claim, *u->first);
    claim.value = share;
    std::size_t e = u->second;
    attach_context(claim, begin, e, 0);
    resume = e;
    return claim;
  };
  double part = 0, whole = 0;
  std::size_t begin = c.begin, end = 0;
  if (is_half_word(text.substr(c.begin, c.end - c.begin), lex_)) {
    // "the second half of the year" is a period, not a share.
    auto det = word_before(text, c.begin, s_.begin);
    if (det && lex_.context().has_role(det->view(text), SyntaxRole::period_half)) return std::nullopt;
    // "a half-hour", "a half mile": after "a" only ("the half hour mark" is a period).
    auto a = word_before(text, c.begin, s_.begin);
    bool after_a = a && lex_.context().has_role(a->view(text), SyntaxRole::indefinite);
    if (auto m = share_of_unit(0.5, after_a ? a->begin : c.begin, c.end, after_a)) return m;
    bare_half = !after_a;
    if (!whole_after(c.end) && !point_suffix(c.end, 2) && !change_amount(c.begin, c.end) &&
        !half_alone(c.begin, c.end))
      return std::nullopt;
    part = 1;
    whole = 2;
    end = c.end;
  } else {
    auto f = grammar::parse_fraction(src_, c.begin, s_.end);
    if (!f) return std::nullopt;
    // A hyphen before the denominator ("two-thirds"), not the one inside it ("a twenty-first").
    bool hyphenated = text.substr(f->begin, f->denominator_begin - f->begin).find('-') != std::string_view::npos;
    // ("twenty-fifth", a compound ordinal, is read before: ordinal_reader.cpp.)
    // "a third cross-border railway" is an ordinal; a fraction needs "of", a hyphenated
    // plural, a point suffix or a change to measure.
    // "three quarter-point rises" are three rises of a quarter point.
    bool spaced = text.substr(f->begin, f->end - f->begin).find(' ') != std::string_view::npos &&
                  f->numerator > 1;
    bool point = point_suffix(f->end, f->denominator) && !spaced;
    // "two thirds voted", "turnout was two thirds": a plural share. Not quarters, which are
    // also periods ("the preceding three quarters"), nor "the two halves" of a match; above one
    // whole only from thirds up ("twenty fifths" is four).
    bool plural = text[f->end - 1] == 's' || text[f->end - 1] == 'S';
    bool plural_share = plural && f->numerator > 1 && f->denominator != 4 &&
                        (f->numerator < f->denominator || f->denominator > 2);
    // A unit right after: a hyphenated share ("one-half mile", "three-quarter mile") or a
    // fraction noun with "a" ("a quarter mile"; "a third mile" and "a fourth-minute goal"
    // are ordinals).
    std::string_view written = text.substr(f->begin, f->end - f->begin);
    std::size_t space = written.find(' ');
    bool with_a = space != std::string_view::npos &&
                  lex_.context().has_role(written.substr(0, space), SyntaxRole::indefinite) &&
                  lex_.context().has_role(written.substr(space + 1), SyntaxRole::fraction_noun);
    bool direct = ((hyphenated && !spaced) || with_a) && unit_after(f->end);
    // "one twenty-fifth": a denominator of two words after a numeral is a fraction where no
    // noun follows ("a twenty-first century" is an ordinal).
    auto first = word_after(text, f->begin, s_.end);
    auto next = word_after(text, f->end, s_.end);
    bool compound_alone = f->compound && !(first && lex_.context().has_role(first->view(text), SyntaxRole::indefinite)) &&
                          !(next && is_content_word(next->view(text), lex_));
    // "one-eighth", "two-thirds": the hyphenated form is a fraction wherever it stands.
    if (!of(f->end) && !hyphenated && !point && !plural_share && !direct && !compound_alone &&
        !change_amount(f->begin, f->end))
      return std::nullopt;
    // "three quarters of contraction", "two quarters of negative growth": quarters of a
    // change are periods of a year, which the duration reader reads.
    if (plural && f->denominator == 4 && f->numerator > 1 && !hyphenated && quarters_of_change(f->end))
      return std::nullopt;
    if (auto m = share_of_unit(f->numerator / f->denominator, f->begin, f->end, direct)) return m;
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
    auto scale_word = det && lex_.context().has_role(det->view(text), SyntaxRole::indefinite) ? word_after(text, det->end, s_.end) : std::nullopt;
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
    if (const Unit* pp = lex_.unit_by_symbol(kPointsUnit)) set_unit(claim, *pp);
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
  if (auto after_of = whole_after(end)) {
    std::size_t p = *after_of;
    if (auto the = word_after(text, p, s_.end); the && lex_.context().has_role(the->view(text), SyntaxRole::definite)) p = the->end;
    // "a quarter of the company's dancers", "half of India's domestic car sales".
    p = past_owner(text, p, s_.end, lex_);
    // A plural whole ("half of the students"), else a singular one ("a third of the
    // workforce"; "of the population lives" stops at the collective noun).
    // "half of 2,000 people", "two-thirds of its 28,000 staff": the whole is a count of its
    // own; the share is of what it counts.
    std::optional<CountedNoun> noun;
    bool whole_counted = false;
    if (auto det = word_after(text, p, s_.end); det && lex_.context().has_role(det->view(text), SyntaxRole::group_determiner))
      p = det->end;
    if (auto q = grammar::parse_quantity(src_, skip_spaces(text, p, s_.end), s_.end);
        q && !q->unit && !q->currency && q->end < s_.end) {
      noun = find_counted_noun(text, q->end, s_.end, lex_, false);
      whole_counted = noun.has_value();
    }
    if (!noun) noun = find_counted_noun(text, p, s_.end, lex_, false);
    if (!noun) noun = find_counted_noun(text, p, s_.end, lex_, true);
    // "half of those questioned", "of those waiting", "of those weren't": a pronoun and
    // its verb, no noun.
    if (noun && !whole_counted) {
      std::string head = lower_ascii(text.substr(noun->head_begin, noun->end - noun->head_begin));
      if (head.ends_with("ed") || head.ends_with("ing") || head.find('\'') != std::string::npos) noun.reset();
    }
    if (whole_counted) {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
      noun.reset();
    }
    if (noun) {
      // A number after the word means it was a premodifier ("of the combined 4.3M sales").
      if (std::size_t q = skip_spaces(text, noun->end, s_.end); q < s_.end && is_digit(text[q])) noun.reset();
    }
    if (noun) {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
      // "half (55%) of the respondents": the span stops before the bracket, whose figure
      // is read on its own.
      if (skip_restating_bracket(end) == end) end = noun->end;
    }
  }
  attach_context(claim, c.begin, end, 0);
  resume = end;
  return claim;
}

// "half (55%) of", "a quarter (21%) of those polled": the end of a bracketed figure that
// restates a share before its "of", or `pos` when none follows.
std::size_t FigureFinder::skip_restating_bracket(std::size_t pos) const {
  std::string_view text = src_.text;
  std::size_t p = skip_spaces(text, pos, s_.end);
  if (p >= s_.end || text[p] != '(') return pos;
  std::size_t close = text.find(')', p);
  if (close == std::string_view::npos || close >= s_.end || close - p > kMaxRestatingBracket) return pos;
  auto q = grammar::parse_quantity(src_, skip_spaces(text, p + 1, close), close);
  if (!q || skip_spaces(text, q->end, close) != close) return pos;
  return close + 1;
}

// Whether "of" and a noun phrase whose head is a change noun ("contraction", "negative
// growth", "double-digit growth") follow `pos`.
bool FigureFinder::quarters_of_change(std::size_t pos) const {
  std::string_view text = src_.text;
  auto of = word_after(text, pos, s_.end);
  if (!of || !lex_.context().has_role(of->view(text), SyntaxRole::partitive)) return false;
  auto noun = find_counted_noun(text, of->end, s_.end, lex_, true);
  if (!noun) return false;
  const WordFacts* f = lex_.word_facts(lower_ascii(text.substr(noun->head_begin, noun->end - noun->head_begin)));
  return f && f->change_noun;
}

}  // namespace factsheet::extract
