#include "read/html_content.hpp"

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "read/html_elements.hpp"
#include "read/html_tree.hpp"

namespace factsheet::read {
namespace {

struct Amount {
  std::size_t text = 0;       // visible bytes
  std::size_t paragraph = 0;  // of them, inside <p>
};

std::size_t visible_bytes(const char* s) {
  std::size_t n = 0;
  for (; *s; ++s)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != '\f') ++n;
  return n;
}

struct Survey {
  std::unordered_map<const GumboNode*, Amount> amount;  // per element kept
  std::vector<const GumboNode*> articles;                // outermost <article>s
  std::vector<const GumboNode*> mains;
};

Survey survey(const GumboNode* body) {
  Survey s;
  std::vector<Amount> open;  // one per element entered, innermost last
  int content = 0, paragraphs = 0, articles = 0;
  walk(
      body,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
          if (!open.empty()) {
            std::size_t n = visible_bytes(node->v.text.text);
            open.back().text += n;
            if (paragraphs > 0) open.back().paragraph += n;
          }
          return false;
        }
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        if (node != body && is_boilerplate(node, content > 0)) return false;
        GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_ARTICLE && articles++ == 0) s.articles.push_back(node);
        if (is_content_element(node)) {
          ++content;
          if (tag != GUMBO_TAG_ARTICLE) s.mains.push_back(node);
        }
        if (tag == GUMBO_TAG_P) ++paragraphs;
        open.emplace_back();
        return true;
      },
      [&](const GumboNode* node) {
        GumboTag tag = node->v.element.tag;
        if (tag == GUMBO_TAG_ARTICLE) --articles;
        if (is_content_element(node)) --content;
        if (tag == GUMBO_TAG_P) --paragraphs;
        Amount done = open.back();
        open.pop_back();
        s.amount[node] = done;
        if (!open.empty()) {
          open.back().text += done.text;
          open.back().paragraph += done.paragraph;
        }
      });
  return s;
}

const GumboNode* largest(const Survey& s, const std::vector<const GumboNode*>& nodes,
                         std::size_t& sum) {
  const GumboNode* best = nullptr;
  sum = 0;
  for (const GumboNode* n : nodes) {
    std::size_t t = s.amount.at(n).text;
    sum += t;
    if (!best || t > s.amount.at(best).text) best = n;
  }
  return best;
}

}  // namespace

const GumboNode* find_content_root(const GumboNode* body) {
  Survey s = survey(body);
  const Amount page = s.amount[body];
  if (page.text == 0) return body;

  std::size_t sum = 0;
  if (const GumboNode* article = largest(s, s.articles, sum)) {
    std::size_t t = s.amount.at(article).text;
    if (5 * t >= 3 * sum && 4 * t >= page.text) return article;
  }
  if (const GumboNode* main = largest(s, s.mains, sum)) {
    if (4 * s.amount.at(main).text >= page.text) return main;
  }
  // Paragraphs must carry a good part of the page for their density to mean much.
  if (page.paragraph == 0 || 4 * page.paragraph < page.text) return body;
  const GumboNode* node = body;
  for (bool deeper = true; deeper;) {
    deeper = false;
    const GumboVector* kids = children_of(node);
    for (unsigned i = 0; kids && i < kids->length; ++i) {
      auto kid = static_cast<const GumboNode*>(kids->data[i]);
      if (is_element(kid, GUMBO_TAG_P)) continue;  // the block holding the paragraphs, not one
      auto it = s.amount.find(kid);
      if (it != s.amount.end() && 5 * it->second.paragraph >= 4 * page.paragraph) {
        node = it->first;
        deeper = true;
        break;
      }
    }
  }
  return node;
}

}  // namespace factsheet::read
