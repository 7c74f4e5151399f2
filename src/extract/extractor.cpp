#include "extract/extractor.hpp"

#include <algorithm>

#include "context/context_stage.hpp"
#include "extract/figure_finder.hpp"
#include "scan/scanner.hpp"
#include "text/sentences.hpp"

namespace factsheet {

struct Extractor::Impl {
  Impl(const Lexicon& lex, const ExtractorOptions& options) : scanner(lex), context(lex, {options.year}) {}
  Scanner scanner;
  context::ContextStage context;
};

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options)
    : lexicon_(std::move(lexicon)), impl_(std::make_unique<Impl>(*lexicon_, options)) {}

Extractor::~Extractor() = default;

std::vector<Claim> Extractor::extract(const Document& doc) const {
  std::vector<Claim> claims;
  std::string_view text = doc.text;
  if (text.empty()) return claims;
  std::vector<Candidate> candidates;
  impl_->scanner.scan(text, candidates);
  if (candidates.empty()) return claims;
  auto sentences = text::split_sentences(text, lexicon_->sentence_rules());

  auto cand = candidates.begin();
  for (const auto& span : sentences) {
    // Candidates before this sentence fell between sentences (whitespace only).
    while (cand != candidates.end() && cand->begin < span.begin) ++cand;
    if (cand == candidates.end()) break;
    if (cand->begin >= span.end) continue;
    extract::Sentence sentence{text, span.begin, span.end};
    extract::FigureFinder finder(*lexicon_, sentence);
    std::size_t resume = span.begin;
    for (; cand != candidates.end() && cand->begin < span.end; ++cand) {
      if (cand->begin < resume) continue;
      std::size_t next = cand->end;
      Candidate c = *cand;
      c.end = std::min(c.end, span.end);
      auto claim = finder.read(c, next);
      resume = std::max(next, c.end);
      if (!claim) continue;
      claim->doc = doc.id;
      claim->text = std::string(text.substr(claim->start, claim->end - claim->start));
      claim->sentence = std::string(text.substr(span.begin, span.end - span.begin));
      claims.push_back(std::move(*claim));
    }
  }
  impl_->context.apply(doc, sentences, claims);
  return claims;
}

}  // namespace factsheet
