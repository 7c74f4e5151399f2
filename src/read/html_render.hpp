// The text of an HTML subtree, laid out like wire copy: one paragraph per line.
//
// Block elements (paragraphs, headings, list items, table rows, divisions) and
// <br> end a line; the cells of a table row are separated by a tab, so a row stays
// on one line without its figures running together. Inside a line every run of
// white space becomes one space (<pre> keeps its line breaks), and lines carry no
// leading or trailing space; empty lines are dropped. A no-break, thin or figure
// space between two digits is kept ("816 000" is one number); elsewhere it is a
// space. Soft hyphens and zero-width spaces are dropped. Boilerplate elements
// (read/html_elements.hpp) contribute nothing.
#pragma once
#include <gumbo.h>

#include <string>

namespace factsheet::read {

// Every line ends in "\n"; a subtree without text gives "".
std::string render_text(const GumboNode* root);
// The text of `node` on one line, trimmed (for titles and headings).
std::string inline_text(const GumboNode* node);

}  // namespace factsheet::read
