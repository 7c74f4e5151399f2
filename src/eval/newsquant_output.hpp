// Presenting NewsQuant results: tables, a JSON object, the predictions and an errors listing.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "eval/newsquant_data.hpp"
#include "eval/newsquant_score.hpp"

namespace factsheet::eval {

// Both countings, one table each.
void print_newsquant_table(std::ostream& out, const NewsQuantReport& report);

// {"sentences", "gold", "predictions", "strict": {NAME: {"tp", "predicted", "gold",
//  "precision", "recall", "f1"}}, "lenient": {...}}; figures are percentages, unrounded.
nlohmann::ordered_json newsquant_json(const NewsQuantReport& report);

// [{"text", "tags": [{"value": n or [low, high], "normalized_unit", "change",
//   "referred_concepts"}]}], one sentence per line, in input order. A value the claim
// lacked is null.
void write_newsquant_predictions(std::ostream& out, const std::vector<NqSentence>& sentences,
                                 const std::vector<std::vector<NqPrediction>>& predictions);

// Every sentence with a missed gold quantity or a false prediction under strict
// value+unit: its text, gold quantities and predictions, each marked ok / miss / false.
void write_newsquant_errors(std::ostream& out, const std::vector<NqSentence>& sentences,
                            const std::vector<std::vector<NqPrediction>>& predictions,
                            const NewsQuantReport& report);

}  // namespace factsheet::eval
