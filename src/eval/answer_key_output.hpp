// Presenting an answer-key report: a table, a JSON object, and an errors listing.
#pragma once
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "eval/answer_key_score.hpp"
#include "eval/gold_item.hpp"

namespace factsheet::eval {

// The summary line, the metrics (span+value+change only when a key gives "change"), recall
// by kind, false figures by kind and the dateline check. A summed report (files > 1) says
// how many files it covers, and over how many of them span+value+change was scored when
// some keys do not give "change".
void print_answer_key_table(std::ostream& out, const AnswerKeyReport& report);

// {"gold_items", "gold_required", "gold_optional", "claims", "claims_scored",
//  "claims_dropped", "metrics": {NAME: {"tp", "predicted", "gold", "precision", "recall",
//  "f1"}}, "recall_by_kind": {KIND: {"gold", "matched", "recall"}}, "false_by_kind":
//  {KIND: n}, "dateline_year_name_errors": n}. Figures are percentages (0..100), unrounded.
// "metrics" holds the reported metrics (see AnswerKeyReport::reported_metrics). A summed
// report (files > 1) starts with "files" and "change_files".
nlohmann::ordered_json answer_key_json(const AnswerKeyReport& report);

// Plain text for whoever fixes the grammar: the misses under span+value+unit grouped by
// gold kind (expected fields vs what the closest overlapping claim said), the false
// figures grouped by claim kind, then the money/count/measure claims on datelines, years
// or names; each with line:column, the span, and its line with the span marked [[...]].
void write_answer_key_errors(std::ostream& out, std::string_view text,
                             const std::vector<GoldItem>& gold, const std::vector<Claim>& claims,
                             const AnswerKeyReport& report);

// One TEXT GOLD pair as scored, for the reports over several files.
struct AnswerKeyFile {
  std::string text_path, gold_path;
  std::string text;
  std::vector<GoldItem> gold;  // located in `text`
  std::vector<Claim> claims;
  AnswerKeyReport report;
};

// The reports over several files, `total` being sum_answer_key_reports of theirs. With one
// file each is exactly the one-file report above. With more, the table of `total` is
// followed by one span+value+unit row per file (named by its text path), the JSON object
// of `total` gets "by_file": [{"text", "gold", and the file's own object}], and the errors
// come file by file, each under a "# file TEXT (answer key GOLD): ..." heading.
void print_answer_key_table(std::ostream& out, const std::vector<AnswerKeyFile>& files,
                            const AnswerKeyReport& total);
nlohmann::ordered_json answer_key_json(const std::vector<AnswerKeyFile>& files, const AnswerKeyReport& total);
void write_answer_key_errors(std::ostream& out, const std::vector<AnswerKeyFile>& files,
                             const AnswerKeyReport& total);

}  // namespace factsheet::eval
