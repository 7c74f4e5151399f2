// Minimal valid PDFs written byte by byte for the reader tests, so no binary
// fixture is needed: one Helvetica (standard Type 1, WinAnsi) text object per
// page, one line per string, and a cross-reference table with exact offsets.
// Header-only so the end-to-end tests can use it too.
#pragma once
#include <cstdio>
#include <string>
#include <vector>

namespace factsheet::read::testing {

struct PdfSpec {
  std::vector<std::vector<std::string>> pages;  // lines of text per page (ASCII / WinAnsi bytes)
  std::string title;                            // Info /Title when not empty
  // Adds a standard security handler dictionary whose keys match no password, so
  // a reader sees a PDF encrypted with an unknown user password.
  bool encrypted = false;
  // The page tree's /Count as written; empty: the number of pages. Another value makes a
  // damaged page tree ("0", "2000000000", or more pages than it has).
  std::string count;
};

namespace pdf_detail {

// A PDF literal string: backslash, parentheses and control bytes escaped.
inline std::string literal(const std::string& s) {
  std::string out = "(";
  for (unsigned char c : s) {
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + ")";
}

inline std::string content_stream(const std::vector<std::string>& lines) {
  std::string s = "BT\n/F1 12 Tf\n14 TL\n72 720 Td\n";
  for (const auto& line : lines) s += literal(line) + " Tj T*\n";
  return s + "ET\n";
}

}  // namespace pdf_detail

inline std::string make_pdf(const PdfSpec& spec) {
  using pdf_detail::literal;
  // Objects: 1 catalog, 2 page tree, 3 font, then page + contents per page, then
  // the optional Info and Encrypt dictionaries.
  std::vector<std::string> objects(3);
  std::string kids;
  std::size_t first_page = objects.size() + 1;
  for (std::size_t i = 0; i < spec.pages.size(); ++i) {
    std::size_t page = first_page + 2 * i;
    kids += std::to_string(page) + " 0 R ";
    std::string stream = pdf_detail::content_stream(spec.pages[i]);
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                      "/Resources << /Font << /F1 3 0 R >> >> /Contents " +
                      std::to_string(page + 1) + " 0 R >>");
    objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream +
                      "endstream");
  }
  objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " +
               (spec.count.empty() ? std::to_string(spec.pages.size()) : spec.count) + " >>";
  objects[2] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  std::string trailer_extra;
  if (!spec.title.empty()) {
    objects.push_back("<< /Title " + literal(spec.title) + " /Producer (factsheet tests) >>");
    trailer_extra += " /Info " + std::to_string(objects.size()) + " 0 R";
  }
  if (spec.encrypted) {
    std::string key32(32, 'k');
    objects.push_back("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O " + literal(key32) +
                      " /U " + literal(std::string(32, 'u')) + " >>");
    trailer_extra += " /Encrypt " + std::to_string(objects.size()) +
                     " 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]";
  }

  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R" +
         trailer_extra + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

}  // namespace factsheet::read::testing
