// Measures: units, "per" units, and "m" read as metres rather than million.
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {

// The noun phrase after a letter-scaled figure that may name its sense ("1500b packet
// switch"): six words.
constexpr int kMaxSenseWords = 6;
// Words between "the" and a race distance it names: "the third fastest indoor 400m".
constexpr int kMaxRaceModifiers = 4;

using grammar::Quantity;
using namespace figure_helpers;

// The dimension of lengths in units.tsv.
constexpr const char* kLength = "length";

bool FigureFinder::length_reading(const Quantity& q) const {
  if (!q.scale_word || q.currency) return false;
  const std::string& length_unit = lex_.scale(q.scale_word->id).length_unit;
  if (length_unit.empty()) return false;
  auto after = class_of_word_after(s_, q.end, lex_);
  if (after && *after == WordClass::length_cue) return true;
  // "a 10K race", "the 50K Walk": a kilometre only before a word of races; the other cues
  // below are those of metres.
  if (length_unit != "m") return false;
  // "17m per second", "426m per minute": a speed; "5m a year" or "per day" is an amount.
  if (q.per_unit) {
    const std::string& per = lex_.unit(q.per_unit->id).symbol;
    if (per == "s" || per == "min" || per == "h") return true;
  }
  // "a throw of 15.27m", "the men's 1500m": a length cue before.
  std::string_view text = src_.text;
  std::size_t p = q.begin;
  if (auto of = word_before(text, p, s_.begin); of && lex_.context().has_role(of->view(text), SyntaxRole::partitive)) p = of->begin;
  if (auto before = class_of_word_before(s_, p, lex_); before && *before == WordClass::length_cue) return true;
  // "no representative in the 800m.", "the 800m and 1500m": "the" with nothing after to
  // count names a distance; an amount of money would bring its currency or a noun.
  if (word_before_is(s_, q.begin, lex_, SyntaxRole::definite)) {
    auto next = word_after(text, q.end, s_.end);
    bool nothing_counted = !next || skip_spaces(text, q.end, s_.end) != next->begin;
    if (next && !nothing_counted) {
      auto cls = lex_.classify_word(lower_ascii(next->view(text)));
      nothing_counted = cls && *cls == WordClass::function;
    }
    if (nothing_counted) return true;
  }
  // "the third fastest indoor 400m of all time", "the Olympic marathon and 10,000m", "the
  // Athens 10,000m last August": a race distance a few words after "the", with no
  // possessive or punctuation between and no noun or verb after it, names the race.
  if (figure_helpers::race_metres(q.number.value) && q.number.decimals == 0 && !sentence_has_currency() &&
      !q.per_noun_end) {
    // Not an amount whose currency stands in another sentence: "the extra 100m of funding",
    // "the remaining 400m will be paid".
    auto next = word_after(text, q.end, s_.end);
    bool noun_after = next && skip_spaces(text, q.end, s_.end) == next->begin &&
                      (is_content_word(next->view(text), lex_) || lex_.context().verb_group_word(lower_ascii(next->view(text))));
    if (next && !noun_after && lex_.context().has_role(next->view(text), SyntaxRole::partitive)) {
      auto whole = word_after(text, next->end, s_.end);
      noun_after = !whole || lower_ascii(whole->view(text)) != "all";  // "of all time"
    }
    std::size_t at = q.begin;
    for (int i = 0; !noun_after && i < kMaxRaceModifiers; ++i) {
      auto w = word_before(text, at, s_.begin);
      if (!w || text.substr(w->end, at - w->end).find_first_not_of(' ') != std::string_view::npos) break;
      std::string_view word = w->view(text);
      if (lex_.context().has_role(word, SyntaxRole::definite)) return true;
      if (text::possessive_length(word) || text::has_digit(word) || lex_.classify_word(lower_ascii(word)) == WordClass::verb)
        break;
      at = w->begin;
    }
  }
  // In an article that writes distances as "800m", "with 500m to go" and "jumped 6.63m" are
  // metres too, unless the sentence speaks of money or a noun is counted ("10m viewers").
  if (metres_article_ && !sentence_has_currency() && !q.per_noun_end &&
      !find_counted_noun(text, q.end, s_.end, lex_, false)) {
    auto next = word_after(text, q.end, s_.end);
    if (!next || !lex_.context().has_role(next->view(text), SyntaxRole::partitive)) return true;
  }
  // "a 3,000m victory", "his 60m title", "200m gold": millions count a plural noun, so a race
  // distance before a singular noun, with no currency in the sentence, is the race ("a 20m
  // deal" stays an amount: only race distances are read so; "a 100m audience" counts the
  // members of a collective noun).
  if (figure_helpers::race_metres(q.number.value) && q.number.decimals == 0 && !sentence_has_currency() &&
      !q.per_noun_end && !find_counted_noun(text, q.end, s_.end, lex_, false)) {
    auto noun = find_counted_noun(text, q.end, s_.end, lex_, true);
    auto collective = [&](std::string_view w) { return lex_.classify_word(lower_ascii(w)) == WordClass::collective; };
    if (noun && !noun->plural && noun->begin == skip_spaces(text, q.end, s_.end) && noun->begin > q.end &&
        !collective(noun->lemma) && !collective(word_after(text, q.end, s_.end)->view(text)))
      return true;
  }
  // "jumped 30ft (10m)": a conversion in brackets takes the dimension of what it converts.
  if (prev_kind_ == Kind::measure && prev_unit_ && restates_previous(q.begin)) {
    const Unit* before = lex_.unit_by_symbol(*prev_unit_);
    if (before && before->dimension == kLength) return true;
  }
  // "1m is 10 dm", "a 2m wall, 6ft high": beside a figure in another unit of length, and with no
  // money in the sentence, an "m" that counts no noun is metres too.
  if (sentence_has_length() && !sentence_has_currency() && !q.per_noun_end &&
      !find_counted_noun(text, q.end, s_.end, lex_, false))
    return true;
  // "37m (121ft)": a conversion in brackets shares the dimension.
  p = skip_spaces(text, q.end, s_.end);
  if (p < s_.end && text[p] == '(') {
    auto inner = grammar::parse_quantity(src_, p + 1, s_.end);
    if (inner && inner->unit && lex_.unit(inner->unit->id).dimension == kLength) return true;
  }
  return false;
}

namespace {

// Quotation marks of one kind (`mark`) before `pos` in [begin, pos) that open a quotation
// still open at `pos`: an odd count of double quotes; for single quotes, one that starts a
// word ("'Our 5'") and no closing one after it.
bool inside_quotation(std::string_view text, std::size_t begin, std::size_t pos, char mark) {
  if (mark == '"') {
    int n = 0;
    for (std::size_t i = begin; i < pos; ++i) n += text[i] == '"';
    return n % 2 == 1;
  }
  bool open = false;
  for (std::size_t i = begin; i < pos; ++i) {
    if (text[i] != '\'') continue;
    bool after_word = i > begin && (is_alpha(text[i - 1]) || is_digit(text[i - 1]));
    bool before_word = i + 1 < pos && (is_alpha(text[i + 1]) || is_digit(text[i + 1]));
    if (!after_word && before_word) open = true;
    else if (after_word && !before_word) open = false;
  }
  return open;
}

}  // namespace

// Feet and inches written with primes or "in": "5' 10\"", "over 5''", "6ft 4in", "5 ft 2 in".
// The unit tables leave these marks out because out of context they are quotation marks and
// the preposition; here they follow digits, and "in" either touches them or cannot be the
// preposition (nothing follows it in the clause, or it follows a length in feet).
std::optional<std::pair<const Unit*, std::size_t>> FigureFinder::mark_unit(const Quantity& q) const {
  if (!plain(q) || q.number.words || q.sign < 0) return std::nullopt;
  std::string_view text = src_.text;
  std::size_t e = q.end;
  if (e >= s_.end) return std::nullopt;
  auto word_char = [&](std::size_t i) { return i < s_.end && (is_alpha(text[i]) || is_digit(text[i])); };
  const Unit* inch = lex_.unit_by_symbol("in");
  const Unit* foot = lex_.unit_by_symbol("ft");
  if (!inch || !foot) return std::nullopt;
  if (text[e] == '\'' && e + 1 < s_.end && text[e + 1] == '\'' && !word_char(e + 2))
    return std::make_pair(inch, e + 2);
  if (text[e] == '"' && !word_char(e + 1) && !inside_quotation(text, s_.begin, e, '"'))
    return std::make_pair(inch, e + 1);
  // "5'4\"": feet written tight against the inches that follow.
  std::size_t inches = e + 1;
  while (inches < s_.end && is_digit(text[inches])) ++inches;
  bool tight = inches > e + 1 && inches < s_.end &&
               (text[inches] == '"' || text.substr(inches, 2) == "''" || text.substr(inches, 3) == "\xE2\x80\xB3");
  if (text[e] == '\'' && (tight || !word_char(e + 1)) && !inside_quotation(text, s_.begin, e, '\''))
    return std::make_pair(foot, e + 1);
  if (text.substr(e, 3) == "\xE2\x80\xB2" && !word_char(e + 3)) return std::make_pair(foot, e + 3);
  // The inch's symbol ("in"), touching the digits, or after a space where it ends the clause or
  // follows feet.
  std::size_t w = e < s_.end && text[e] == ' ' ? e + 1 : e;
  const std::size_t in_end = w + inch->symbol.size();
  if (in_end > s_.end || text.substr(w, inch->symbol.size()) != inch->symbol || word_char(in_end)) return std::nullopt;
  if (w == e) return std::make_pair(inch, in_end);
  std::size_t after = skip_spaces(text, in_end, s_.end);
  bool clause_end = after >= s_.end || std::string_view(".,;:!?)").find(text[after]) != std::string_view::npos;
  bool after_feet = false;
  if (prev_end_ > s_.begin && skip_spaces_back(text, q.begin, s_.begin) == prev_end_) {
    auto m = lex_.units().ending_at(text, prev_end_, 2);
    after_feet = m && m->first >= s_.begin && lex_.unit(m->second.id).symbol == foot->symbol;
  }
  // "2.5 in long": a length adjective is no object of the preposition ("5 in high jump" is).
  bool length_word = false;
  if (auto cue = word_after(text, in_end, s_.end); cue && cue->begin == in_end + 1) {
    auto cls = lex_.classify_word(lower_ascii(cue->view(text)));
    auto next = word_after(text, cue->end, s_.end);
    bool noun_after = next && next->begin == skip_spaces(text, cue->end, s_.end) && is_content_word(next->view(text), lex_);
    length_word = cls && *cls == WordClass::length_cue && !noun_after;
  }
  if (clause_end || after_feet || length_word) return std::make_pair(inch, in_end);
  return std::nullopt;
}

// A scale letter that the words of the sentence make a unit (unit_senses.tsv): "the 1500b
// packet" is 1500 bits, "32K of memory" 32 kibibytes; after a scale word, a lone letter
// ending the clause is that unit ("a 16 billion b file"). Fills kind, unit and value.
bool FigureFinder::letter_unit(const Quantity& q, Claim& claim, std::size_t& end) const {
  if (q.currency || q.unit || q.ordinal || q.per_unit || !q.scale_word) return false;
  std::string_view text = src_.text;
  std::string_view sentence = text.substr(s_.begin, s_.end - s_.begin);
  double sign = q.sign < 0 ? -1 : 1;
  if (q.scale_word->begin == q.number.end) {
    std::string_view letter = text.substr(q.scale_word->begin, q.scale_word->end - q.scale_word->begin);
    // A noun phrase after the figure names what it counts: the cue must be in it ("the
    // 1500b packet", "32K word core memory"); "2b users" counts users, whatever follows.
    // A plural noun right after counts things ("2b files", "8b users"): the letter is a scale.
    if (auto first = word_after(text, q.end, s_.end); first && first->begin == skip_spaces(text, q.end, s_.end)) {
      std::string word = lower_ascii(first->view(text));
      if (is_content_word(word, lex_) && factsheet::text::lemmatize_noun(word, lex_.lemma_rules()) != word) return false;
    }
    std::string_view scope = sentence;
    std::size_t phrase_end = q.end;
    for (int i = 0; i < kMaxSenseWords; ++i) {
      auto w = word_after(text, phrase_end, s_.end);
      if (!w || w->begin != skip_spaces(text, phrase_end, s_.end) || !is_content_word(w->view(text), lex_)) break;
      phrase_end = w->end;
    }
    if (phrase_end > q.end) scope = text.substr(q.end, phrase_end - q.end);
    const Unit* u = lex_.unit_sense(letter, scope);
    if (!u) return false;
    set_unit(claim, *u);
    claim.value = sign * q.number.value;
    end = q.end;
    return true;
  }
  auto w = word_after(text, q.end, s_.end);
  if (!w || w->begin != q.end + 1 || w->end - w->begin != 1) return false;
  std::size_t after = skip_spaces(text, w->end, s_.end);
  if (after < s_.end && std::string_view(".,;:!?)").find(text[after]) == std::string_view::npos) return false;
  const Unit* u = lex_.unit_sense(w->view(text), sentence);
  if (!u) return false;
  set_unit(claim, *u);
  claim.value = q.value();
  end = w->end;
  return true;
}

// A figure in a unit of length other than the ambiguous "m" ("30ft", "10 dm", "8km") in the
// sentence; computed once per sentence.
bool FigureFinder::sentence_has_length() const {
  if (length_in_sentence_ < 0) {
    std::string_view text = src_.text;
    length_in_sentence_ = 0;
    for (std::size_t p = s_.begin; p < s_.end && !length_in_sentence_; ++p) {
      if (!is_digit(text[p]) || (p + 1 < s_.end && is_digit(text[p + 1]))) continue;
      std::size_t u = p + 1 < s_.end && text[p + 1] == ' ' ? p + 2 : p + 1;
      auto m = lex_.units().longest(text, u);
      if (!m) continue;
      std::size_t e = u + m->length;
      bool whole = e >= s_.end || !is_alpha(text[e]);
      const Unit& unit = lex_.unit(m->id);
      if (whole && unit.dimension == kLength && unit.symbol != "m") length_in_sentence_ = 1;
    }
  }
  return length_in_sentence_ == 1;
}

// A currency written in letters counts as money only beside a number, on a side where the
// currency may stand: "won", "gold", "real" and "rand" are also words ("Kluft won the long
// jump at 6.63m", "a world record of 4.91m to claim the gold", "Kenteris won 200m gold":
// "won" is written after its number only). Beside: a number right before it, with or
// without a scale word ("5 won", "5bn won", "3 million rand"), or right after it ("USD 5").
bool FigureFinder::beside_number(std::size_t begin, std::size_t end, const Currency& currency) const {
  std::string_view text = src_.text;
  std::size_t after = skip_spaces(text, end, s_.end);
  if (currency.prefix && after < s_.end && is_digit(text[after])) return true;
  if (!currency.suffix) return false;
  std::size_t before = skip_spaces_back(text, begin, s_.begin);
  if (before > s_.begin && is_digit(text[before - 1])) return true;
  auto scale = word_before(text, begin, s_.begin);
  if (!scale || scale->end != before) return false;
  auto m = lex_.scales().longest(text, scale->begin);
  if (!m || scale->begin + m->length != scale->end) return false;
  std::size_t number = skip_spaces_back(text, scale->begin, s_.begin);  // "5bn" or "5 million"
  return number > s_.begin && is_digit(text[number - 1]);
}

// Any currency symbol in the sentence, or a currency word beside a number; computed once
// per sentence.
bool FigureFinder::sentence_has_currency() const {
  if (currency_in_sentence_ < 0) {
    std::string_view text = src_.text;
    currency_in_sentence_ = 0;
    for (std::size_t p = s_.begin; p < s_.end && !currency_in_sentence_; ++p) {
      bool start = p == s_.begin || !is_alpha(text[p - 1]);
      if (!start) continue;
      auto m = lex_.currencies().longest(text, p);
      if (!m) continue;
      std::size_t e = p + m->length;
      if (!is_alpha(text[p])) {
        currency_in_sentence_ = 1;
      } else if (e >= s_.end || !is_alpha(text[e])) {
        currency_in_sentence_ = beside_number(p, e, lex_.currency(m->id)) ? 1 : 0;
      }
    }
  }
  return currency_in_sentence_ == 1;
}

// "an hour and a half", "a cent and a half": one unit, named with the article, and half of
// it. The candidate is "half"; the unit and its article stand before "and a". A number
// before the unit ("two hours and a half") is read with it and completed afterwards
// (composite_money.cpp).
std::optional<Claim> FigureFinder::read_unit_and_half(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  // The candidate is "half" or "a half".
  std::size_t half = c.begin;
  auto first = word_after(text, c.begin, c.end);
  bool with_article = first && first->end < c.end && lex_.context().has_role(first->view(text), SyntaxRole::indefinite);
  if (with_article) half = skip_spaces(text, first->end, c.end);
  if (!is_half_word(text.substr(half, c.end - half), lex_)) return std::nullopt;
  auto a = word_before(text, c.begin, s_.begin);
  if (!a) return std::nullopt;
  std::size_t p = a->begin;
  if (!with_article && lex_.context().has_role(a->view(text), SyntaxRole::indefinite)) {
    auto w = word_before(text, a->begin, s_.begin);
    if (!w) return std::nullopt;
    a = w;
  }
  if (!lex_.context().has_role(a->view(text), SyntaxRole::additive)) return std::nullopt;
  p = skip_spaces_back(text, a->begin, s_.begin);
  if (p <= prev_end_) return std::nullopt;
  const Unit* unit = nullptr;
  const Currency* money = nullptr;
  std::size_t unit_begin = 0;
  if (auto m = lex_.units().ending_at(text, p, 2); m && m->first >= s_.begin) {
    unit = &lex_.unit(m->second.id);
    unit_begin = m->first;
  } else if (auto m = lex_.currencies().ending_at(text, p, 2); m && m->first >= s_.begin) {
    money = &lex_.currency(m->second.id);
    if (!money->suffix) return std::nullopt;
    unit_begin = m->first;
  } else {
    return std::nullopt;
  }
  if (unit && unit->kind != Kind::measure && unit->kind != Kind::duration) return std::nullopt;
  auto article = word_before(text, unit_begin, s_.begin);
  if (!article || skip_spaces_back(text, unit_begin, s_.begin) != article->end) return std::nullopt;
  if (!lex_.context().has_role(article->view(text), SyntaxRole::indefinite)) return std::nullopt;
  Claim claim;
  if (unit) {
    set_unit(claim, *unit);
    claim.value = 1.5;
  } else {
    const Currency* major = money->factor == 1 ? money : lex_.currency_by_code(money->code);
    claim.kind = Kind::money;
    claim.unit = money->code;
    claim.unit_name = major ? major->name : money->name;
    claim.value = 1.5 * money->factor;
  }
  std::size_t end = c.end;
  attach_context(claim, article->begin, end, 0);
  resume = end;
  return claim;
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

}  // namespace factsheet::extract
