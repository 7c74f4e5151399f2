#include "context/time_ref.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace factsheet::context {
namespace {

bool is_clause_break(const TaggedSentence& s, std::size_t i) {
  const Token& t = s[i];
  return t.type == TokenType::punct && (t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "(" ||
                                        t.lower == ")" || t.lower == "\xE2\x80\x94" || t.lower == "\xE2\x80\x93");
}

std::optional<std::string> claim_time(const Claim& c, const CalendarDate& ref) {
  if (c.kind == Kind::year) {
    if (const double* v = std::get_if<double>(&c.value); v && *v == std::floor(*v))
      return std::to_string(static_cast<long>(*v));
    return std::nullopt;
  }
  const std::string* v = std::get_if<std::string>(&c.value);
  if (!v || v->empty()) return std::nullopt;
  if (v->rfind("--", 0) == 0) return ref.year ? with_year(*v, *ref.year) : *v;
  return *v;
}

}  // namespace

std::optional<std::string> resolve_relative(const RelativeTime& rel, const CalendarDate& ref) {
  if (!ref.year) return std::nullopt;
  switch (rel.unit) {
    case TimeUnit::year: return std::to_string(*ref.year + rel.offset);
    case TimeUnit::month:
      if (!ref.month) return std::nullopt;
      return iso(add_months({ref.year, ref.month, 0}, rel.offset));
    case TimeUnit::day:
      if (!ref.month || !ref.day) return std::nullopt;
      return iso(add_days(ref, rel.offset));
  }
  return std::nullopt;
}

SentenceTimes::SentenceTimes(const TaggedSentence& s, const std::vector<const Claim*>& claims,
                             const Lexicon& lex, const CalendarDate& ref)
    : s_(s), claims_(claims), clause_(s.size(), 0) {
  for (std::size_t i = 0; i < s.size();) {
    const Token& t = s[i];
    if (t.claim >= 0) {
      const Claim& other = *claims[static_cast<std::size_t>(t.claim)];
      auto [b, e] = s.claim_tokens(t.claim);
      if (other.kind == Kind::year || other.kind == Kind::date) {
        Candidate c{b, e, claim_time(other, ref), std::nullopt, false, {}};
        if (const std::string* v = std::get_if<std::string>(&other.value)) {
          c.yearless_date = v->rfind("--", 0) == 0;
          c.iso_value = *v;
        }
        candidates_.push_back(std::move(c));
      }
      i = std::max(e, i + 1);
      continue;
    }
    if (t.type == TokenType::word) {
      if (auto m = lex.context().relative_times().longest(s.document(), t.begin)) {
        std::size_t end_byte = t.begin + m->length;
        std::size_t e = i;
        while (e < s.size() && s[e].end <= end_byte) ++e;
        if (e > i && s[e - 1].end == end_byte) {
          const RelativeTime& rel = lex.context().relative_time(m->id);
          Candidate c{i, e, resolve_relative(rel, ref), std::nullopt, false, {}};
          if (rel.unit == TimeUnit::year && ref.year) c.relative_year = *ref.year + rel.offset;
          candidates_.push_back(std::move(c));
          i = e;
          continue;
        }
      }
    }
    ++i;
  }
  int n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_clause_break(s, i)) ++n;
    clause_[i] = n;
    if (n == 0 && s.is_verb(i)) opening_has_verb_ = true;
  }
}

std::optional<TimeRef> SentenceTimes::for_claim(int k) const {
  const Claim& claim = *claims_[static_cast<std::size_t>(k)];
  if (claim.kind == Kind::date || claim.kind == Kind::year || claim.kind == Kind::time) return std::nullopt;
  // Plain variables, not a structured binding: the lambdas below capture them.
  const std::pair<std::size_t, std::size_t> tokens = s_.claim_tokens(k);
  const std::size_t fb = tokens.first;
  const std::size_t fe = tokens.second;
  if (fb >= fe || candidates_.empty()) return std::nullopt;

  auto distance = [&](const Candidate& c) { return c.begin >= fe ? c.begin - fe : fb - std::min(fb, c.end); };
  // Clauses are contiguous, so the nearest candidate of the figure's clause is one of its
  // two neighbours in text order.
  auto after = std::lower_bound(candidates_.begin(), candidates_.end(), fe,
                                [](const Candidate& c, std::size_t pos) { return c.begin < pos; });
  const Candidate* best = nullptr;
  auto consider = [&](const Candidate* c) {
    if (c && clause_[c->begin] == clause_[fb] && (!best || distance(*c) < distance(*best))) best = c;
  };
  consider(after != candidates_.end() ? &*after : nullptr);
  consider(after != candidates_.begin() ? &*std::prev(after) : nullptr);
  // Else a verbless opening clause ("In 2022, ..."): its candidate nearest the figure.
  if (!best && !opening_has_verb_ && clause_[fb] != 0)
    for (const Candidate& c : candidates_) {
      if (clause_[c.begin] != 0) break;
      best = &c;
    }
  if (!best) return std::nullopt;

  TimeRef out{best->time, std::string(s_.text(best->begin, best->end))};
  // "In May last year": the month takes the year of the phrase that follows it.
  auto at = candidates_.begin() + (best - candidates_.data());
  auto pair = [&](const Candidate& date, const Candidate& year) {
    if (date.yearless_date && year.relative_year && year.begin == date.end) {
      out.time = with_year(date.iso_value, *year.relative_year);
      out.text = std::string(s_.text(date.begin, year.end));
    }
  };
  if (at + 1 != candidates_.end()) pair(*at, *(at + 1));
  if (at != candidates_.begin()) pair(*(at - 1), *at);
  return out;
}

std::optional<TimeRef> find_time(const TaggedSentence& s, int k, const std::vector<const Claim*>& claims,
                                 const Lexicon& lex, const CalendarDate& reference) {
  return SentenceTimes(s, claims, lex, reference).for_claim(k);
}

}  // namespace factsheet::context
