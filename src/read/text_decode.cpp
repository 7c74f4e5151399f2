#include "read/text_decode.hpp"

#include <cstring>

#include "read/encoding.hpp"
#include "read/encoding_evidence.hpp"
#include "read/html_charset.hpp"
#include "text/utf8.hpp"

namespace factsheet::read {

void count_utf8_sequences(std::string_view bytes, std::size_t& valid, std::size_t& invalid) {
  for (std::size_t i = 0; i < bytes.size();) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    if (len > 1 && i + len <= bytes.size() && text::is_valid_utf8(bytes.substr(i, len))) {
      ++valid;
      i += len;
    } else {
      ++invalid;
      ++i;
    }
  }
}

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string plural(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

bool binary(const std::string& text, const std::string& name, const DecodeOptions& options,
            const DiagnosticSink& sink) {
  auto nul = find_nul(text);
  if (!nul) return false;
  sink({Severity::error, binary_error(name, options.binary, *nul)});
  return true;
}

// The encoding an HTML page declares, if it decodes the page: "" for none, for
// UTF-8, for a name iconv does not know, and for UTF-16/32 (a declaration read as
// ASCII cannot be right; browsers ignore it too).
std::string usable_declared(const std::string& declared) {
  if (declared.empty() || is_utf8_name(declared)) return {};
  if (is_windows_1252(declared)) return "windows-1252";
  return encoding_known(declared) && ascii_compatible(declared) ? declared : std::string();
}

}  // namespace

std::optional<std::size_t> find_nul(const std::string& bytes) {
  const void* p = std::memchr(bytes.data(), '\0', bytes.size());
  if (!p) return std::nullopt;
  return static_cast<std::size_t>(static_cast<const char*>(p) - bytes.data());
}

std::size_t strip_bom(std::string& bytes) {
  if (bytes.starts_with(kUtf8Bom)) {
    bytes.erase(0, 3);
    return 3;
  }
  return 0;
}

std::string invalid_utf8_warning(const std::string& where, std::size_t offset, std::size_t replaced) {
  return where + ": invalid UTF-8 at byte " + std::to_string(offset) + " (" +
         plural(replaced, "sequence", "sequences") + " replaced with U+FFFD)";
}

std::string invalid_encoding_warning(const std::string& where, const std::string& encoding, std::size_t offset,
                                     std::size_t replaced) {
  return where + ": invalid " + encoding + " at byte " + std::to_string(offset) + " (" +
         plural(replaced, "byte", "bytes") + " replaced with U+FFFD)";
}

std::string binary_error(const std::string& where, const std::string& what, std::size_t offset) {
  return where + ": " + what + " (NUL byte at offset " + std::to_string(offset) + ")";
}

std::string read_as_warning(const std::string& where, const std::string& encoding) {
  return where + ": read as " + encoding;
}

void repair_text(std::string& bytes, const std::string& where, std::size_t base,
                 const DiagnosticSink& sink) {
  text::Utf8Report report = text::repair_utf8(bytes);
  if (report.replaced == 0) return;
  sink({Severity::warning, invalid_utf8_warning(where, base + report.first_offset.value_or(0), report.replaced)});
}

std::string decode_from(std::string_view bytes, const std::string& encoding, const std::string& where,
                        std::size_t base, const DiagnosticSink& sink) {
  // windows-1252 by the WHATWG table, which (unlike iconv's) decodes every byte.
  if (encoding == "windows-1252") return windows_1252_to_utf8(bytes);
  Transcoded t = transcode_to_utf8(bytes, encoding);
  // iconv keeps a BOM of the encoding named (e.g. "utf-16le") as U+FEFF.
  if (t.text.starts_with(kUtf8Bom)) t.text.erase(0, 3);
  if (t.replaced > 0)
    sink({Severity::warning, invalid_encoding_warning(where, encoding, base + t.first_offset.value_or(0), t.replaced)});
  return std::move(t.text);
}

std::string choose_encoding(std::string_view bytes) { return choose_encoding(evidence_of(bytes)); }

std::string choose_encoding(const EncodingEvidence& e) {
  // Mostly UTF-8: more valid multi-byte sequences than invalid bytes. Text in a legacy
  // encoding almost never forms valid UTF-8 sequences by accident ("Ã©" in windows-1252),
  // so one valid sequence outweighs a stray bad byte.
  bool mostly_utf8 = e.valid > 0 && e.valid >= e.invalid;
  std::string guess = guess_encoding(e.sample());
  if (guess.empty() || guess == "ascii" || is_utf8_name(guess) || mostly_utf8) return {};
  if (!encoding_known(guess)) return {};
  // On short texts uchardet often names another Latin code page (iso-8859-2,
  // windows-1258, ...) that decodes the bytes used exactly as windows-1252 does:
  // read such a text as the common one. (These code pages are of one byte a character,
  // so the bytes used decode alike when each of them does.)
  std::string high = e.high_bytes();
  bool western = guess == "iso-8859-1" || guess == "windows-1252" ||
                 ((guess.starts_with("iso-8859-") || guess.starts_with("windows-125")) &&
                  transcode_to_utf8(high, guess).text == windows_1252_to_utf8(high));
  if (!western) return guess;
  // ¤ (0xA4 in ISO-8859-1) is next to unused in prose; € (0xA4 in ISO-8859-15) is not.
  auto any = [&](unsigned char lo, unsigned char hi) {
    for (unsigned b = lo; b <= hi; ++b)
      if (e.has(static_cast<unsigned char>(b))) return true;
    return false;
  };
  if (e.has(0xA4) && !any(0x80, 0x9F) && !any(0xBC, 0xBE)) return "iso-8859-15";
  return "windows-1252";
}

std::optional<std::string> decode_text(std::string bytes, const std::string& name,
                                       const DecodeOptions& options, const DiagnosticSink& sink) {
  if (!options.encoding.empty() && !is_utf8_name(options.encoding)) {
    std::string text = decode_from(bytes, options.encoding, name, 0, sink);
    if (binary(text, name, options, sink)) return std::nullopt;
    return text;
  }
  if (options.encoding.empty() && (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF"))) {
    std::string encoding = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
    sink({Severity::warning, read_as_warning(name, encoding)});
    std::string text = decode_from(std::string_view(bytes).substr(2), encoding, name, 2, sink);
    if (binary(text, name, options, sink)) return std::nullopt;
    return text;
  }
  if (binary(bytes, name, options, sink)) return std::nullopt;
  std::size_t base = strip_bom(bytes);
  if (text::is_valid_utf8(bytes)) return bytes;
  // A UTF-8 BOM declares UTF-8: its bad bytes are repaired, not a reason to guess.
  if (options.encoding.empty() && base == 0) {
    // A page's own declaration is trusted only for bytes that are not UTF-8: pages
    // often declare Latin-1 and are UTF-8.
    if (std::string declared = usable_declared(options.declared); !declared.empty())
      return decode_from(bytes, declared, name, base, sink);
    if (std::string guess = choose_encoding(bytes); !guess.empty()) {
      sink({Severity::warning, read_as_warning(name, guess)});
      return decode_from(bytes, guess, name, base, sink);
    }
  }
  repair_text(bytes, name, base, sink);
  return bytes;
}

std::optional<std::string> decode_text_file(std::string bytes, const std::string& name,
                                            const DiagnosticSink& sink) {
  return decode_text(std::move(bytes), name, {}, sink);
}

}  // namespace factsheet::read
