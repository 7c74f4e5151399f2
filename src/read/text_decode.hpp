// Bytes of a text input -> document text: binary files are refused, a UTF-8 BOM
// is dropped and invalid UTF-8 is repaired (with a warning naming the first bad
// byte's offset in the input).
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "read/diagnostic.hpp"

namespace factsheet::read {

// Byte offset of the first NUL, if any: such an input is binary, not text.
std::optional<std::size_t> find_nul(const std::string& bytes);

// Drops a leading UTF-8 BOM; returns the number of bytes removed (0 or 3).
std::size_t strip_bom(std::string& bytes);

// Repairs invalid UTF-8 in place. `where` names the input in the warning ("FILE" or
// "FILE:LINE"); `base` is the input offset of bytes[0], so the warning names the
// offset in the original input.
void repair_text(std::string& bytes, const std::string& where, std::size_t base,
                 const DiagnosticSink& sink);

// The whole decoding of a text file: nullopt (after an error) for a binary file.
std::optional<std::string> decode_text_file(std::string bytes, const std::string& name,
                                            const DiagnosticSink& sink);

}  // namespace factsheet::read
