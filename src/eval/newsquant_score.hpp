// Scoring NewsQuant predictions, in two countings:
// - strict: a maximum one-to-one matching per sentence for each metric (the figure to steer by);
// - lenient: the counting of the CQE paper's evaluation, for comparison with published figures.
#pragma once
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "eval/metric_score.hpp"
#include "eval/newsquant_data.hpp"

namespace factsheet::eval {

enum class NewsQuantMetric { value, value_unit, value_change, value_concept_partial, value_concept_complete };
inline constexpr std::array<NewsQuantMetric, 5> kNewsQuantMetrics = {
    NewsQuantMetric::value, NewsQuantMetric::value_unit, NewsQuantMetric::value_change,
    NewsQuantMetric::value_concept_partial, NewsQuantMetric::value_concept_complete};
// "value", "value+unit", "value+change", "value+concept-partial", "value+concept-complete".
std::string_view metric_name(NewsQuantMetric m);

// Numbers agree as numpy.isclose(gold, predicted) with rtol 1e-5, atol 1e-8; a range agrees
// only with a range, end by end.
bool newsquant_values_agree(const NqValue& gold, const NqValue& predicted);
// A gold "-" (no concept) agrees only with a prediction without concept words; otherwise
// partial needs one shared word, complete needs every gold word among the predicted ones.
bool concepts_agree_partial(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);
bool concepts_agree_complete(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);
// Whether gold and prediction agree under the metric (strict counting).
bool newsquant_agree(NewsQuantMetric m, const NqQuantity& gold, const NqPrediction& predicted);

// One sentence's strict value+unit matching, for the errors listing.
struct SentenceMatching {
  std::vector<std::optional<std::size_t>> gold_to_prediction;
  std::vector<std::optional<std::size_t>> prediction_to_gold;
};

struct NewsQuantReport {
  std::size_t sentences = 0, gold = 0, predictions = 0;
  std::vector<MetricScore> strict;   // in kNewsQuantMetrics order
  std::vector<MetricScore> lenient;  // in kNewsQuantMetrics order
  std::vector<SentenceMatching> value_unit;  // per sentence

  const MetricScore& strict_metric(NewsQuantMetric m) const { return strict.at(static_cast<std::size_t>(m)); }
  const MetricScore& lenient_metric(NewsQuantMetric m) const { return lenient.at(static_cast<std::size_t>(m)); }
};

// The paper's counting for one sentence, added to `lenient` (kNewsQuantMetrics order).
void count_lenient(const std::vector<NqQuantity>& gold, const std::vector<NqPrediction>& predicted,
                   std::vector<MetricScore>& lenient);

// `predictions[i]` are the predictions for `sentences[i]`; throws std::invalid_argument
// when the sizes differ.
NewsQuantReport score_newsquant(const std::vector<NqSentence>& sentences,
                                const std::vector<std::vector<NqPrediction>>& predictions);

}  // namespace factsheet::eval
