#include "read/html_meta.hpp"

#include <array>
#include <string_view>

#include "read/html_elements.hpp"
#include "read/html_render.hpp"
#include "read/html_tree.hpp"
#include "read/squeeze.hpp"
#include "text/chars.hpp"

namespace factsheet::read {
namespace {

constexpr std::array<std::string_view, 11> kDateKeys = {
    "article:published_time", "date",         "pubdate",      "publishdate",
    "publish-date",           "dc.date",      "dc.date.issued", "dcterms.date",
    "dcterms.issued",         "datepublished", "og:published_time"};

// The first `tag` element below `root` in document order; with `text_only`, not
// one inside boilerplate (a site logo in the page header is often an <h1>).
const GumboNode* first_element(const GumboNode* root, GumboTag tag, bool text_only) {
  const GumboNode* found = nullptr;
  int content = 0;
  walk(
      root,
      [&](const GumboNode* node) {
        if (found || (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT))
          return false;
        if (text_only && node != root && is_boilerplate(node, content > 0)) return false;
        if (is_element(node, tag)) {
          found = node;
          return false;
        }
        if (is_content_element(node)) ++content;
        return true;
      },
      [&](const GumboNode* node) {
        if (is_content_element(node)) --content;
      });
  return found;
}

struct MetaValues {
  std::string og_title, site_name, date;
  std::size_t date_rank = kDateKeys.size();  // index in kDateKeys of the date found
};

MetaValues meta_values(const GumboNode* document) {
  MetaValues v;
  walk(
      document,
      [&](const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return false;
        if (!is_element(node, GUMBO_TAG_META)) return true;
        auto content = attribute(node, "content");
        if (!content) return false;
        for (const char* key_attr : {"property", "name", "itemprop"}) {
          auto key = attribute(node, key_attr);
          if (!key) continue;
          std::string k = text::lower_ascii(squeeze(*key));
          std::string value = squeeze(*content);
          if (value.empty()) continue;
          if (k == "og:title" && v.og_title.empty()) v.og_title = value;
          if (k == "og:site_name" && v.site_name.empty()) v.site_name = value;
          for (std::size_t rank = 0; rank < v.date_rank; ++rank)
            if (kDateKeys[rank] == k) {
              v.date = value;
              v.date_rank = rank;
            }
        }
        return false;
      },
      [](const GumboNode*) {});
  return v;
}

// "Headline | Site" -> "Headline" when Site is the site's name.
std::string strip_site_suffix(std::string title, const std::string& site) {
  if (site.empty()) return title;
  for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
    std::string suffix = std::string(sep) + site;
    if (title.size() > suffix.size() && title.ends_with(suffix)) {
      title.resize(title.size() - suffix.size());
      return title;
    }
  }
  return title;
}

}  // namespace

HtmlMeta read_html_meta(const GumboNode* document, const GumboNode* content_root) {
  HtmlMeta meta;
  MetaValues v = meta_values(document);
  meta.source = v.site_name;
  meta.date = v.date;
  if (!v.og_title.empty()) {
    meta.title = v.og_title;
    return meta;
  }
  std::string title;
  if (const GumboNode* t = first_element(document, GUMBO_TAG_TITLE, false)) title = inline_text(t);
  const GumboNode* h1 = first_element(content_root, GUMBO_TAG_H1, true);
  if (!h1) h1 = first_element(document, GUMBO_TAG_H1, true);
  std::string heading = h1 ? inline_text(h1) : std::string();
  if (!heading.empty() && (title.empty() || title.find(heading) != std::string::npos))
    meta.title = heading;
  else
    meta.title = strip_site_suffix(title, v.site_name);
  return meta;
}

}  // namespace factsheet::read
