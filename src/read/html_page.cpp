#include "read/html_page.hpp"

#include "read/html_charset.hpp"
#include "read/html_content.hpp"
#include "read/html_meta.hpp"
#include "read/html_nesting.hpp"
#include "read/html_render.hpp"
#include "read/html_tree.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {

HtmlPage extract_html(std::string_view html) {
  std::optional<std::string> bounded = limit_html_nesting(html);
  HtmlTree tree(bounded ? std::string_view(*bounded) : html);
  const GumboNode* root = find_content_root(tree.body());
  HtmlMeta meta = read_html_meta(tree.document(), root);
  HtmlPage page;
  page.title = std::move(meta.title);
  page.text = render_text(root);
  page.source = std::move(meta.source);
  page.date = std::move(meta.date);
  return page;
}

std::optional<Document> read_html_document(std::string bytes, const std::string& name,
                                           const DiagnosticSink& sink, const std::string& encoding) {
  DecodeOptions decode;
  decode.encoding = encoding;
  decode.binary = "binary data, not an HTML page";
  decode.declared = declared_charset(bytes);
  std::optional<std::string> text = decode_text(std::move(bytes), name, decode, sink);
  if (!text) return std::nullopt;
  HtmlPage page = extract_html(*text);
  Document doc;
  doc.id = name;
  doc.text = std::move(page.text);
  doc.title = std::move(page.title);
  doc.source = std::move(page.source);
  doc.date = std::move(page.date);
  return doc;
}

}  // namespace factsheet::read
