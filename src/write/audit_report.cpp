#include "write/audit_report.hpp"

#include <array>
#include <string>

#include "audit/explain.hpp"
#include "write/place.hpp"
#include "write/json_text.hpp"

namespace factsheet::write {
namespace {

// One line whatever the input holds: control characters become spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

std::string count_text(std::size_t n, std::string_view one, std::string_view many) {
  return audit::number_text(static_cast<double>(n), 0) + " " + std::string(n == 1 ? one : many);
}

std::string summary(const std::vector<audit::Finding>& findings, const audit::AuditCounts& counts) {
  std::array<std::size_t, 7> by_status{};
  for (const audit::Finding& f : findings) ++by_status[static_cast<std::size_t>(f.status)];
  std::string line = "Audit of " + count_text(counts.figures, "figure", "figures") + " (of " +
                     count_text(counts.claims, "claim", "claims");
  if (counts.ungrouped > 0)
    line += "; " + audit::number_text(static_cast<double>(counts.ungrouped), 0) +
            " without a subject to compare them by";
  line += "): ";
  if (findings.empty()) return line + "no findings.\n";
  line += count_text(findings.size(), "finding", "findings");
  std::string parts;
  for (std::size_t s = 0; s < by_status.size(); ++s) {
    if (by_status[s] == 0) continue;
    parts += (parts.empty() ? "" : ", ") + audit::number_text(static_cast<double>(by_status[s]), 0) + " " +
             std::string(audit::to_string(static_cast<audit::Status>(s)));
  }
  return line + " (" + parts + ").\n";
}

std::string figure_line(const audit::FigureView& f) {
  std::string line = "    " + audit_place(one_line(f.doc), f) + ": " + audit::quote_text(one_line(f.text));
  std::string details;
  for (std::string_view part : {f.subject, f.time, f.attribution, f.frame}) {
    if (part.empty()) continue;
    details += (details.empty() ? "" : "; ") + one_line(part);
  }
  if (!details.empty()) line += " (" + details + ")";
  return line + "\n";
}

}  // namespace

void write_audit_text(Output& out, const std::vector<audit::Finding>& findings, const audit::Auditor& auditor) {
  out.write(summary(findings, auditor.counts()));
  for (const audit::Finding& f : findings) {
    std::string block = "\n[" + std::string(audit::to_string(f.status)) + "] " + one_line(f.explanation) + "\n";
    for (std::size_t i = 0; i < f.figures.size() && i < kTextFiguresPerFinding; ++i)
      block += figure_line(auditor.figure(f.figures[i]));
    if (f.figures.size() > kTextFiguresPerFinding)
      block += "    \xE2\x80\xA6 and " +
               audit::number_text(static_cast<double>(f.figures.size() - kTextFiguresPerFinding), 0) + " more\n";
    out.write(block);
  }
  out.flush();
}

void write_audit_json(Output& out, const std::vector<audit::Finding>& findings, const audit::Auditor& auditor,
                      const ClaimRecord& record) {
  out.write("{\"findings\": [");
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const audit::Finding& f = findings[i];
    std::string head = i == 0 ? "\n" : ",\n";
    head += "{\"status\": ";
    append_json_string(head, audit::to_string(f.status));
    head += ", \"explanation\": ";
    append_json_string(head, f.explanation);
    head += ", \"claims\": [";
    out.write(head);
    for (std::size_t k = 0; k < f.figures.size(); ++k) {
      out.write(k == 0 ? "\n" : ",\n");
      out.write(record(auditor.figure_ref(f.figures[k])));
    }
    out.write("]}");
  }
  out.write(findings.empty() ? "]}\n" : "\n]}\n");
  out.flush();
}

}  // namespace factsheet::write
