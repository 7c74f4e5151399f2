// How the HTML text extraction treats each kind of element.
#pragma once
#include <gumbo.h>

namespace factsheet::read {

// Elements that start and end a line of the extracted text (paragraphs, headings,
// list items, table rows, divisions...). <br> breaks a line too.
bool is_block(GumboTag tag);
// Table cells: separated by a tab within their row's line.
bool is_cell(GumboTag tag);
// <article>, <main> or role="main": where the page's own text is.
bool is_content_element(const GumboNode* element);
// Elements whose text is not article text: scripts and styles, navigation,
// headers and footers, asides, forms and controls, embedded media, <template>,
// footnote marks (<sup><a href="#fn3">3</a></sup>, <sup>[12]</sup>), and elements
// hidden by the `hidden` attribute, aria-hidden="true" or an inline
// display:none / visibility:hidden style. `in_content` is true inside an
// <article> or <main>, whose <header> holds the headline and byline and is kept.
bool is_boilerplate(const GumboNode* element, bool in_content);

}  // namespace factsheet::read
