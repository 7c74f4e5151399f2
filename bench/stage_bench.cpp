// Throughput of the stages of one extraction pass, each on the shared BBC corpus as one
// text (../shared/corpus/bbc/*/*.txt; skipped when missing): UTF-8 validation, sentence
// splitting, the candidate scanner (and its RE2 searches alone), phrase lookups at every word start, the tagging of
// sentences for the context stage, the article index, and a whole document read in parts.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claim/document.hpp"
#include "context/article_index.hpp"
#include "context/document_parts.hpp"
#include "context/tokens.hpp"
#include "extract/extractor.hpp"
#include "lexicon/lexicon.hpp"
#include "scan/scanner.hpp"
#include "text/sentences.hpp"
#include "text/utf8.hpp"

namespace {

namespace fs = std::filesystem;
using factsheet::Lexicon;

const std::string& corpus() {
  static const std::string text = [] {
    fs::path dir = fs::path(FACTSHEET_SHARED_DIR) / "corpus" / "bbc";
    std::vector<fs::path> files;
    std::error_code ec;
    if (fs::is_directory(dir, ec))
      for (const auto& e : fs::recursive_directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::string all;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      all += "\n\n";
    }
    factsheet::text::repair_utf8(all);
    return all;
  }();
  return text;
}

const Lexicon& lexicon() {
  static const std::shared_ptr<const Lexicon> lex = Lexicon::embedded();
  return *lex;
}

const std::vector<factsheet::text::Span>& sentences() {
  static const auto spans = factsheet::text::split_sentences(corpus(), lexicon().sentence_rules());
  return spans;
}

bool ready(benchmark::State& state) {
  if (!corpus().empty()) return true;
  state.SkipWithError("no corpus at " FACTSHEET_SHARED_DIR "/corpus/bbc");
  return false;
}

void bytes_per_iteration(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(corpus().size()));
}

void BM_Utf8Validation(benchmark::State& state) {
  if (!ready(state)) return;
  for (auto _ : state) benchmark::DoNotOptimize(factsheet::text::is_valid_utf8(corpus()));
  bytes_per_iteration(state);
}
BENCHMARK(BM_Utf8Validation)->Unit(benchmark::kMillisecond);

void BM_SentenceSplitting(benchmark::State& state) {
  if (!ready(state)) return;
  for (auto _ : state) {
    auto spans = factsheet::text::split_sentences(corpus(), lexicon().sentence_rules());
    benchmark::DoNotOptimize(spans.data());
  }
  bytes_per_iteration(state);
}
BENCHMARK(BM_SentenceSplitting)->Unit(benchmark::kMillisecond);

// Every sentence of the corpus scanned by `scan` (Scanner::scan or Scanner::scan_by_regex).
using ScanFunction = void (factsheet::Scanner::*)(std::string_view, std::size_t, std::size_t,
                                                  std::vector<factsheet::Candidate>&) const;
void scan_sentences(benchmark::State& state, ScanFunction scan) {
  if (!ready(state)) return;
  factsheet::Scanner scanner(lexicon());
  std::vector<factsheet::Candidate> found;
  for (auto _ : state) {
    std::size_t n = 0;
    for (const auto& s : sentences()) {
      found.clear();
      (scanner.*scan)(corpus(), s.begin, s.end, found);
      n += found.size();
    }
    benchmark::DoNotOptimize(n);
  }
  bytes_per_iteration(state);
}

void BM_CandidateScanner(benchmark::State& state) { scan_sentences(state, &factsheet::Scanner::scan); }
BENCHMARK(BM_CandidateScanner)->Unit(benchmark::kMillisecond);

// The same candidates from RE2's searches alone: what reading by hand to where a match may
// start saves.
void BM_CandidateScannerRegexOnly(benchmark::State& state) { scan_sentences(state, &factsheet::Scanner::scan_by_regex); }
BENCHMARK(BM_CandidateScannerRegexOnly)->Unit(benchmark::kMillisecond);

// The unit table looked up at every word start, as the figure finder and the context
// stage do around figures.
void BM_PhraseLookupAtWordStarts(benchmark::State& state) {
  if (!ready(state)) return;
  const std::string& text = corpus();
  for (auto _ : state) {
    std::size_t hits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (i > 0 && text[i - 1] != ' ' && text[i - 1] != '\n') continue;
      if (lexicon().units().longest(text, i)) ++hits;
    }
    benchmark::DoNotOptimize(hits);
  }
  bytes_per_iteration(state);
}
BENCHMARK(BM_PhraseLookupAtWordStarts)->Unit(benchmark::kMillisecond);

void BM_TaggedSentences(benchmark::State& state) {
  if (!ready(state)) return;
  const std::vector<const factsheet::Claim*> none;
  for (auto _ : state) {
    std::size_t tokens = 0;
    for (const auto& s : sentences()) {
      factsheet::context::TaggedSentence tagged(corpus(), s.begin, s.end, lexicon(), none);
      tokens += tagged.size();
    }
    benchmark::DoNotOptimize(tokens);
  }
  bytes_per_iteration(state);
}
BENCHMARK(BM_TaggedSentences)->Unit(benchmark::kMillisecond);

void BM_ArticleIndex(benchmark::State& state) {
  if (!ready(state)) return;
  factsheet::Document doc;
  doc.text = corpus();
  for (auto _ : state) {
    factsheet::context::ArticleIndex index(doc, lexicon(), std::nullopt);
    benchmark::DoNotOptimize(index.articles().data());
  }
  bytes_per_iteration(state);
}
BENCHMARK(BM_ArticleIndex)->Unit(benchmark::kMillisecond);

// The whole extraction, the text whole and in parts of 1 MiB cut at paragraphs (the plans
// made in order, as the CLI's reading thread does).
void BM_ExtractWholeVsParts(benchmark::State& state) {
  if (!ready(state)) return;
  const factsheet::Extractor extractor(Lexicon::embedded());
  const bool in_parts = state.range(0) != 0;
  std::vector<factsheet::Document> parts;
  if (in_parts) {
    const std::string& text = corpus();
    std::size_t begin = 0, index = 0;
    while (begin < text.size()) {
      std::size_t cut = text.find("\n\n", std::min(text.size(), begin + (std::size_t{1} << 20)));
      cut = cut == std::string::npos ? text.size() : cut + 2;
      factsheet::Document part;
      part.text = text.substr(begin, cut - begin);
      part.part = factsheet::DocumentPart{begin, index++, cut == text.size()};
      parts.push_back(std::move(part));
      begin = cut;
    }
  } else {
    parts.emplace_back().text = corpus();
  }
  std::size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    auto sink = [&](std::vector<factsheet::Claim>& found) { claims += found.size(); };
    if (!in_parts) {
      extractor.extract(parts.front(), sink);
      continue;
    }
    auto state_of_parts = extractor.begin_parts();
    for (const auto& part : parts) extractor.extract(part, state_of_parts->prepare(part), sink);
  }
  state.counters["claims"] = static_cast<double>(claims);
  bytes_per_iteration(state);
}
BENCHMARK(BM_ExtractWholeVsParts)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
