// JSON Lines files of claims written by earlier runs (`factsheet extract -o x.jsonl`),
// read back for the audit. They are told apart from JSON Lines documents by their first
// non-blank line: a claim record has both "kind" and "start" (the fields a document
// record never has); anything else is read as documents.
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "claim/claim.hpp"
#include "read/diagnostic.hpp"
#include "read/line_reader.hpp"

namespace factsheet::read {

bool is_claim_record(const nlohmann::json& object);

// Whether the first non-blank line of `lines` is a claim record. False when it is not
// (or not JSON, or too long) and when the file is empty. The lines read stay with the
// reader: that first line is handed back (LineReader::unread), blank lines before it
// are skipped, so the reader can go on to read_claims() or to a DocumentSource.
// Throws ReadError when the file cannot be read.
bool starts_with_claim_record(LineReader& lines);

// Passes the claims of `lines` to `on_claim`, one per non-blank line, in order. A bad
// line is reported to `sink` as "FILE:LINE: problem" and skipped; a file that cannot be
// read as "FILE: problem". Returns the number of claims read.
std::size_t read_claims(LineReader& lines, const std::function<void(Claim&&)>& on_claim,
                        const DiagnosticSink& sink);

}  // namespace factsheet::read
