#include "eval/format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "text/chars.hpp"

namespace factsheet::eval {

std::string format_number(double v) {
  char buf[64];
  if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

std::string format_value(const Value& v) {
  if (const auto* d = std::get_if<double>(&v)) return format_number(*d);
  if (const auto* s = std::get_if<std::string>(&v)) {
    std::string out;
    return append_all(out, "\"", *s, "\"");
  }
  return "null";
}

std::string format_percent(double pct) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", pct);
  return buf;
}

std::string format_metric_header(std::string_view predicted_label, std::size_t name_width) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-*s %6s %11s %6s %6s %6s %6s", static_cast<int>(name_width),
                "metric", "TP", std::string(predicted_label).c_str(), "gold", "P", "R", "F1");
  return buf;
}

std::string format_metric_row(const MetricScore& m, std::size_t name_width) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-*s %6zu %11zu %6zu %6s %6s %6s", static_cast<int>(name_width),
                m.name.c_str(), m.tp, m.predicted, m.gold, format_percent(m.precision()).c_str(),
                format_percent(m.recall()).c_str(), format_percent(m.f1()).c_str());
  return buf;
}

namespace {
}  // namespace

std::string mark_span(std::string_view line, std::size_t start, std::size_t end, std::size_t context) {
  start = std::min(start, line.size());
  end = std::min(std::max(end, start), line.size());
  std::size_t from = start > context ? start - context : 0;
  std::size_t to = std::min(line.size(), end + context);
  while (from > 0 && text::is_utf8_continuation(line[from])) --from;  // keep whole code points
  while (to < line.size() && text::is_utf8_continuation(line[to])) ++to;
  std::string out;
  if (from > 0) out += "...";
  out.append(line.substr(from, start - from));
  out += "[[";
  out.append(line.substr(start, end - start));
  out += "]]";
  out.append(line.substr(end, to - end));
  if (to < line.size()) out += "...";
  return out;
}

}  // namespace factsheet::eval
