#include "eval/run.hpp"

#include "eval/answer_key_claims.hpp"

namespace factsheet::eval {

AnswerKeyRun run_answer_key(const Extractor& extractor, const std::string& doc_id,
                            const std::string& text, const std::vector<GoldItem>& gold) {
  Document doc;
  doc.id = doc_id;
  doc.text = text;
  AnswerKeyRun run;
  run.claims = answer_key_claims(extractor.extract(doc), text);
  run.report = score_answer_key(text, gold, run.claims);
  return run;
}

std::vector<std::vector<NqPrediction>> predict_newsquant(const Extractor& extractor,
                                                         const std::string& doc_id,
                                                         const std::vector<NqSentence>& sentences,
                                                         const NewsQuantUnits& units) {
  std::vector<std::vector<NqPrediction>> all;
  all.reserve(sentences.size());
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Document doc;
    doc.id = doc_id + "#" + std::to_string(i + 1);
    doc.text = sentences[i].text;
    std::vector<NqPrediction> predictions;
    auto claims = extractor.extract(doc);
    join_from_to_levels(claims, doc.text, units);
    for (const Claim& c : claims)
      if (auto p = to_newsquant(c, units, doc.text)) predictions.push_back(std::move(*p));
    all.push_back(std::move(predictions));
  }
  return all;
}

}  // namespace factsheet::eval
