// Bytes of a text input -> document text (UTF-8). Binary files are refused.
//
// With no encoding given:
//   - a UTF-16 BOM reads the file as UTF-16 (the BOM dropped); a UTF-8 BOM is dropped
//     and declares UTF-8 (invalid bytes after it are repaired, not guessed at);
//   - valid UTF-8 is taken as it is (the only cost: one validation pass);
//   - otherwise an HTML page's declared charset, if iconv knows it, decodes it;
//   - otherwise uchardet guesses: a legacy encoding (windows-1252, shift_jis, ...)
//     decodes the file, with a warning "NAME: read as ENCODING";
//   - a file that is mostly UTF-8 (the guess is UTF-8, none, or the file holds more
//     valid multi-byte sequences than invalid ones) is repaired: invalid bytes become
//     U+FFFD, with a warning naming the first bad byte's offset in the input.
// An encoding given (--encoding) decodes every input from it; "utf-8" repairs.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "read/diagnostic.hpp"

namespace factsheet::read {

class EncodingEvidence;

// Adds the valid multi-byte sequences and the invalid bytes of `bytes` to the counts: the
// test of "mostly UTF-8" (valid > 0 and valid >= invalid).
void count_utf8_sequences(std::string_view bytes, std::size_t& valid, std::size_t& invalid);

// Byte offset of the first NUL, if any: such an input is binary, not text.
std::optional<std::size_t> find_nul(const std::string& bytes);

// Drops a leading UTF-8 BOM; returns the number of bytes removed (0 or 3).
std::size_t strip_bom(std::string& bytes);

// The warning for `replaced` invalid UTF-8 sequences, the first at input byte `offset`.
std::string invalid_utf8_warning(const std::string& where, std::size_t offset, std::size_t replaced);

// The warning for `replaced` bytes undecodable in `encoding`, the first at input byte `offset`.
std::string invalid_encoding_warning(const std::string& where, const std::string& encoding, std::size_t offset,
                                     std::size_t replaced);
// The error for a binary input (`what`: "binary file", say): a NUL at text offset `offset`.
std::string binary_error(const std::string& where, const std::string& what, std::size_t offset);
// The warning that an input is decoded from an encoding that was not given.
std::string read_as_warning(const std::string& where, const std::string& encoding);

// Repairs invalid UTF-8 in place. `where` names the input in the warning ("FILE" or
// "FILE:LINE"); `base` is the input offset of bytes[0], so the warning names the
// offset in the original input.
void repair_text(std::string& bytes, const std::string& where, std::size_t base,
                 const DiagnosticSink& sink);

// `bytes` decoded from `encoding` (known to iconv; not UTF-8), a leading BOM dropped;
// undecodable bytes become U+FFFD with a warning naming `where` and the offset
// (`base` is the input offset of bytes[0]).
std::string decode_from(std::string_view bytes, const std::string& encoding, const std::string& where,
                        std::size_t base, const DiagnosticSink& sink);

// The encoding to read invalid UTF-8 `bytes` in: the guess, or "" to repair them as
// UTF-8. windows-1252 stands for ISO-8859-1 (as browsers read it); a guess of either
// becomes ISO-8859-15 when the text uses its euro sign 0xA4 and nothing of
// windows-1252's own (0x80-0x9F) or the fractions 0xBC-0xBE that ISO-8859-15 replaces;
// another Latin code page that decodes `bytes` exactly as windows-1252 does is named
// windows-1252.
std::string choose_encoding(std::string_view bytes);
// The same from the evidence of a text gathered block by block (read/encoding_evidence.hpp).
std::string choose_encoding(const EncodingEvidence& evidence);

struct DecodeOptions {
  std::string encoding;  // --encoding: "" guesses (see above)
  std::string declared;  // an HTML page's declared charset, lower-case; "" for none
  std::string binary = "binary file";  // the error for a file with a NUL byte
};

// The whole decoding of a text input: nullopt (after an error) for a binary one.
std::optional<std::string> decode_text(std::string bytes, const std::string& name,
                                       const DecodeOptions& options, const DiagnosticSink& sink);

// decode_text with the encoding guessed.
std::optional<std::string> decode_text_file(std::string bytes, const std::string& name,
                                            const DiagnosticSink& sink);

}  // namespace factsheet::read
