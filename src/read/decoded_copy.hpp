// A long text in another encoding (read/text_scan.hpp, TextPlan::Way::decode) is decoded
// into a temporary file of UTF-8 (read/temp_copy.hpp), then read in parts like any long
// UTF-8 text, so memory stays flat: a 1 GB file in windows-1252 or UTF-16 is read, where
// read whole it passed the document limit. The text of the parts is the whole reading's
// (read/text_decode.hpp, decode_from: a leading U+FEFF dropped), with its warnings and
// its error for a binary file.
#pragma once
#include <cstddef>
#include <memory>
#include <string>

#include "read/diagnostic.hpp"
#include "read/input_file.hpp"
#include "read/temp_copy.hpp"
#include "read/text_scan.hpp"

namespace factsheet::read {

struct DecodedCopy {
  std::unique_ptr<InputFile> file;  // the UTF-8 text, at its start
  // No file: the copy could not be made (nothing of `in` was read; `warning` says why), so
  // the input is to be read whole as before; or else an error was given.
  bool read_whole = false;
  std::string warning;
};

// Decodes `in`, from its current position to its end, as `plan` says, into a temporary
// file in `dir` ("": /tmp). `name` names the input in diagnostics (to `sink`).
DecodedCopy decode_to_copy(InputFile& in, const TextPlan& plan, const std::string& name, const std::string& dir,
                           const DiagnosticSink& sink, std::size_t reserve = kCopyReserve);

}  // namespace factsheet::read
