#include "cli/claim_pipeline.hpp"

#include <exception>
#include <optional>
#include <vector>

namespace factsheet::cli {
namespace {

// Step 2: pure, per document; nullopt when extraction failed (already reported).
std::optional<std::vector<Claim>> extract_one(const Extractor& extractor, const Document& doc,
                                              const std::function<void(const std::string&)>& on_error) {
  try {
    return extractor.extract(doc);
  } catch (const std::exception& e) {
    on_error(doc.id + ": extraction failed: " + e.what());
  }
  return std::nullopt;
}

}  // namespace

PipelineStats run_pipeline(read::DocumentSource& source, const Extractor& extractor,
                           write::ClaimWriter& writer,
                           const std::function<void(const std::string&)>& on_error) {
  PipelineStats stats;
  while (std::optional<Document> doc = source.next()) {  // step 1: read
    ++stats.documents;
    auto claims = extract_one(extractor, *doc, on_error);  // step 2: extract
    if (!claims) {
      ++stats.failed;
      continue;
    }
    for (const Claim& claim : *claims) writer.write(claim);  // step 3: write, in order
    stats.claims += claims->size();
  }
  return stats;
}

}  // namespace factsheet::cli
