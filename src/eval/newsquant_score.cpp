#include "eval/newsquant_score.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include "eval/agreement.hpp"
#include "eval/bipartite.hpp"
#include "eval/newsquant_loader.hpp"

namespace factsheet::eval {
namespace {

bool numbers_close(double gold, double predicted) {
  if (!std::isfinite(gold) || !std::isfinite(predicted)) return false;
  return std::fabs(gold - predicted) <= 1e-8 + 1e-5 * std::fabs(predicted);
}

std::set<std::string> word_set(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

bool same_concepts(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  return word_set(gold) == word_set(predicted);
}

std::vector<MetricScore> empty_scores() {
  std::vector<MetricScore> scores;
  for (NewsQuantMetric m : kNewsQuantMetrics) scores.push_back({std::string(metric_name(m)), 0, 0, 0});
  return scores;
}

}  // namespace

std::string_view metric_name(NewsQuantMetric m) {
  switch (m) {
    case NewsQuantMetric::value: return "value";
    case NewsQuantMetric::value_unit: return "value+unit";
    case NewsQuantMetric::value_change: return "value+change";
    case NewsQuantMetric::value_concept_partial: return "value+concept-partial";
    case NewsQuantMetric::value_concept_complete: return "value+concept-complete";
  }
  return "";
}

bool newsquant_values_agree(const NqValue& gold, const NqValue& predicted) {
  if (gold.range != predicted.range) return false;
  return numbers_close(gold.low, predicted.low) && numbers_close(gold.high, predicted.high);
}

bool concepts_agree_partial(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  if (gold.empty()) return predicted.empty();
  return std::any_of(gold.begin(), gold.end(), [&](const std::string& w) {
    return std::find(predicted.begin(), predicted.end(), w) != predicted.end();
  });
}

bool concepts_agree_complete(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  if (gold.empty()) return predicted.empty();
  return std::all_of(gold.begin(), gold.end(), [&](const std::string& w) {
    return std::find(predicted.begin(), predicted.end(), w) != predicted.end();
  });
}

bool newsquant_agree(NewsQuantMetric m, const NqQuantity& g, const NqPrediction& p) {
  if (!newsquant_values_agree(g.value, p.value)) return false;
  switch (m) {
    case NewsQuantMetric::value: return true;
    case NewsQuantMetric::value_unit: return equal_ignoring_case(g.normalized_unit, p.normalized_unit);
    case NewsQuantMetric::value_change: return g.change == p.change;
    case NewsQuantMetric::value_concept_partial:
      return concepts_agree_partial(concept_words(g.referred_concepts), p.concepts);
    case NewsQuantMetric::value_concept_complete:
      return concepts_agree_complete(concept_words(g.referred_concepts), p.concepts);
  }
  return false;
}

// The counting of the CQE paper's evaluation (Almasian et al., EMNLP 2023), as we read it:
// - gold quantities and predictions are each stably ordered by normalized_unit as written;
// - each gold quantity in turn tries the predictions still unused, in order; every
//   prediction whose value agrees
//     * counts a value match while the sentence has any left (at most as many value
//       matches as gold quantities in the sentence, but not one per gold quantity),
//     * counts a value+change match when the change is equal and a concept match when
//       the concepts agree; these are not capped, so a prediction may count for several
//       gold values and a gold value for several predictions,
//     * when the unit agrees too, counts a value+unit match and is used up, and the next
//       gold quantity is taken.
// Concept words share one word (partial) or form the same set (complete, the paper's
// test; the strict counting only needs every gold word). A gold "-" earns no concept
// match here: the paper compares it as the word "-", which no prediction of ours carries.
void count_lenient(const std::vector<NqQuantity>& gold_in, const std::vector<NqPrediction>& predicted_in,
                   std::vector<MetricScore>& lenient) {
  auto at = [&](NewsQuantMetric m) -> MetricScore& { return lenient.at(static_cast<std::size_t>(m)); };
  for (MetricScore& s : lenient) {
    s.gold += gold_in.size();
    s.predicted += predicted_in.size();
  }
  std::vector<const NqQuantity*> gold;
  for (const auto& g : gold_in) gold.push_back(&g);
  std::vector<const NqPrediction*> left;
  for (const auto& p : predicted_in) left.push_back(&p);
  std::stable_sort(gold.begin(), gold.end(),
                   [](auto* a, auto* b) { return a->normalized_unit < b->normalized_unit; });
  std::stable_sort(left.begin(), left.end(),
                   [](auto* a, auto* b) { return a->normalized_unit < b->normalized_unit; });

  std::size_t value_budget = gold.size();
  for (const NqQuantity* g : gold) {
    auto gold_words = concept_words(g->referred_concepts);
    for (auto it = left.begin(); it != left.end(); ++it) {
      const NqPrediction& p = **it;
      if (!newsquant_values_agree(g->value, p.value)) continue;
      if (value_budget > 0) {
        ++at(NewsQuantMetric::value).tp;
        --value_budget;
      }
      if (g->change == p.change) ++at(NewsQuantMetric::value_change).tp;
      if (!gold_words.empty()) {
        if (concepts_agree_partial(gold_words, p.concepts)) ++at(NewsQuantMetric::value_concept_partial).tp;
        if (same_concepts(gold_words, p.concepts)) ++at(NewsQuantMetric::value_concept_complete).tp;
      }
      if (equal_ignoring_case(g->normalized_unit, p.normalized_unit)) {
        ++at(NewsQuantMetric::value_unit).tp;
        left.erase(it);
        break;
      }
    }
  }
}

NewsQuantReport score_newsquant(const std::vector<NqSentence>& sentences,
                                const std::vector<std::vector<NqPrediction>>& predictions) {
  if (sentences.size() != predictions.size())
    throw std::invalid_argument("score_newsquant: one prediction list per sentence is needed");
  NewsQuantReport rep;
  rep.sentences = sentences.size();
  rep.strict = empty_scores();
  rep.lenient = empty_scores();
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    const auto& gold = sentences[s].quantities;
    const auto& pred = predictions[s];
    rep.gold += gold.size();
    rep.predictions += pred.size();
    for (NewsQuantMetric m : kNewsQuantMetrics) {
      std::vector<std::vector<std::size_t>> edges(pred.size());
      for (std::size_t p = 0; p < pred.size(); ++p)
        for (std::size_t g = 0; g < gold.size(); ++g)
          if (newsquant_agree(m, gold[g], pred[p])) edges[p].push_back(g);
      Matching matching = max_bipartite_matching(edges, gold.size());
      MetricScore& score = rep.strict[static_cast<std::size_t>(m)];
      score.tp += matching.size;
      score.predicted += pred.size();
      score.gold += gold.size();
      if (m == NewsQuantMetric::value_unit)
        rep.value_unit.push_back({matching.right_to_left, matching.left_to_right});
    }
    count_lenient(gold, pred, rep.lenient);
  }
  return rep;
}

}  // namespace factsheet::eval
