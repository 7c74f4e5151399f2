// PDF reports -> documents: the text of every page, pages in order.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "claim/document.hpp"
#include "read/diagnostic.hpp"

namespace factsheet::read {

// Appends one page to `doc`: records where it starts in doc.page_starts, repairs
// invalid UTF-8 (warning "WHERE: invalid UTF-8 at byte N ...", N counted in the
// page's own text) and adds its paragraphs (read/pdf_lines.hpp), each ending in
// "\n". A page without text adds nothing but still has its start.
void append_pdf_page(Document& doc, std::string page_text, const std::string& where,
                     const DiagnosticSink& sink);

// The bytes of a PDF file -> a Document with id `name` and the PDF's title. A file
// that cannot be read is an error "NAME: not a readable PDF (REASON)" and gives
// nullopt; so does a damaged page tree (a /Count poppler rejects while the file holds
// page objects, or no page that opens) and text longer than `max_text_bytes`. A file
// without any page is an empty document. A page poppler cannot open among
// others that it can is left empty, with a warning.
std::optional<Document> read_pdf_document(std::string bytes, const std::string& name,
                                          std::size_t max_text_bytes, const DiagnosticSink& sink);

}  // namespace factsheet::read
