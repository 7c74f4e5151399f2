#include "frame/frame.hpp"

#include <algorithm>
#include <cstdlib>

#include "frame/calendar_period.hpp"
#include "frame/frame_words.hpp"
#include "text/chars.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::frame {
namespace {

constexpr std::size_t kRoleWindow = 5;      // words before a figure searched for a forecast cue
constexpr std::size_t kPeriodReach = 90;    // bytes from a figure to the period word that is its
constexpr std::size_t kWindow = 200;        // bytes of a long sentence read on each side of a figure
constexpr std::size_t kScopeAfter = 16;     // bytes after a figure for a scope cue ("per share")
constexpr std::size_t kScopeBefore = 64;    // bytes before a figure for "underlying" ...
constexpr std::size_t kScopeBeforeWords = 6;  // ... of which the last six words: its noun phrase
// The cue of a change against the year before (frame_cues.tsv): the figure keeps its own
// shorter period too.
constexpr const char* kYearBasis = "year-on-year";
// The period cues a figure's period is named from (frame_cues.tsv).
constexpr const char* kQuarter = "quarter";
constexpr const char* kHalf = "half";
constexpr const char* kMonth = "month";
constexpr const char* kYear = "year";

using text::is_digit;
using text::is_lower;
using text::is_upper;

using text::lower_ascii;
using text::right_quote_at;
using text::without_possessive;

// Everything a frame is read from, prepared once per claim.
struct Context {
  const Claim& claim;
  const Lexicon& lexicon;
  const FrameCues& cues;
  const FrameVocabulary& vocabulary;
  std::size_t figure_begin = 0, figure_end = 0;  // the figure within its sentence
  bool placed = false;                          // the figure was found in the sentence

  bool function_word(std::string_view w) const {
    std::string l = lower_ascii(w);
    auto cls = lexicon.classify_word(l);
    if (cls && (*cls == WordClass::function || *cls == WordClass::temporal || *cls == WordClass::verb)) return true;
    auto m = lexicon.months().longest(w, 0);
    return m && m->length == w.size();
  }
  std::optional<NounClass> noun(std::string_view w) const {
    std::string l = lower_ascii(without_possessive(w));
    if (auto c = vocabulary.noun(l)) return c;
    const std::string& lemma = lemma_of(l);
    if (lemma != l) return vocabulary.noun(lemma);
    return std::nullopt;
  }
  std::string lemma(std::string_view w) const { return lemma_of(lower_ascii(without_possessive(w))); }

