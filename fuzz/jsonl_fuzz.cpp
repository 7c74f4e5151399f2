// JSON Lines documents: the line reader and the record parser, as `factsheet extract`
// reads a .jsonl input (read/document_source.hpp, read/line_reader.hpp,
// read/jsonl_record.hpp). The bytes are a file in memory. Checks every line, its number
// and offset against a plain split of the bytes, that every document read has a non-empty
// id and valid UTF-8 in each field, and that the record parser's fast path reads each line
// as its general path does (the same document or the same errors).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "read/document_source.hpp"
#include "read/input_file.hpp"
#include "read/jsonl_record.hpp"
#include "read/line_reader.hpp"
#include "text/utf8.hpp"

using namespace factsheet;

namespace {

// The lines of `bytes` split at '\n' (the last one only when not empty), each without
// one '\r' before its '\n', checked against what LineReader returns under `limit`.
void check_lines(std::string_view bytes, const std::string& path, std::size_t limit) {
  read::LineReader reader(std::make_unique<read::InputFile>(path), limit);
  std::string line;
  std::size_t offset = 0;
  int number = 0;
  while (offset < bytes.size()) {
    std::size_t nl = bytes.find('\n', offset);
    std::size_t end = nl == std::string_view::npos ? bytes.size() : nl;
    std::string_view expected = bytes.substr(offset, end - offset);
    if (!expected.empty() && expected.back() == '\r') expected.remove_suffix(1);
    read::LineReader::Status status = reader.next(line);
    ++number;
    FS_FUZZ_CHECK(reader.line_number() == number);
    FS_FUZZ_CHECK(reader.line_offset() == offset);
    // A line that goes on past endless_limit() may be taken for endless input (the reader
    // looks at the length between the blocks it reads): it stops there. A shorter one never.
    if (status == read::LineReader::Status::endless) {
      FS_FUZZ_CHECK(end - offset > reader.endless_limit() && line.empty());
      FS_FUZZ_CHECK(reader.next(line) == read::LineReader::Status::end);
      return;
    }
    if (expected.size() > limit) {
      FS_FUZZ_CHECK(status == read::LineReader::Status::too_long && line.empty());
    } else {
      FS_FUZZ_CHECK(status == read::LineReader::Status::line);
      FS_FUZZ_CHECK(line == expected, line);
    }
    offset = nl == std::string_view::npos ? bytes.size() : nl + 1;
  }
  FS_FUZZ_CHECK(reader.next(line) == read::LineReader::Status::end);
}

void check_text(const std::string& s) { FS_FUZZ_CHECK(text::is_valid_utf8(s), s); }

// Each line read by the fast record parser and by the general one alone: the same
// document, or the same diagnostics.
void check_record_paths(std::string_view bytes) {
  std::size_t offset = 0;
  int number = 0;
  while (offset < bytes.size()) {
    std::size_t nl = bytes.find('\n', offset);
    std::size_t end = nl == std::string_view::npos ? bytes.size() : nl;
    std::string line(bytes.substr(offset, end - offset));
    ++number;
    std::vector<std::string> fast_said, general_said;
    auto fast = read::parse_jsonl_record(line, "f", number, offset,
                                         [&](const read::Diagnostic& d) { fast_said.push_back(d.message); });
    auto general = read::parse_jsonl_record_general(
        line, "f", number, offset, [&](const read::Diagnostic& d) { general_said.push_back(d.message); });
    FS_FUZZ_CHECK(fast.has_value() == general.has_value(), line);
    FS_FUZZ_CHECK(fast_said == general_said, line);
    if (fast && general)
      FS_FUZZ_CHECK(fast->id == general->id && fast->text == general->text && fast->title == general->title &&
                        fast->source == general->source && fast->date == general->date,
                    line);
    offset = nl == std::string_view::npos ? bytes.size() : nl + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static fuzz::MemFile file;
  const std::string& path = file.put(data, size);
  std::string_view bytes(reinterpret_cast<const char*>(data), size);

  // A small limit now and then, so that long lines take the skipping path.
  const std::size_t limit = size % 3 == 0 ? 64 : read::kMaxDocumentBytes;
  check_lines(bytes, path, limit);
  check_record_paths(bytes);

  read::ReadOptions options;
  options.format = read::InputFormat::jsonl;
  options.max_document_bytes = limit;
  std::size_t problems = 0;
  read::DocumentSource source({path}, options, [&](const read::Diagnostic& d) {
    FS_FUZZ_CHECK(!d.message.empty());
    if (d.severity == read::Severity::error) ++problems;
  });
  std::size_t documents = 0;
  while (auto doc = source.next()) {
    ++documents;
    FS_FUZZ_CHECK(!doc->id.empty());
    for (const std::string* s : {&doc->id, &doc->text, &doc->title, &doc->source, &doc->date}) check_text(*s);
    FS_FUZZ_CHECK(doc->page_starts.empty());
  }
  // At most one document or one error per line; an input with no line at all still gets
  // its one "no documents in this input" error.
  std::size_t lines = 0;
  for (char c : bytes) lines += c == '\n';
  if (!bytes.empty() && bytes.back() != '\n') ++lines;
  FS_FUZZ_CHECK(documents + problems <= std::max<std::size_t>(lines, 1));
  if (bytes.empty()) FS_FUZZ_CHECK(documents == 0 && problems == 1);
  return 0;
}
