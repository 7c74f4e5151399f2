#include "write/html_writer.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <vector>

#include "audit/auditor.hpp"
#include "io/free_memory.hpp"
#include "write/claim_indexer.hpp"
#include "text/utf8.hpp"
#include "write/headline_checks.hpp"
#include "write/headline_index.hpp"
#include "write/html_assets.hpp"
#include "write/html_parts.hpp"
#include "write/html_spool.hpp"
#include "write/html_text.hpp"
#include "write/report_headlines.hpp"
#include "write/source_index.hpp"

namespace factsheet::write {
namespace {

std::string spool_dir(const Output& out, const std::string& tmpdir) {
  return tmpdir.empty() ? directory_of(out) : tmpdir;
}

// The largest cut <= `at` that does not split a UTF-8 sequence.
std::size_t char_boundary(std::string_view text, std::size_t at) {
  at = std::min(at, text.size());
  while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

std::string mib(std::size_t bytes) {
  double m = static_cast<double>(bytes) / (1 << 20);
  return m >= 1 ? count_text(static_cast<std::size_t>(m + 0.5)) + " MiB" : count_text(bytes) + " bytes";
}

}  // namespace

struct HtmlWriter::State {
  State(const Output& out, const HtmlOptions& o)
      : headline(o.minor_nouns, 50000),
        auditor(o.audit_rules ? o.audit_rules : audit::embedded_audit_rules(o.minor_nouns), spool_dir(out, o.tmpdir)),
        sources(DocNames(o.input_roots)),
        documents(spool_dir(out, o.tmpdir), output_label(out, "HTML report")),
        table(spool_dir(out, o.tmpdir), output_label(out, "HTML report")),
        indexer([this](const Claim& c, std::uint64_t i, FigurePosition pos, std::uint32_t source) { index(c, i, pos, source); },
                o.index_thread) {}

  HeadlineIndex headline;
  audit::Auditor auditor;
  FactsOfClaims facts;  // each claim's headline fact, to mark it with the audit's finding
  SourceIndex sources;
  Spool documents, table;
  std::uint64_t claims = 0;
  std::vector<bool> marked;          // per claim: highlighted in a document's text
  std::array<std::size_t, 12> kinds{};  // claims per kind
  std::size_t documents_seen = 0, text_shown = 0;
  std::string first_doc;
  bool finished = false;

  // The document being written, between begin_document() and end_document().
  const Document* doc = nullptr;
  std::string section;     // its text so far, with the highlights
  std::size_t cursor = 0;  // bytes of its text written to `section`
  std::size_t cut = 0;     // bytes of its text the report shows
  std::size_t doc_claims = 0, doc_marked = 0;
  std::string row;  // reused between claims
  // Last, so that its thread stops before the indexes it fills go.
  ClaimIndexer indexer;

