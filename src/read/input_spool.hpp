// Standard input too long to hold (a news archive through a pipe: `zcat news.txt.gz |
// factsheet extract -`) is kept in a temporary file, so that it is read in parts like a
// long regular file and memory stays flat (read/temp_copy.hpp); it takes the input's
// size on disk while the input is read. The first pass over the text (read/text_scan.hpp)
// runs as the bytes go by, so the input is read once.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "read/input_file.hpp"
#include "read/text_scan.hpp"
#include "read/temp_copy.hpp"

namespace factsheet::read {

struct SpooledInput {
  // The whole input in a temporary file, at its start, and how it is read (in parts as it
  // is or decoded, or whole from the file);
  std::unique_ptr<InputFile> file;
  TextPlan plan;
  // or else (no file) the input's bytes read so far, all of them when `complete`: the
  // caller reads the rest as it would have read the whole.
  std::string bytes;
  bool complete = false;
  // Why the input is not kept in a file though it is long ("" when it is, or is short).
  std::string warning;
};

// Reads `in` (its observer sees every byte as usual): up to `hold` bytes are kept in
// memory; an input longer than that goes to a temporary file in `dir`, scanned for how it
// is read with `encoding` (--encoding). Bytes that cannot be read in parts (a NUL
// outside UTF-16) stop the copy: the bytes copied so far are read back into `bytes`, as
// are those of a copy that cannot be made or written on (with a warning), up to one byte
// past `limit`; the copy leaves `reserve` bytes free (read/temp_copy.hpp). Throws
// ReadError when `in` cannot be read.
SpooledInput spool_input(InputFile& in, std::size_t hold, const std::string& dir, std::size_t limit,
                         const std::string& encoding = "", std::size_t reserve = kCopyReserve);

}  // namespace factsheet::read