  // The lemmas of this claim's words so far: the subject's words are asked for several
  // times, and lemmatising costs more than looking through a few.
  mutable std::vector<std::pair<std::string, std::string>> lemmas_ = {};
  const std::string& lemma_of(const std::string& lower) const {
    for (const auto& [word, lemma] : lemmas_)
      if (word == lower) return lemma;
    return lemmas_.emplace_back(lower, text::lemmatize_noun(lower, lexicon.lemma_rules())).second;
  }
};

// A place named by the words [i, i + n) of `ws` (longest first), its CLDR name.
std::optional<std::pair<std::string, std::size_t>> place_at(const std::vector<Word>& ws, std::size_t i,
                                                            const FrameVocabulary& vocabulary) {
  for (std::size_t n = std::min<std::size_t>(4, ws.size() - i); n >= 1; --n) {
    if (!is_upper(ws[i].text[0])) return std::nullopt;
    std::string alias;
    for (std::size_t k = 0; k < n; ++k) {
      if (k) alias += ' ';
      alias += lower_ascii(k + 1 == n ? without_possessive(ws[i + k].text) : ws[i + k].text);
    }
    if (auto p = vocabulary.place(alias)) return std::make_pair(std::string(*p), n);
    // "US-led", "UK-based": the place before a hyphen
    if (n == 1 && alias.find('-') != std::string::npos)
      if (auto q = vocabulary.place(alias.substr(0, alias.find('-')))) return std::make_pair(std::string(*q), 1);
  }
  return std::nullopt;
}

// A capitalised word that is a name by itself even at the start of a sentence:
// a possessive, an acronym or a capital inside ("Sony's", "EMI", "Wal-Mart").
bool name_by_itself(std::string_view w) {
  if (possessive(w)) return true;
  return std::any_of(w.begin() + 1, w.end(), is_upper);
}

// The entity's key: lower case, possessive and company endings dropped; a place by its
// CLDR name.
std::string entity_key(const std::vector<Word>& run, const Context& x) {
  std::vector<std::string> parts;
  for (const Word& w : run) parts.push_back(lower_ascii(without_possessive(w.text)));
  while (parts.size() > 1 && x.cues.is(parts.back(), "suffix")) parts.pop_back();
  std::string key;
  for (const std::string& p : parts) {
    if (!key.empty()) key += ' ';
    key += p;
  }
  if (auto place = x.vocabulary.place(key)) return std::string(*place);
  return key;
}

// Runs of capitalised words of `ws` in [from, to) that may name an entity. `sentence_start`:
// ws[0] opens a sentence, so its capital says nothing by itself.
struct NameRun {
  std::size_t first = 0, last = 0;  // words [first, last)
};

std::vector<NameRun> name_runs(const std::vector<Word>& ws, std::size_t from, std::size_t to, bool sentence_start,
                               const Context& x, const std::vector<std::string>& skip) {
  std::vector<NameRun> out;
  std::size_t i = from;
  while (i < to) {
    const std::string& t = ws[i].text;
    // An acronym is a name even where its lower case is a function word ("US").
    bool acronym = std::all_of(t.begin(), t.end(), [](char ch) { return is_upper(ch) || ch == '.'; });
    bool cap = is_upper(t[0]) && t.size() > 1 && (acronym || !x.function_word(without_possessive(t))) &&
               std::find(skip.begin(), skip.end(), lower_ascii(without_possessive(t))) == skip.end();
    if (!cap) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    // A run goes on over single spaces only: "Chinese, Kazakh" is two names.
    while (j < to && is_upper(ws[j].text[0]) && !possessive(ws[j - 1].text) && !x.function_word(ws[j].text) &&
           ws[j].begin - ws[j - 1].end <= 1)
      ++j;
    bool at_start = sentence_start && i == 0;
    bool keep = !at_start || name_by_itself(t) || j - i > 1 || place_at(ws, i, x.vocabulary);
    // A capitalised measure noun opening the sentence ("Sales rose") is no name.
    if (at_start && j - i == 1 && !name_by_itself(t) && x.noun(t)) keep = false;
    if (keep) out.push_back({i, j});
    i = j;
  }
  return out;
}

// "US media giant TimeWarner", "UK sportswear firm Umbro": after a place, a few lower-case
// words and a name that is no place: the place describes the named company, which is what
// the figure is about. The name's words [first, last), from ws[from] on.
std::optional<NameRun> described_name(const std::vector<Word>& ws, std::size_t from, std::size_t to, const Context& x) {
  constexpr std::size_t kDescriptorWords = 3;  // "mortgage firm", "media giant", "budget airline"
  std::size_t k = from;
  while (k < to && k - from < kDescriptorWords && is_lower(ws[k].text[0]) && !x.function_word(ws[k].text)) ++k;
  if (k == from || k >= to || !is_upper(ws[k].text[0]) || x.function_word(without_possessive(ws[k].text)) ||
      place_at(ws, k, x.vocabulary))
    return std::nullopt;
  for (std::size_t i = from; i <= k; ++i)
    if (ws[i].begin - ws[i - 1].end > 1) return std::nullopt;  // one phrase: no comma or bracket in between
  std::size_t j = k + 1;
  while (j < to && is_upper(ws[j].text[0]) && !possessive(ws[j - 1].text) && !x.function_word(ws[j].text) &&
         ws[j].begin - ws[j - 1].end <= 1)
    ++j;
  // The name closes the noun phrase: a lower-case word right after it makes the name a
  // modifier of another noun ("people in the UK download TV programmes").
  if (j < to && ws[j].begin - ws[j - 1].end <= 1 && !possessive(ws[j - 1].text) && is_lower(ws[j].text[0]) &&
      !x.function_word(ws[j].text))
    return std::nullopt;
  return NameRun{k, j};
}

struct Parts {
  std::string entity, measure, scope, period, role;
  // The measure is the subject's last word, no measure noun ("the economy"), or a bare
  // "rate" ("grew at an annual rate of 3.7%"): the verb may say what is measured.
  bool measure_from_verb = false;
  bool rate = false;  // of them, a bare "rate": a rate of the verb's change, stated as its value
};

// ---- entity and measure from the subject ---------------------------------

void read_subject(const Context& x, Parts& out, std::vector<std::string>& scope_words) {
  const Claim& c = x.claim;
  if (!c.subject || c.subject->empty()) return;
  std::vector<Word> ws = words_of(*c.subject);
  if (ws.empty()) return;
  std::size_t at = c.sentence.find(*c.subject);
  bool opens_sentence = at == 0 || at == std::string::npos;
  std::vector<bool> used(ws.size(), false);

  // A possessive name: "Google's net profit", "Time Warner's film division".
  for (std::size_t i = 0; i < ws.size() && out.entity.empty(); ++i) {
    if (!possessive(ws[i].text) || !is_upper(ws[i].text[0])) continue;
    std::size_t first = i;
    while (first > 0 && is_upper(ws[first - 1].text[0]) && !x.function_word(ws[first - 1].text)) --first;
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(first), ws.begin() + static_cast<std::ptrdiff_t>(i) + 1}, x);
    for (std::size_t k = first; k <= i; ++k) used[k] = true;
  }
  // Places: "US exports", "growth in China" (entity); a second place is the scope's
  // ("the US deficit with China").
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (used[i]) continue;
    auto p = place_at(ws, i, x.vocabulary);
    if (!p) continue;
    if (auto named = out.entity.empty() ? described_name(ws, i + p->second, ws.size(), x) : std::nullopt) {
      out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(named->first),
                               ws.begin() + static_cast<std::ptrdiff_t>(named->last)}, x);
      for (std::size_t k = i; k < named->last; ++k) used[k] = true;
      i = named->last - 1;
      continue;
    }
    for (std::size_t k = i; k < i + p->second; ++k) used[k] = true;
    if (out.entity.empty())
      out.entity = p->first;
    else if (lower_ascii(p->first) != lower_ascii(out.entity))
      scope_words.push_back(lower_ascii(p->first));
    i += p->second - 1;
  }
  // Another name: "Yugansk unit", "Fiat stake".
  if (out.entity.empty()) {
    for (const NameRun& r : name_runs(ws, 0, ws.size(), opens_sentence, x, {})) {
      bool measure = r.last - r.first == 1 && x.noun(ws[r.first].text) == NounClass::measure;
      if (measure) continue;
      out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(r.first), ws.begin() + static_cast<std::ptrdiff_t>(r.last)}, x);
      for (std::size_t k = r.first; k < r.last; ++k) used[k] = true;
      break;
    }
  }

  // The measure: the last measure noun (else act noun), with the nouns and modifiers
  // right before it.
  std::vector<std::size_t> content;
  for (std::size_t i = 0; i < ws.size(); ++i) {
    const std::string& t = ws[i].text;
    if (used[i] || is_digit(t[0]) || x.function_word(t)) continue;
    std::vector<Piece> ps = pieces_of(t);
    bool period_word = std::any_of(ps.begin(), ps.end(), [&](const Piece& p) {
      for (const char* cue : {kQuarter, kHalf, kMonth, "week", "day", kYear, "nine-months", "year-on-year",
                              "month-on-month", "quarter-on-quarter"})
        if (x.cues.is(p.text, cue)) return true;
      return x.lexicon.context().has_role(p.text, SyntaxRole::ordinal);
    });
    if (period_word) continue;
    content.push_back(i);
  }
  // The head is before a preposition: "spending on health" measures spending.
  std::size_t before_preposition = content.size();
  for (std::size_t k = 0; k < content.size(); ++k) {
    std::size_t w = content[k];
    bool preposition = false;
    for (std::size_t i = w; i-- > 0 && !preposition;) {
      if (k > 0 && i <= content[k - 1]) break;
      preposition = x.lexicon.context().has_role(ws[i].text, SyntaxRole::head_preposition);
    }
    if (preposition && k > 0) {
      before_preposition = k;
      break;
    }
  }
  std::optional<std::size_t> head;
  for (std::size_t end : {before_preposition, content.size()}) {
    for (NounClass want : {NounClass::measure, NounClass::act}) {
      for (std::size_t k = end; k-- > 0 && !head;)
        if (x.noun(ws[content[k]].text) == want) head = k;
      if (head) break;
    }
    if (head) break;
  }
  std::string unit_lemma = (c.kind == Kind::count || c.kind == Kind::ratio) && c.unit ? lower_ascii(*c.unit) : std::string();
  // A count or a ratio measures its counted noun ("26 of the 45 projects").
  const bool counted = (c.kind == Kind::count || c.kind == Kind::ratio) && c.unit && !c.unit->empty();
  if (counted) head.reset();
  if (!head && !content.empty() && !counted) {
    head = content.size() - 1;
    out.measure_from_verb = true;
  }
  const std::size_t head_at = head.value_or(content.size());
  std::size_t measure_first = head_at;
  if (head) {
    while (measure_first > 0) {
      std::size_t prev = content[measure_first - 1];
      if (prev + 1 != content[measure_first]) break;  // not adjacent
      const std::string& t = ws[prev].text;
      if (!x.noun(t) && !x.cues.is(lower_ascii(t), "modifier")) break;
      --measure_first;
    }
    std::string measure;
    for (std::size_t k = measure_first; k <= *head; ++k) {
      const std::string& t = ws[content[k]].text;
      if (!measure.empty()) measure += ' ';
      measure += k == *head ? x.lemma(t) : lower_ascii(without_possessive(t));
    }
    out.measure = measure;
    if (x.cues.is(x.lemma(ws[content[*head]].text), "rate-noun")) out.measure_from_verb = out.rate = true;
  }
  for (std::size_t k = 0; k < content.size(); ++k) {
    if (k >= measure_first && k <= head_at && head_at < content.size()) continue;
    std::string l = lower_ascii(without_possessive(ws[content[k]].text));
    if (x.cues.is(l, "pronoun") || x.cues.is(l, "suffix") || x.lemma(l) == unit_lemma) continue;
    scope_words.push_back(x.lemma(l));
  }
}

