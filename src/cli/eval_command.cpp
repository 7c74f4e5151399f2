// `factsheet eval answer-key` and `factsheet eval newsquant`: score the extractor
// against an answer key or the NewsQuant benchmark. The scoring lives in src/eval;
// this file reads the inputs, prints the figures and maps failures to exit statuses.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "eval/answer_key_loader.hpp"
#include "eval/answer_key_output.hpp"
#include "eval/newsquant_loader.hpp"
#include "eval/newsquant_output.hpp"
#include "eval/newsquant_score.hpp"
#include "eval/newsquant_units.hpp"
#include "eval/run.hpp"
#include "eval/thresholds.hpp"
#include "frame/frame_tables.hpp"
#include "extract/extractor.hpp"
#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"
#include "text/years.hpp"
#include "write/output.hpp"

namespace factsheet::cli {
namespace {

struct EvalOptions {
  std::string grammars;             // empty: the embedded grammars
  std::string errors;               // --errors FILE
  std::vector<std::string> min_f1;  // METRIC=VALUE
  bool json = false;
};

struct AnswerKeyOptions : EvalOptions {
  std::string text, gold;
  std::vector<std::string> more;  // further TEXT GOLD pairs
  std::optional<int> year;  // --year: completes dates written without a year
};

struct NewsQuantOptions : EvalOptions {
  std::string file, predictions;
};

[[noreturn]] void fail(int status, const std::string& message) {
  print_error(message);
  throw CliExit{status};
}

std::vector<eval::Threshold> parse_thresholds(const std::vector<std::string>& specs,
                                              const std::vector<std::string>& known) {
  std::vector<eval::Threshold> thresholds;
  try {
    for (const auto& spec : specs) thresholds.push_back(eval::parse_threshold(spec, known));
  } catch (const std::invalid_argument& e) {
    fail(kUsageError, e.what());
  }
  return thresholds;
}

std::shared_ptr<const Lexicon> load_lexicon(const std::string& grammars) {
  try {
    if (grammars.empty()) return Lexicon::embedded();
    auto lexicon = Lexicon::from_directory(grammars);
    frame::frame_tables(*lexicon);  // the frame's tables of DIR, checked up front
    return lexicon;
  } catch (const LexiconError& e) {
    fail(kGrammarError, e.what());  // names file and line
  } catch (const std::exception& e) {
    fail(kGrammarError, (grammars.empty() ? std::string("embedded grammars") : grammars) + ": " + e.what());
  }
}

// The text of PATH, or nothing after saying why it cannot be used.
std::optional<std::string> read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    print_error(path + ": cannot open");
    return std::nullopt;
  }
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) {
    print_error(path + ": read error");
    return std::nullopt;
  }
  std::string text = s.str();
  // Gold spans and claim offsets are bytes of this very text, so it is not repaired.
  if (!text::is_valid_utf8(text)) {
    print_error(path + ": not valid UTF-8");
    return std::nullopt;
  }
  return text;
}

// Writes PATH whole or not at all; returns false (after saying why) when it cannot.
bool write_file(const std::string& path, const std::string& content) {
  try {
    write::AtomicFileOutput out(path);
    out.write(content);
    out.flush();
    out.commit();
    return true;
  } catch (const write::OutputError& e) {
    print_error(e.what());
    return false;
  }
}

void print_json(const nlohmann::ordered_json& j) { std::cout << j.dump(2) << '\n'; }

// Exit status after the report is out: output errors first, then failed checks.
// `unscored` names metrics that no input could score (their checks fail with that reason).
int finish(bool outputs_ok, const std::vector<eval::Threshold>& thresholds,
           const std::vector<eval::MetricScore>& scores,
           const std::vector<std::pair<std::string, std::string>>& unscored = {}) {
  std::cout.flush();
  if (!outputs_ok) return kOutputError;
  std::vector<eval::Threshold> scored;
  std::vector<std::string> failed;
  for (const eval::Threshold& t : thresholds) {
    auto it = std::find_if(unscored.begin(), unscored.end(), [&](const auto& u) { return u.first == t.metric; });
    if (it == unscored.end())
      scored.push_back(t);
    else
      failed.push_back(t.metric + ": not scored (" + it->second + ")");
  }
  for (auto& f : eval::failed_thresholds(scored, scores)) failed.push_back(std::move(f));
  for (const auto& f : failed) print_error("check failed: " + f);
  return failed.empty() ? kOk : kCheckFailed;
}

