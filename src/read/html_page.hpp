// HTML pages -> documents: the article text and the page's title, source and date.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "claim/document.hpp"
#include "read/diagnostic.hpp"

namespace factsheet::read {

struct HtmlPage {
  std::string title;
  std::string text;  // read/html_render.hpp: one paragraph per line
  std::string source;
  std::string date;
};

// Parses `html` (valid UTF-8) and extracts the article (read/html_content.hpp)
// without its boilerplate. Throws std::bad_alloc when memory runs out.
HtmlPage extract_html(std::string_view html);

// The bytes of an HTML file -> a Document with id `name`. A NUL byte means binary
// data, not a page (an error; nullopt). The bytes are decoded as read/text_decode.hpp
// says: a page that is not valid UTF-8 is read in the charset it declares
// (read/html_charset.hpp) when iconv knows it, else in the encoding guessed;
// `encoding` (--encoding) overrides both. Claim offsets refer to the extracted text.
std::optional<Document> read_html_document(std::string bytes, const std::string& name,
                                           const DiagnosticSink& sink, const std::string& encoding = {});

}  // namespace factsheet::read
