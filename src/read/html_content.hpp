// Which part of a page is the article.
//
// Text is measured in visible bytes outside boilerplate (read/html_elements.hpp).
// In order:
//   1. the largest outermost <article>, if it holds at least 60% of the text of
//      all outermost articles and a quarter of the page's (a page of teasers has
//      many small ones, none of which is the page);
//   2. else the largest <main> (or role="main") holding a quarter of the page;
//   3. else, when at least a quarter of the page's text is in <p> elements, the
//      densest block: going down from <body> while one child (not a <p> itself)
//      holds at least 80% of that paragraph text, the smallest such element;
//   4. else <body>.
#pragma once
#include <gumbo.h>

namespace factsheet::read {

const GumboNode* find_content_root(const GumboNode* body);

}  // namespace factsheet::read
