// Scoring claims against an answer key. Pure: takes located gold items and claims,
// so it is tested with hand-made claims and reused by any extractor.
#pragma once
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "eval/gold_item.hpp"
#include "eval/metric_score.hpp"

namespace factsheet::eval {

// The metrics, each adding fields to the one before; an edge needs overlapping spans on
// the same line and agreeing fields. span+value+change adds the change to span+value: a
// gold "change" of null wants a claim without one, "up" and "down" the same direction; it
// is scored only on keys that give "change" (see AnswerKeyReport::change_files). The
// subject metrics add the subject to span+value (eval/subject_match.hpp): partial shares
// a content word with the gold subject, complete holds all of its content words; a null
// gold subject (dates, years) wants a null subject.
enum class AnswerKeyMetric {
  span,
  span_kind,
  span_value,
  span_value_unit,
  span_value_unit_qualifier,
  span_value_change,
  span_value_subject_partial,
  span_value_subject_complete
};
inline constexpr std::array<AnswerKeyMetric, 8> kAnswerKeyMetrics = {
    AnswerKeyMetric::span,
    AnswerKeyMetric::span_kind,
    AnswerKeyMetric::span_value,
    AnswerKeyMetric::span_value_unit,
    AnswerKeyMetric::span_value_unit_qualifier,
    AnswerKeyMetric::span_value_change,
    AnswerKeyMetric::span_value_subject_partial,
    AnswerKeyMetric::span_value_subject_complete};
std::string_view metric_name(AnswerKeyMetric m);  // "span", "span+kind", ..., "span+value+subject-partial"
// Whether the metric's fields agree (the span test is separate).
bool fields_agree(AnswerKeyMetric m, const GoldItem& gold, const Claim& claim);

struct KindRecall {
  std::size_t gold = 0;     // required gold items of the kind
  std::size_t matched = 0;  // matched under span+value+unit
};

// A required gold item left unmatched under span+value+unit.
struct Miss {
  std::size_t gold;                   // index into the gold items
  std::optional<std::size_t> claim;   // the overlapping claim closest to it, if any
};

struct AnswerKeyReport {
  std::size_t files = 1;         // answer keys scored (more than one when reports are summed)
  std::size_t change_files = 0;  // of those, the keys that give "change" on their records
  std::size_t gold_items = 0, gold_required = 0, gold_optional = 0;
  std::size_t claims = 0;          // all claims given
  std::size_t claims_scored = 0;   // claims minus those overlapping only optional items
  std::size_t claims_dropped = 0;
  // In kAnswerKeyMetrics order, all of them. span+value+change counts only the keys that
  // give "change" (all zero when none does); see reported_metrics().
  std::vector<MetricScore> metrics;
  std::map<Kind, KindRecall> recall_by_kind;
  std::map<Kind, std::size_t> false_by_kind;  // false figures by claim kind
  // Money/count/measure claims (scored or dropped) that overlap a date, year or "other"
  // gold item, or an optional item of another kind (datelines, bare months), or that
  // overlap nothing and show a standalone year-like number (as four digits).
  // An optional item of the claim's own kind ("Both sides" as a count) is no error.
  std::size_t dateline_year_name_errors = 0;
  std::vector<Miss> misses;                   // in gold order
  std::vector<std::size_t> false_figures;     // claim indexes, in claim order
  std::vector<std::size_t> dropped;           // claim indexes overlapping only optional items
  std::vector<std::size_t> dateline_year_name_claims;  // claim indexes

  const MetricScore& metric(AnswerKeyMetric m) const { return metrics.at(static_cast<std::size_t>(m)); }
  bool scores_change() const { return change_files > 0; }
  // The metrics to show and check: all but span+value+change when no key gives "change".
  std::vector<MetricScore> reported_metrics() const;
};

// `gold` must be located (start/end set, see locate_gold); claim offsets index `text`.
// A claim matches a gold item on the same line whose span it overlaps. Claims overlapping
// only optional items are dropped; optional items are never missed. Each metric is a
// maximum one-to-one matching. A false figure is a scored claim left unmatched by `span`.
// The key gives "change" when every item has one (and there is at least one item);
// otherwise span+value+change is left at zero and change_files is 0.
AnswerKeyReport score_answer_key(std::string_view text, const std::vector<GoldItem>& gold,
                                 const std::vector<Claim>& claims);

// Several files scored as one (micro-average): every count summed, so precision and recall
// are those of all claims against all gold items; span+value+change over the keys that give
// "change". The per-file lists (misses, false_figures, dropped, dateline_year_name_claims)
// index each file's own gold items and claims, so the sum leaves them empty.
AnswerKeyReport sum_answer_key_reports(const std::vector<AnswerKeyReport>& reports);

}  // namespace factsheet::eval
