#include "read/pdf_file.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <string_view>

#include "text/chars.hpp"

namespace factsheet::read {
namespace {

// Readers accept the header and the end marker within the first and last KiB.
constexpr std::size_t kMarkerWindow = 1024;

// poppler reports problems through one global callback (by default to stderr).
// While a file loads, its last message is kept as the reason for a failure;
// otherwise messages (about damaged content that poppler works around) are dropped.
void keep_message(const std::string& message, void* closure) {
  if (closure) *static_cast<std::string*>(closure) = message;
}

// "error: Couldn't read xref table" -> "couldn't read xref table"
std::string reason_from(std::string message) {
  std::size_t colon = message.find(": ");
  if (colon != std::string::npos && colon < 40) message.erase(0, colon + 2);
  if (!message.empty() && text::is_upper(message[0]) &&
      (message.size() < 2 || !(text::is_upper(message[1]))))
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  return message;
}

bool is_pdf_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

// Whether the file holds a page object ("/Type /Page", not "/Pages"), or an object
// stream, where page objects cannot be seen in the raw bytes.
bool may_hold_pages(std::string_view data) {
  if (data.find("/ObjStm") != std::string_view::npos) return true;
  for (std::size_t at = data.find("/Type"); at != std::string_view::npos; at = data.find("/Type", at + 5)) {
    std::size_t i = at + 5;
    while (i < data.size() && is_pdf_space(data[i])) ++i;
    if (data.substr(i, 5) != "/Page") continue;
    i += 5;
    if (i == data.size() || is_pdf_space(data[i]) || std::string_view("/<>[]()%").find(data[i]) != std::string_view::npos)
      return true;
  }
  return false;
}

std::string utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace

PdfFile::PdfFile(std::string bytes) : bytes_(std::move(bytes)) {
  std::string_view data(bytes_);
  if (data.substr(0, kMarkerWindow).find("%PDF-") == std::string_view::npos)
    throw PdfError("no %PDF- header");
  std::size_t tail = data.size() > kMarkerWindow ? data.size() - kMarkerWindow : 0;
  // poppler rebuilds a cut-off file from what is left and would give part of the
  // text as if it were all of it.
  if (data.find("%%EOF", tail) == std::string_view::npos)
    throw PdfError("truncated: no %%EOF marker at the end");
  if (data.size() > static_cast<std::size_t>(INT_MAX)) throw PdfError("too large for poppler");

  std::string last_message;
  poppler::set_debug_error_function(keep_message, &last_message);
  doc_.reset(poppler::document::load_from_raw_data(bytes_.data(), static_cast<int>(bytes_.size())));
  poppler::set_debug_error_function(keep_message, nullptr);
  if (!doc_)
    throw PdfError(last_message.empty() ? "damaged" : "damaged: " + reason_from(last_message));
  // A locked document must not be queried further (poppler crashes on it).
  if (doc_->is_locked()) throw PdfError("encrypted: needs a password");

  // poppler reads the page tree when asked for the page count, and rejects a tree whose
  // /Count is not positive or exceeds the objects in the file with a message and 0
  // pages. A file without pages at all is an empty document; one with page objects that
  // the tree does not give is damaged.
  last_message.clear();
  poppler::set_debug_error_function(keep_message, &last_message);
  pages_ = std::max(doc_->pages(), 0);
  poppler::set_debug_error_function(keep_message, nullptr);
  if (pages_ == 0 && may_hold_pages(data))
    throw PdfError("damaged page tree: " +
                   (last_message.empty() ? std::string("no pages") : reason_from(last_message)));
}

PdfFile::~PdfFile() = default;

int PdfFile::pages() const { return pages_; }

std::string PdfFile::title() const { return utf8(doc_->get_title()); }

bool PdfFile::has_page(int index) const { return std::unique_ptr<poppler::page>(doc_->create_page(index)) != nullptr; }

std::optional<std::string> PdfFile::page_text(int index) const {
  std::unique_ptr<poppler::page> page(doc_->create_page(index));
  if (!page) return std::nullopt;
  // Reading order, as pdftotext gives it without -layout: columns come one after
  // the other instead of side by side.
  return utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
}

}  // namespace factsheet::read
