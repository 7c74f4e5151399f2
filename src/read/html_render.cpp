#include "read/html_render.hpp"

#include <algorithm>
#include <string_view>

#include "read/html_elements.hpp"
#include "read/html_tree.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet::read {
namespace {

using text::is_digit;

// Collects text, turning white space and element boundaries into at most one gap
// between two visible characters.
class LineBuilder {
 public:
  enum class Gap { none, space, cell, line };  // ordered: a stronger gap wins

  explicit LineBuilder(bool single_line) : single_line_(single_line) {}

  void gap(Gap g) {
    if (single_line_ && g != Gap::none) g = Gap::space;
    gap_ = std::max(gap_, g);
  }

  void text(std::string_view s, bool preformatted) {
    for (std::size_t i = 0; i < s.size();) {
      char c = s[i];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        gap(preformatted && c == '\n' ? Gap::line : Gap::space);
        ++i;
      } else if (std::size_t n = text::space_separator_at(s, i)) {
        // A digit-group separator stays between digits; elsewhere it is a space.
        if (gap_ == Gap::none && !out_.empty() && is_digit(out_.back()) && i + n < s.size() &&
            is_digit(s[i + n]))
          out_.append(s.substr(i, n));
        else
          gap(Gap::space);
        i += n;
      } else if (std::size_t m = invisible_at(s, i)) {
        i += m;
      } else if (std::size_t k = other_space_at(s, i)) {
        gap(Gap::space);
        i += k;
      } else {
        flush_gap();
        out_ += c;
        ++i;
      }
    }
  }

  std::string finish() {
    if (!single_line_ && !out_.empty() && out_.back() != '\n') out_ += '\n';
    return std::move(out_);
  }

 private:
  void flush_gap() {
    if (!out_.empty() && out_.back() != '\n') {
      switch (gap_) {
        case Gap::none: break;
        case Gap::space: out_ += ' '; break;
        case Gap::cell: out_ += '\t'; break;
        case Gap::line: out_ += '\n'; break;
      }
    }
    gap_ = Gap::none;
  }

  // Soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060, BOM U+FEFF.
  static std::size_t invisible_at(std::string_view s, std::size_t i) {
    std::string_view rest = s.substr(i);
    if (rest.starts_with("\xC2\xAD")) return 2;
    if (rest.starts_with("\xE2\x80\x8B") || rest.starts_with("\xE2\x81\xA0") ||
        rest.starts_with("\xEF\xBB\xBF"))
      return 3;
    return 0;
  }

  // Other Unicode spaces: NEL, U+2000-U+200A, line and paragraph separators,
  // medium mathematical space, ideographic space.
  static std::size_t other_space_at(std::string_view s, std::size_t i) {
    std::string_view rest = s.substr(i);
    if (rest.starts_with("\xC2\x85")) return 2;
    if (rest.size() < 3) return 0;
    auto b1 = static_cast<unsigned char>(rest[1]), b2 = static_cast<unsigned char>(rest[2]);
    if (rest[0] == '\xE2' && b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9)) return 3;
    if (rest.starts_with("\xE2\x81\x9F") || rest.starts_with("\xE3\x80\x80")) return 3;
    return 0;
  }

  bool single_line_;
  std::string out_;
  Gap gap_ = Gap::none;
};

bool is_text(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
         node->type == GUMBO_NODE_CDATA;
}

// Whether `node` lies inside an <article> or <main>.
bool inside_content(const GumboNode* node) {
  for (const GumboNode* p = node; p; p = p->parent)
    if (is_content_element(p)) return true;
  return false;
}

std::string collect(const GumboNode* root, bool single_line) {
  LineBuilder out(single_line);
  int content = inside_content(root) ? 1 : 0;
  int preformatted = 0;
  walk(
      root,
      [&](const GumboNode* node) {
        if (is_text(node)) {
          out.text(node->v.text.text, preformatted > 0);
          return false;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) return true;
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return false;
        if (node != root && is_boilerplate(node, content > 0)) return false;
        GumboTag tag = node->v.element.tag;
        if (is_block(tag)) out.gap(LineBuilder::Gap::line);
        if (is_cell(tag)) out.gap(LineBuilder::Gap::cell);
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING) ++preformatted;
        if (is_content_element(node)) ++content;
        return true;
      },
      [&](const GumboNode* node) {
        if (node->type != GUMBO_NODE_ELEMENT) return;
        GumboTag tag = node->v.element.tag;
        if (is_block(tag)) out.gap(LineBuilder::Gap::line);
        if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING) --preformatted;
        if (is_content_element(node)) --content;
      });
  return out.finish();
}

}  // namespace

std::string render_text(const GumboNode* root) { return collect(root, false); }

std::string inline_text(const GumboNode* node) { return collect(node, true); }

}  // namespace factsheet::read