int run_answer_key(const AnswerKeyOptions& o) {
  std::vector<std::string> paths = {o.text, o.gold};
  paths.insert(paths.end(), o.more.begin(), o.more.end());
  std::vector<eval::AnswerKeyPaths> pairs;
  try {
    pairs = eval::pair_answer_key_paths(paths);
  } catch (const std::invalid_argument& e) {
    fail(kUsageError, std::string("eval answer-key: ") + e.what());
  }
  std::vector<std::string> known;
  for (auto m : eval::kAnswerKeyMetrics) known.emplace_back(eval::metric_name(m));
  auto thresholds = parse_thresholds(o.min_f1, known);
  auto lexicon = load_lexicon(o.grammars);

  // Every pair is read and located before anything is scored; each problem is named.
  std::vector<eval::AnswerKeyFile> files;
  bool inputs_ok = true;
  for (const eval::AnswerKeyPaths& p : pairs) {
    eval::AnswerKeyFile f;
    f.text_path = p.text;
    f.gold_path = p.gold;
    std::optional<std::string> text = read_text(f.text_path);
    if (!text) {
      inputs_ok = false;
      continue;
    }
    f.text = std::move(*text);
    try {
      f.gold = eval::load_answer_key_file(f.gold_path);
      eval::locate_gold(f.text, f.gold, f.gold_path);
    } catch (const eval::GoldError& e) {
      print_error(e.what());
      inputs_ok = false;
      continue;
    }
    files.push_back(std::move(f));
  }
  if (!inputs_ok) throw CliExit{kInputError};

  Extractor extractor(lexicon, ExtractorOptions{o.year});
  std::vector<eval::AnswerKeyReport> reports;
  for (eval::AnswerKeyFile& f : files) {
    eval::AnswerKeyRun run = eval::run_answer_key(extractor, f.text_path, f.text, f.gold);
    f.claims = std::move(run.claims);
    f.report = std::move(run.report);
    reports.push_back(f.report);
  }
  eval::AnswerKeyReport total = eval::sum_answer_key_reports(reports);
  if (o.json)
    print_json(eval::answer_key_json(files, total));
  else
    eval::print_answer_key_table(std::cout, files, total);

  bool ok = true;
  if (!o.errors.empty()) {
    std::ostringstream errors;
    eval::write_answer_key_errors(errors, files, total);
    ok = write_file(o.errors, errors.str());
  }
  std::vector<std::pair<std::string, std::string>> unscored;
  if (!total.scores_change())
    unscored.emplace_back(eval::metric_name(eval::AnswerKeyMetric::span_value_change),
                          "no answer key gives \"change\"");
  return finish(ok, thresholds, total.reported_metrics(), unscored);
}

int run_newsquant(const NewsQuantOptions& o) {
  std::vector<std::string> known;
  for (auto m : eval::kNewsQuantMetrics) known.emplace_back(eval::metric_name(m));
  for (auto m : eval::kNewsQuantMetrics) known.push_back("lenient:" + std::string(eval::metric_name(m)));
  auto thresholds = parse_thresholds(o.min_f1, known);
  auto lexicon = load_lexicon(o.grammars);

  std::vector<eval::NqSentence> sentences;
  try {
    sentences = eval::load_newsquant_file(o.file);
  } catch (const eval::NewsQuantError& e) {
    fail(kInputError, e.what());
  }

  Extractor extractor(lexicon);
  auto predictions = eval::predict_newsquant(extractor, o.file, sentences, eval::lexicon_units(*lexicon));
  eval::NewsQuantReport report = eval::score_newsquant(sentences, predictions);
  if (o.json)
    print_json(eval::newsquant_json(report));
  else
    eval::print_newsquant_table(std::cout, report);

  bool ok = true;
  if (!o.predictions.empty()) {
    std::ostringstream out;
    eval::write_newsquant_predictions(out, sentences, predictions);
    ok = write_file(o.predictions, out.str()) && ok;
  }
  if (!o.errors.empty()) {
    std::ostringstream out;
    eval::write_newsquant_errors(out, sentences, predictions, report);
    ok = write_file(o.errors, out.str()) && ok;
  }
  std::vector<eval::MetricScore> scores = report.strict;
  for (eval::MetricScore m : report.lenient) {
    m.name = "lenient:" + m.name;
    scores.push_back(std::move(m));
  }
  return finish(ok, thresholds, scores);
}