// ---- a measure from the verb ---------------------------------------------

// "the economy grew 4%", "Japan's economy grew by just 0.1%", "grew at an annual rate of
// 3.7%": the figure measures what the verb of change derives (WordNet: grow -> growth), the
// same measure as "growth of 4%".
void read_verb_measure(const Context& x, Parts& out) {
  constexpr std::size_t kVerbWords = 6;  // words before the figure searched for the verb
  const Claim& c = x.claim;
  if (!x.placed || !out.measure_from_verb || (c.change == Change::none && !out.rate)) return;
  // Only the entity as a whole ("Germany's economy") or a bare rate: "Germany's exports
  // grew 1.6%" measures the exports, which WordNet files as goods, not a measure.
  std::string head = out.measure.substr(out.measure.rfind(' ') == std::string::npos ? 0 : out.measure.rfind(' ') + 1);
  if (!out.rate && !x.cues.is(head, "whole")) return;
  // The verb is between the subject and the figure ("China's booming economy, which
  // expanded": not "booming").
  std::size_t subject_at = c.subject ? c.sentence.find(*c.subject) : std::string::npos;
  if (subject_at == std::string::npos || subject_at + c.subject->size() > x.figure_begin) return;
  std::size_t subject_end = subject_at + c.subject->size();
  std::vector<Piece> before = pieces_between(c.sentence, subject_end, x.figure_begin, x.cues);
  if (out.rate) {
    // A rate is the verb's only when the figure is the rate's and the verb right before
    // it: "grew at an annual rate of 3.7%", not "interest rates increased to 2%".
    std::vector<Piece> rate = pieces_between(c.sentence, subject_at, x.figure_begin, x.cues);
    if (rate.size() < 2 || !x.cues.is(rate[rate.size() - 2].text, "rate-noun") ||
        !x.lexicon.context().has_role(rate.back().text, SyntaxRole::partitive))
      return;
    constexpr std::size_t kBeforeRate = 48;  // bytes: "grew at a respectable"
    before = pieces_between(c.sentence, subject_at > kBeforeRate ? subject_at - kBeforeRate : 0, subject_at, x.cues);
    // The verb right before "at (a)": not "a 5.5% increase and sits against an inflation
    // rate of 1.6%".
    std::size_t at = before.size();
    for (std::size_t k = before.size(); k-- > 0 && k + 3 > before.size();)
      if (x.lexicon.context().has_role(before[k].text, SyntaxRole::rate_at)) at = k;
    if (at == before.size() || at == 0) return;
    before = {before[at - 1]};
  }
  std::size_t from = before.size() > kVerbWords ? before.size() - kVerbWords : 0;
  for (std::size_t i = before.size(); i-- > from;) {
    auto noun = x.vocabulary.verb_measure(before[i].text);
    if (!noun && x.cues.is(before[i].text, "growth-verb")) noun = "growth";
    if (!noun) continue;
    out.measure = std::string(*noun);
    return;
  }
}

