#include "read/jsonl_record.hpp"

#include <nlohmann/json.hpp>

#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

using nlohmann::json;

// nlohmann's message quotes the offending input ("last read: ..."), which may be a
// whole document; keep only the reason and the column.
std::string describe(const json::parse_error& e) {
  std::string what = e.what();
  std::string reason = "syntax error";
  std::size_t colon = what.find(": ", what.find("column"));
  if (colon != std::string::npos) {
    std::size_t stop = what.find("; last read", colon);
    reason = what.substr(colon + 2, stop == std::string::npos ? std::string::npos : stop - colon - 2);
  }
  if (reason.size() > 120) reason.resize(120);
  return "invalid JSON at column " + std::to_string(e.byte) + ": " + reason;
}

// The optional string field `key`; false (after `problem` is set) for another type.
bool optional_string(const json& obj, const char* key, std::string& out, std::string& problem) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) {
    problem = std::string("\"") + key + "\" must be a string";
    return false;
  }
  out = it->get<std::string>();
  return true;
}

}  // namespace

std::optional<Document> parse_jsonl_record(std::string line, const std::string& file, int line_no,
                                           std::size_t offset, const DiagnosticSink& sink) {
  std::string where = file + ":" + std::to_string(line_no);
  auto error = [&](const std::string& problem) {
    sink({Severity::error, where + ": " + problem});
    return std::nullopt;
  };
  // nlohmann rejects invalid UTF-8 inside strings, so repair before parsing.
  repair_text(line, where, offset, sink);
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::parse_error& e) {
    return error(describe(e));
  } catch (const json::out_of_range&) {  // a number beyond double's range: 1e999
    return error("invalid JSON: a number out of range");
  }
  if (!obj.is_object()) return error("expected a JSON object");

  Document doc;
  auto id = obj.find("id");
  // An empty id would leave the claims without a document to name.
  if (id == obj.end() || id->is_null() || (id->is_string() && id->get_ref<const std::string&>().empty()))
    doc.id = where;
  else if (id->is_string())
    doc.id = id->get<std::string>();
  else if (id->is_number())  // as written: 7 -> "7", 2.5 -> "2.5"
    doc.id = id->dump();
  else
    return error("\"id\" must be a string or a number");

  auto text = obj.find("text");
  if (text == obj.end()) return error("missing \"text\"");
  if (!text->is_string()) return error("\"text\" must be a string");
  doc.text = text->get<std::string>();

  std::string problem;
  if (!optional_string(obj, "title", doc.title, problem) ||
      !optional_string(obj, "source", doc.source, problem) ||
      !optional_string(obj, "date", doc.date, problem))
    return error(problem);
  return doc;
}

}  // namespace factsheet::read
