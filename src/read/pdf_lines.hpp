// The text poppler gives for a PDF page -> one paragraph per line.
//
// Layout breaks lines inside sentences. Two adjacent lines are joined when
//   - the first ends in a hyphenation: a soft hyphen, or a hyphen between two
//     lower-case letters ("recom-" + "mended" -> "recommended"); a hyphen after a
//     digit or capital stays ("5-" + "year" -> "5-year");
//   - or the first does not end a sentence (. ! ? or an ellipsis, maybe followed
//     by a closing quote or bracket), the second is no list item ("• ...") and
//       - the second starts with a lower-case letter, or
//       - the first ends in a comma, a semicolon or a lower-case word, so the
//         sentence goes on ("to 16 billion" + "US dollars."): headings end in a
//         capitalised word or a number, and table columns of figures stay apart;
//     they are joined with a space.
// Blank lines separate paragraphs and are then dropped. Lines are trimmed, CR and
// form feeds end lines, and typographic ligatures (U+FB00-U+FB06) become letters.
#pragma once
#include <string>
#include <string_view>

namespace factsheet::read {

// `page` must be valid UTF-8. Every line of the result ends in "\n".
std::string reflow_pdf_page(std::string_view page);

}  // namespace factsheet::read
