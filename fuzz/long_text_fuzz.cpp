// A long plain-text file read in parts (read/text_parts.hpp), as `factsheet extract`
// reads one of 4 MiB or more, here with parts of a few dozen bytes. The first byte picks
// the --encoding (none, UTF-8, windows-1252, ISO-8859-15 or UTF-16LE) and a block size;
// the rest is the file. Checks that the first pass gives the same plan in blocks of any
// size (read/text_scan.hpp), that iconv's decoding in blocks is its decoding of the whole
// (read/encoding.hpp, Transcoder), and that the parts, joined, are the whole reading's
// text, with the same diagnostics (read/text_decode.hpp, read/decoded_copy.hpp).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "context/dateline.hpp"
#include "fuzz_support.hpp"
#include "read/document_source.hpp"
#include "read/encoding.hpp"
#include "read/text_scan.hpp"
#include "text/utf8.hpp"

using namespace factsheet;

namespace {

const char* const kEncodings[] = {"", "utf-8", "windows-1252", "iso-8859-15", "utf-16le"};

bool same_plan(const read::TextPlan& a, const read::TextPlan& b) {
  return a.way == b.way && a.utf8.bom == b.utf8.bom && a.utf8.replaced == b.utf8.replaced &&
         a.utf8.first_invalid == b.utf8.first_invalid && a.encoding == b.encoding && a.skip == b.skip &&
         a.announce == b.announce;
}

read::TextPlan plan_in_blocks(std::string_view bytes, std::size_t block, const std::string& encoding) {
  read::TextScanner scanner(encoding);
  for (std::size_t at = 0; at < bytes.size(); at += block)
    if (!scanner.add(bytes.substr(at, block))) break;
  return scanner.finish();
}

struct Reading {
  std::string text;  // the documents' texts, joined
  std::vector<std::string> diagnostics;
  std::size_t documents = 0;
};

Reading read_file(const std::string& path, std::size_t part_bytes, const std::string& encoding) {
  read::ReadOptions options;
  options.part_bytes = part_bytes;
  options.part_fallback = part_bytes * 4;
  options.encoding = encoding;
  options.is_dateline = [](std::string_view line) {
    return context::parse_dateline(line, *fuzz::lexicon()).has_value();
  };
  Reading r;
  read::DocumentSource source({path}, options, [&](const read::Diagnostic& d) { r.diagnostics.push_back(d.message); });
  while (auto doc = source.next()) {
    FS_FUZZ_CHECK(text::is_valid_utf8(doc->text));
    FS_FUZZ_CHECK(!doc->part || doc->part->base == r.text.size());
    r.text += doc->text;
    ++r.documents;
  }
  return r;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string encoding = kEncodings[data[0] % 5];
  const std::size_t block = 1 + data[0] / 5 % 17;
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  read::TextPlan whole_plan = plan_in_blocks(bytes, bytes.size() + 1, encoding);
  FS_FUZZ_CHECK(same_plan(plan_in_blocks(bytes, block, encoding), whole_plan));

  if (whole_plan.way == read::TextPlan::Way::decode && whole_plan.encoding != "windows-1252") {
    std::string_view coded = bytes.substr(std::min(whole_plan.skip, bytes.size()));
    read::Transcoded whole = read::transcode_to_utf8(coded, whole_plan.encoding);
    read::Transcoder t(whole_plan.encoding);
    std::string parts;
    for (std::size_t at = 0; at < coded.size(); at += block) t.feed(coded.substr(at, block), false, parts);
    t.feed({}, true, parts);
    FS_FUZZ_CHECK(parts == whole.text);
    FS_FUZZ_CHECK(t.replaced() == whole.replaced && t.first_offset() == whole.first_offset);
  }

  static fuzz::MemFile file;
  const std::string& path = file.put(data + 1, size - 1);
  Reading whole = read_file(path, 0, encoding);
  Reading parted = read_file(path, 24, encoding);
  FS_FUZZ_CHECK(parted.diagnostics == whole.diagnostics);
  FS_FUZZ_CHECK(parted.text == whole.text);
  return 0;
}
