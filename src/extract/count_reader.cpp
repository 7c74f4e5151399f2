// Counts: the noun a number counts, vague magnitudes ("thousands of"), multiples ("twice"),
// partitives ("two of the companies"), and numbers that name rather than count.
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"
#include "text/chars.hpp"

namespace factsheet::extract {

using grammar::Quantity;
using namespace figure_helpers;

std::optional<Claim> FigureFinder::read_vague(const Candidate& c, std::size_t& resume) {
  auto v = grammar::parse_vague(src_, c.begin, s_.end);
  if (!v) return std::nullopt;
  std::string_view text = src_.text;
  std::size_t end = v->end;
  auto of = word_after(text, end, s_.end);
  bool chained = text.substr(v->begin, v->end - v->begin).find(' ') != std::string_view::npos;
  // "tens" or "scores" alone are not magnitudes; "thousands of", "tens of millions" are.
  if ((!of || !lex_.context().has_role(of->view(text), SyntaxRole::partitive)) && !chained) {
    if (lex_.context().has_role(text.substr(c.begin, c.end - c.begin), SyntaxRole::of_magnitude))
      return std::nullopt;
  }
  Claim claim;
  claim.kind = Kind::count;
  claim.low = v->low;
  claim.high = v->high;
  if (of && lex_.context().has_role(of->view(text), SyntaxRole::partitive)) {
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
  // "twice as fast", "twice the size" compare: a factor; "met twice" counts occasions, "twice a
  // week" and "once a month" their frequency.
  double times = lex_.number_word(m->id).value;
  Claim claim;
  claim.kind = Kind::count;
  claim.value = times;
  claim.unit = kTimesUnit;
  claim.unit_name = kTimesUnit;
  std::size_t end = c.end;
  // Not "once more", "once again": no factor of one.
  if (times == 1 || !factor_of_times(claim, end)) {
    // "twice a day", "at least once a month", "twice-daily sessions": a frequency.
    attach_rate(claim, end);
    if (end == c.end) {
      // "once" alone means "formerly" or "as soon as" ("he once worked", "once they left");
      // before "every" and a number it counts occasions ("at least once every two months";
      // not "once every player has signed").
      auto next = word_after(src_.text, c.end, s_.end);
      bool every = false;
      if (next && lex_.context().has_role(lower_ascii(next->view(src_.text)), SyntaxRole::distributive)) {
        std::size_t n = skip_spaces(src_.text, next->end, s_.end);
        every = n < s_.end && (is_digit(src_.text[n]) || lex_.number_words().longest(src_.text, n));
      }
      if (times == 1 && !every) return std::nullopt;
      // "twice a normal dose": a multiple of something named.
      if (next && lex_.context().has_role(next->view(src_.text), SyntaxRole::times_object)) return std::nullopt;
    }
  }
  attach_context(claim, c.begin, end, 0);
  resume = end;
  return claim;
}

// A comparison after a multiple: "as", "the" ("twice the size"), "more", "less", "fewer",
// or a comparative adjective ("faster", "higher"; words of the function and time classes,
// such as "over" and "later", are none).
bool FigureFinder::comparison_after(std::size_t end) const {
  auto next = word_after(src_.text, end, s_.end);
  if (!next || next->begin != skip_spaces(src_.text, end, s_.end)) return false;
  std::string w = lower_ascii(next->view(src_.text));
  // "twice as fast", "four times as many": not "four times as a player", "twice as Ulster".
  if (lex_.context().has_role(w, SyntaxRole::equative)) {
    auto degree = word_after(src_.text, next->end, s_.end);
    if (!degree || is_capitalized(degree->view(src_.text))) return false;
    return !lex_.context().has_role(lower_ascii(degree->view(src_.text)), SyntaxRole::determiner);
  }
  if (lex_.context().has_role(w, SyntaxRole::comparative)) return true;
  if (w.size() < 5 || !w.ends_with("er")) return false;
  auto cls = lex_.classify_word(w);
  return !cls || *cls == WordClass::adjective;
}

bool FigureFinder::fill_with_noun(const Quantity& q, Claim& claim, std::size_t& end) {
  if (spelled_in_name(q)) {
    if (q.number.value == 1) return false;  // "One Night", "Radio One": no figure at all
    claim.kind = Kind::other;
    claim.value = q.number.value;
    end = q.number.end;
    return true;
  }
  if (!fill_single(q, claim, end)) return false;
  if (claim.kind != Kind::count) return true;
  std::string_view text = src_.text;
  // "a three-to-one overlap": the second number of a pair counts nothing.
  if (second_of_pair(q)) {
    claim.kind = Kind::other;
    end = q.number.end;
    return true;
  }
  // "How can one wish ...", "does one need": after a modal or "do", "one" is a pronoun.
  if (q.number.words && q.number.value == 1) {
    if (auto aux = word_before(text, q.begin, s_.begin)) {
      std::string a = lower_ascii(aux->view(text));
      if (!lex_.context().has_role(a, SyntaxRole::negation) && lex_.context().has_role(a, SyntaxRole::auxiliary)) return false;
      if (lex_.context().has_role(a, SyntaxRole::negation) && !lex_.context().has_role(a, SyntaxRole::auxiliary)) return false;  // "no one came": a pronoun
    }
    if (q.begin >= s_.begin + 3 && lower_ascii(text.substr(q.begin - 3, 3)) == "no-") return false;  // "no-one"
  }
  // "1 million Indonesians" is plural: the scale word multiplies the one.
  bool singular = q.number.value == 1 && q.scale == 1;
  std::optional<CountedNoun> noun = find_counted_noun(text, end, s_.end, lex_, singular);
  // "20 or more songs": the post-qualifier stands between the number and its noun.
  if (!noun) {
    if (auto qa = qualifier_after(s_, end, lex_)) {
      noun = find_counted_noun(text, qa->end, s_.end, lex_, singular);
      if (noun) claim.qualifier = qa->qualifier;
    }
  }
  if (!noun) noun = collective_head(q);
  // "one of the finest hotels", "two of the companies", "all 25 of its channels", "one of
  // the world's largest makers", "one of the few moments", "six of those months"
  RankGroup rank = rank_group(q);
  if (!noun && rank != RankGroup::hyphenated) {
    if (auto n = partitive_noun(q, end)) {
      claim.unit = n->lemma;
      claim.unit_name = n->lemma;
      // "one of the richest leagues" picks a member out, it states no quantity: kind other,
      // with the noun of the whole kept as its unit.
      if (q.number.value == 1 && q.scale == 1) claim.kind = Kind::other;
      return true;
    }
  }
  if (!noun && !q.number.words) {
    if (auto models = model_plural(q)) {
      claim.unit = models->lemma;
      claim.unit_name = models->lemma;
      end = models->end;
      return true;
    }
  }
  if (!noun && !q.number.words && (bare_number_next_to_name(q) || model_number(q))) return false;
  // "a last-64 exit", "a top-10 finish" describe; "the last 16" names a round unless a
  // noun follows ("the last 16 games").
  if (rank == RankGroup::hyphenated || (rank == RankGroup::spaced && !noun)) return false;
  if (!noun) {
    // "a three-monthly report": the interval the adjective names, a duration.
    if (auto interval = hyphen_frequency_after(s_, q.end, lex_); interval && !q.unit && !q.currency && q.scale == 1) {
      set_unit(claim, *interval->unit);
      end = interval->end;
      return true;
    }
    if (auto adjective = hyphen_adjective(q)) {
      claim.kind = Kind::other;
      end = *adjective;
      return true;
    }
    if (auto compound = hyphen_compound(q)) {
      claim.unit = compound->lemma;
      claim.unit_name = compound->lemma;
      end = std::max(end, compound->end);
      // "10-times faster": a factor; "a 10-time winner" counts wins.
      if (compound->plural) factor_of_times(claim, end);
      return true;
    }
    if (auto compound = open_compound(q)) {
      claim.unit = compound->lemma;
      claim.unit_name = compound->lemma;
      end = std::max(end, compound->end);
      return true;
    }
    if (apposition_age(q) || predicate_age(q) || group_age(q)) {
      claim.kind = Kind::age;
      claim.unit = kYearUnit;
      claim.unit_name = "year of age";
      return true;
    }
  }
  if (noun) {
    // A premodified unit: "40 straight years" is a duration, "230 passing yards" a length.
    // Only a unit written as a word: "one prospective MP" is a person, not a megapixel.
    auto unit = lex_.units().longest(text, noun->head_begin);
    bool word_unit = unit && !is_all_caps(text.substr(noun->head_begin, unit->length));
    if (unit && word_unit && noun->head_begin + unit->length == noun->end &&
        lex_.unit(unit->id).kind != Kind::percent) {
      set_unit(claim, lex_.unit(unit->id));
    } else if (const Currency* cy = noun->begin == noun->head_begin ? currency_noun_from_place(noun->lemma) : nullptr) {
      claim.kind = Kind::money;
      claim.unit = cy->code;
      claim.unit_name = cy->name;
    } else {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
    }
    end = noun->end;
    if (factor_of_times(claim, end)) return true;
    attach_rate(claim, end);
    return true;
  }
  // A spelled-out number that counts nothing named ("the two met", "fell to number
  // three") states no figure, but it is a number of the text: a mention (kind other), kept
  // out of headline figures and the audit. "one" there is a pronoun ("one might say") and
  // is left out. A compound or a larger one is a figure ("twenty-two were hurt", "one
  // hundred and six").
  if (!q.number.words) return true;
  std::string_view written = src_.text.substr(q.number.begin, q.number.end - q.number.begin);
  bool compound = written.find_first_of(" -") != std::string_view::npos;
  // "Ocean's Twelve", "the Ford Five Hundred": capitalised inside a sentence, a name.
  bool capital = text::is_upper(written[0]) && word_before(src_.text, q.number.begin, s_.begin);
  if (!capital && (compound || q.number.value >= 10)) return true;
  // "minus one", "negative one": a signed one is a number, no pronoun.
  if (q.number.value == 1 && q.sign == 0) return false;
  claim.kind = Kind::other;
  return true;
}

// "the Three Gorges Dam", "the Two Ronnies", "Six Feet Under", "the One Music title": a
// number spelled with a capital inside a sentence, right before a capitalised word, is a
// word of a name, a mention (kind other). Not in a title-case line ("Firm Cuts Two Hundred
// Jobs"), where every word has its capital.
bool FigureFinder::spelled_in_name(const Quantity& q) const {
  std::string_view text = src_.text;
  if (!q.number.words || q.currency_before || !text::is_upper(text[q.number.begin])) return false;
  if (!word_before(text, q.number.begin, s_.begin)) return false;
  auto next = word_after(text, q.number.end, s_.end);
  if (!next || skip_spaces(text, q.number.end, s_.end) != next->begin || !is_capitalized(next->view(text)))
    return false;
  // A title-case line capitalises every word but the small ones: "Firm Cuts Two Hundred
  // Jobs". In a sentence, a lower-case verb or noun shows the capitals make a name.
  if (lower_content_word_ < 0) {
    lower_content_word_ = 0;
    for (auto w = next_word(text, s_.begin, s_.end); w && !lower_content_word_; w = next_word(text, w->end, s_.end)) {
      std::string_view word = w->view(text);
      if (!text::is_lower(word[0])) continue;
      const auto& syntax = lex_.context();
      lower_content_word_ = !syntax.has_role(word, SyntaxRole::determiner) &&
                            !syntax.has_role(word, SyntaxRole::preposition) &&
                            !syntax.has_role(word, SyntaxRole::conjunction);
    }
  }
  return lower_content_word_ == 1;
}

// "four times more", "16 times faster", "10-times faster", "three times the size": a count
// of times before a comparison is a factor, not occasions.
bool FigureFinder::factor_of_times(Claim& claim, std::size_t end) const {
  if (!claim.unit || *claim.unit != kTimesUnit || !comparison_after(end) || !std::holds_alternative<double>(claim.value))
    return false;
  claim.kind = Kind::ratio;
  claim.part = std::get<double>(claim.value);
  claim.whole = 1;
  claim.unit.reset();
  claim.unit_name.reset();
  return true;
}

// "3,000 tests per day", "two flights a week", "twice-daily": a count per unit of time.
void FigureFinder::attach_rate(Claim& claim, std::size_t& end) const {
  auto rate = duration_rate_after(s_, end, lex_);
  if (!rate) rate = hyphen_frequency_after(s_, end, lex_);
  if (!rate) return;
  claim.unit = *claim.unit + "/" + rate->unit->symbol;
  claim.unit_name = *claim.unit_name + " per " + rate->unit->name;
  end = rate->end;
}

// "one in five of its viewers", "one in ten of the state-owned People's Bank's customers":
// "of", a determiner, an owner, then a plural noun (not a count of its own: "one in 13 of the
// 48 million cards" names its whole with a figure, read on its own).
std::optional<CountedNoun> FigureFinder::share_whole_noun(std::size_t end) const {
  std::string_view text = src_.text;
  auto of = word_after(text, end, s_.end);
  if (!of || of->begin != skip_spaces(text, end, s_.end) || !lex_.context().has_role(of->view(text), SyntaxRole::partitive))
    return std::nullopt;
  std::size_t p = of->end;
  auto det = word_after(text, p, s_.end);
  if (!det || !lex_.context().has_role(lower_ascii(det->view(text)), SyntaxRole::determiner)) return std::nullopt;
  p = past_owner(text, det->end, s_.end, lex_);
  std::size_t next = skip_spaces(text, p, s_.end);
  if (next < s_.end && is_digit(text[next])) return std::nullopt;
  auto noun = find_counted_noun(text, p, s_.end, lex_, false);
  if (!noun || noun->begin != next) return std::nullopt;
  return noun;
}

// The plural noun of a partitive after a whole number: "of" and a determiner ("the", "its",
// "those"), then an optional possessive ("the world's") and "few" or "many". Digits need the
// determiner ("25 of its channels"); "5 of 10" is a ratio, read before.
std::optional<CountedNoun> FigureFinder::partitive_noun(const Quantity& q, std::size_t end) const {
  std::string_view text = src_.text;
  if (q.number.decimals || q.scale != 1 || !integral(q.number.value)) return std::nullopt;
  auto of = word_after(text, end, s_.end);
  if (!of || !lex_.context().has_role(of->view(text), SyntaxRole::partitive) || of->begin != skip_spaces(text, end, s_.end)) return std::nullopt;
  std::size_t p = of->end;
  auto det = word_after(text, p, s_.end);
  bool determiner = det && lex_.context().has_role(lower_ascii(det->view(text)), SyntaxRole::determiner);
  if (determiner) p = det->end;
  else if (!q.number.words) return std::nullopt;
  // "the world's", "the Lords'", and alone "one of hip-hop's most influential labels".
  p = past_owner(text, p, s_.end, lex_);
  if (auto vague = word_after(text, p, s_.end)) {
    if (lex_.context().has_role(vague->view(text), SyntaxRole::vague)) p = vague->end;
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

// "the last 16", "the top 10", "the bottom three", "a last-64 exit", "a top-10
// finish": after these words a whole number names a group by rank or a round of a contest.
// The words are a closed set; "last" also has its time class in words.tsv.
FigureFinder::RankGroup FigureFinder::rank_group(const Quantity& q) const {
  if (q.number.decimals || q.number.grouped || q.sign || q.scale != 1 || q.currency || q.unit) return RankGroup::none;
  std::string_view text = src_.text;
  bool hyphen = q.begin > s_.begin && text[q.begin - 1] == '-';
  auto w = word_before(text, hyphen ? q.begin - 1 : q.begin, s_.begin);
  if (!w || !lex_.context().has_role(w->view(text), SyntaxRole::rank)) return RankGroup::none;
  if (hyphen) return w->end == q.begin - 1 ? RankGroup::hyphenated : RankGroup::none;
  if (w->end != skip_spaces_back(text, q.begin, s_.begin)) return RankGroup::none;
  // "the top 10", "the chart's top 10"; "top" also after a modifier ("a UK top 20 single",
  // "the all-time worst top 10") unless it is the verb ("sales to top 500,000").
  auto the = word_before(text, w->begin, s_.begin);
  if (lex_.context().has_role(w->view(text), SyntaxRole::rank_verb)) {
    if (!the) return RankGroup::spaced;
    std::string before = lower_ascii(the->view(text));
    if (lex_.context().has_role(before, SyntaxRole::infinitive) || lex_.context().has_role(before, SyntaxRole::auxiliary)) return RankGroup::none;
    return RankGroup::spaced;
  }
  if (!the) return RankGroup::none;
  std::string_view owner = the->view(text);
  bool possessive = text::possessive_length(owner) > 0;
  return lex_.context().has_role(owner, SyntaxRole::definite) || possessive ? RankGroup::spaced : RankGroup::none;
}

// A house number before a street name, a model number before its name ("the 747 Jumbo"), a
// squad number or a version after a name ("Firefox 1.0", "Opera 8.0"): a bare number next
// to a proper name is part of the name or a label, not a figure. A decimal only after it;
// and not a number with a scale word ("2 million BOE", "5 million TEU" are amounts; "the 50K
// Walk" is a name).
bool FigureFinder::bare_number_next_to_name(const Quantity& q) const {
  std::string_view text = src_.text;
  if (q.number.grouped || q.sign) return false;
  auto after = word_after(text, q.end, s_.end);
  bool scale_word = q.scale_word && q.scale_word->begin > q.number.end;
  if (!q.number.decimals && !scale_word && after && after->begin == skip_spaces(text, q.end, s_.end) &&
      is_capitalized(after->view(text)) && !lex_.months().longest(after->view(text), 0))
    return true;
  // "GB's 46-strong team", "Celtic's 11-game unbeaten run": a number joined by a hyphen to
  // a lower-case word is a compound modifier, not a model number ("Nokia's 7610 phone").
  if (q.end + 1 < s_.end && text[q.end] == '-' && text::is_lower(text[q.end + 1])) return false;
  auto before = word_before(text, q.begin, s_.begin);
  // "17 USD 25": the previous figure's unit is not a name.
  if (before && before->end == skip_spaces_back(text, q.begin, s_.begin) && before->end == q.begin - 1 &&
      before->begin >= prev_end_ && is_capitalized(before->view(text))) {
    auto cls = lex_.classify_word(lower_ascii(before->view(text)));
    if (cls || lex_.months().longest(before->view(text), 0) || pronoun_contraction(before->view(text))) return false;
    // A decimal is a version of the name only as a plain number right after it: not
    // "Sunday's 9.0 magnitude", "Approximately 1.1m".
    return !q.number.decimals || (q.scale == 1 && !text::possessive_length(before->view(text)) &&
                                  !qualifier_before(s_, q.begin, lex_));
  }
  return false;
}

// "I'm", "We're", "She's", "It's": a pronoun and a verb in one word, no name ("Ocean's",
// "Fahrenheit's" are).
bool FigureFinder::pronoun_contraction(std::string_view word) const {
  auto parts = split_at_apostrophe(word);
  if (!parts) return false;
  std::string_view rest = parts->suffix;
  std::string stem = lower_ascii(parts->stem);
  if (rest == "m" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d") return true;
  return rest == "s" && (lex_.context().has_role(stem, SyntaxRole::person) ||
                         lex_.context().has_role(stem, SyntaxRole::personal) || stem == "that" || stem == "there");
}

}  // namespace factsheet::extract