  // Adds claim `i` to the indexes of the headline figures and the audit.
  void index(const Claim& claim, std::uint64_t i, FigurePosition pos, std::uint32_t source) {
    headline.add(claim, Mention{source, claim.start}, pos);
    facts.note(i, headline.last_fact());
    auditor.add(claim, i);
  }
};

HtmlWriter::HtmlWriter(Output& out, HtmlOptions options)
    : out_(out), options_(std::move(options)), state_(std::make_unique<State>(out_, options_)) {}

HtmlWriter::~HtmlWriter() = default;

void HtmlWriter::begin_document(const Document& doc) {
  State& s = *state_;
  if (s.doc) end_document();
  s.doc = &doc;
  if (s.documents_seen++ == 0) s.first_doc = doc.id;
  s.section.clear();
  s.cursor = 0;
  s.doc_claims = s.doc_marked = 0;
  std::size_t room = options_.text_budget - std::min(options_.text_budget, s.text_shown);
  s.cut = char_boundary(doc.text, room);
}

void HtmlWriter::write(const Claim& claim) {
  State& s = *state_;
  if (s.finished) throw OutputError("HTML report: claim written after finish()");
  std::uint64_t index = s.claims++;
  FigurePosition pos = report_position(index);
  std::uint32_t source = s.sources.add(claim, pos);
  naming_output(out_, "HTML report", [&] { s.indexer.add(claim, index, pos, source); });
  ++s.kinds[static_cast<std::size_t>(claim.kind)];

  bool marked = false;
  if (s.doc && claim.doc == s.doc->id) {
    ++s.doc_claims;
    const std::string& text = s.doc->text;
    std::size_t start = std::min(claim.start, text.size()), end = std::min(std::max(claim.end, start), text.size());
    // A figure that begins in the shown part is shown whole, even past the cut.
    if (start < s.cut || s.cut == text.size()) {
      if (end > s.cut) s.cut = end;
      start = std::max(start, s.cursor);  // claims never overlap; if they did, show the rest
      end = std::max(end, start);
      append_html_text(s.section, std::string_view(text).substr(s.cursor, start - s.cursor));
      append_figure_mark(s.section, claim, index, std::string_view(text).substr(start, end - start));
      s.cursor = end;
      marked = true;
      ++s.doc_marked;
    }
  }
  s.marked.push_back(marked);

  if (index < options_.table_rows) {
    s.row.clear();
    append_table_row(s.row, claim, index, marked ? "#c" + std::to_string(index) : std::string());
    s.table.write(s.row);
  }
}

void HtmlWriter::end_document() {
  State& s = *state_;
  if (!s.doc) return;
  const Document& doc = *s.doc;
  std::string_view text(doc.text);
  s.cut = std::max(s.cut, s.cursor);
  append_html_text(s.section, text.substr(s.cursor, s.cut - s.cursor));
  s.text_shown += s.cut;

  std::string out = "<article class=\"doc\" aria-labelledby=\"d" + std::to_string(s.documents_seen) + "\"><h3 id=\"d" +
                    std::to_string(s.documents_seen) + "\">";
  append_html_text(out, doc.id);
  out += "</h3>\n";
  std::string meta;
  for (const std::string* part : {&doc.title, &doc.source, &doc.date})
    if (!part->empty()) meta += (meta.empty() ? "" : " \xC2\xB7 ") + *part;
  meta += (meta.empty() ? "" : " \xC2\xB7 ") + count_text(s.doc_claims) + (s.doc_claims == 1 ? " figure" : " figures");
  out += "<p class=\"meta\">";
  append_html_text(out, meta);
  out += "</p>\n";
  if (s.cut > 0) {
    out += "<div class=\"text\">";
    out += s.section;
    out += "</div>\n";
  }
  if (s.cut < text.size()) {
    out += "<p class=\"note\">";
    out += s.cut > 0 ? "The text stops here" : "The text is not shown";
    out += ": the report shows at most " + mib(options_.text_budget) + " of document text in all. ";
    std::size_t rest = s.doc_claims - s.doc_marked;
    out += rest == 0 ? std::string("No further figures.")
                     : count_text(rest) + (rest == 1 ? " further figure is" : " further figures are") +
                           " listed in the table of figures.";
    out += "</p>\n";
  }
  out += "</article>\n";
  s.documents.write(out);
  s.section.clear();
  s.section.shrink_to_fit();
  s.doc = nullptr;
}

void HtmlWriter::finish() {
  State& s = *state_;
  if (s.finished) return;
  if (s.doc) end_document();
  s.finished = true;
  std::vector<audit::Finding> findings = naming_output(out_, "HTML report", [&] {
    s.indexer.finish();
    io::return_free_memory();  // the workers' claims, before the audit compares
    s.headline.end_adding();
    std::vector<audit::Finding> found = s.auditor.finish();
    mark_headline_facts(s.headline, found, s.auditor, s.facts);
    return found;
  });
  ClaimLink link = [&](std::uint64_t i) -> std::string {
    if (i < s.marked.size() && s.marked[i]) return "#c" + std::to_string(i);
    if (i < options_.table_rows && i < s.claims) return "#r" + std::to_string(i);
    return {};
  };
  std::string_view style = report_style(), script = report_script();
  std::string title = "Fact sheet";
  if (s.documents_seen > 0) {
    title += ": " + std::filesystem::path(s.first_doc).filename().string();
    if (title.size() == 12) title += s.first_doc;  // a path ending in '/'
    if (s.documents_seen > 1) title += " and " + count_text(s.documents_seen - 1) + " more";
  }

  std::string head = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src " +
                     csp_hash(style) + "; script-src " + csp_hash(script) +
                     "; img-src 'none'; base-uri 'none'; form-action 'none'\">\n"
                     "<meta name=\"generator\" content=\"factsheet " FACTSHEET_VERSION "\">\n<title>";
  append_html_text(head, title);
  head += "</title>\n<style>";
  head += style;
  head += "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the report</a>\n"
          "<header class=\"top\"><h1>";
  append_html_text(head, title);
  head += "</h1>\n<p>" + count_text(s.claims) + (s.claims == 1 ? " figure in " : " figures in ") +
          count_text(s.documents_seen) + (s.documents_seen == 1 ? " document" : " documents") +
          ", found by factsheet " FACTSHEET_VERSION ".</p>\n"
          "<nav aria-label=\"Sections\"><ul><li><a href=\"#headline\">Headline figures</a></li>"
          "<li><a href=\"#audit\">Audit</a></li><li><a href=\"#documents\">Documents</a></li>"
          "<li><a href=\"#figures\">All figures</a></li></ul></nav></header>\n<main id=\"main\">\n";
  append_headline_section(head, report_headlines(s.headline, s.sources, options_.headlines), s.headline.size(),
                          link);
  naming_output(out_, "HTML report", [&] { append_audit_section(head, findings, s.auditor, options_.findings, link); });
  head += "<section id=\"documents\" aria-labelledby=\"documents-h\"><h2 id=\"documents-h\">Documents</h2>\n"
          "<p class=\"note\">Every figure is highlighted by its kind: colour, underline and the symbol after it. "
          "Point at a figure, or move to it with the Tab key, to see its value, unit, subject, time and "
          "attribution.</p>\n";
  append_legend(head);
  out_.write(head);
  s.documents.copy_to(out_);

  std::string middle = "</section>\n<section id=\"figures\" aria-labelledby=\"figures-h\"><h2 id=\"figures-h\">"
                       "All figures</h2>\n";
  std::vector<Kind> kinds;
  for (std::size_t k = 0; k < s.kinds.size(); ++k)
    if (s.kinds[k] > 0) kinds.push_back(static_cast<Kind>(k));
  append_table_head(middle, kinds);
  out_.write(middle);
  s.table.copy_to(out_);

  std::string tail = "</tbody></table></div>\n";
  if (s.claims > options_.table_rows)
    tail += "<p class=\"note\">The table lists the first " + count_text(options_.table_rows) + " of " +
            count_text(s.claims) + " figures; JSON Lines or CSV output (<code>-o figures.jsonl</code>) has them all.</p>\n";
  tail += "</section>\n</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>";
  tail += script;
  tail += "</script>\n</body>\n</html>\n";
  out_.write(tail);
  out_.flush();
}

}  // namespace factsheet::write
