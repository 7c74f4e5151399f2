#include "eval/answer_key_score.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "eval/agreement.hpp"
#include "eval/bipartite.hpp"
#include "eval/subject_match.hpp"
#include "eval/text_lines.hpp"
#include "text/chars.hpp"
#include "text/years.hpp"

namespace factsheet::eval {
namespace {

struct Span {
  std::size_t line, start, end;
};

bool overlaps(const Span& a, const Span& b) {
  return a.line == b.line && a.start < b.end && b.start < a.end;
}
std::size_t overlap_length(const Span& a, const Span& b) {
  return std::min(a.end, b.end) - std::max(a.start, b.start);
}

using text::is_digit;

// A standalone run of four digits that reads as a year (text::reads_as_year),
// not part of "2,000" or "1.2345".
bool has_year_like_number(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (!is_digit(s[i])) { ++i; continue; }
    std::size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    bool joined_before = i >= 2 && (s[i - 1] == ',' || s[i - 1] == '.') && is_digit(s[i - 2]);
    bool joined_after = j + 1 < s.size() && (s[j] == ',' || s[j] == '.') && is_digit(s[j + 1]);
    if (j - i == 4 && !joined_before && !joined_after) {
      int v = std::stoi(std::string(s.substr(i, 4)));
      if (text::reads_as_year(v)) return true;
    }
    i = j;
  }
  return false;
}

bool is_amount_kind(Kind k) { return k == Kind::money || k == Kind::count || k == Kind::measure; }
bool is_calendar_or_name_kind(Kind k) { return k == Kind::date || k == Kind::year || k == Kind::other; }

std::size_t agreeing_fields(const GoldItem& g, const Claim& c) {
  return (g.kind == c.kind) + values_agree(g, c) + units_agree(g.unit, c) +
         (g.qualifier == c.qualifier);
}

}  // namespace

std::string_view metric_name(AnswerKeyMetric m) {
  switch (m) {
    case AnswerKeyMetric::span: return "span";
    case AnswerKeyMetric::span_kind: return "span+kind";
    case AnswerKeyMetric::span_value: return "span+value";
    case AnswerKeyMetric::span_value_unit: return "span+value+unit";
    case AnswerKeyMetric::span_value_unit_qualifier: return "span+value+unit+qualifier";
    case AnswerKeyMetric::span_value_change: return "span+value+change";
    case AnswerKeyMetric::span_value_subject_partial: return "span+value+subject-partial";
    case AnswerKeyMetric::span_value_subject_complete: return "span+value+subject-complete";
  }
  return "";
}

bool fields_agree(AnswerKeyMetric m, const GoldItem& g, const Claim& c) {
  switch (m) {
    case AnswerKeyMetric::span: return true;
    case AnswerKeyMetric::span_kind: return g.kind == c.kind;
    case AnswerKeyMetric::span_value: return values_agree(g, c);
    case AnswerKeyMetric::span_value_unit: return values_agree(g, c) && units_agree(g.unit, c);
    case AnswerKeyMetric::span_value_unit_qualifier:
      return values_agree(g, c) && units_agree(g.unit, c) && g.qualifier == c.qualifier;
    case AnswerKeyMetric::span_value_change:
      return values_agree(g, c) && g.change.has_value() && *g.change == c.change;
    case AnswerKeyMetric::span_value_subject_partial:
      return values_agree(g, c) && subjects_agree_partial(g.subject, c.subject);
    case AnswerKeyMetric::span_value_subject_complete:
      return values_agree(g, c) && subjects_agree_complete(g.subject, c.subject);
  }
  return false;
}

