#include "eval/newsquant_output.hpp"

#include <algorithm>
#include <cmath>

#include "eval/format.hpp"

namespace factsheet::eval {
namespace {

using ojson = nlohmann::ordered_json;

ojson json_number(double v) { return std::isfinite(v) ? ojson(v) : ojson(nullptr); }

ojson json_value(const NqValue& v) {
  if (v.range) return ojson::array({json_number(v.low), json_number(v.high)});
  return json_number(v.low);
}

std::string text_value(const NqValue& v) {
  auto num = [](double d) { return std::isfinite(d) ? format_number(d) : std::string("null"); };
  if (!v.range) return num(v.low);
  std::string s;
  return append_all(s, "[", num(v.low), ", ", num(v.high), "]");
}

std::string join(const std::vector<std::string>& words) {
  std::string s;
  for (const auto& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

ojson scores_json(const std::vector<MetricScore>& scores) {
  ojson j = ojson::object();
  for (const MetricScore& m : scores)
    j[m.name] = {{"tp", m.tp},           {"predicted", m.predicted}, {"gold", m.gold},
                 {"precision", m.precision()}, {"recall", m.recall()},  {"f1", m.f1()}};
  return j;
}

}  // namespace

void print_newsquant_table(std::ostream& out, const NewsQuantReport& r) {
  out << "NewsQuant: " << r.sentences << " sentences, " << r.gold << " gold quantities, "
      << r.predictions << " predictions\n";
  const std::size_t w = 24;
  out << "\nstrict one-to-one matching (maximum matching per sentence)\n"
      << format_metric_header("predictions", w) << '\n';
  for (const MetricScore& m : r.strict) out << format_metric_row(m, w) << '\n';
  out << "\nlenient counting (as in the CQE paper's evaluation)\n"
      << format_metric_header("predictions", w) << '\n';
  for (const MetricScore& m : r.lenient) out << format_metric_row(m, w) << '\n';
}

nlohmann::ordered_json newsquant_json(const NewsQuantReport& r) {
  ojson j;
  j["sentences"] = r.sentences;
  j["gold"] = r.gold;
  j["predictions"] = r.predictions;
  j["strict"] = scores_json(r.strict);
  j["lenient"] = scores_json(r.lenient);
  return j;
}

void write_newsquant_predictions(std::ostream& out, const std::vector<NqSentence>& sentences,
                                 const std::vector<std::vector<NqPrediction>>& predictions) {
  out << "[";
  for (std::size_t s = 0; s < sentences.size(); ++s) {
    ojson tags = ojson::array();
    if (s < predictions.size())
      for (const NqPrediction& p : predictions[s])
        tags.push_back({{"value", json_value(p.value)},
                        {"normalized_unit", p.normalized_unit},
                        {"change", p.change},
                        {"referred_concepts", p.concepts.empty() ? "-" : join(p.concepts)}});
    ojson entry = {{"text", sentences[s].text}, {"tags", std::move(tags)}};
    out << (s ? ",\n" : "\n") << entry.dump(-1, ' ', false, ojson::error_handler_t::replace);
  }
  out << "\n]\n";
}

void write_newsquant_errors(std::ostream& out, const std::vector<NqSentence>& sentences,
                            const std::vector<std::vector<NqPrediction>>& predictions,
                            const NewsQuantReport& r) {
  const MetricScore& vu = r.strict_metric(NewsQuantMetric::value_unit);
  out << "# NewsQuant errors under strict value+unit: " << vu.gold - vu.tp << " missed gold quantities, "
      << vu.predicted - vu.tp << " false predictions.\n"
      << "# [ok] matched, [miss] gold quantity not matched, [false] prediction not matched.\n";
  for (std::size_t s = 0; s < sentences.size() && s < r.value_unit.size(); ++s) {
    const auto& m = r.value_unit[s];
    const auto& gold = sentences[s].quantities;
    const auto& pred = predictions[s];
    bool any_miss = std::any_of(m.gold_to_prediction.begin(), m.gold_to_prediction.end(),
                                [](const auto& x) { return !x; });
    bool any_false = std::any_of(m.prediction_to_gold.begin(), m.prediction_to_gold.end(),
                                 [](const auto& x) { return !x; });
    if (!any_miss && !any_false) continue;
    out << "\n## sentence " << s + 1 << "\n" << sentences[s].text << "\ngold:\n";
    if (gold.empty()) out << "  (none)\n";
    for (std::size_t g = 0; g < gold.size(); ++g) {
      const NqQuantity& q = gold[g];
      out << (m.gold_to_prediction[g] ? "  [ok]    " : "  [miss]  ") << text_value(q.value) << " "
          << q.normalized_unit << " \"" << q.change << "\" (unit \"" << q.unit << "\", concepts \""
          << q.referred_concepts << "\")";
      if (!m.gold_to_prediction[g])
        for (const NqPrediction& p : pred)
          if (newsquant_values_agree(q.value, p.value)) {
            out << " -- value predicted with unit " << p.normalized_unit;
            break;
          }
      out << '\n';
    }
    out << "predicted:\n";
    if (pred.empty()) out << "  (none)\n";
    for (std::size_t p = 0; p < pred.size(); ++p) {
      out << (m.prediction_to_gold[p] ? "  [ok]    " : "  [false] ") << text_value(pred[p].value) << " "
          << pred[p].normalized_unit << " \"" << pred[p].change << "\"";
      if (!pred[p].concepts.empty()) out << " (concepts \"" << join(pred[p].concepts) << "\")";
      if (!pred[p].source.empty()) out << " from \"" << pred[p].source << "\"";
      out << '\n';
    }
  }
}

}  // namespace factsheet::eval
