#include "read/claim_file.hpp"

#include <memory>

#include "read/claim_json.hpp"
#include "read/input_file.hpp"
#include "read/line_reader.hpp"
#include "read/size_limit.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

bool blank(const std::string& line) { return line.find_first_not_of(" \t\r\f\v") == std::string::npos; }

}  // namespace

bool is_claim_record(const nlohmann::json& object) {
  return object.is_object() && object.contains("kind") && object.contains("start");
}

bool is_claim_file(const std::string& path, std::size_t max_line) {
  try {
    LineReader lines(std::make_unique<InputFile>(path), max_line);
    std::string line;
    while (lines.next(line) == LineReader::Status::line) {
      if (lines.line_number() == 1) strip_bom(line);
      if (blank(line)) continue;
      nlohmann::json object = nlohmann::json::parse(line, nullptr, false);
      return !object.is_discarded() && is_claim_record(object);
    }
  } catch (const std::exception&) {
  }
  return false;
}

std::size_t read_claim_file(const std::string& path, const std::function<void(Claim&&)>& on_claim,
                            const DiagnosticSink& sink, std::size_t max_line) {
  std::size_t claims = 0;
  std::string where = path;
  try {
    LineReader lines(std::make_unique<InputFile>(path), max_line);
    std::string line;
    for (;;) {
      LineReader::Status status = lines.next(line);
      if (status == LineReader::Status::end) break;
      where = path + ":" + std::to_string(lines.line_number());
      if (status == LineReader::Status::too_long) {
        sink({Severity::error, where + ": line larger than the " + size_limit_text(max_line) + " limit; skipped"});
        continue;
      }
      if (lines.line_number() == 1) strip_bom(line);
      if (blank(line)) continue;
      try {
        on_claim(parse_claim_json(line));
        ++claims;
      } catch (const ClaimJsonError& e) {
        sink({Severity::error, where + ": " + e.what()});
      }
    }
  } catch (const ReadError& e) {
    sink({Severity::error, e.what()});
  } catch (const std::bad_alloc&) {
    sink({Severity::error, where + ": out of memory"});
  }
  return claims;
}

}  // namespace factsheet::read