void add_common_options(CLI::App* cmd, EvalOptions& o, const std::string& metrics) {
  cmd->add_option("--grammars", o.grammars, "Load the grammars from DIR (*.tsv) instead of the built-in copy")
      ->type_name("DIR");
  cmd->add_option("--min-f1", o.min_f1,
                  "Fail (exit 5) when METRIC's F1 (percent) is below VALUE; repeatable. Metrics: " + metrics)
      ->type_name("METRIC=VALUE")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_flag("--json", o.json, "Print the figures as one JSON object instead of tables");
}

const char* kFooter =
    "Exit status: 0 ok; 1 an input could not be read or parsed; 2 usage; 3 an output file\n"
    "could not be written (nothing left behind); 4 --grammars failed to load; 5 a --min-f1\n"
    "check failed.";

}  // namespace

void add_eval_command(CLI::App& app) {
  CLI::App* eval_cmd = app.add_subcommand("eval", "Score the extractor against an answer key or NewsQuant");
  eval_cmd->require_subcommand(1);
  eval_cmd->footer(
      "Examples:\n"
      "  factsheet eval answer-key article.txt article.gold.jsonl --year 2024\n"
      "  factsheet eval newsquant newsquant-dev.json");

  auto ak = std::make_shared<AnswerKeyOptions>();
  CLI::App* ak_cmd = eval_cmd->add_subcommand(
      "answer-key",
      "Score against the answer keys (*.gold.jsonl) of one or more texts: span, kind, value, unit, qualifier, "
      "change, subject");
  ak_cmd->add_option("TEXT", ak->text, "The text the answer key annotates")->required();
  ak_cmd->add_option("GOLD", ak->gold, "The answer key, one JSON object per line")->required();
  ak_cmd->add_option("MORE", ak->more,
                     "Further TEXT GOLD pairs, scored together with the first: counts summed over all files")
      ->type_name("TEXT GOLD");
  ak_cmd->add_option("--errors", ak->errors,
                     "Write the misses and false figures, grouped by kind, to FILE (plain text)")
      ->type_name("FILE");
  ak_cmd->add_option("--year", ak->year, "The year of dates written without one, as in `factsheet extract`")
      ->check(CLI::Range(text::kFirstYear, text::kLastYear))
      ->type_name("YYYY");
  add_common_options(ak_cmd, *ak,
                     "span, span+kind, span+value, span+value+unit, span+value+unit+qualifier, "
                     "span+value+change (keys with \"change\" only), span+value+subject-partial, "
                     "span+value+subject-complete");
  ak_cmd->footer(std::string(kFooter) +
                 "\n\nExamples:\n"
                 "  factsheet eval answer-key article.txt article.gold.jsonl --year 2024\n"
                 "  factsheet eval answer-key a.txt a.gold.jsonl b.txt b.gold.jsonl --errors misses.txt\n"
                 "  factsheet eval answer-key article.txt article.gold.jsonl --min-f1 span=90");
  ak_cmd->callback([ak] {
    int status = run_answer_key(*ak);
    if (status != kOk) throw CliExit{status};
  });

  auto nq = std::make_shared<NewsQuantOptions>();
  CLI::App* nq_cmd = eval_cmd->add_subcommand(
      "newsquant", "Score on NewsQuant (JSON list of sentences): strict one-to-one and the paper's counting");
  nq_cmd->add_option("FILE", nq->file, "The NewsQuant JSON file")->required();
  nq_cmd->add_option("--predictions", nq->predictions, "Write the predictions per sentence to OUT (JSON)")
      ->type_name("OUT");
  nq_cmd->add_option("--errors", nq->errors,
                     "Write every sentence with a miss or false prediction (value+unit) to FILE (plain text)")
      ->type_name("FILE");
  add_common_options(nq_cmd, *nq,
                     "value, value+unit, value+change, value+concept-partial, value+concept-complete "
                     "(strict), or lenient:METRIC");
  nq_cmd->footer(std::string(kFooter) +
                 "\n\nExamples:\n"
                 "  factsheet eval newsquant newsquant-dev.json\n"
                 "  factsheet eval newsquant newsquant-dev.json --errors misses.txt --json");
  nq_cmd->callback([nq] {
    int status = run_newsquant(*nq);
    if (status != kOk) throw CliExit{status};
  });
}

}  // namespace factsheet::cli
