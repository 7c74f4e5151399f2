// Standard input too long to hold (a news archive through a pipe: `zcat news.txt.gz |
// factsheet extract -`) is kept in a temporary file, so that it is read in parts like a
// long regular file and memory stays flat. The file is unlinked as soon as it is made, so
// it goes with the process whatever happens; it takes the input's size on disk while the
// input is read. The first pass over the text (read/utf8_scan.hpp) runs as the bytes go
// by, so the input is read once.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "read/input_file.hpp"
#include "read/utf8_scan.hpp"

namespace factsheet::read {

// What a copy leaves free on its file system: 1 GiB.
constexpr std::size_t kSpoolReserve = std::size_t{1} << 30;

struct SpooledInput {
  // The whole input in a temporary file, at its start, and the scan when it may be read in
  // parts (nullopt: it is read whole, from the file);
  std::unique_ptr<InputFile> file;
  std::optional<Utf8Scan> scan;
  // or else (no file) the input's bytes read so far, all of them when `complete`: the
  // caller reads the rest as it would have read the whole.
  std::string bytes;
  bool complete = false;
  // Why the input is not kept in a file though it is long ("" when it is, or is short).
  std::string warning;
};

// Reads `in` (its observer sees every byte as usual): up to `hold` bytes are kept in
// memory; an input longer than that goes to a temporary file in `dir`. Bytes that cannot
// be read in parts (a NUL, a UTF-16 BOM) stop the copy: the bytes copied so far are read
// back into `bytes`, as are those of a copy that cannot be made or written on (with a
// warning), up to one byte past `limit`. The copy stops so when its file system would have
// less than `reserve` bytes free. Throws ReadError when `in` cannot be read.
SpooledInput spool_input(InputFile& in, std::size_t hold, const std::string& dir, std::size_t limit,
                         std::size_t reserve = kSpoolReserve);

}  // namespace factsheet::read
