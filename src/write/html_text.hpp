// Text and attribute values for the HTML report: everything that comes from the input
// (document text, titles, file names, subjects) goes through these, so no input can
// open a tag, end an attribute or run a script.
#pragma once
#include <string>
#include <string_view>

namespace factsheet::write {

// Appends `s` escaped for element content and for double- or single-quoted attribute
// values alike: & < > " ' become character references. Bytes that are not valid UTF-8,
// control characters other than tab, LF and CR (C0, DEL and C1), and Unicode
// noncharacters (U+FDD0..U+FDEF, U+xFFFE, U+xFFFF) become U+FFFD: HTML does not allow
// them, and a browser would show them differently or not at all.
void append_html_text(std::string& out, std::string_view s);
std::string html_text(std::string_view s);

// The standard base64 of `bytes` (RFC 4648, with padding).
std::string base64(std::string_view bytes);

// "'sha256-...'" for a Content-Security-Policy that allows exactly this inline script or
// style element content.
std::string csp_hash(std::string_view content);

}  // namespace factsheet::write
