// An HTML page to a document, as `factsheet extract` reads an .html input
// (read/html_page.hpp): charset detection and transcoding, the gumbo parse, the search
// for the article and its rendering to one paragraph per line, and the title, source
// and date from the page's metadata. Checks that every field is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "read/html_page.hpp"
#include "text/utf8.hpp"

using namespace factsheet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  auto doc = read::read_html_document(std::move(bytes), "fuzz.html", fuzz::quiet_sink());
  if (!doc) return 0;  // binary (a NUL byte)
  FS_FUZZ_CHECK(doc->id == "fuzz.html");
  for (const std::string* s : {&doc->text, &doc->title, &doc->source, &doc->date})
    FS_FUZZ_CHECK(text::is_valid_utf8(*s), *s);
  return 0;
}
