// A PDF file opened with poppler: its title and the text of each page.
#pragma once
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

namespace poppler {
class document;
}

namespace factsheet::read {

// Why the bytes are not a readable PDF, e.g. "encrypted: needs a password".
struct PdfError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class PdfFile {
 public:
  // Throws PdfError for data that is not a PDF, is truncated (no %%EOF in its last
  // KiB), damaged beyond repair (a page tree that gives no page although the file holds
  // page objects included), or encrypted with a user password.
  explicit PdfFile(std::string bytes);
  ~PdfFile();
  PdfFile(const PdfFile&) = delete;
  PdfFile& operator=(const PdfFile&) = delete;

  int pages() const;  // 0 only for a file without page objects
  std::string title() const;  // from the document information; may be ""
  // Whether poppler can open page `index` (0-based).
  bool has_page(int index) const;
  // The text of page `index` (0-based) in reading order, as UTF-8 from poppler
  // (not validated); nullopt when the page cannot be read.
  std::optional<std::string> page_text(int index) const;

 private:
  std::string bytes_;  // poppler reads from this buffer for the document's lifetime
  std::unique_ptr<poppler::document> doc_;
  int pages_ = 0;
};

}  // namespace factsheet::read
