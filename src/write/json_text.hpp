// JSON text primitives shared by the claim writers: RFC 8259 strings and
// byte-deterministic number forms.
#pragma once
#include <string>
#include <string_view>

namespace factsheet::write {

// Appends `s` as a quoted JSON string. `"` and `\` are escaped, control characters
// become \b \f \n \r \t or \u00xx; every other byte (UTF-8 included) passes through,
// except that bytes which are not valid UTF-8 become U+FFFD: the output is always
// valid UTF-8, whatever the caller passed (a file name, say).
void append_json_string(std::string& out, std::string_view s);

// Appends a number: an integral value with |v| < 1e15 in plain integer form
// ("41000000000"), anything else in the shortest form that reads back to the same
// double ("0.5778", "1.5e+20"). NaN and infinities have no JSON form: "null".
void append_json_number(std::string& out, double v);

// The number text alone; empty for NaN and infinities.
std::string format_number(double v);

}  // namespace factsheet::write
