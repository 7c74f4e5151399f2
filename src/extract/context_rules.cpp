#include "extract/context_rules.hpp"

#include "extract/counted_noun.hpp"
#include "extract/words.hpp"
#include "text/chars.hpp"

namespace factsheet::extract {
namespace {

// "by" and adverbs between a change verb and its figure ("rose sharply by 5%"): three.
constexpr int kMaxVerbGapWords = 3;
// A transitive verb's object before "by" ("cut interest rates by"): four words.
constexpr int kMaxObjectWords = 4;
// A determiner and adjectives before a figure with a change noun ("a steep 4 percent fall"): three.
constexpr int kMaxChangeNounLead = 3;

bool has_upper(std::string_view w) {
  for (char c : w)
    if (text::is_upper(c)) return true;
  return false;
}

using text::is_alpha;
using text::is_digit;

std::string_view clipped(const Sentence& s) { return s.text.substr(0, s.end); }

}  // namespace

std::optional<QualifierMatch> qualifier_before(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  auto m = lex.qualifiers().ending_at(clipped(s), pos, 4);
  if (!m || m->first < s.begin) return std::nullopt;
  const QualifierPhrase& q = lex.qualifier(m->second.id);
  if (q.after || q.qualifier == Qualifier::eq) return std::nullopt;
  return QualifierMatch{q.qualifier, m->first, m->first + m->second.length};
}

std::optional<std::size_t> exact_before(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  auto m = lex.qualifiers().ending_at(clipped(s), pos, 2);
  if (!m || m->first < s.begin) return std::nullopt;
  const QualifierPhrase& q = lex.qualifier(m->second.id);
  if (q.after || q.qualifier != Qualifier::eq) return std::nullopt;
  return m->first;
}

std::optional<QualifierMatch> qualifier_after(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  std::string_view text = clipped(s);
  if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {  // "20+", "40-odd" touch the number
    auto m = lex.qualifiers().longest(text, pos);
    if (m && lex.qualifier(m->id).after) return QualifierMatch{lex.qualifier(m->id).qualifier, pos, pos + m->length};
  }
  std::size_t p = skip_spaces(text, pos, s.end);
  if (p == pos) return std::nullopt;
  auto m = lex.qualifiers().longest(text, p);
  if (!m || !lex.qualifier(m->id).after || text.substr(p, m->length) == "+") return std::nullopt;
  return QualifierMatch{lex.qualifier(m->id).qualifier, p, p + m->length};
}

Change change_before(const Sentence& s, std::size_t pos, const Lexicon& lex, bool relative) {
  std::string_view text = clipped(s);
  // "grew just 0.1%", "rose by only 2%": exactness words stand between the verb and the figure.
  std::size_t p = exact_before(s, pos, lex).value_or(pos);
  bool by = false;
  bool verb_only = false;
  // "climbed an average of 9.2%", "rose a further 2%", "fell by a total of 300": an
  // aggregate or "further" in front of the figure belongs to it, not to the verb.
  {
    auto w1 = word_before(text, p, s.begin);
    std::string l1 = w1 ? lower_ascii(w1->view(text)) : "";
    if (lex.context().has_role(l1, SyntaxRole::partitive)) {
      auto w2 = word_before(text, w1->begin, s.begin);
      auto w3 = w2 ? word_before(text, w2->begin, s.begin) : std::nullopt;
      std::string l2 = w2 ? lower_ascii(w2->view(text)) : "", l3 = w3 ? lower_ascii(w3->view(text)) : "";
      if (w3 && lex.context().has_role(l2, SyntaxRole::aggregate) && lex.context().has_role(l3, SyntaxRole::indefinite))
        p = w3->begin;
    } else if (lex.context().has_role(l1, SyntaxRole::additional)) {
      auto w2 = word_before(text, w1->begin, s.begin);
      std::string l2 = w2 ? lower_ascii(w2->view(text)) : "";
      if (w2 && lex.context().has_role(l2, SyntaxRole::indefinite)) p = w2->begin;
    } else if (w1 && w1->view(text) == l1 && !lex.context().has_role(l1, SyntaxRole::indefinite) && is_content_word(l1, lex)) {
      // "cut by a massive £35 billion", "grew a lacklustre 2.9%": an adjective after the
      // article; then only a verb gives the direction ("messed up a free-kick 20 yards out").
      auto w2 = word_before(text, w1->begin, s.begin);
      std::string l2 = w2 ? lower_ascii(w2->view(text)) : "";
      if (w2 && lex.context().has_role(l2, SyntaxRole::indefinite)) {
        p = w2->begin;
        verb_only = true;
      }
    } else if (lex.context().has_role(l1, SyntaxRole::another)) {
      p = w1->begin;
    }
  }
  // Skip "by" and adverbs between the verb and the figure: "rose sharply by 5%".
  for (int i = 0; i < kMaxVerbGapWords; ++i) {
    auto w = word_before(text, p, s.begin);
    if (!w) break;
    std::string word = lower_ascii(w->view(text));
    auto cls = lex.classify_word(word);
    bool agent = lex.context().has_role(word, SyntaxRole::agent);
    if (agent || (cls && *cls == WordClass::adverb)) {
      by = by || agent;
      p = w->begin;
      continue;
    }
    break;
  }
  if (auto m = lex.changes().ending_at(text, p, 2); m && m->first >= s.begin) {
    const ChangeWord& cw = lex.change(m->second.id);
    if (cw.as_verb != Change::none && (!cw.verb_needs_by || by || relative)) return cw.as_verb;
    // "gave up 517 yards": after such verbs up/down is a particle.
    if (!verb_only && cw.as_adverb != Change::none && class_of_word_before(s, m->first, lex) != WordClass::phrasal)
      return cw.as_adverb;
  }
  // "cut interest rates by 0.5 points": a transitive verb with its object before "by".
  if (by) {
    std::size_t q = p;
    for (int i = 0; i < kMaxObjectWords; ++i) {
      auto w = word_before(text, q, s.begin);
      if (!w) break;
      auto m = lex.changes().longest(text, w->begin);
      if (m && m->length == w->end - w->begin && lex.change(m->id).as_verb != Change::none)
        return lex.change(m->id).as_verb;
      q = w->begin;
    }
  }
  // "raised prices 5%", "lifted interest rates 0.25%": a percentage right after the verb's
  // object, a short noun phrase with no preposition between.
  // Not for a bound ("reduce the deficit below 3%" names a level).
  auto names_level = [&] {
    auto bound = lex.qualifiers().longest(text, pos);
    return bound && !lex.qualifier(bound->id).after && lex.qualifier(bound->id).qualifier != Qualifier::approx;
  };
  if (relative && !by && !names_level()) {
    std::size_t q = p;
    for (int i = 0; i < kMaxObjectWords; ++i) {
      auto w = word_before(text, q, s.begin);
      if (!w || skip_spaces_back(text, q, s.begin) != w->end) break;
      std::string word = lower_ascii(w->view(text));
      auto m = lex.changes().longest(text, w->begin);
      if (i > 0 && m && m->length == w->end - w->begin && lex.change(m->id).as_verb != Change::none)
        return lex.change(m->id).as_verb;
      bool determiner = lex.context().has_role(word, SyntaxRole::determiner);
      if (!determiner && !is_content_word(w->view(text), lex)) break;
      q = w->begin;
    }
  }
  // "an increase of 5%", "a drop of 3 points"
  auto of = word_before(text, p, s.begin);
  if (of && lex.context().has_role(of->view(text), SyntaxRole::partitive)) {
    if (auto m = lex.changes().ending_at(text, of->begin, 1); m && m->first >= s.begin) {
      const ChangeWord& cw = lex.change(m->second.id);
      if (cw.as_noun != Change::none) return cw.as_noun;
    }
  }
  return Change::none;
}

Change change_after(const Sentence& s, std::size_t begin, std::size_t pos, const Lexicon& lex) {
  std::string_view text = clipped(s);
  // A change noun names the figure's own change only after a determiner: "a 2% drop", "the
  // 60% rise", "its 8-point gain", also with adjectives after it ("a steep 4 percent fall", "a modest 1% gain").
  bool headed = false;
  std::size_t q = begin;
  for (int i = 0; i < kMaxChangeNounLead; ++i) {
    auto w = word_before(text, q, s.begin);
    if (!w) break;
    std::string word = lower_ascii(w->view(text));
    if (lex.context().has_role(word, SyntaxRole::determiner)) {  // "a", "the", "its"
      headed = true;
      break;
    }
    auto cls = lex.classify_word(word);
    bool adjective = w->view(text) == word && !(cls && (*cls == WordClass::function || *cls == WordClass::verb ||
                                                          *cls == WordClass::temporal));
    if (!adjective) break;
    q = w->begin;
  }
  std::size_t p = pos;
  if (p < s.end && text[p] == '-') ++p;  // "a 2%-drop"
  auto w = word_after(text, p, s.end);
  if (!w) return Change::none;
  auto m = lex.changes().longest(text, w->begin);
  if (!m || m->length != w->end - w->begin) return Change::none;
  const ChangeWord& cw = lex.change(m->id);
  if (cw.as_noun != Change::none && headed) return cw.as_noun;
  // "5% higher", "3 points lower"; not "up" after a figure ("5 up" is rare and ambiguous).
  std::string word = lower_ascii(w->view(text));
  if (lex.context().has_role(word, SyntaxRole::comparative_change)) return cw.as_adverb;
  return Change::none;
}

bool change_only_after(std::string_view text, const Claim& claim, const Lexicon& lex) {
  if (claim.change == Change::none || claim.end > text.size() || claim.start > claim.end) return false;
  Sentence s{text, 0, text.size()};
  bool relative = claim.kind == Kind::percent;
  return change_before(s, claim.start, lex, relative) == Change::none &&
         change_after(s, claim.start, claim.end, lex) == claim.change;
}

bool exact_before_claim(std::string_view text, const Claim& claim, const Lexicon& lex) {
  if (claim.start > text.size()) return false;
  return exact_before(Sentence{text, 0, text.size()}, claim.start, lex).has_value();
}

IdentifierCue identifier_before(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  std::string_view text = s.text;
  using enum IdentifierCue;
  if (pos > s.begin) {
    char c = text[pos - 1];
    if (c == '#') return attached;
    if (is_alpha(c) || c == '_') return attached;  // "XC40", "G20"; currencies are checked first
    // "COVID-19", "F-16", "TA-35" but not "mid-2024", "sub-7" or "minus-5".
    if (c == '-' && pos - 1 > s.begin && is_alpha(text[pos - 2])) {
      auto w = word_before(text, pos - 1, s.begin);
      return w && has_upper(w->view(text)) ? attached : none;
    }
    // "COVID -19": a hyphen spaced off an acronym still joins a code; a figure with a unit
    // ("GDP -0.5%") is told apart by the caller, as after any identifier prefix.
    if (c == '-' && pos - 1 > s.begin && text[pos - 2] == ' ') {
      auto w = word_before(text, pos - 2, s.begin);
      if (w && w->end == pos - 2 && w->view(text).size() >= 2 && is_all_caps(w->view(text))) return prefix;
    }
    // The rest of a token the grammars did not take: "3.5.1", "1,2345".
    if ((c == '.' || c == ':' || c == ',') && pos - 1 > s.begin && is_digit(text[pos - 2])) return attached;
  }
  // "No. 5", "p. 12": an abbreviation with its period.
  std::size_t p = skip_spaces_back(text, pos, s.begin);
  bool period = p > s.begin && text[p - 1] == '.';
  auto w = word_before(text, period ? p - 1 : pos, s.begin);
  if (!w) return none;
  std::string_view word = w->view(text);
  std::string key = lower_ascii(word) + (period ? "." : "");
  auto cls = lex.classify_word(key);
  if (!cls && period) cls = lex.classify_word(lower_ascii(word));
  if (!cls) return none;
  if (*cls == WordClass::id_prefix) return prefix;
  return *cls == WordClass::id_prefix_cap && has_upper(word) ? prefix : none;
}

bool change_word_before(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  std::string_view text = clipped(s);
  auto m = lex.changes().ending_at(text, pos, 2);
  if (!m || m->first < s.begin) return false;
  const ChangeWord& cw = lex.change(m->second.id);
  return cw.as_verb != Change::none || cw.as_adverb != Change::none;
}

std::size_t token_end(const Sentence& s, std::size_t pos) {
  std::size_t p = pos;
  std::string_view text = s.text;
  while (p < s.end) {
    char c = text[p];
    if (is_digit(c) || is_alpha(c)) {
      ++p;
    } else if ((c == '-' || c == '.' || c == '/' || c == ':') && p + 1 < s.end &&
               (is_digit(text[p + 1]) || is_alpha(text[p + 1]))) {
      ++p;
    } else {
      break;
    }
  }
  return p;
}

bool list_marker(const Sentence& s, std::size_t pos, std::size_t end) {
  std::string_view text = s.text;
  // Only the first token of a line can be a marker; sentences start at line starts, so
  // look back no further than the sentence (never scan a long line per candidate).
  std::size_t first = s.begin;
  while (first < pos && (text[first] == ' ' || text[first] == '\t' || text[first] == '(')) ++first;
  if (first != pos) return false;
  std::size_t b = s.begin;
  while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
  if (b > 0 && text[b - 1] != '\n' && text[b - 1] != '\r') return false;
  return end < text.size() && (text[end] == '.' || text[end] == ')') && end + 1 < text.size() &&
         (text[end + 1] == ' ' || text[end + 1] == '\t');
}

bool level_left_before(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  auto from = word_before(s.text, pos, s.begin);
  // A verb that needs "by" for a size ("cut", "raised") takes "from" levels without it.
  return from && lex.context().has_role(from->view(s.text), SyntaxRole::range_from) &&
         (change_before(s, from->begin, lex) != Change::none || change_word_before(s, from->begin, lex));
}

bool word_before_is(const Sentence& s, std::size_t pos, const Lexicon& lex, SyntaxRole role) {
  auto w = word_before(s.text, pos, s.begin);
  return w && lex.context().has_role(w->view(s.text), role);
}

bool span_has_role(std::string_view span, const Lexicon& lex, SyntaxRole role) {
  std::size_t i = 0;
  while (i < span.size()) {
    if (!is_alpha(span[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < span.size() && is_alpha(span[i])) ++i;
    if (lex.context().has_role(span.substr(b, i - b), role)) return true;
  }
  return false;
}

std::optional<WordClass> class_of_word_before(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  auto w = word_before(s.text, pos, s.begin);
  if (!w) return std::nullopt;
  return lex.classify_word(lower_ascii(w->view(s.text)));
}

std::optional<WordClass> class_of_word_after(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  auto w = word_after(s.text, pos, s.end);
  if (!w) return std::nullopt;
  return lex.classify_word(lower_ascii(w->view(s.text)));
}

std::optional<RateUnit> duration_rate_after(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  std::string_view text = clipped(s);
  auto per = word_after(text, pos, s.end);
  if (!per) return std::nullopt;
  std::string w = lower_ascii(per->view(text));
  if (!lex.context().has_role(w, SyntaxRole::rate) && !lex.context().has_role(w, SyntaxRole::indefinite) && !lex.context().has_role(w, SyntaxRole::distributive))
    return std::nullopt;
  auto unit_word = word_after(text, per->end, s.end);
  if (!unit_word) return std::nullopt;
  auto m = lex.units().longest(text, unit_word->begin);
  if (!m || unit_word->begin + m->length != unit_word->end) return std::nullopt;
  const Unit& u = lex.unit(m->id);
  if (u.kind != Kind::duration) return std::nullopt;
  if (auto next = word_after(text, unit_word->end, s.end)) {
    auto cls = lex.classify_word(lower_ascii(next->view(text)));
    if (cls && *cls == WordClass::temporal) return std::nullopt;
  }
  return RateUnit{&u, unit_word->end};
}

std::optional<RateUnit> hyphen_frequency_after(const Sentence& s, std::size_t pos, const Lexicon& lex) {
  std::string_view text = clipped(s);
  if (pos + 1 >= s.end || text[pos] != '-') return std::nullopt;
  auto w = word_after(text, pos + 1, s.end);
  if (!w || w->begin != pos + 1) return std::nullopt;
  std::string word = lower_ascii(w->view(text));
  if (word.size() < 5 || !word.ends_with("ly")) return std::nullopt;
  std::string base = word.substr(0, word.size() - 2);
  if (base.ends_with('i')) base.back() = 'y';  // "daily": day
  auto m = lex.units().longest(base, 0);
  if (!m || m->length != base.size()) return std::nullopt;
  const Unit& u = lex.unit(m->id);
  if (u.kind != Kind::duration) return std::nullopt;
  return RateUnit{&u, w->end};
}

}  // namespace factsheet::extract
