// One-line reasons for nlohmann::json exceptions, for "FILE:LINE: problem" messages.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace factsheet::read {

// nlohmann's messages quote the offending input ("last read: ...", "parsing '1e400'"),
// which may be a whole document; the reason is kept, without the "[json.exception...]"
// prefix, cut to 120 bytes. A parse error names its column:
//   "invalid JSON at column 12: syntax error ..."
// any other exception (a number out of range, "1e400"):
//   "invalid JSON: number overflow parsing '1e400'"
std::string describe_json_error(const nlohmann::json::exception& e);

}  // namespace factsheet::read
