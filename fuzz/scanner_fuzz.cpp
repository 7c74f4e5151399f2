// The candidate scanner on arbitrary bytes: scan(), which reads to where a match may start
// by hand and reads plain runs of digits itself, gives what RE2's searches alone give
// (scan_by_regex), on the whole input and on a window of it whose bounds the first two
// bytes pick (the extractor scans a sentence at a time, word boundaries seeing the bytes
// around it).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "scan/scanner.hpp"

using namespace factsheet;

namespace {

const Scanner& scanner() {
  static const Scanner instance(*fuzz::lexicon());
  return instance;
}

void compare(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Candidate> fast, regex;
  scanner().scan(text, begin, end, fast);
  scanner().scan_by_regex(text, begin, end, regex);
  FS_FUZZ_CHECK(fast.size() == regex.size(), "scan() and scan_by_regex() find different numbers of candidates");
  for (std::size_t i = 0; i < fast.size(); ++i) {
    FS_FUZZ_CHECK(fast[i].begin == regex[i].begin && fast[i].end == regex[i].end, "a candidate's bytes differ");
    FS_FUZZ_CHECK(fast[i].type == regex[i].type, "a candidate's type differs");
    FS_FUZZ_CHECK(begin <= fast[i].begin && fast[i].begin < fast[i].end && fast[i].end <= end);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  FS_FUZZ_CHECK(scanner().reads_by_hand());
  compare(text, 0, text.size());
  if (size >= 2) {
    std::size_t begin = data[0] % (size + 1);
    std::size_t end = begin + data[1] % (size - begin + 1);
    compare(text, begin, end);
  }
  return 0;
}