// ---- entity from the sentence and the headline ---------------------------

void read_sentence_entity(const Context& x, Parts& out) {
  const Claim& c = x.claim;
  // The sentence's words stay as long as no other sentence's are asked for: below, only
  // this sentence's pieces are.
  const std::vector<Word>& ws = sentence_words(c.sentence, x.cues).words;
  std::vector<std::string> skip;
  if (c.attribution)
    for (const Word& w : words_of(*c.attribution)) skip.push_back(lower_ascii(without_possessive(w.text)));
  std::size_t figure = ws.size();  // the first word of the figure
  for (std::size_t i = 0; i < ws.size(); ++i)
    if (ws[i].end > x.figure_begin) {
      figure = i;
      break;
    }
  if (!x.placed) figure = ws.size();
  // The clause of the figure: after the last ';' or dash before it.
  std::size_t clause = 0;
  for (std::size_t i = 0; i < figure; ++i) {
    std::size_t gap_begin = i == 0 ? 0 : ws[i - 1].end;
    std::string_view gap = std::string_view(c.sentence).substr(gap_begin, ws[i].begin - gap_begin);
    if (gap.find(';') != std::string_view::npos || gap.find(" - ") != std::string_view::npos ||
        gap.find("\xE2\x80\x93") != std::string_view::npos)
      clause = i;
  }
  // A pronoun ("its", "the firm") in the clause: the headline's entity.
  std::size_t clause_begin = clause < ws.size() ? ws[clause].begin : 0;
  std::vector<Piece> ps = pieces_between(c.sentence, clause_begin,
                                         x.placed ? std::max(x.figure_begin, clause_begin) : c.sentence.size(), x.cues);
  const CuePhrases& pronouns = x.cues.ids("pronoun");
  std::vector<NameRun> before = name_runs(ws, clause, figure, clause == 0, x, skip);
  if (!before.empty()) {
    NameRun r = before.front();
    if (auto p = place_at(ws, r.first, x.vocabulary); p && r.first + p->second == r.last)
      if (auto named = described_name(ws, r.last, figure, x)) r = *named;
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(r.first), ws.begin() + static_cast<std::ptrdiff_t>(r.last)}, x);
    return;
  }
  if (!find_cues(ps, pronouns).empty()) return;  // the headline's, below
  std::vector<NameRun> earlier = name_runs(ws, 0, std::min(clause, ws.size()), true, x, skip);
  if (!earlier.empty()) {
    const NameRun& r = earlier.front();
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(r.first), ws.begin() + static_cast<std::ptrdiff_t>(r.last)}, x);
    return;
  }
  std::size_t past = figure;
  while (past < ws.size() && ws[past].begin < x.figure_end) ++past;
  std::vector<NameRun> after = name_runs(ws, past, ws.size(), false, x, skip);
  if (!after.empty()) {
    const NameRun& r = after.front();
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(r.first), ws.begin() + static_cast<std::ptrdiff_t>(r.last)}, x);
  }
}

