#include "extract/extractor.hpp"

namespace factsheet {
struct Extractor::Impl {};
Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
Extractor::~Extractor() = default;
std::vector<Claim> Extractor::extract(const Document&) const { return {}; }
}  // namespace factsheet
