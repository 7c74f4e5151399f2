#include "read/html_elements.hpp"

#include <string>
#include <string_view>

#include "read/html_tree.hpp"
#include "text/chars.hpp"

namespace factsheet::read {
namespace {

std::string lower_without_spaces(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
    out += text::to_lower(c);
  }
  return out;
}

bool is_hidden(const GumboNode* element) {
  if (attribute(element, "hidden")) return true;
  if (auto aria = attribute(element, "aria-hidden"); aria && lower_without_spaces(*aria) == "true")
    return true;
  if (auto style = attribute(element, "style")) {
    std::string s = lower_without_spaces(*style);
    if (s.find("display:none") != std::string::npos ||
        s.find("visibility:hidden") != std::string::npos)
      return true;
  }
  return false;
}

// A footnote or citation mark: <sup><a href="#fn3">3</a></sup>, <sup>[12]</sup>.
// Left in, it would run into the figure before it ("41 billion3"). Exponents and
// unit powers (10<sup>6</sup>, km<sup>2</sup>) have neither link nor brackets.
bool is_footnote_reference(const GumboNode* sup) {
  std::string text;
  bool anchor_link = false;
  walk(
      sup,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT) {
          for (const char* c = node->v.text.text; *c && text.size() <= 16; ++c)
            if (*c != ' ' && *c != '\t' && *c != '\n' && *c != '\r') text += *c;
          return false;
        }
        if (is_element(node, GUMBO_TAG_A))
          if (auto href = attribute(node, "href"); href && href->starts_with("#")) anchor_link = true;
        return node->type == GUMBO_NODE_ELEMENT;
      },
      [](const GumboNode*) {});
  if (text.empty() || text.size() > 12) return false;
  bool bracketed = text.front() == '[' && text.back() == ']';
  return anchor_link || bracketed;
}

// ARIA landmark roles of page furniture.
bool has_boilerplate_role(const GumboNode* element, bool in_content) {
  auto role = attribute(element, "role");
  if (!role) return false;
  std::string r = lower_without_spaces(*role);
  if (r == "banner") return !in_content;
  return r == "navigation" || r == "contentinfo" || r == "complementary" || r == "search" ||
         r == "menu" || r == "menubar" || r == "dialog" || r == "alertdialog";
}

}  // namespace

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY: case GUMBO_TAG_BR: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_P: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool is_cell(GumboTag tag) { return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH; }

bool is_content_element(const GumboNode* element) {
  if (element->type != GUMBO_NODE_ELEMENT) return false;
  GumboTag tag = element->v.element.tag;
  if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) return true;
  auto role = attribute(element, "role");
  return role && lower_without_spaces(*role) == "main";
}

bool is_boilerplate(const GumboNode* element, bool in_content) {
  if (element->type == GUMBO_NODE_TEMPLATE) return true;
  if (element->type != GUMBO_NODE_ELEMENT) return false;
  switch (element->v.element.tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_DATALIST: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_FRAMESET: case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_TITLE:
      return true;
    case GUMBO_TAG_HEADER:
      if (!in_content) return true;
      break;
    case GUMBO_TAG_SUP:
      if (is_footnote_reference(element)) return true;
      break;
    case GUMBO_TAG_UNKNOWN:  // gumbo 0.10 predates <dialog> (pop-ups: consent, newsletter)
      if (tag_name(element) == "dialog") return true;
      break;
    default:
      break;
  }
  return is_hidden(element) || has_boilerplate_role(element, in_content);
}

}  // namespace factsheet::read
