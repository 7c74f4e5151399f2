// The extract loop: documents from a source -> claims -> a writer, in input order.
//
// The calling thread reads the documents and writes the claims; with more than one job,
// worker threads extract (Extractor::extract is thread-safe) from a bounded queue of
// (sequence number, Document), and the writer still takes each document's claims strictly
// in input order, so the output is the same bytes whatever the number of jobs.
#pragma once
#include <cstddef>
#include <functional>
#include <string>

#include "extract/extractor.hpp"
#include "read/document_source.hpp"
#include "write/claim_writer.hpp"

namespace factsheet::cli {

struct PipelineStats {
  std::size_t documents = 0;  // documents read (whether or not extraction succeeded)
  std::size_t claims = 0;
  std::size_t failed = 0;     // documents whose extraction threw
};

// Runs every document of `source` through `extractor` into `writer` (not finished
// here). A writer that wants_documents() gets begin_document() and end_document()
// around each document's claims. An exception from extraction is reported as "DOC: extraction failed: ..."
// through `on_error` and that document is skipped; write errors propagate.
// `jobs`: extraction threads, 0 for one per core. Errors are reported in input order.
// `on_progress` (may be empty) is called on the calling thread as claims are written,
// with the number written so far.
PipelineStats run_pipeline(read::DocumentSource& source, const Extractor& extractor,
                           write::ClaimWriter& writer,
                           const std::function<void(const std::string&)>& on_error, unsigned jobs = 1,
                           const std::function<void(std::size_t claims)>& on_progress = {});

// The number of threads for `jobs` (0: the machine's cores, at least 1).
unsigned resolve_jobs(unsigned jobs);

// Sets `options` to read a long plain-text file in parts (read/text_parts.hpp), so that
// memory stays flat and every job gets some of it; `lexicon` tells datelines and must
// outlive the reading.
void read_long_texts_in_parts(read::ReadOptions& options, const Lexicon& lexicon);

}  // namespace factsheet::cli