void read_headline_entity(const Context& x, Parts& out) {
  if (!x.claim.title) return;
  std::vector<Word> ws = words_of(*x.claim.title);
  std::vector<NameRun> runs = name_runs(ws, 0, ws.size(), true, x, {});
  if (runs.empty()) return;
  out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(runs.front().first),
                           ws.begin() + static_cast<std::ptrdiff_t>(runs.front().last)}, x);
}

// ---- period and role -----------------------------------------------------

std::size_t distance_to_figure(const Context& x, std::size_t begin, std::size_t end) {
  if (end <= x.figure_begin) return x.figure_begin - end;
  if (begin >= x.figure_end) return begin - x.figure_end;
  return 0;
}

// Whether a period word at `at`, after the figure, is in another clause: past a ';' or a
// dash, or past a comma when the figure's own time comes before it ("grew 1.7% in 2004,
// growth ... lost momentum in the last three months of the year"). Conversions in
// brackets are the figure's clause ("40m rupees ($915,000; £486,000) for the three months").
bool another_clause(const Context& x, std::size_t at) {
  std::string_view gap = std::string_view(x.claim.sentence).substr(x.figure_end, at - x.figure_end);
  if (std::size_t close = gap.rfind(')'); close != std::string_view::npos) gap.remove_prefix(close + 1);
  if (gap.find(';') != std::string_view::npos || gap.find(" - ") != std::string_view::npos) return true;
  std::size_t comma = gap.find(',');
  if (comma == std::string_view::npos || !x.claim.time_text || x.claim.time_text->empty()) return false;
  return gap.substr(0, comma).find(*x.claim.time_text) != std::string_view::npos;
}

// The text between a figure and a place of its sentence, without what is in brackets
// ("2.39bn rupees ($54.98m; £29.32m) in the last three months").
std::string gap_to_figure(const Context& x, std::size_t begin, std::size_t end) {
  std::string_view s = x.claim.sentence;
  std::string_view gap = end <= x.figure_begin ? s.substr(end, x.figure_begin - end)
                         : begin >= x.figure_end ? s.substr(x.figure_end, begin - x.figure_end)
                                                 : std::string_view();
  // A figure inside brackets: only the text outside them counts.
  if (begin >= x.figure_end)
    if (std::size_t close = gap.find(')'); close != std::string_view::npos && gap.substr(0, close).find('(') == std::string_view::npos)
      gap.remove_prefix(close + 1);
  if (end <= x.figure_begin)
    if (std::size_t open = gap.rfind('('); open != std::string_view::npos && gap.substr(open).find(')') == std::string_view::npos)
      gap = gap.substr(0, open);
  std::string out;
  int depth = 0;
  for (char ch : gap) {
    if (ch == '(') ++depth;
    else if (ch == ')' && depth > 0) --depth;
    else if (depth == 0) out += ch;
  }
  return out;
}

// A quarter or half named by its months (calendar_period.hpp): "the last three months of
// 2004" (Q4 2004), "the three months to September" (Q3), "the July to September period"
// (Q3), or a numbered one with its year ("the third quarter of 2004"). `kind`, `best`,
// `best_at` and `best_end`: the period cue found nearest the figure, its distance and words.
std::optional<CalendarPeriod> read_calendar(const Context& x, const std::vector<Piece>& ps, const std::string& kind,
                                            std::size_t best, std::size_t best_at, std::size_t best_end) {
  std::vector<PeriodWord> words;
  for (const Piece& p : ps) words.push_back({p.text, p.begin, p.end});
  // A span of months nearer the figure than the cue, in its clause and with no other figure
  // between ("earned $630m in the October-to-December period, down from $1bn in the fourth
  // quarter of 2003": the span is the $630m's, the quarter of 2003 the $1bn's).
  for (CalendarPeriod& span : month_spans(words, x.lexicon, x.cues)) {
    std::size_t d = x.placed ? distance_to_figure(x, span.begin, span.end) : 0;
    if (d > kPeriodReach || (!kind.empty() && d >= best)) continue;
    if (x.placed && span.begin >= x.figure_end && another_clause(x, span.begin)) continue;
    std::string gap = x.placed ? gap_to_figure(x, span.begin, span.end) : std::string();
    if (std::any_of(gap.begin(), gap.end(), is_digit)) continue;
    return std::move(span);
  }
  if (kind == kQuarter || kind == kHalf)
    return period_at_cue(words, best_at, best_end, kind == kQuarter, x.lexicon, x.cues);
  // "the third quarter of 2004": the year written with a numbered quarter or half.
  bool numbered = !kind.empty() && (kind[0] == 'Q' || kind.ends_with(" half"));
  if (numbered && best_end + 1 < ps.size() && ps[best_end].text == "of" && ps[best_end + 1].text.size() == 4 &&
      std::all_of(ps[best_end + 1].text.begin(), ps[best_end + 1].text.end(), is_digit))
    return CalendarPeriod{kind, ps[best_end + 1].text, ps[best_at].begin, ps[best_end + 1].end};
  return std::nullopt;
}

