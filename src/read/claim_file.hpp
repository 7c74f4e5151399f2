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
#include "read/document_source.hpp"

namespace factsheet::read {

bool is_claim_record(const nlohmann::json& object);

// Whether the first non-blank line of the file at `path` is a claim record. False when it
// is not (or not JSON), when the file is empty and when it cannot be read: the document
// reader then says what is wrong with it.
bool is_claim_file(const std::string& path, std::size_t max_line = kMaxDocumentBytes);

// Passes the claims of the file at `path` to `on_claim`, one per non-blank line, in
// order. A bad line is reported to `sink` as "FILE:LINE: problem" and skipped; a file
// that cannot be read as "FILE: problem". Returns the number of claims read.
std::size_t read_claim_file(const std::string& path, const std::function<void(Claim&&)>& on_claim,
                            const DiagnosticSink& sink, std::size_t max_line = kMaxDocumentBytes);

}  // namespace factsheet::read
