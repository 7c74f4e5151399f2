#include "read/pdf_document.hpp"

#include "read/pdf_file.hpp"
#include "read/pdf_lines.hpp"
#include "read/size_limit.hpp"
#include "read/squeeze.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {

void append_pdf_page(Document& doc, std::string page_text, const std::string& where,
                     const DiagnosticSink& sink) {
  doc.page_starts.push_back(doc.text.size());
  repair_text(page_text, where, 0, sink);
  doc.text += reflow_pdf_page(page_text);
}

std::optional<Document> read_pdf_document(std::string bytes, const std::string& name,
                                          std::size_t max_text_bytes, const DiagnosticSink& sink) {
  try {
    PdfFile pdf(std::move(bytes));
    Document doc;
    doc.id = name;
    std::string title = pdf.title();
    repair_text(title, name + ": title", 0, [](const Diagnostic&) {});  // quietly
    doc.title = squeeze(title);
    // A page poppler cannot open is left empty with a warning; when none opens, the
    // page tree is damaged (a /Count larger than its pages) and there is no document.
    bool any_page = pdf.pages() == 0;  // a file without pages: an empty document
    for (int i = 0; i < pdf.pages() && !any_page; ++i) any_page = pdf.has_page(i);
    if (!any_page)
      throw PdfError("damaged page tree: none of its " + std::to_string(pdf.pages()) +
                     (pdf.pages() == 1 ? " page" : " pages") + " could be read");
    for (int i = 0; i < pdf.pages(); ++i) {
      std::string where = name + ": page " + std::to_string(i + 1);
      std::optional<std::string> text = pdf.page_text(i);
      if (!text) sink({Severity::warning, where + ": could not be read; left empty"});
      append_pdf_page(doc, text ? std::move(*text) : std::string(), where, sink);
      if (doc.text.size() > max_text_bytes) {
        sink({Severity::error, name + ": text larger than the " + size_limit_text(max_text_bytes) +
                                   " document limit; skipped"});
        return std::nullopt;
      }
    }
    return doc;
  } catch (const PdfError& e) {
    sink({Severity::error, name + ": not a readable PDF (" + e.what() + ")"});
  }
  return std::nullopt;
}

}  // namespace factsheet::read
