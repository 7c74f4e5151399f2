#include "eval/answer_key_output.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "eval/agreement.hpp"
#include "eval/format.hpp"
#include "eval/text_lines.hpp"

namespace factsheet::eval {
namespace {

constexpr std::size_t kMetricWidth = 26;  // the metric column of the tables

std::string describe(Kind kind, const Value& value, const Value& low, const Value& high,
                     std::optional<double> part, std::optional<double> whole,
                     const std::optional<std::string>& unit, Qualifier q) {
  std::string s(to_string(kind));
  s += ' ';
  if (!std::holds_alternative<std::monostate>(low))
    append_all(s, "[", format_value(low), ", ", format_value(high), "]");
  else
    s += format_value(value);
  if (part && whole) append_all(s, " (", format_number(*part), "/", format_number(*whole), ")");
  if (unit)
    append_all(s, " unit=\"", *unit, "\"");
  else
    s += " unit=null";
  return append_all(s, " qualifier=\"", to_string(q), "\"");
}

std::string describe(const GoldItem& g) {
  return describe(g.kind, g.value, g.low, g.high, g.part, g.whole, g.unit, g.qualifier);
}
std::string describe(const Claim& c) {
  return describe(c.kind, c.value, c.low, c.high, c.part, c.whole, c.unit, c.qualifier);
}

std::string differences(const GoldItem& g, const Claim& c) {
  std::string d;
  auto add = [&](const char* f) { d += d.empty() ? f : std::string(", ") + f; };
  if (g.kind != c.kind) add("kind");
  if (!values_agree(g, c)) add("value");
  if (!units_agree(g.unit, c)) add("unit");
  if (g.qualifier != c.qualifier) add("qualifier");
  return d.empty() ? "none (the claim went to another gold item)" : d;
}

std::string where(const TextLines& lines, std::size_t offset) {
  Position p = lines.position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string context(const TextLines& lines, std::size_t start, std::size_t end) {
  std::size_t n = lines.line_of(start);
  std::size_t base = lines.start(n);
  return mark_span(lines.line(n), start - base, end - base);
}

template <typename T>
std::map<Kind, std::vector<T>> by_kind(const std::vector<T>& entries, auto kind_of) {
  std::map<Kind, std::vector<T>> groups;
  for (const T& e : entries) groups[kind_of(e)].push_back(e);
  return groups;
}

const char* const kErrorsLegend =
    "# LINE:COLUMN \"span\"; expected (gold) vs got (claim); the line with the span in [[ ]].\n";

// The misses, false figures and dateline/year/name claims of one file, each group under
// its "## ..." heading.
void write_error_groups(std::ostream& out, std::string_view text, const std::vector<GoldItem>& gold,
                        const std::vector<Claim>& claims, const AnswerKeyReport& r) {
  TextLines lines(text);
  auto misses = by_kind(r.misses, [&](const Miss& m) { return gold[m.gold].kind; });
  for (const auto& [kind, group] : misses) {
    out << "\n## misses: " << to_string(kind) << " (" << group.size() << ")\n";
    for (const Miss& m : group) {
      const GoldItem& g = gold[m.gold];
      out << '\n' << where(lines, g.start) << " \"" << g.text << "\"\n";
      out << "  expected: " << describe(g) << '\n';
      if (m.claim) {
        const Claim& c = claims[*m.claim];
        out << "  got:      " << describe(c) << " from \"" << c.text << "\"\n";
        out << "  differs:  " << differences(g, c) << '\n';
      } else {
        out << "  got:      no claim overlaps it\n";
      }
      out << "  line:     " << context(lines, g.start, g.end) << '\n';
    }
  }

  auto falses = by_kind(r.false_figures, [&](std::size_t c) { return claims[c].kind; });
  for (const auto& [kind, group] : falses) {
    out << "\n## false figures: " << to_string(kind) << " (" << group.size() << ")\n";
    for (std::size_t ci : group) {
      const Claim& c = claims[ci];
      out << '\n' << where(lines, c.start) << " \"" << c.text << "\"\n";
      out << "  expected: nothing";
      for (const GoldItem& g : gold)
        if (!g.optional && g.line == lines.line_of(c.start) && g.start < c.end && c.start < g.end)
          out << " (overlaps \"" << g.text << "\", matched to another claim)";
      out << "\n  got:      " << describe(c) << '\n';
      out << "  line:     " << context(lines, c.start, c.end) << '\n';
    }
  }

  if (!r.dateline_year_name_claims.empty())
    out << "\n## money/count/measure on datelines, years or names ("
        << r.dateline_year_name_claims.size() << ")\n";
  for (std::size_t ci : r.dateline_year_name_claims) {
    const Claim& c = claims[ci];
    out << '\n' << where(lines, c.start) << " \"" << c.text << "\"\n";
    out << "  got:      " << describe(c) << '\n';
    for (const GoldItem& g : gold)
      if (g.line == lines.line_of(c.start) && g.start < c.end && c.start < g.end)
        out << "  gold:     " << describe(g) << (g.optional ? " (optional)" : "") << " \"" << g.text << "\"\n";
    out << "  line:     " << context(lines, c.start, c.end) << '\n';
  }
}

}  // namespace

void print_answer_key_table(std::ostream& out, const AnswerKeyReport& r) {
  out << "answer key: ";
  if (r.files != 1) out << r.files << " files; ";
  out << r.gold_items << " gold items (" << r.gold_required << " required, "
      << r.gold_optional << " optional); " << r.claims << " claims (" << r.claims_scored
      << " scored, " << r.claims_dropped << " on optional items only)\n\n";
  out << format_metric_header("claims", kMetricWidth) << '\n';
  for (const MetricScore& m : r.reported_metrics()) out << format_metric_row(m, kMetricWidth) << '\n';
  if (r.scores_change() && r.change_files < r.files)
    out << "(span+value+change: the " << r.change_files << " of " << r.files
        << " files whose answer keys give \"change\")\n";

  out << "\nrecall by kind (span+value+unit):\n";
  char buf[128];
  for (const auto& [kind, kr] : r.recall_by_kind) {
    double pct = kr.gold ? 100.0 * static_cast<double>(kr.matched) / static_cast<double>(kr.gold) : 0.0;
    std::snprintf(buf, sizeof buf, "  %-9s %4zu / %-4zu %6s\n", std::string(to_string(kind)).c_str(),
                  kr.matched, kr.gold, format_percent(pct).c_str());
    out << buf;
  }
  out << "\nfalse figures by kind (scored claims matching no gold span):";
  if (r.false_by_kind.empty()) out << " none";
  out << '\n';
  for (const auto& [kind, n] : r.false_by_kind) {
    std::snprintf(buf, sizeof buf, "  %-9s %4zu\n", std::string(to_string(kind)).c_str(), n);
    out << buf;
  }
  out << "\nfalse figures on datelines, years or names reported as money/count/measure: "
      << r.dateline_year_name_errors << '\n';
}

nlohmann::ordered_json answer_key_json(const AnswerKeyReport& r) {
  nlohmann::ordered_json j;
  if (r.files != 1) {
    j["files"] = r.files;
    j["change_files"] = r.change_files;
  }
  j["gold_items"] = r.gold_items;
  j["gold_required"] = r.gold_required;
  j["gold_optional"] = r.gold_optional;
  j["claims"] = r.claims;
  j["claims_scored"] = r.claims_scored;
  j["claims_dropped"] = r.claims_dropped;
  auto& metrics = j["metrics"] = nlohmann::ordered_json::object();
  for (const MetricScore& m : r.reported_metrics())
    metrics[m.name] = {{"tp", m.tp},           {"predicted", m.predicted}, {"gold", m.gold},
                       {"precision", m.precision()}, {"recall", m.recall()},  {"f1", m.f1()}};
  auto& recall = j["recall_by_kind"] = nlohmann::ordered_json::object();
  for (const auto& [kind, kr] : r.recall_by_kind)
    recall[std::string(to_string(kind))] = {
        {"gold", kr.gold},
        {"matched", kr.matched},
        {"recall", kr.gold ? 100.0 * static_cast<double>(kr.matched) / static_cast<double>(kr.gold) : 0.0}};
  auto& false_by_kind = j["false_by_kind"] = nlohmann::ordered_json::object();
  for (const auto& [kind, n] : r.false_by_kind) false_by_kind[std::string(to_string(kind))] = n;
  j["dateline_year_name_errors"] = r.dateline_year_name_errors;
  return j;
}

void write_answer_key_errors(std::ostream& out, std::string_view text, const std::vector<GoldItem>& gold,
                             const std::vector<Claim>& claims, const AnswerKeyReport& r) {
  out << "# Answer-key errors under span+value+unit: " << r.misses.size() << " misses, "
      << r.false_figures.size() << " false figures, " << r.dateline_year_name_errors
      << " money/count/measure on datelines, years or names.\n"
      << kErrorsLegend;
  write_error_groups(out, text, gold, claims, r);
}

void print_answer_key_table(std::ostream& out, const std::vector<AnswerKeyFile>& files,
                            const AnswerKeyReport& total) {
  if (files.size() == 1) return print_answer_key_table(out, files.front().report);
  print_answer_key_table(out, total);
  std::size_t w = kMetricWidth;
  for (const AnswerKeyFile& f : files) w = std::max(w, f.text_path.size());
  out << "\nby file (span+value+unit):\n";
  std::string header = format_metric_header("claims", w);
  header.replace(0, 6, "file  ");  // the header names its first column "metric"
  out << header << '\n';
  for (const AnswerKeyFile& f : files) {
    MetricScore row = f.report.metric(AnswerKeyMetric::span_value_unit);
    row.name = f.text_path;
    out << format_metric_row(row, w) << '\n';
  }
}

nlohmann::ordered_json answer_key_json(const std::vector<AnswerKeyFile>& files, const AnswerKeyReport& total) {
  if (files.size() == 1) return answer_key_json(files.front().report);
  nlohmann::ordered_json j = answer_key_json(total);
  auto& by_file = j["by_file"] = nlohmann::ordered_json::array();
  for (const AnswerKeyFile& f : files) {
    nlohmann::ordered_json one = {{"text", f.text_path}, {"gold", f.gold_path}};
    one.update(answer_key_json(f.report));
    by_file.push_back(std::move(one));
  }
  return j;
}

void write_answer_key_errors(std::ostream& out, const std::vector<AnswerKeyFile>& files,
                             const AnswerKeyReport& total) {
  if (files.size() == 1) {
    const AnswerKeyFile& f = files.front();
    return write_answer_key_errors(out, f.text, f.gold, f.claims, f.report);
  }
  std::size_t misses = 0, falses = 0;
  for (const AnswerKeyFile& f : files) {
    misses += f.report.misses.size();
    falses += f.report.false_figures.size();
  }
  out << "# Answer-key errors under span+value+unit in " << files.size() << " files: " << misses
      << " misses, " << falses << " false figures, " << total.dateline_year_name_errors
      << " money/count/measure on datelines, years or names.\n"
      << kErrorsLegend;
  for (const AnswerKeyFile& f : files) {
    const AnswerKeyReport& r = f.report;
    out << "\n# file " << f.text_path << " (answer key " << f.gold_path << "): " << r.misses.size()
        << " misses, " << r.false_figures.size() << " false figures, " << r.dateline_year_name_errors
        << " money/count/measure on datelines, years or names.\n";
    write_error_groups(out, f.text, f.gold, f.claims, r);
  }
}

}  // namespace factsheet::eval
