// A frame's period: the period cue nearest the figure, a calendar quarter or half named
// by its months, a month in the figure's clause, a change's basis and the article's date.
#include "frame/frame_context.hpp"

#include <algorithm>
#include <cstdlib>

#include "frame/calendar_period.hpp"

namespace factsheet::frame::detail {

namespace {

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
std::optional<CalendarPeriod> read_calendar(const Context& x, std::span<const Piece> ps, const std::string& kind,
                                            std::size_t best, std::size_t best_at, std::size_t best_end) {
  std::vector<PeriodWord> words;
  words.reserve(ps.size());
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
  if (numbered && best_end + 1 < ps.size() && x.lexicon.context().has_role(ps[best_end].text, SyntaxRole::partitive) && ps[best_end + 1].text.size() == 4 &&
      std::all_of(ps[best_end + 1].text.begin(), ps[best_end + 1].text.end(), is_digit))
    return CalendarPeriod{kind, ps[best_end + 1].text, ps[best_at].begin, ps[best_end + 1].end};
  return std::nullopt;
}

// Whether the year of a calendar period's phrase is the figure's: not for the earlier value
// a change starts from ("against $125m a year earlier"), nor for a figure with a time of its
// own elsewhere in the sentence, nor across another figure ("$630m ..., down from $1bn in
// the fourth quarter of 2003").
bool calendar_year_applies(const Context& x, const CalendarPeriod& period, const std::string& role) {
  if (role == kRoleEarlier) return false;
  const Claim& c = x.claim;
  if (c.time_text && !c.time_text->empty()) {
    std::size_t at = c.sentence.find(*c.time_text, period.begin);
    if (at == std::string::npos || at + c.time_text->size() > period.end) return false;
  }
  if (!x.placed) return true;
  std::string gap = gap_to_figure(x, period.begin, period.end);
  return std::none_of(gap.begin(), gap.end(), is_digit);
}

}  // namespace

void read_period(const Context& x, Parts& out) {
  const Claim& c = x.claim;
  // The words near the figure only: a period word further away is another figure's.
  constexpr std::size_t kNear = kPeriodReach + 24;
  PieceWindow ps = x.placed ? pieces_between(c.sentence, x.figure_begin > kNear ? x.figure_begin - kNear : 0,
                                             x.figure_end + kNear, x.cues)
                            : PieceWindow(sentence_words(c.sentence, x.cues).pieces);
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
    static const std::uint32_t kBases =
        FrameCues::bit("year-on-year") | FrameCues::bit("month-on-month") | FrameCues::bit("quarter-on-quarter");
    if ((x.cues.cues_of(said) & kBases) != 0) time.clear();
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

}  // namespace factsheet::frame::detail
