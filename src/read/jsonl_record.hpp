// One line of JSONL input -> a Document. The line is an object
//   {"id": string|number, "text": string, "title"?: string, "source"?: string, "date"?: string}
// A missing, null or empty id becomes "FILE:LINE". Unknown fields are ignored.
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "claim/document.hpp"
#include "read/diagnostic.hpp"

namespace factsheet::read {

// Parses `line` (line number `line_no`, starting at byte `offset` of `file`). On a
// problem reports "FILE:LINE: problem" as an error and returns nullopt. JSON is
// UTF-8 (RFC 8259), and a line is too short for a reliable guess, so with no
// `encoding` invalid UTF-8 is repaired, with a warning naming the offset in the
// file; with one (--encoding, not UTF-8) the line is decoded from it.
std::optional<Document> parse_jsonl_record(std::string line, const std::string& file, int line_no,
                                           std::size_t offset, const DiagnosticSink& sink,
                                           const std::string& encoding = {});
// The same by the general JSON parser alone: parse_jsonl_record() reads records of up to
// 1 MiB with a faster one, and must give the same document or the same error as this
// (the fuzz target and the unit tests compare them).
std::optional<Document> parse_jsonl_record_general(std::string line, const std::string& file, int line_no,
                                                   std::size_t offset, const DiagnosticSink& sink,
                                                   const std::string& encoding = {});

}  // namespace factsheet::read
