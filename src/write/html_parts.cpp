#include "write/html_parts.hpp"

#include <array>

#include "audit/explain.hpp"
#include "write/figure_fields.hpp"
#include "write/figure_phrase.hpp"
#include "write/html_assets.hpp"
#include "write/html_text.hpp"
#include "write/json_text.hpp"
#include "write/xlsx_audit_sheet.hpp"

namespace factsheet::write {
namespace {

constexpr std::array<Kind, 12> kAllKinds = {Kind::money,   Kind::percent, Kind::count, Kind::measure,
                                            Kind::ratio,   Kind::duration, Kind::age,  Kind::ordinal,
                                            Kind::year,    Kind::date,    Kind::time,  Kind::other};

void attr(std::string& out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out += ' ';
  out += name;
  out += "=\"";
  append_html_text(out, value);
  out += '"';
}

void cell(std::string& out, std::string_view value, std::string_view cls = {}, std::string_view sort = {}) {
  out += "<td";
  attr(out, "class", cls);
  if (!sort.empty()) attr(out, "data-sort", sort);
  out += '>';
  append_html_text(out, value);
  out += "</td>";
}

// "2023 (last year)": the time with the words it was read from, when they differ.
std::string time_text(const Claim& c) {
  std::string t = c.time.value_or("");
  if (c.time_text && *c.time_text != t) t += t.empty() ? *c.time_text : " (" + *c.time_text + ")";
  return t;
}

std::string unit_text(const Claim& c) {
  std::string u = c.unit.value_or("");
  if (c.unit_name && *c.unit_name != u) u += u.empty() ? *c.unit_name : " (" + *c.unit_name + ")";
  return u;
}

// The number a column of values sorts by: the value, else the low end of a range.
std::string sort_key(const Claim& c) {
  for (const Value* v : {&c.value, &c.low, &c.high}) {
    if (const double* d = std::get_if<double>(v)) return format_number(*d);
    if (const std::string* s = std::get_if<std::string>(v)) return *s;
  }
  return {};
}

std::string place_text(std::string_view doc, std::optional<int> article) {
  std::string out(doc);
  if (article) out += " #" + std::to_string(*article);
  return out;
}

void link_or_text(std::string& out, const std::string& href, std::string_view text) {
  if (href.empty()) {
    append_html_text(out, text);
    return;
  }
  out += "<a href=\"";
  append_html_text(out, href);
  out += "\">";
  append_html_text(out, text);
  out += "</a>";
}

}  // namespace

std::string count_text(std::size_t n) { return grouped_number(static_cast<double>(n)); }

std::string value_text(const Claim& c) {
  if (c.kind == Kind::date || c.kind == Kind::time) {
    if (const std::string* s = std::get_if<std::string>(&c.value)) return *s;
    std::string low = sort_key(c);
    if (const std::string* h = std::get_if<std::string>(&c.high)) return low + " \xE2\x80\x93 " + *h;
    return low;
  }
  // A year is a name, not an amount: "2023", not "2,023".
  if (c.kind == Kind::year) return sort_key(c);
  return figure_phrase(FigureFields::of(c));
}

void append_figure_mark(std::string& out, const Claim& c, std::uint64_t index, std::string_view visible) {
  std::string_view kind = to_string(c.kind);
  out += "<mark class=\"fig k-";
  out += kind;
  out += "\" id=\"c" + std::to_string(index) + "\" tabindex=\"0\" aria-describedby=\"tip\"";
  attr(out, "data-k", kind);
  attr(out, "data-v", value_text(c));
  attr(out, "data-u", unit_text(c));
  attr(out, "data-s", c.subject.value_or(""));
  attr(out, "data-t", time_text(c));
  attr(out, "data-a", c.attribution.value_or(""));
  out += '>';
  append_html_text(out, visible);
  out += "</mark>";
}

void append_table_head(std::string& out, const std::vector<Kind>& kinds) {
  out += "<div class=\"controls\" role=\"search\" aria-label=\"Filter the figures\">"
         "<label for=\"filter-text\">Filter<input id=\"filter-text\" type=\"search\" "
         "placeholder=\"words in any column\" autocomplete=\"off\"></label>"
         "<label for=\"filter-kind\">Kind<select id=\"filter-kind\"><option value=\"\">all kinds</option>";
  for (Kind k : kinds) {
    out += "<option value=\"";
    out += to_string(k);
    out += "\">";
    out += to_string(k);
    out += "</option>";
  }
  out += "</select></label><output id=\"filter-status\" aria-live=\"polite\"></output></div>\n"
         "<p class=\"note\" id=\"figures-note\">Every figure, in document order. Select a column heading to sort "
         "by it (again to reverse); a figure links to its place in the text.</p>\n"
         "<div class=\"scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"figures-h\">"
         "<table id=\"figures-table\" aria-describedby=\"figures-note\"><thead><tr>";
  for (std::string_view name : {"#", "Figure", "Kind", "Value", "Unit", "Subject", "Time", "Attribution", "Place"})
    // The plain copy is for print, where repeated headers on later pages lose the buttons.
    out += "<th scope=\"col\"><button type=\"button\">" + std::string(name) + "</button><span class=\"print\">" +
           std::string(name) + "</span></th>";
  out += "</tr></thead><tbody>\n";
}

void append_table_row(std::string& out, const Claim& c, std::uint64_t index, const std::string& link) {
  std::string_view kind = to_string(c.kind);
  out += "<tr id=\"r" + std::to_string(index) + "\" data-kind=\"";
  out += kind;
  out += "\">";
  std::string number = std::to_string(index + 1);
  cell(out, number, "num idx", number);
  out += "<td>";
  link_or_text(out, link, c.text);
  out += "</td>";
  cell(out, kind);
  cell(out, value_text(c), "num", sort_key(c));
  cell(out, unit_text(c));
  cell(out, c.subject.value_or(""), "subj");
  cell(out, time_text(c));
  cell(out, c.attribution.value_or(""));
  std::string place = place_text(c.doc, c.article);
  if (c.page) place += " p. " + std::to_string(*c.page);
  cell(out, place, "place");
  out += "</tr>\n";
}

void append_legend(std::string& out) {
  out += "<ul class=\"legend\" aria-label=\"Kinds of figures\">";
  for (Kind k : kAllKinds) {
    out += "<li><mark class=\"k-";
    out += to_string(k);
    out += "\">";
    out += to_string(k);
    out += "</mark></li>";
  }
  out += "</ul>\n";
}

void append_headline_section(std::string& out, const std::vector<ReportHeadline>& headlines, std::size_t facts,
                             const ClaimLink& link) {
  out += "<section id=\"headline\" aria-labelledby=\"headline-h\"><h2 id=\"headline-h\">Headline figures</h2>\n";
  if (headlines.empty()) {
    out += "<p class=\"note\">No headline figures: the input states no amounts, shares or counts.</p></section>\n";
    return;
  }
  out += "<p class=\"note\">The figures a reader would put on a slide, one per fact, most salient first "
         "(headline and lead position, kind, size within the article, independent sources, attribution)";
  if (facts > headlines.size())
    out += ": the top " + count_text(headlines.size()) + " of " + count_text(facts) +
           " (every figure is in the table below)";
  out += ".</p>\n<ol class=\"cards\">\n";
  std::size_t rank = 0;
  for (const ReportHeadline& h : headlines) {
    // The list numbers the items for assistive technology; the visible rank is a copy.
    out += "<li><span class=\"rank\" aria-hidden=\"true\">" + std::to_string(++rank) + ".</span> <span class=\"fig\">";
    link_or_text(out, link(h.first_claim), h.figure);
    out += "</span>";
    if (h.line != h.figure) {  // a line that only repeats the figure says nothing more
      out += "<span class=\"line\">";
      append_html_text(out, h.line);
      out += "</span>";
    }
    out += "<span class=\"where\">";
    if (h.check != FactCheck::none) {
      std::string name(to_string(h.check));
      out += "<span class=\"badge st-" + name + "\">" + name + "</span>";
    }
    out += h.sources == 1 ? "1 place" : count_text(h.sources) + " places";
    out += ": ";
    std::string places;
    for (const std::string& p : h.places) places += (places.empty() ? "" : ", ") + p;
    if (h.sources > h.places.size() && h.places.size() >= HeadlineIndex::kMaxPlaces) places += ", \xE2\x80\xA6";
    append_html_text(out, places);
    out += "</span></li>\n";
  }
  out += "</ol></section>\n";
}

void append_audit_section(std::string& out, const std::vector<audit::Finding>& findings,
                          const audit::Auditor& auditor, std::size_t limit, const ClaimLink& link) {
  const audit::AuditCounts& counts = auditor.counts();
  out += "<section id=\"audit\" aria-labelledby=\"audit-h\"><h2 id=\"audit-h\">Audit</h2>\n<p class=\"note\">";
  out += count_text(counts.figures) + " of " + count_text(counts.claims) +
         " figures were cross-checked across articles and documents";
  if (counts.ungrouped > 0) out += " (" + count_text(counts.ungrouped) + " without a subject to compare them by)";
  out += findings.empty() ? ": no findings.</p>\n" : ".</p>\n";
  std::size_t shown = 0;
  for (std::size_t s = 0; s <= static_cast<std::size_t>(audit::Status::unsourced); ++s) {
    auto status = static_cast<audit::Status>(s);
    std::size_t n = 0;
    for (const audit::Finding& f : findings) n += f.status == status;
    if (n == 0) continue;
    if (shown >= limit) break;
    std::string name(audit::to_string(status));
    // Unsourced figures are for information: folded away until asked for.
    out += status == audit::Status::unsourced ? "<details class=\"finding-group\">"
                                              : "<details class=\"finding-group\" open>";
    out += "<summary><span class=\"badge st-" + name + "\">" + name + "</span>" + count_text(n) +
           (n == 1 ? " finding" : " findings") + "</summary>\n<ol class=\"findings\">\n";
    for (const audit::Finding& f : findings) {
      if (f.status != status) continue;
      if (shown >= limit) break;
      ++shown;
      out += "<li><span class=\"badge st-" + name + "\">" + name + "</span>";
      append_html_text(out, f.explanation);
      out += "<ul>";
      for (std::size_t i = 0; i < f.figures.size(); ++i) {
        if (i == kAuditFiguresPerFinding) {
          out += "<li>\xE2\x80\xA6 and " + count_text(f.figures.size() - i) + " more</li>";
          break;
        }
        audit::FigureView v = auditor.figure(f.figures[i]);
        out += "<li>";
        link_or_text(out, link(v.ref), std::string(v.text));
        std::string details = place_text(v.doc, v.article);
        for (std::string_view part : {v.subject, v.time, v.attribution})
          if (!part.empty()) details += "; " + std::string(part);
        out += " <span class=\"note\">(";
        append_html_text(out, details);
        out += ")</span></li>";
      }
      out += "</ul></li>\n";
    }
    out += "</ol></details>\n";
  }
  if (shown < findings.size())
    out += "<p class=\"note\">" + count_text(findings.size() - shown) +
           " further findings are not shown: the report lists the first " + count_text(limit) +
           ". <code>factsheet audit</code> lists them all.</p>\n";
  out += "</section>\n";
}

}  // namespace factsheet::write
