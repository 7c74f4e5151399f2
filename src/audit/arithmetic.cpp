#include "audit/arithmetic.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string_view>

#include "audit/explain.hpp"
#include "audit/figure_value.hpp"
#include "text/lemmatizer.hpp"
#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

constexpr std::size_t kMaxGap = 40;  // bytes between a ratio and the percentage restating it
constexpr double kMaxSimpleWhole = 10;  // "a tenth": the largest whole of a simple share
constexpr std::size_t kGroupReach = 60;  // bytes after a percentage read for "of its members"

const double* number(const Value& v) { return std::get_if<double>(&v); }

bool is_percent(const Claim& c) { return c.kind == Kind::percent && c.unit && *c.unit == "%"; }

// Words of `s`, lower case; everything but ASCII letters separates them.
std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    char c = text::to_lower(ch);
    if (text::is_lower(c)) {
      cur += c;
    } else if (!cur.empty() && c != '.') {  // "i.e." reads as "ie"
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

// Where the sentence starts in the document, so that the text between and around
// figures can be read: the offset at which every figure's text sits where it should.
std::optional<std::size_t> sentence_begin(const std::vector<SentenceFigure>& figs) {
  const Claim& first = *figs.front().claim;
  const std::string& s = first.sentence;
  if (first.text.empty()) return std::nullopt;
  for (std::size_t pos = s.find(first.text); pos != std::string::npos; pos = s.find(first.text, pos + 1)) {
    if (pos > first.start) break;
    std::size_t begin = first.start - pos;
    bool fits = std::all_of(figs.begin(), figs.end(), [&](const SentenceFigure& f) {
      const Claim& c = *f.claim;
      return c.start >= begin && c.start - begin + c.text.size() <= s.size() &&
             std::string_view(s).substr(c.start - begin, c.text.size()) == c.text;
    });
    if (fits) return begin;
  }
  return std::nullopt;
}

std::string subject_of(const Claim& c) { return c.subject.value_or(""); }

// Where a figure starts and ends within its sentence (sentence_begin() has checked both;
// the text's length is used rather than `end`, which a claim file might get wrong).
std::size_t start_in(const Claim& c, std::size_t begin) { return c.start - begin; }
std::size_t end_in(const Claim& c, std::size_t begin) { return c.start - begin + c.text.size(); }

void part_exceeds_whole(const SentenceFigure& f, std::vector<ArithmeticIssue>& out) {
  const Claim& c = *f.claim;
  // A whole of 1 is a multiple ("eight times", "twice"), not a part of a whole.
  if (c.kind != Kind::ratio || !c.part || !c.whole || *c.whole == 1 || *c.part <= *c.whole) return;
  out.push_back({quote_text(c.text) + ": the part (" + number_text(*c.part) + ") is larger than the whole (" +
                     number_text(*c.whole) + ")",
                 subject_of(c), {f.id}});
}

// The words of `gap` are one word of `role` ("from" before a change's first level).
bool one_word_of_role(std::string_view gap, const ContextVocabulary& roles, SyntaxRole role) {
  std::vector<std::string> ws = words_of(gap);
  return ws.size() == 1 && roles.has_role(ws[0], role);
}

// Whether the words between two figures say that the second restates the first: none,
// or a syntax.tsv `restating` phrase ("or", "that is", "representing").
bool restates(std::string_view gap, const ContextVocabulary* roles) {
  if (gap.size() > kMaxGap) return false;
  std::vector<std::string> ws = words_of(gap);
  return ws.empty() || (roles && roles->has_role(joined(ws), SyntaxRole::restating));
}

// Whether the stated percentage `p` (qualifier q) can be the share `expected` (percent).
bool share_matches(double expected, const Claim& p) {
  const double* v = number(p.value);
  if (!v) return true;
  double step = written_precision(p.text, *v);
  switch (p.qualifier) {
    case Qualifier::eq: return std::fabs(expected - *v) < step;
    case Qualifier::approx: return std::fabs(expected - *v) <= std::max(step, 0.1 * *v);
    case Qualifier::gt:
    case Qualifier::ge: return expected > *v - step;
    case Qualifier::lt:
    case Qualifier::le: return expected < *v + step;
  }
  return true;
}

// A share written two ways, the ratio first ("26 of 45 projects, or 70%") or the
// percentage first ("12% of the members - 30 out of 250").
void share_mismatch(const SentenceFigure& first, const SentenceFigure& second, std::string_view sentence,
                    const ContextVocabulary* roles,
                    std::size_t begin, std::vector<ArithmeticIssue>& out) {
  bool ratio_first = first.claim->kind == Kind::ratio;
  const SentenceFigure& r = ratio_first ? first : second;
  const SentenceFigure& p = ratio_first ? second : first;
  const Claim& ratio = *r.claim;
  const Claim& percent = *p.claim;
  if (ratio.kind != Kind::ratio || !ratio.part || !ratio.whole || *ratio.whole <= 0) return;
  if (!is_percent(percent) || percent.change != Change::none || percent.is_range()) return;
  std::size_t gap_begin = end_in(*first.claim, begin), gap_end = start_in(*second.claim, begin);
  if (gap_end < gap_begin) return;
  std::string_view gap = sentence.substr(gap_begin, gap_end - gap_begin);
  // "12% of the members - 30 out of 250": the percentage's group, then a dash or bracket.
  if (!ratio_first) {
    std::size_t mark = gap.find_last_of("-(:\xE2");
    if (mark != std::string_view::npos) {
      std::vector<std::string> group = words_of(gap.substr(0, mark));
      if (!group.empty() && roles && roles->has_role(group.front(), SyntaxRole::partitive) && group.size() <= 4)
        gap = gap.substr(mark + 1);
    }
  }
  if (!restates(gap, roles)) return;
  double expected = 100 * *ratio.part / *ratio.whole;
  if (share_matches(expected, percent)) return;
  // A qualified ratio is a bound or an estimate: "less than a quarter" fits 24%, "nearly two
  // thirds" 65%.
  if (const double* v = number(percent.value)) {
    double step = written_precision(percent.text, *v);
    switch (ratio.qualifier) {
      case Qualifier::eq: break;
      case Qualifier::approx: {
        // A fraction in words names the nearest simple share: "almost a quarter (21%)",
        // "about a third (28%)" are fair within a fifth of it.
        double tolerance = *ratio.whole <= kMaxSimpleWhole ? 0.2 : 0.1;
        if (std::fabs(expected - *v) <= std::max(step, tolerance * expected)) return;
        break;
      }
      case Qualifier::lt:
      case Qualifier::le: if (*v < expected + step) return; break;
      case Qualifier::gt:
      case Qualifier::ge: if (*v > expected - step) return; break;
    }
  }
  out.push_back({quote_text(ratio.text) + " is " + number_text(expected) + "%, not " + quote_text(percent.text),
                 subject_of(ratio), {first.id, second.id}});
}

// A percentage change that does not match the levels it is given with: "rose 10% from
// 200 to 250" (250 is 25% above 200). The levels are the figures after "from" and "to",
// of one kind and unit; the rounding of all three is allowed for.
void change_mismatch(const std::vector<SentenceFigure>& figs, std::string_view sentence, const ContextVocabulary& roles,
                     std::size_t begin,
                     std::vector<ArithmeticIssue>& out) {
  for (const SentenceFigure& p : figs) {
    const Claim& pc = *p.claim;
    const double* pv = number(pc.value);
    if (!is_percent(pc) || pc.change == Change::none || !pv || pc.is_range() || pc.qualifier != Qualifier::eq) continue;
    const SentenceFigure* from = nullptr;
    const SentenceFigure* to = nullptr;
    for (const SentenceFigure& f : figs) {
      const Claim& c = *f.claim;
      if (&f == &p || c.is_range() || !number(c.value) || c.qualifier != Qualifier::eq || c.change != Change::none ||
          c.kind == Kind::ratio)
        continue;
      if (c.unit && *c.unit == "%") continue;  // levels in percent change by points
      // "10% from 200 to 250": nothing but "from" after the change, "to" after the first level.
      if (!from && c.start >= end_in(pc, begin) + begin &&
          one_word_of_role(sentence.substr(end_in(pc, begin), start_in(c, begin) - end_in(pc, begin)), roles,
                           SyntaxRole::range_from))
        from = &f;
      else if (from && !to && c.start > from->claim->start &&
               one_word_of_role(sentence.substr(end_in(*from->claim, begin), start_in(c, begin) - end_in(*from->claim, begin)),
                                roles, SyntaxRole::range_to))
        to = &f;
    }
    double x = 0, y = 0, dx = 0, dy = 0;
    std::string levels;
    std::vector<std::uint32_t> ids{p.id};
    if (from && to && from->claim->kind == to->claim->kind && from->claim->unit == to->claim->unit) {
      const Claim& a = *from->claim;
      const Claim& b = *to->claim;
      x = *number(a.value);
      y = *number(b.value);
      dx = written_precision(a.text, x) / 2;
      dy = written_precision(b.text, y) / 2;
      levels = "from " + quote_text(a.text) + " to " + quote_text(b.text);
      ids.push_back(from->id);
      ids.push_back(to->id);
    } else {
      // "from 200 to 250" read as one span
      for (const SentenceFigure& f : figs) {
        const Claim& c = *f.claim;
        if (&f == &p || !c.is_range() || c.kind == Kind::percent || c.start < end_in(pc, begin) + begin ||
            !one_word_of_role(sentence.substr(end_in(pc, begin), start_in(c, begin) - end_in(pc, begin)), roles,
                              SyntaxRole::range_from))
          continue;
        const double* lo = number(c.low);
        const double* hi = number(c.high);
        if (!lo || !hi) continue;
        x = *lo;
        y = *hi;
        dx = written_precision(c.text, x) / 2;
        dy = written_precision(c.text, y, true) / 2;
        levels = "from " + quote_text(c.text);
        ids.push_back(f.id);
        break;
      }
    }
    if (x <= 0 || levels.empty()) continue;
    double low = 100 * ((y - dy) - (x + dx)) / (x + dx), high = 100 * ((y + dy) - (x - dx)) / (x - dx > 0 ? x - dx : x);
    double stated = pc.change == Change::down ? -*pv : *pv;
    double step = written_precision(pc.text, *pv) / 2;
    if (stated + step >= low && stated - step <= high) continue;
    double expected = 100 * (y - x) / x;
    out.push_back({quote_text(pc.text) + ": " + levels + " is a change of " + number_text(expected, 1) + "%",
                   subject_of(pc), std::move(ids)});
  }
}

void share_over_whole(const SentenceFigure& f, std::string_view sentence, std::size_t begin, const AuditRules& rules,
                      std::vector<ArithmeticIssue>& out) {
  const Claim& c = *f.claim;
  const double* v = number(c.value);
  if (!is_percent(c) || c.change != Change::none || !v || *v <= 100) return;
  std::vector<std::string> after = words_of(sentence.substr(end_in(c, begin), kGroupReach));
  std::size_t i = 0;
  if (after.size() < 2 || !rules.lexicon) return;
  const ContextVocabulary& roles = rules.lexicon->context();
  if (!roles.has_role(after[i++], SyntaxRole::partitive)) return;
  if (roles.has_role(after[i], SyntaxRole::group_determiner)) ++i;
  if (i >= after.size()) return;
  // The group's noun as written (its case matters to nothing here).
  if (!text::looks_plural(after[i], rules.lexicon->lemma_rules())) return;
  out.push_back({quote_text(c.text) + " of " + after[i] + ": a share of a group cannot be more than 100%", subject_of(c),
                 {f.id}});
}

bool plain_count(const Claim& c) {
  return c.kind == Kind::count && c.qualifier == Qualifier::eq && c.change == Change::none && !c.is_range() &&
         number(c.value) != nullptr;
}

// The words before a total that open a sentence of its parts: a partitive after an
// optional lead, then at most two group determiners ("Of the 300 staff", "Out of all the
// 40 schools").
bool opens_whole(const std::vector<std::string>& ws, const ContextVocabulary& roles) {
  constexpr std::size_t kMaxDeterminers = 2;
  std::size_t i = 0;
  if (i < ws.size() && roles.has_role(ws[i], SyntaxRole::partitive_lead)) ++i;
  if (i >= ws.size() || !roles.has_role(ws[i], SyntaxRole::partitive)) return false;
  ++i;
  std::size_t determiners = ws.size() - i;
  if (determiners > kMaxDeterminers) return false;
  for (; i < ws.size(); ++i)
    if (!roles.has_role(ws[i], SyntaxRole::group_determiner)) return false;
  return true;
}

void parts_exceed_total(const std::vector<SentenceFigure>& figs, std::string_view sentence, std::size_t begin,
                        const ContextVocabulary& roles, std::vector<ArithmeticIssue>& out) {
  for (std::size_t k = 0; k < figs.size(); ++k) {
    const Claim& total = *figs[k].claim;
    if (!plain_count(total) || !total.unit) continue;
    if (!opens_whole(words_of(sentence.substr(0, start_in(total, begin))), roles)) continue;
    std::string_view rest = sentence.substr(end_in(total, begin));
    std::size_t comma = rest.find_first_not_of(' ');
    if (comma == std::string_view::npos || rest[comma] != ',') continue;

    double sum = 0;
    std::vector<std::uint32_t> ids{figs[k].id};
    std::string parts;
    for (std::size_t j = k + 1; j < figs.size(); ++j) {
      const Claim& c = *figs[j].claim;
      if (!plain_count(c) || (c.unit && text::lower_ascii(*c.unit) != text::lower_ascii(*total.unit))) continue;
      sum += *number(c.value);
      ids.push_back(figs[j].id);
      parts += (parts.empty() ? "" : " + ") + number_text(*number(c.value));
    }
    double whole = *number(total.value);
    if (ids.size() < 3 || sum <= whole) continue;
    out.push_back({quote_text(total.text) + ": the parts " + parts + " = " + number_text(sum) + " exceed the total " +
                       number_text(whole),
                   subject_of(total), std::move(ids)});
    return;
  }
}

}  // namespace

std::vector<ArithmeticIssue> check_sentence(const std::vector<SentenceFigure>& figs, const AuditRules& rules) {
  std::vector<ArithmeticIssue> out;
  if (figs.empty()) return out;
  for (const SentenceFigure& f : figs) part_exceeds_whole(f, out);
  std::optional<std::size_t> begin = sentence_begin(figs);
  if (!begin) return out;  // the figures are not where the sentence says: no text checks
  std::string_view sentence = figs.front().claim->sentence;
  const ContextVocabulary* roles = rules.lexicon ? &rules.lexicon->context() : nullptr;
  for (std::size_t i = 0; i + 1 < figs.size(); ++i) share_mismatch(figs[i], figs[i + 1], sentence, roles, *begin, out);
  if (roles) change_mismatch(figs, sentence, *roles, *begin, out);
  for (const SentenceFigure& f : figs) share_over_whole(f, sentence, *begin, rules, out);
  if (roles) parts_exceed_total(figs, sentence, *begin, *roles, out);
  return out;
}

}  // namespace factsheet::audit
