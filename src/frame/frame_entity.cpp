// A frame's entity and measure: from the subject of the figure's clause, the verb of
// change, the sentence's names and the headline.
#include "frame/frame_context.hpp"

#include <algorithm>

namespace factsheet::frame::detail {

// ---- entity and measure from the subject ---------------------------------

namespace {

// The first word of the name that ends with the word `last`: the capitalised words right
// before it, none a function word, each one space from the next ("Bouba Diop's", but
// "Drogba, Chelsea's" is Chelsea's).
std::size_t name_start(const std::vector<Word>& ws, std::size_t last, const Context& x) {
  std::size_t first = last;
  while (first > 0 && is_upper(ws[first - 1].text[0]) && !x.function_word(ws[first - 1].text) &&
         ws[first].begin - ws[first - 1].end <= 1)
    --first;
  return first;
}

// The words between an owner and its figure: "Wales' final two games", "England's last two
// games", "Salah's 32 record goals" (none).
constexpr std::size_t kMaxOwnerGap = 2;

// A name in the possessive right before the figure, with at most kMaxOwnerGap lower-case
// modifiers between: the figure's owner, whatever names the subject holds after the figure
// ("games of the Six Nations", "games against Italy").
std::optional<std::string> owner_before_figure(const Context& x) {
  if (!x.placed) return std::nullopt;
  const std::vector<Word>& ws = sentence_words(x.claim.sentence, x.cues).words;
  std::size_t figure = 0;
  while (figure < ws.size() && ws[figure].end <= x.figure_begin) ++figure;
  for (std::size_t gap = 0; gap <= kMaxOwnerGap && gap < figure; ++gap) {
    std::size_t i = figure - gap - 1;
    const std::string& t = ws[i].text;
    if (possessive(t)) {
      // Not "It's", "There's" (contractions) or "December's 4% rise" (a time).
      if (!is_upper(t[0]) || x.function_word(without_possessive(t))) return std::nullopt;
      std::size_t first = name_start(ws, i, x);
      return entity_key({ws.begin() + static_cast<std::ptrdiff_t>(first), ws.begin() + static_cast<std::ptrdiff_t>(i) + 1}, x);
    }
    // "final", "last", "next": modifiers, not the clause's verb or article.
    bool modifier = !x.function_word(t) || x.lexicon.context().has_role(lower_ascii(t), SyntaxRole::whole_determiner);
    if (!is_lower(t[0]) || !modifier || lower_ascii(t) == "the") return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

void read_subject(const Context& x, Parts& out, std::vector<std::string>& scope_words) {
  const Claim& c = x.claim;
  if (!c.subject || c.subject->empty()) return;
  std::vector<Word> ws = words_of(*c.subject);
  if (ws.empty()) return;
  std::size_t at = c.sentence.find(*c.subject);
  bool opens_sentence = at == 0 || at == std::string::npos;
  std::vector<bool> used(ws.size(), false);
  // A count's subject ends with the counted noun ("Japanese carmaker Toyota vehicles" for
  // "... sold 7.6 million vehicles"): a name before it closes the clause's subject.
  std::size_t counted_end = ws.size();
  if (c.kind == Kind::count && c.unit && ws.size() > 1 && x.lemma(ws.back().text) == *c.unit) --counted_end;

  // A time in the possessive ("December's figure", "Monday's 4% gain") says when, which the
  // period reads: it is neither entity, measure nor scope.
  for (std::size_t i = 0; i < ws.size(); ++i)
    if (possessive(ws[i].text) && x.calendar_name(without_possessive(ws[i].text))) used[i] = true;
  // A possessive name: "Google's net profit", "Time Warner's film division".
  for (std::size_t i = 0; i < ws.size() && out.entity.empty(); ++i) {
    if (used[i] || !possessive(ws[i].text) || !is_upper(ws[i].text[0])) continue;
    std::size_t first = name_start(ws, i, x);
    if (auto owned = place_at(ws, first, x.vocabulary) ? owned_name(ws, i + 1, ws.size(), x) : std::nullopt) {
      out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(owned->first),
                               ws.begin() + static_cast<std::ptrdiff_t>(owned->last)}, x);
      for (std::size_t k = first; k < owned->last; ++k) used[k] = true;
      break;
    }
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(first), ws.begin() + static_cast<std::ptrdiff_t>(i) + 1}, x);
    for (std::size_t k = first; k <= i; ++k) used[k] = true;
  }
  if (out.entity.empty())
    if (auto owner = owner_before_figure(x)) out.entity = *owner;
  // Places: "US exports", "growth in China" (entity); a second place is the scope's
  // ("the US deficit with China").
  for (std::size_t i = 0; i < ws.size(); ++i) {
    if (used[i]) continue;
    auto p = place_at(ws, i, x.vocabulary);
    if (!p) continue;
    // "Heineken Malaysia rose 18 sen", "Vodafone Japan", "Air France": a place that closes a
    // name is part of the company's name, which the next step takes whole.
    if (i > 0 && ends_name(ws, i, opens_sentence, x)) {
      i += p->second - 1;
      continue;
    }
    if (auto named = out.entity.empty() ? described_name(ws, i + p->second, counted_end, x) : std::nullopt) {
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
    thread_local std::vector<Piece> ps;  // kept for the thread's next word
    pieces_of(t, ps);
    static const std::uint32_t kPeriodCues = [] {
      std::uint32_t bits = 0;
      for (const char* cue : {kQuarter, kHalf, kMonth, "week", "day", kYear, "nine-months", "year-on-year",
                              "month-on-month", "quarter-on-quarter"})
        bits |= FrameCues::bit(cue);
      return bits;
    }();
    bool period_word = std::any_of(ps.begin(), ps.end(), [&](const Piece& p) {
      return (x.cues.cues_of(p.text) & kPeriodCues) != 0 || x.lexicon.context().has_role(p.text, SyntaxRole::ordinal);
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
  // A measure WordNet lists as one phrase ("gross domestic product", "national debt"):
  // the number of adjacent content words ending at content[k] that make it (0: none).
  auto measure_phrase = [&](std::size_t k) -> std::size_t {
    for (std::size_t n = std::min<std::size_t>(kMeasurePhraseWords, k + 1); n >= 2; --n) {
      std::string phrase;
      bool adjacent = true;
      for (std::size_t m = k + 1 - n; m <= k && adjacent; ++m) {
        adjacent = m == k + 1 - n || content[m - 1] + 1 == content[m];
        if (!phrase.empty()) phrase += ' ';
        phrase += m == k ? x.lemma(ws[content[m]].text) : lower_ascii(without_possessive(ws[content[m]].text));
      }
      if (adjacent && x.vocabulary.noun(phrase) == NounClass::measure) return n;
    }
    return 0;
  };
  std::optional<std::size_t> head;
  std::size_t head_words = 1;
  for (std::size_t end : {before_preposition, content.size()}) {
    for (NounClass want : {NounClass::measure, NounClass::act}) {
      for (std::size_t k = end; k-- > 0 && !head;) {
        std::size_t phrase = want == NounClass::measure ? measure_phrase(k) : 0;
        if (phrase > 0 || x.noun(ws[content[k]].text) == want) {
          head = k;
          head_words = std::max<std::size_t>(phrase, 1);
        }
      }
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
    measure_first = head_at + 1 - head_words;
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
    static const std::uint32_t kNoScope = FrameCues::bit("pronoun") | FrameCues::bit("suffix");
    if ((x.cues.cues_of(l) & kNoScope) != 0 || x.lemma(l) == unit_lemma) continue;
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
  PieceWindow window = pieces_between(c.sentence, subject_end, x.figure_begin, x.cues);
  std::span<const Piece> before = window;
  if (out.rate) {
    // A rate is the verb's only when the figure is the rate's and the verb right before
    // it: "grew at an annual rate of 3.7%", not "interest rates increased to 2%".
    PieceWindow rate = pieces_between(c.sentence, subject_at, x.figure_begin, x.cues);
    if (rate.size() < 2 || !x.cues.is(rate[rate.size() - 2].text, "rate-noun") ||
        !x.lexicon.context().has_role(rate.back().text, SyntaxRole::partitive))
      return;
    constexpr std::size_t kBeforeRate = 48;  // bytes: "grew at a respectable"
    window = pieces_between(c.sentence, subject_at > kBeforeRate ? subject_at - kBeforeRate : 0, subject_at, x.cues);
    before = window;
    // The verb right before "at (a)": not "a 5.5% increase and sits against an inflation
    // rate of 1.6%".
    std::size_t at = before.size();
    for (std::size_t k = before.size(); k-- > 0 && k + 3 > before.size();)
      if (x.lexicon.context().has_role(before[k].text, SyntaxRole::rate_at)) at = k;
    if (at == before.size() || at == 0) return;
    before = before.subspan(at - 1, 1);
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
  PieceWindow ps = pieces_between(c.sentence, clause_begin,
                                  x.placed ? std::max(x.figure_begin, clause_begin) : c.sentence.size(), x.cues);
  const CuePhrases& pronouns = x.cues.ids("pronoun");
  if (std::optional<NameRun> before = first_name_run(ws, clause, figure, clause == 0, x, skip)) {
    NameRun r = *before;
    if (auto p = place_at(ws, r.first, x.vocabulary); p && r.first + p->second == r.last) {
      if (auto owned = owned_name(ws, r.last, figure, x))
        r = *owned;
      else if (auto named = described_name(ws, r.last, figure, x))
        r = *named;
    }
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(r.first), ws.begin() + static_cast<std::ptrdiff_t>(r.last)}, x);
    return;
  }
  if (!find_cues(ps, pronouns).empty()) return;  // the headline's, below
  if (std::optional<NameRun> earlier = first_name_run(ws, 0, std::min(clause, ws.size()), true, x, skip)) {
    const NameRun& r = *earlier;
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(r.first), ws.begin() + static_cast<std::ptrdiff_t>(r.last)}, x);
    return;
  }
  std::size_t past = figure;
  while (past < ws.size() && ws[past].begin < x.figure_end) ++past;
  if (std::optional<NameRun> after = first_name_run(ws, past, ws.size(), false, x, skip)) {
    const NameRun& r = *after;
    out.entity = entity_key({ws.begin() + static_cast<std::ptrdiff_t>(r.first), ws.begin() + static_cast<std::ptrdiff_t>(r.last)}, x);
  }
}

void read_place_after(const Context& x, Parts& out, std::vector<std::string>& scope_words) {
  if (!x.placed) return;
  // A company's figure stays the company's; the place is then the part of it the figure is
  // of ("Sales at Tesco rose 5% in the UK" is not Tesco's whole sales).
  bool company = !out.entity.empty() && !x.vocabulary.place(lower_ascii(out.entity));
  const std::vector<Word>& ws = sentence_words(x.claim.sentence, x.cues).words;
  std::size_t i = 0;
  while (i < ws.size() && ws[i].begin < x.figure_end) ++i;
  // "in" right after the figure, nothing but a space between.
  if (i + 1 >= ws.size() || ws[i].text != "in" || ws[i].begin != x.figure_end + 1) return;
  std::size_t at = i + 1;
  if (ws[at].text == "the" && at + 1 < ws.size()) ++at;  // "in the US"
  auto place = place_at(ws, at, x.vocabulary);
  if (!place) return;
  // Not a place that premodifies a noun: "in UK sales", "in German bonds".
  std::size_t after = at + place->second;
  if (after < ws.size() && is_lower(ws[after].text[0]) && ws[after].begin == ws[after - 1].end + 1 &&
      !x.function_word(ws[after].text))
    return;
  if (company)
    scope_words.push_back(lower_ascii(place->first));
  else
    out.entity = place->first;
}

void read_headline_entity(const Context& x, Parts& out) {
  if (!x.claim.title) return;
  // Every figure of an article that names no entity of its own asks for its title's, which
  // depends on the title and the tables only: the last answer is kept, per thread.
  struct Memo {
    const Lexicon* lexicon = nullptr;
    const FrameCues* cues = nullptr;
    const FrameVocabulary* vocabulary = nullptr;
    std::string title, entity;
  };
  thread_local Memo memo;
  if (memo.lexicon != &x.lexicon || memo.cues != &x.cues || memo.vocabulary != &x.vocabulary ||
      memo.title != *x.claim.title) {
    std::vector<Word> ws = words_of(*x.claim.title);
    std::optional<NameRun> run = first_name_run(ws, 0, ws.size(), true, x, {});
    memo = {&x.lexicon, &x.cues, &x.vocabulary, *x.claim.title,
            !run ? std::string()
                 : entity_key({ws.begin() + static_cast<std::ptrdiff_t>(run->first),
                               ws.begin() + static_cast<std::ptrdiff_t>(run->last)},
                              x)};
  }
  if (!memo.entity.empty()) out.entity = memo.entity;
}

}  // namespace factsheet::frame::detail
