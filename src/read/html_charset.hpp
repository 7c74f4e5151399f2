// A page's declared charset, and windows-1252 (what browsers read "iso-8859-1",
// "latin1" and "us-ascii" as): older news archives declare it. A declaration is
// trusted only when the bytes are not valid UTF-8 (pages often declare Latin-1 and
// are UTF-8): see read/text_decode.hpp.
#pragma once
#include <string>
#include <string_view>

namespace factsheet::read {

// The charset named in the page's first 1024 bytes by <meta charset=...> or a
// content type "...; charset=...", lower-case; "" when there is none.
std::string declared_charset(std::string_view html);

// Whether `label` (lower-case) is one of the names of windows-1252.
bool is_windows_1252(std::string_view label);

// windows-1252 bytes as UTF-8 (0x80 -> U+20AC, 0xA3 -> U+00A3, ...).
std::string windows_1252_to_utf8(std::string_view bytes);

}  // namespace factsheet::read