// Whether the year of a calendar period's phrase is the figure's: not for the earlier value
// a change starts from ("against $125m a year earlier"), nor for a figure with a time of its
// own elsewhere in the sentence, nor across another figure ("$630m ..., down from $1bn in
// the fourth quarter of 2003").
bool calendar_year_applies(const Context& x, const CalendarPeriod& period, const std::string& role) {
  if (role == "earlier") return false;
  const Claim& c = x.claim;
  if (c.time_text && !c.time_text->empty()) {
    std::size_t at = c.sentence.find(*c.time_text, period.begin);
    if (at == std::string::npos || at + c.time_text->size() > period.end) return false;
  }
  if (!x.placed) return true;
  std::string gap = gap_to_figure(x, period.begin, period.end);
  return std::none_of(gap.begin(), gap.end(), is_digit);
}

void read_period(const Context& x, Parts& out) {
  const Claim& c = x.claim;
  // The words near the figure only: a period word further away is another figure's.
  constexpr std::size_t kNear = kPeriodReach + 24;
  std::vector<Piece> ps = x.placed ? pieces_between(c.sentence, x.figure_begin > kNear ? x.figure_begin - kNear : 0,
                                                    x.figure_end + kNear, x.cues)
                                   : sentence_words(c.sentence, x.cues).pieces;
  std::string kind;
  std::size_t best = SIZE_MAX;
  std::size_t best_at = 0, best_end = 0;
  // "at an annual rate of 3.7% in the third quarter": a rate per year of the quarter. The
  // basis is part of the period (a quarter's annualised growth is not its growth on the
  // quarter before), and its "annual" is no period "year".
  const std::vector<std::pair<std::size_t, std::size_t>> all_bases = find_cues(ps, x.cues.ids("rate-basis"));
  std::vector<std::pair<std::size_t, std::size_t>> bases = all_bases;
  // Only the figure's own rate: no other number between them ("an annual rate of 4% in
  // the third quarter of 2004 and for the year it came in at 4.4%").
  std::erase_if(bases, [&](const std::pair<std::size_t, std::size_t>& r) {
    if (!x.placed) return false;
    std::size_t b = ps[r.first].begin, e = ps[r.second - 1].end;
    if (distance_to_figure(x, b, e) > kPeriodReach) return true;
    std::string_view gap = e <= x.figure_begin ? std::string_view(c.sentence).substr(e, x.figure_begin - e)
                           : b >= x.figure_end ? std::string_view(c.sentence).substr(x.figure_end, b - x.figure_end)
                                               : std::string_view();
    // After the figure, only in its clause: "grew just 0.1%, an annual rate of 0.3%".
    if (b >= x.figure_end && gap.find_first_of(",;") != std::string_view::npos) return true;
    return std::any_of(gap.begin(), gap.end(), is_digit);
  });
  // The "annual" of any rate basis is no period, whichever figure the basis is of.
  auto in_basis = [&](std::size_t b) {
    return std::any_of(all_bases.begin(), all_bases.end(), [&](const auto& r) { return b >= r.first && b < r.second; });
  };
  for (const char* cue : {kQuarter, kHalf, "nine-months", kMonth, "week", "day", kYear}) {
    for (auto [b, e] : find_cues(ps, x.cues.ids(cue))) {
      if (in_basis(b)) continue;
      // "nearly half", "half a million": a fraction; "the second half", "first-half" a period.
      if (std::string_view(cue) == kHalf && e == b + 1 && x.lexicon.context().has_role(ps[b].text, SyntaxRole::fraction_noun) &&
          (b == 0 || !x.lexicon.context().has_role(ps[b - 1].text, SyntaxRole::period_half)))
        continue;
      std::size_t d = x.placed ? distance_to_figure(x, ps[b].begin, ps[e - 1].end) : 0;
      // A period word after the figure's clause is another clause's ("grew 1.7% in 2004,
      // ... lost momentum in the last three months of the year"); one before it may open
      // the sentence ("In the third quarter, sales rose 5%").
      if (x.placed && ps[b].begin >= x.figure_end && another_clause(x, ps[b].begin)) continue;
      if (d < best && d <= kPeriodReach) {
        best = d;
        kind = cue;
        best_at = b;
        best_end = e;
      }
    }
  }
  // "fourth-quarter": an ordinal of a period (syntax.tsv) with its number (numbers.tsv) is "Q4".
  if (kind == kQuarter && best_at > 0 && x.lexicon.context().has_role(ps[best_at - 1].text, SyntaxRole::ordinal)) {
    constexpr int kQuarters = 4;
    const NumberWord* n = x.lexicon.whole_number_word(ps[best_at - 1].text);
    if (n && n->value >= 1 && n->value <= kQuarters) kind = "Q" + std::to_string(static_cast<int>(n->value));
  }
  if (kind == kQuarter && ps[best_at].text.size() == 2 && ps[best_at].text[0] == 'q') kind = "Q" + ps[best_at].text.substr(1);
  // "the second half": the half's number is its ordinal's (numbers.tsv), as a quarter's is.
  int half = 0;
  std::string half_kind;
  if (kind == kHalf && best_at > 0 && (x.lexicon.context().has_role(ps[best_at - 1].text, SyntaxRole::ordinal) &&
                                       x.lexicon.context().has_role(ps[best_at - 1].text, SyntaxRole::period_half))) {
    kind = half_kind = ps[best_at - 1].text + " " + kHalf;
    if (const NumberWord* n = x.lexicon.whole_number_word(ps[best_at - 1].text)) half = static_cast<int>(n->value);
  }
  std::optional<CalendarPeriod> calendar = read_calendar(x, ps, kind, best, best_at, best_end);
  if (calendar) {
    kind = calendar->kind;
    // "the six months to June" is the first half (calendar_period.cpp names the halves).
    if (kind == "first half" || kind == "second half") {
      half = kind == "first half" ? 1 : 2;
      half_kind = kind;
    }
  }
  // A change against the same period earlier: the first basis cue names the period. Against
  // the year before, a shorter period stays ("year-on-year Q4": the quarter against the same
  // quarter); against the month or quarter before, the period is that basis.
  if (c.change != Change::none) {
    const std::string* basis = nullptr;
    if (auto found = first_cue(ps, x.cues.basis_ids)) basis = &x.cues.basis_cue[*found];
    if (basis && *basis == kYearBasis) {
      std::string period = *basis;
      if (!kind.empty() && kind != kYear) period.append(" ").append(kind);
      kind = period;
    } else if (basis) {
      kind = *basis;
    }
  }
  // A relative time the article's date does not resolve ("last year" without a dateline or
  // --year) stays as written: a period, but not anchored in time.
  std::string time = c.time ? *c.time : lower_ascii(c.time_text.value_or(""));
  // "rose 4.7% to $51.2bn from $48.8bn a year earlier": the basis phrase dates the earlier
  // value, not the value reached or the change.
  if (c.time_text && out.role != kRoleEarlier) {
    std::string said = lower_ascii(*c.time_text);
    if (x.cues.is(said, "year-on-year") || x.cues.is(said, "month-on-month") || x.cues.is(said, "quarter-on-quarter"))
      time.clear();
  }
  // "car sales fell 2.8% in January": a month named after a period opener ("in") in the
  // figure's clause, with no other figure between, is the figure's when it has no time.
  if (time.empty() && !calendar && (kind.empty() || kind == kMonth) && x.placed) {
    for (std::size_t i = 0; i + 1 < ps.size(); ++i) {
      if (!x.lexicon.context().has_role(ps[i].text, SyntaxRole::period_opener)) continue;
      auto m = x.lexicon.months().longest(ps[i + 1].text, 0);
      if (!m || m->length != ps[i + 1].text.size() || !is_upper(c.sentence[ps[i + 1].begin])) continue;
      if (i + 2 < ps.size() && is_digit(ps[i + 2].text[0])) continue;  // a date: the extractor's
      if (i + 2 < ps.size() && ps[i + 2].begin == ps[i + 1].begin) continue;  // "April-July": a span
      // "in July and September", "in July to September": more than one month.
      const ContextVocabulary& roles = x.lexicon.context();
      if (i + 3 < ps.size() &&
          (roles.has_role(ps[i + 2].text, SyntaxRole::additive) || roles.has_role(ps[i + 2].text, SyntaxRole::range_to))) {
        auto next = x.lexicon.months().longest(ps[i + 3].text, 0);
        if (next && next->length == ps[i + 3].text.size()) continue;
      }
      std::size_t b = ps[i].begin, e = ps[i + 1].end;
      if (distance_to_figure(x, b, e) > kPeriodReach || (b >= x.figure_end && another_clause(x, b))) continue;
      std::string gap = gap_to_figure(x, b, e);
      // A comma only after a month that opens the sentence ("In December, overall retail sales
      // rose by 1.1%").
      bool opens = e <= x.figure_begin && std::string_view(c.sentence).substr(0, b).find_first_not_of(" \"'") ==
                                                std::string_view::npos;
      if (std::any_of(gap.begin(), gap.end(), is_digit) || (gap.find(',') != std::string::npos && !opens)) continue;
      // Before the figure, the month opens the sentence or the verb of the figure follows it
      // ("New loans in December rose to 83,000"), not a clause further back ("a fall in
      // October and confounding economists' expectations of a 0.3% rise").
      constexpr std::size_t kMonthBefore = 24;  // bytes: "in December rose to a near"
      if (e <= x.figure_begin && !opens && gap.size() > kMonthBefore) continue;
      int month = x.lexicon.month(m->id);
      time = std::string("--") + static_cast<char>('0' + month / 10) + static_cast<char>('0' + month % 10);
      break;
    }
  }
  // The calendar period's year: as written in its phrase, or of the date that ends it ("the
  // three months to 31 December 2004"); a date that ends it without a year leaves it open.
  if (calendar) {
    if (auto y = year_of_period_end(time, *calendar)) time = *y;
    else if (!calendar->year.empty() && calendar_year_applies(x, *calendar, out.role)) time = calendar->year;
  }
  if (!c.time && !time.empty()) {
    // "a year ago" after "year-on-year" is the basis again; "last month" names its month
    // kind itself.
    if (kind.find("-on-") != std::string::npos) time.clear();
    else if (!kind.empty() && time.find(kind) != std::string::npos) kind.clear();
  }
  // "the third quarter" in an article dated 2004-11-05 is Q3 2004: the latest such quarter
  // (or half) begun by the article's date. A date is needed, not a year alone: in January
  // "the fourth quarter" is the year before's.
  if (time.empty() && c.date && c.date->size() >= 7 && is_digit((*c.date)[0]) && (*c.date)[4] == '-') {
    int year = std::atoi(c.date->substr(0, 4).c_str()), month = std::atoi(c.date->substr(5, 2).c_str());
    int starts = 0;  // the month the period begins
    if (kind.size() == 2 && kind[0] == 'Q' && kind[1] >= '1' && kind[1] <= '4') starts = 3 * (kind[1] - '1') + 1;
    constexpr int kSecondHalfStarts = 7;  // July
    if (half && kind == half_kind) starts = half == 1 ? 1 : half == 2 ? kSecondHalfStarts : 0;
    if (starts > 0 && month >= 1 && month <= 12) time = std::to_string(starts <= month ? year : year - 1);
  }
  // "sales last year" (2004) and "sales in 2004" cover one period: a year's figure with its
  // year is that year, as a month's with its month ("2004-12") is that month.
  bool year = time.size() == 4 && std::all_of(time.begin(), time.end(), is_digit);
  bool month = time.size() == 7 && time[4] == '-' && is_digit(time[0]) && is_digit(time[6]);
  bool month_alone = time.size() == 4 && time[0] == '-' && time[1] == '-';  // "--12": a month of no year
  if ((kind == kYear && year) || (kind == kMonth && (month || month_alone))) kind.clear();
  if (!bases.empty()) kind = kind.empty() ? "annual rate" : "annual rate " + kind;
  out.period = kind.empty() ? time : time.empty() ? kind : kind + " " + time;
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
  std::vector<Piece> before = pieces_between(c.sentence, x.figure_begin > kNear ? x.figure_begin - kNear : 0, x.figure_begin, x.cues);
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
  for (auto p = before.begin() + static_cast<std::ptrdiff_t>(from); p != before.end(); ++p)
    if (p->begin == 0 || !is_upper(c.sentence[p->begin])) window.push_back(*p);
  if (!find_cues(window, x.cues.ids("forecast")).empty()) out.role = kRoleForecast;
}

void read_scope_cues(const Context& x, std::vector<std::string>& scope_words) {
  const Claim& c = x.claim;
  if (!x.placed) return;
  std::vector<Piece> after = pieces_between(c.sentence, x.figure_end, x.figure_end + kScopeAfter, x.cues);
  const ContextVocabulary& roles = x.lexicon.context();
  for (const std::vector<std::string>& words : x.cues.words("scope")) {
    std::string p;
    for (const std::string& w : words) {
      if (!p.empty()) p += ' ';
      p += w;
    }
    // A rate word of the cue ("per share") matches an article used as one ("530p a share").
    bool match = after.size() >= words.size();
    for (std::size_t k = 0; k < words.size() && match; ++k)
      match = after[k].text == words[k] || (roles.has_role(words[k], SyntaxRole::rate) &&
                                            roles.has_role(after[k].text, SyntaxRole::indefinite));
    if (match) scope_words.push_back(p);
  }
  std::size_t from = x.figure_begin > kScopeBefore ? x.figure_begin - kScopeBefore : 0;
  std::vector<Piece> before = pieces_between(c.sentence, from, x.figure_begin, x.cues);
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
