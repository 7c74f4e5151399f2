#include "read/json_error.hpp"

namespace factsheet::read {
namespace {

constexpr std::size_t kMaxReason = 120;

std::string cut(std::string reason) {
  if (reason.size() > kMaxReason) {
    std::size_t n = kMaxReason;
    // Not inside a UTF-8 sequence: the message must stay valid text.
    while (n > 0 && (static_cast<unsigned char>(reason[n]) & 0xC0) == 0x80) --n;
    reason.resize(n);
    reason += "...";
  }
  return reason;
}

}  // namespace

std::string describe_json_error(const nlohmann::json::exception& e) {
  std::string what = e.what();
  if (const auto* parse = dynamic_cast<const nlohmann::json::parse_error*>(&e)) {
    std::string reason = "syntax error";
    std::size_t colon = what.find(": ", what.find("column"));
    if (colon != std::string::npos) {
      std::size_t stop = what.find("; last read", colon);
      reason = what.substr(colon + 2, stop == std::string::npos ? std::string::npos : stop - colon - 2);
    }
    return "invalid JSON at column " + std::to_string(parse->byte) + ": " + cut(reason);
  }
  std::size_t bracket = what.rfind("] ", what.find(' '));
  if (what.starts_with("[json.exception.") && bracket != std::string::npos) what.erase(0, bracket + 2);
  return "invalid JSON: " + cut(what);
}

}  // namespace factsheet::read
