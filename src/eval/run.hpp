// Running the extractor over evaluation data; scoring stays in the *_score files.
#pragma once
#include <string>
#include <vector>

#include "claim/claim.hpp"
#include "eval/answer_key_score.hpp"
#include "eval/gold_item.hpp"
#include "eval/newsquant_adapter.hpp"
#include "eval/newsquant_data.hpp"
#include "extract/extractor.hpp"

namespace factsheet::eval {

struct AnswerKeyRun {
  std::vector<Claim> claims;
  AnswerKeyReport report;
};

// Extracts from `text` as one document and scores against located `gold`.
AnswerKeyRun run_answer_key(const Extractor& extractor, const std::string& doc_id,
                            const std::string& text, const std::vector<GoldItem>& gold);

// Each sentence is its own document ("ID#N", N from 1); the claims NewsQuant scores,
// in NewsQuant terms.
std::vector<std::vector<NqPrediction>> predict_newsquant(const Extractor& extractor,
                                                         const std::string& doc_id,
                                                         const std::vector<NqSentence>& sentences,
                                                         const NewsQuantUnits& units);

}  // namespace factsheet::eval
