#include "frame/calendar_period.hpp"

#include <algorithm>

#include "text/chars.hpp"

namespace factsheet::frame {
namespace {

constexpr int kMonthsPerQuarter = 3;
constexpr int kJune = 6, kDecember = 12;
constexpr std::size_t kSpanReach = 4;  // words between a cue and the months that name its quarter

bool all_digits(std::string_view t) { return !t.empty() && std::all_of(t.begin(), t.end(), text::is_digit); }
bool is_year(std::string_view t) { return t.size() == 4 && all_digits(t); }
bool is_day(std::string_view t) { return t.size() <= 2 && all_digits(t); }

// The month a whole word names (1-12), 0 when none.
int month_of(const std::vector<PeriodWord>& ws, std::size_t i, const Lexicon& lexicon) {
  if (i >= ws.size()) return 0;
  auto m = lexicon.months().longest(ws[i].text, 0);
  return m && m->length == ws[i].text.size() ? lexicon.month(m->id) : 0;
}

// "Q3" for September (appended, not "Q" + a string: GCC 12 warns falsely of an overlap).
std::string quarter_ending(int month) {
  std::string q(1, 'Q');
  q += static_cast<char>('0' + month / kMonthsPerQuarter);
  return q;
}

}  // namespace

std::optional<CalendarPeriod> period_at_cue(const std::vector<PeriodWord>& ws, std::size_t cue_begin,
                                            std::size_t cue_end, bool quarter, const Lexicon& lexicon,
                                            const FrameCues& cues) {
  const std::size_t n = ws.size();
  if (cue_begin >= cue_end || cue_end > n) return std::nullopt;
  CalendarPeriod out;
  out.begin = ws[cue_begin].begin;
  out.end = ws[cue_end - 1].end;
  // "the last three months of 2004", "the final quarter of the year": the year's closing
  // quarter (half). "The last quarter" alone is the latest one, whichever it was.
  if (cue_begin > 0 && cues.is(ws[cue_begin - 1].text, "closing") && cue_end < n &&
      lexicon.context().has_role(ws[cue_end].text, SyntaxRole::partitive)) {
    out.kind = quarter ? "Q4" : "second half";
    out.begin = ws[cue_begin - 1].begin;
    if (cue_end + 1 < n && is_year(ws[cue_end + 1].text)) {
      out.year = std::string(ws[cue_end + 1].text);
      out.end = ws[cue_end + 1].end;
    }
    return out;
  }
  // "the three months to (31) December (2004)", "the quarter ending September 30": a
  // quarter (half) by its last month; one ending in another month ("the three months to
  // November") is a fiscal period, no quarter of the calendar.
  if (cue_end < n && cues.is(ws[cue_end].text, "ending")) {
    std::size_t k = cue_end + 1;
    if (k < n && is_day(ws[k].text)) ++k;
    if (int month = month_of(ws, k, lexicon)) {
      out.end = ws[k].end;
      ++k;
      if (k < n && is_day(ws[k].text)) out.end = ws[k++].end;
      if (k < n && is_year(ws[k].text)) {
        out.year = std::string(ws[k].text);
        out.end = ws[k].end;
      }
      if (quarter && month % kMonthsPerQuarter == 0) out.kind = quarter_ending(month);
      if (!quarter && month == kJune) out.kind = "first half";
      if (!quarter && month == kDecember) out.kind = "second half";
      if (out.kind.empty()) return std::nullopt;
      return out;
    }
  }
  // "the three months between July and September", "the July-to-September quarter".
  if (!quarter) return std::nullopt;
  for (const CalendarPeriod& span : month_spans(ws, lexicon, cues)) {
    std::size_t from = cue_begin > kSpanReach ? ws[cue_begin - kSpanReach].begin : ws[0].begin;
    std::size_t to = ws[std::min(n - 1, cue_end - 1 + kSpanReach)].end;
    if (span.begin >= from && span.end <= to) return span;
  }
  return std::nullopt;
}

std::vector<CalendarPeriod> month_spans(const std::vector<PeriodWord>& ws, const Lexicon& lexicon,
                                        const FrameCues& cues) {
  std::vector<CalendarPeriod> out;
  const ContextVocabulary& roles = lexicon.context();
  for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
    int first = month_of(ws, i, lexicon);
    if (first == 0 || first % kMonthsPerQuarter != 1) continue;
    // "July-September" (one hyphenated word), "July to September", "between July and
    // September" (not "in July and September": two months).
    std::size_t last = i + 1;
    bool joined = ws[last].begin == ws[i].begin;
    if (!joined && roles.has_role(ws[last].text, SyntaxRole::range_to)) joined = true, ++last;
    else if (!joined && i > 0 && cues.is(ws[i - 1].text, "span-open") && roles.has_role(ws[last].text, SyntaxRole::additive))
      joined = true, ++last;
    if (!joined || month_of(ws, last, lexicon) != first + kMonthsPerQuarter - 1) continue;
    CalendarPeriod p;
    p.kind = quarter_ending(first + kMonthsPerQuarter - 1);
    p.begin = ws[i > 0 && cues.is(ws[i - 1].text, "span-open") ? i - 1 : i].begin;
    p.end = ws[last].end;
    if (last + 1 < ws.size() && is_year(ws[last + 1].text)) {
      p.year = std::string(ws[last + 1].text);
      p.end = ws[last + 1].end;
    }
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<std::string> year_of_period_end(std::string_view time, const CalendarPeriod& period) {
  // The period's last month.
  int last = 0;
  if (period.kind.size() == 2 && period.kind[0] == 'Q') last = (period.kind[1] - '0') * kMonthsPerQuarter;
  if (period.kind == "first half") last = kJune;
  if (period.kind == "second half") last = kDecember;
  std::string_view year;
  std::string_view rest = time;
  if (time.substr(0, 2) == "--") {
    rest = time.substr(2);
  } else if (time.size() > 5 && is_year(time.substr(0, 4)) && time[4] == '-') {
    year = time.substr(0, 4);
    rest = time.substr(5);
  } else {
    return std::nullopt;
  }
  if (rest.size() < 2 || !all_digits(rest.substr(0, 2)) || std::stoi(std::string(rest.substr(0, 2))) != last)
    return std::nullopt;
  return std::string(year);
}

}  // namespace factsheet::frame
