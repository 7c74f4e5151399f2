// Presenting an answer-key report: a table, a JSON object, and an errors listing.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "eval/answer_key_score.hpp"
#include "eval/gold_item.hpp"

namespace factsheet::eval {

void print_answer_key_table(std::ostream& out, const AnswerKeyReport& report);

// {"gold_items", "gold_required", "gold_optional", "claims", "claims_scored",
//  "claims_dropped", "metrics": {NAME: {"tp", "predicted", "gold", "precision", "recall",
//  "f1"}}, "recall_by_kind": {KIND: {"gold", "matched", "recall"}}, "false_by_kind":
//  {KIND: n}, "dateline_year_name_errors": n}. Figures are percentages (0..100), unrounded.
nlohmann::ordered_json answer_key_json(const AnswerKeyReport& report);

// Plain text for whoever fixes the grammar: the misses under span+value+unit grouped by
// gold kind (expected fields vs what the closest overlapping claim said), the false
// figures grouped by claim kind, then the money/count/measure claims on datelines, years
// or names; each with line:column, the span, and its line with the span marked [[...]].
void write_answer_key_errors(std::ostream& out, std::string_view text,
                             const std::vector<GoldItem>& gold, const std::vector<Claim>& claims,
                             const AnswerKeyReport& report);

}  // namespace factsheet::eval