AnswerKeyReport score_answer_key(std::string_view text, const std::vector<GoldItem>& gold,
                                 const std::vector<Claim>& claims) {
  TextLines lines(text);
  AnswerKeyReport rep;
  bool keyed_change = !gold.empty() && std::all_of(gold.begin(), gold.end(), [](const GoldItem& g) {
    return g.change.has_value();
  });
  rep.change_files = keyed_change ? 1 : 0;
  rep.gold_items = gold.size();
  rep.claims = claims.size();

  std::vector<Span> gold_span(gold.size());
  std::unordered_map<std::size_t, std::vector<std::size_t>> gold_on_line;
  std::vector<std::size_t> required;                       // gold indexes
  std::vector<std::size_t> required_slot(gold.size(), 0);  // gold index -> index in `required`
  for (std::size_t i = 0; i < gold.size(); ++i) {
    gold_span[i] = {gold[i].line, gold[i].start, gold[i].end};
    gold_on_line[gold[i].line].push_back(i);
    if (gold[i].optional) {
      ++rep.gold_optional;
    } else {
      required_slot[i] = required.size();
      required.push_back(i);
      ++rep.recall_by_kind[gold[i].kind].gold;
    }
  }
  rep.gold_required = required.size();

  // Which gold items each claim overlaps; a zero-length claim still marks its position.
  std::vector<std::vector<std::size_t>> overlapped(claims.size());
  std::vector<Span> claim_span(claims.size());
  for (std::size_t c = 0; c < claims.size(); ++c) {
    std::size_t start = std::min(claims[c].start, text.size());
    std::size_t end = std::max(claims[c].end, start + 1);
    claim_span[c] = {lines.line_of(start), start, end};
    auto it = gold_on_line.find(claim_span[c].line);
    if (it == gold_on_line.end()) continue;
    for (std::size_t g : it->second)
      if (overlaps(claim_span[c], gold_span[g])) overlapped[c].push_back(g);
  }

  std::vector<std::size_t> scored;  // claim indexes
  for (std::size_t c = 0; c < claims.size(); ++c) {
    const auto& over = overlapped[c];
    bool only_optional = !over.empty() && std::all_of(over.begin(), over.end(),
                                                      [&](std::size_t g) { return gold[g].optional; });
    (only_optional ? rep.dropped : scored).push_back(c);

    const Claim& cl = claims[c];
    if (is_amount_kind(cl.kind)) {
      bool wrong = over.empty() ? has_year_like_number(cl.text)
                                : std::any_of(over.begin(), over.end(), [&](std::size_t g) {
                                    return is_calendar_or_name_kind(gold[g].kind) ||
                                           (gold[g].optional && gold[g].kind != cl.kind);
                                  });
      if (wrong) rep.dateline_year_name_claims.push_back(c);
    }
  }
  rep.claims_scored = scored.size();
  rep.claims_dropped = rep.dropped.size();
  rep.dateline_year_name_errors = rep.dateline_year_name_claims.size();

  std::vector<Matching> matchings;
  for (AnswerKeyMetric m : kAnswerKeyMetrics) {
    // Edges exist only within a line, so one matching over the document is the union of
    // the per-line maximum matchings.
    std::vector<std::vector<std::size_t>> edges(scored.size());
    for (std::size_t l = 0; l < scored.size(); ++l)
      for (std::size_t g : overlapped[scored[l]])
        if (!gold[g].optional && fields_agree(m, gold[g], claims[scored[l]]))
          edges[l].push_back(required_slot[g]);
    matchings.push_back(max_bipartite_matching(edges, required.size()));
    if (m == AnswerKeyMetric::span_value_change && !keyed_change)
      rep.metrics.push_back({std::string(metric_name(m)), 0, 0, 0});
    else
      rep.metrics.push_back({std::string(metric_name(m)), matchings.back().size, scored.size(),
                             required.size()});
  }

  const Matching& by_span = matchings[static_cast<std::size_t>(AnswerKeyMetric::span)];
  for (std::size_t l = 0; l < scored.size(); ++l) {
    if (by_span.left_to_right[l]) continue;
    rep.false_figures.push_back(scored[l]);
    ++rep.false_by_kind[claims[scored[l]].kind];
  }

  const Matching& by_svu = matchings[static_cast<std::size_t>(AnswerKeyMetric::span_value_unit)];
  for (std::size_t r = 0; r < required.size(); ++r) {
    std::size_t g = required[r];
    if (by_svu.right_to_left[r]) {
      ++rep.recall_by_kind[gold[g].kind].matched;
      continue;
    }
    Miss miss{g, std::nullopt};
    std::pair<std::size_t, std::size_t> best{0, 0};  // (agreeing fields, overlap length)
    for (std::size_t c : scored) {
      if (!overlaps(claim_span[c], gold_span[g])) continue;
      std::pair<std::size_t, std::size_t> key{agreeing_fields(gold[g], claims[c]),
                                              overlap_length(claim_span[c], gold_span[g])};
      if (!miss.claim || key > best) {
        miss.claim = c;
        best = key;
      }
    }
    rep.misses.push_back(miss);
  }
  return rep;
}

std::vector<MetricScore> AnswerKeyReport::reported_metrics() const {
  std::vector<MetricScore> shown;
  for (std::size_t i = 0; i < metrics.size(); ++i)
    if (scores_change() || i != static_cast<std::size_t>(AnswerKeyMetric::span_value_change))
      shown.push_back(metrics[i]);
  return shown;
}

AnswerKeyReport sum_answer_key_reports(const std::vector<AnswerKeyReport>& reports) {
  AnswerKeyReport sum;
  sum.files = 0;
  for (AnswerKeyMetric m : kAnswerKeyMetrics) sum.metrics.push_back({std::string(metric_name(m)), 0, 0, 0});
  for (const AnswerKeyReport& r : reports) {
    sum.files += r.files;
    sum.change_files += r.change_files;
    sum.gold_items += r.gold_items;
    sum.gold_required += r.gold_required;
    sum.gold_optional += r.gold_optional;
    sum.claims += r.claims;
    sum.claims_scored += r.claims_scored;
    sum.claims_dropped += r.claims_dropped;
    for (std::size_t i = 0; i < sum.metrics.size() && i < r.metrics.size(); ++i) {
      sum.metrics[i].tp += r.metrics[i].tp;
      sum.metrics[i].predicted += r.metrics[i].predicted;
      sum.metrics[i].gold += r.metrics[i].gold;
    }
    for (const auto& [kind, kr] : r.recall_by_kind) {
      sum.recall_by_kind[kind].gold += kr.gold;
      sum.recall_by_kind[kind].matched += kr.matched;
    }
    for (const auto& [kind, n] : r.false_by_kind) sum.false_by_kind[kind] += n;
    sum.dateline_year_name_errors += r.dateline_year_name_errors;
  }
  return sum;
}

}  // namespace factsheet::eval
