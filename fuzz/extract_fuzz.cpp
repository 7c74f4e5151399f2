// The whole extraction of one document, as `factsheet extract` does it per text input:
// the bytes are decoded like a text file (BOM dropped, invalid UTF-8 repaired, binary
// refused), then the Extractor finds the figures and the context stage fills their
// article, source, subject, time and attribution. Checks that every claim points at its
// own bytes of the text, that every text field is valid UTF-8 and every number finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "extract/extractor.hpp"
#include "fuzz_support.hpp"
#include "read/text_decode.hpp"
#include "text/utf8.hpp"

using namespace factsheet;

namespace {

void check_text(const std::optional<std::string>& s) {
  if (s) FS_FUZZ_CHECK(text::is_valid_utf8(*s), *s);
}

void check_claim(const Document& doc, const Claim& c, std::size_t previous_start) {
  FS_FUZZ_CHECK(c.doc == doc.id);
  FS_FUZZ_CHECK(c.start < c.end && c.end <= doc.text.size());
  FS_FUZZ_CHECK(c.start >= previous_start, "claims out of text order");
  FS_FUZZ_CHECK(c.text == std::string_view(doc.text).substr(c.start, c.end - c.start), c.text);
  FS_FUZZ_CHECK(text::is_valid_utf8(c.text), c.text);
  FS_FUZZ_CHECK(text::is_valid_utf8(c.sentence), c.sentence);
  for (const Value* v : {&c.value, &c.low, &c.high}) {
    if (const std::string* s = std::get_if<std::string>(v)) check_text(*s);
    if (const double* d = std::get_if<double>(v)) FS_FUZZ_CHECK(std::isfinite(*d), c.text);
  }
  for (const std::optional<double>* d : {&c.part, &c.whole})
    if (*d) FS_FUZZ_CHECK(std::isfinite(**d), c.text);
  for (const auto* s : {&c.unit, &c.unit_name, &c.subject, &c.time, &c.time_text, &c.attribution, &c.title,
                        &c.source, &c.dateline, &c.date})
    check_text(*s);
  if (c.article) FS_FUZZ_CHECK(*c.article >= 1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Without a year and with --year 2024: the context stage resolves relative times
  // ("last year") only with one.
  static const Extractor without_year(fuzz::lexicon());
  static const Extractor with_year(fuzz::lexicon(), ExtractorOptions{2024});

  auto text = read::decode_text_file(std::string(reinterpret_cast<const char*>(data), size), "fuzz.txt",
                                     fuzz::quiet_sink());
  if (!text) return 0;  // binary: refused like a file with a NUL byte
  FS_FUZZ_CHECK(text::is_valid_utf8(*text));
  Document doc;
  doc.id = "fuzz.txt";
  doc.text = std::move(*text);

  const Extractor& extractor = size % 2 == 0 ? with_year : without_year;
  std::size_t previous = 0;
  for (const Claim& c : extractor.extract(doc)) {
    check_claim(doc, c, previous);
    previous = c.start;
  }
  return 0;
}
