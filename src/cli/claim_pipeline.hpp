// The extract loop: documents from a source -> claims -> a writer, in input order.
//
// The three steps are kept apart so the middle one can later run on several
// threads: the reader would fill a bounded queue of (sequence number, Document),
// workers would call Extractor::extract (which is thread-safe), and the writer
// would emit results strictly by sequence number. For now it runs sequentially.
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
// here). An exception from extraction is reported as "DOC: extraction failed: ..."
// through `on_error` and that document is skipped; write errors propagate.
PipelineStats run_pipeline(read::DocumentSource& source, const Extractor& extractor,
                           write::ClaimWriter& writer,
                           const std::function<void(const std::string&)>& on_error);

}  // namespace factsheet::cli
