#include "read/claim_file.hpp"

#include "read/claim_json.hpp"
#include "read/input_file.hpp"
#include "read/size_limit.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

bool blank(const std::string& line) { return line.find_first_not_of(" \t\r\f\v") == std::string::npos; }

}  // namespace

bool is_claim_record(const nlohmann::json& object) {
  return object.is_object() && object.contains("kind") && object.contains("start");
}

bool starts_with_claim_record(LineReader& lines) {
  std::string line;
  for (;;) {
    LineReader::Status status = lines.next(line);
    if (status == LineReader::Status::line && blank(line)) continue;
    bool claim = false;
    if (status == LineReader::Status::line) {
      std::string_view text(line);
      // A BOM can only start the file; JSON itself does not allow one.
      if (lines.line_number() == 1 && text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
      // Without exceptions: a syntax error or an out-of-range number gives a discarded value.
      nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
      claim = !object.is_discarded() && is_claim_record(object);
    }
    lines.unread(status, std::move(line));
    return claim;
  }
}

std::size_t read_claims(LineReader& lines, const std::function<void(Claim&&)>& on_claim,
                        const DiagnosticSink& sink) {
  std::size_t claims = 0;
  std::string where = lines.name();
  try {
    std::string line;
    for (;;) {
      LineReader::Status status = lines.next(line);
      if (status == LineReader::Status::end) break;
      where = lines.name() + ":" + std::to_string(lines.line_number());
      if (status == LineReader::Status::endless) {
        sink({Severity::error, where + ": no line end within " + size_limit_text(lines.endless_limit()) +
                                   " (endless input?); the rest is not read"});
        break;
      }
      if (status == LineReader::Status::too_long) {
        sink({Severity::error,
              where + ": line larger than the " + size_limit_text(lines.limit()) + " limit; skipped"});
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
