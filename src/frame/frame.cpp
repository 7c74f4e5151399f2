#include "frame/frame.hpp"

#include <algorithm>

#include "frame/frame_context.hpp"
#include "frame/frame_words.hpp"
#include "text/chars.hpp"

namespace factsheet::frame {

using namespace detail;  // the readers of frame_entity.cpp and frame_period.cpp

namespace {

// ---- role and scope ---------------------------------------------------------

// "The EU expects the German deficit to fall to 2.9%", "analysts expect house prices to rise
// by 1%": a forecast cue whose object is followed by an infinitive of a verb of change or of
// a level ("to reach", "to be") makes the figure of that infinitive's clause a forecast, however
// long the object. `from` is the first piece of the figure's clause that may hold the cue.
bool forecast_infinitive(const Context& x, std::span<const Piece> before, std::size_t from) {
  const ContextVocabulary& roles = x.lexicon.context();
  std::string_view s = x.claim.sentence;
  auto verb_word = [&](const std::string& w) {
    const WordFacts* f = x.lexicon.word_facts(w);
    return (f && f->change_verb) || roles.has_role(w, SyntaxRole::verb) || roles.has_role(w, SyntaxRole::copula) ||
           roles.has_role(w, SyntaxRole::auxiliary);
  };
  // A word that opens a clause of its own ("a tempting target that there are thought to be").
  auto clause_word = [&](const Piece& p) {
    for (SyntaxRole r : {SyntaxRole::relative, SyntaxRole::subordinator, SyntaxRole::auxiliary, SyntaxRole::copula})
      if (roles.has_role(p.text, r)) return true;
    return false;
  };
  for (std::size_t t = before.size(); t-- > from + 1;) {
    if (t + 1 >= before.size() || before[t].text != "to") continue;
    const std::string& verb = before[t + 1].text;
    if (!verb_word(verb) || roles.has_role(verb, SyntaxRole::auxiliary)) continue;
    // The infinitive's own clause reaches the figure: no verb of another clause between
    // ("a plan to raise new money in 2003 cut GM's stake to 10%"); a passive's participle
    // belongs to it ("to be lifted within six months").
    std::size_t own = t + 2 + (roles.has_role(verb, SyntaxRole::copula) && t + 2 < before.size() ? 1 : 0);
    if (std::any_of(before.begin() + static_cast<std::ptrdiff_t>(own), before.end(),
                    [&](const Piece& p) { return verb_word(p.text); }))
      return false;
    // The cue and its object: at most kInfinitiveObject words before "to", no punctuation
    // between the cue and the figure (a comma closes the clause the cue governs).
    std::size_t k0 = t > from + kInfinitiveObject ? t - kInfinitiveObject : from;
    std::vector<Piece> object;
    object.reserve(t - k0);
    for (std::size_t k = k0; k < t; ++k)
      if (before[k].begin == 0 || !is_upper(s[before[k].begin])) object.push_back(before[k]);
    // Nor a clause of its own between the cue and "to".
    for (auto [b, e] : find_cues(object, x.cues.ids("forecast"))) {
      std::string_view gap = s.substr(object[b].end, x.figure_begin - object[b].end);
      if (gap.find_first_of(",;:()\"") != std::string_view::npos || gap.find(" - ") != std::string_view::npos ||
          gap.find("\u2013") != std::string_view::npos || gap.find("\u2014") != std::string_view::npos)
        continue;
      if (std::none_of(object.begin() + static_cast<std::ptrdiff_t>(e), object.end(), clause_word)) return true;
    }
    return false;  // the nearest infinitive decides
  }
  return false;
}

void read_role(const Context& x, Parts& out) {
  const Claim& c = x.claim;
  out.role = c.change != Change::none ? kRoleChange : kRoleCurrent;
  // "surged above $53", "fell below 5%": the level crossed, written as the figure's bound.
  if (c.change != Change::none && c.qualifier != Qualifier::eq) {
    std::string_view first = std::string_view(c.text).substr(0, c.text.find(' '));
    if (x.lexicon.context().has_role(lower_ascii(first), SyntaxRole::level_cross)) out.role = kRoleCurrent;
  }
  if (!x.placed) return;
  constexpr std::size_t kNear = 96;  // bytes before the figure that hold its role's cue
  PieceWindow before = pieces_between(c.sentence, x.figure_begin > kNear ? x.figure_begin - kNear : 0, x.figure_begin, x.cues);
  // The clause before the figure: after the last ';'.
  std::size_t clause = 0;
  for (std::size_t i = 1; i < before.size(); ++i) {
    std::string_view gap = std::string_view(c.sentence).substr(before[i - 1].end, before[i].begin - before[i - 1].end);
    if (gap.find(';') != std::string_view::npos) clause = i;
  }
  // Right before the figure, or before its article ("against a $375m profit a year
  // before"); not "from" then, which also names a source ("seize 12,900 acres from the
  // 32,000 acre farm", "financed from a 1% tax increase").
  const ContextVocabulary& roles = x.lexicon.context();
  bool article = !before.empty() && (roles.has_role(before.back().text, SyntaxRole::indefinite) ||
                                     roles.has_role(before.back().text, SyntaxRole::definite));
  for (auto [b, e] : find_cues(before, x.cues.ids("earlier")))
    if ((e == before.size() ||
         (article && e + 1 == before.size() && !roles.has_role(before[b].text, SyntaxRole::range_from))) &&
        c.change == Change::none) {
      out.role = kRoleEarlier;
      return;
    }
  std::size_t from = std::max(clause, before.size() > kRoleWindow ? before.size() - kRoleWindow : std::size_t{0});
  // A cue capitalised inside the sentence is a name, not a modal or a plan: "May 20",
  // "Will Smith", "Target" the retailer.
  std::vector<Piece> window;
  window.reserve(before.size() - std::min(from, before.size()));
  for (auto p = before.begin() + static_cast<std::ptrdiff_t>(from); p != before.end(); ++p)
    if (p->begin == 0 || !is_upper(c.sentence[p->begin])) window.push_back(*p);
  if (!find_cues(window, x.cues.ids("forecast")).empty() ||
      forecast_infinitive(x, before, std::max(clause, before.size() > kInfinitiveReach ? before.size() - kInfinitiveReach : std::size_t{0})))
    out.role = kRoleForecast;
}

void read_scope_cues(const Context& x, std::vector<std::string>& scope_words) {
  const Claim& c = x.claim;
  if (!x.placed) return;
  PieceWindow after = pieces_between(c.sentence, x.figure_end, x.figure_end + kScopeAfter, x.cues);
  const ContextVocabulary& roles = x.lexicon.context();
  for (const std::vector<std::string>& words : x.cues.words("scope")) {
    // A rate word of the cue ("per share") matches an article used as one ("530p a share").
    bool match = after.size() >= words.size();
    for (std::size_t k = 0; k < words.size() && match; ++k)
      match = after[k].text == words[k] || (roles.has_role(words[k], SyntaxRole::rate) &&
                                            roles.has_role(after[k].text, SyntaxRole::indefinite));
    if (!match) continue;
    std::string p;
    for (const std::string& w : words) {
      if (!p.empty()) p += ' ';
      p += w;
    }
    scope_words.push_back(std::move(p));
  }
  std::size_t from = x.figure_begin > kScopeBefore ? x.figure_begin - kScopeBefore : 0;
  PieceWindow before = pieces_between(c.sentence, from, x.figure_begin, x.cues);
  std::size_t first = before.size() > kScopeBeforeWords ? before.size() - kScopeBeforeWords : 0;
  for (std::size_t i = first; i < before.size(); ++i)
    if (x.cues.is(before[i].text, "scope_before")) scope_words.push_back(before[i].text);
}

bool measures_something(const Claim& c) {
  switch (c.kind) {
    case Kind::money:
    case Kind::percent:
    case Kind::count:
    case Kind::measure:
    case Kind::ratio:
    case Kind::duration:
    case Kind::age: return true;
    default: return false;
  }
}

}  // namespace

void fill_frame_in(Claim& c, const Lexicon& lexicon, const FrameCues& cues, const FrameVocabulary& vocabulary);

bool has_frame(Kind kind) {
  Claim c;
  c.kind = kind;
  return measures_something(c);
}

std::string_view sentence_window(std::string_view sentence, std::string_view figure) {
  if (sentence.size() <= 2 * kWindow) return sentence;
  std::size_t at = figure.empty() ? std::string_view::npos : sentence.find(figure);
  if (at == std::string_view::npos) return sentence.substr(0, 2 * kWindow);
  std::size_t begin = at > kWindow ? at - kWindow : 0;
  std::size_t end = std::min(sentence.size(), at + figure.size() + kWindow);
  // Whole words only.
  while (begin > 0 && begin < at && sentence[begin - 1] != ' ') ++begin;
  while (end < sentence.size() && end > at + figure.size() && sentence[end] != ' ') --end;
  return sentence.substr(begin, end - begin);
}

void fill_frame(Claim& c, const Lexicon& lexicon, const FrameCues& cues, const FrameVocabulary& vocabulary) {
  // A long sentence is read around the figure only, so that a sentence of many figures
  // costs each of them the same (the extractor reads sentences of up to 4,096 bytes).
  if (c.sentence.size() > 2 * kWindow) {
    Claim near = c;
    near.sentence = std::string(sentence_window(c.sentence, c.text));
    fill_frame_in(near, lexicon, cues, vocabulary);
    c.entity = std::move(near.entity);
    c.measure = std::move(near.measure);
    c.scope = std::move(near.scope);
    c.period = std::move(near.period);
    c.role = std::move(near.role);
    return;
  }
  fill_frame_in(c, lexicon, cues, vocabulary);
}

void fill_frame_in(Claim& c, const Lexicon& lexicon, const FrameCues& cues, const FrameVocabulary& vocabulary) {
  c.entity.reset();
  c.measure.reset();
  c.scope.reset();
  c.period.reset();
  c.role.reset();
  if (!measures_something(c)) return;
  Context x{c, lexicon, cues, vocabulary};
  if (std::size_t at = c.text.empty() ? std::string::npos : c.sentence.find(c.text); at != std::string::npos) {
    x.figure_begin = at;
    x.figure_end = at + c.text.size();
    x.placed = true;
  }
  Parts parts;
  std::vector<std::string> scope_words;
  read_subject(x, parts, scope_words);
  if (parts.entity.empty()) read_sentence_entity(x, parts);
  read_place_after(x, parts, scope_words);
  if (parts.entity.empty()) read_headline_entity(x, parts);
  if (parts.measure.empty() && (c.kind == Kind::count || c.kind == Kind::ratio) && c.unit) parts.measure = *c.unit;
  read_verb_measure(x, parts);
  read_scope_cues(x, scope_words);
  read_role(x, parts);
  read_period(x, parts);
  std::sort(scope_words.begin(), scope_words.end());
  scope_words.erase(std::unique(scope_words.begin(), scope_words.end()), scope_words.end());
  std::erase_if(scope_words, [&](const std::string& w) { return w.empty() || w == parts.entity || w == lower_ascii(parts.entity); });
  for (const std::string& w : scope_words) {
    if (!parts.scope.empty()) parts.scope += ' ';
    parts.scope += w;
  }

  auto set = [](std::optional<std::string>& field, std::string& value) {
    if (!value.empty()) field = std::move(value);
  };
  set(c.entity, parts.entity);
  set(c.measure, parts.measure);
  set(c.scope, parts.scope);
  set(c.period, parts.period);
  set(c.role, parts.role);
}

bool names_entity(std::string_view text, std::string_view entity, const FrameVocabulary& vocabulary) {
  if (entity.empty()) return false;
  if (lower_ascii(text).find(lower_ascii(entity)) != std::string::npos) return true;
  std::vector<Word> ws = words_of(text);
  for (std::size_t i = 0; i < ws.size(); ++i)
    if (auto p = place_at(ws, i, vocabulary); p && p->first == entity) return true;
  return false;
}

std::string frame_label(const Claim& c) {
  std::string out;
  for (const std::optional<std::string>* f : {&c.entity, &c.measure, &c.scope, &c.period, &c.role}) {
    if (!*f) continue;
    if (!out.empty()) out += " \xC2\xB7 ";
    out += **f;
  }
  return out;
}

}  // namespace factsheet::frame
