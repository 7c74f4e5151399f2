// Test-local reader for the grammars/*.tsv files the text stage depends on, so the unit
// tests exercise the shipped data without linking the lexicon stage.
#pragma once
#include <string>
#include <vector>

#include "text/lemmatizer.hpp"
#include "text/sentences.hpp"

namespace factsheet::text::testing {

// Rows of FACTSHEET_SOURCE_DIR/grammars/<name>: '#' comments and blank lines skipped, the
// header checked against `header` (tab-separated) and dropped. Fails the test on errors.
std::vector<std::vector<std::string>> read_grammar(const std::string& name,
                                                   const std::string& header);

// Rules filled the way the lexicon stage fills them (loaded once, shared by all tests).
const SentenceRules& sentence_rules();
const LemmaRules& lemma_rules();

}  // namespace factsheet::text::testing
