// Throughput of the extractor on the bundled example and, when present, on the
// shared BBC corpus (../shared/corpus/bbc/*/*.txt, concatenated into one text).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "claim/document.hpp"
#include "extract/extractor.hpp"
#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"

namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// All *.txt files one level below each category folder of `dir`, in path order.
std::string read_corpus(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return {};
  for (const auto& category : fs::directory_iterator(dir, ec)) {
    if (!category.is_directory()) continue;
    for (const auto& entry : fs::directory_iterator(category.path(), ec))
      if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::string text;
  for (const auto& f : files) {
    text += read_file(f);
    text += "\n\n";
  }
  return text;
}

factsheet::Document make_document(std::string id, std::string text) {
  factsheet::Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  return doc;
}

void run_extractor(benchmark::State& state, const factsheet::Document& doc) {
  const factsheet::Extractor extractor(factsheet::Lexicon::embedded());
  std::size_t claims = 0;
  for (auto _ : state) {
    auto found = extractor.extract(doc);
    claims = found.size();
    benchmark::DoNotOptimize(found.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(doc.text.size()));
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["bytes"] = static_cast<double>(doc.text.size());
}

void BM_ExtractExample(benchmark::State& state) {
  static const factsheet::Document doc = make_document(
      "examples/regional-trade-brief.txt",
      read_file(fs::path(FACTSHEET_SOURCE_DIR) / "examples" / "regional-trade-brief.txt"));
  if (doc.text.empty()) {
    state.SkipWithError("examples/regional-trade-brief.txt not found or empty");
    return;
  }
  run_extractor(state, doc);
}
BENCHMARK(BM_ExtractExample)->Unit(benchmark::kMicrosecond);

void BM_ExtractBbcCorpus(benchmark::State& state) {
  static const factsheet::Document doc =
      make_document("corpus/bbc", read_corpus(fs::path(FACTSHEET_SHARED_DIR) / "corpus" / "bbc"));
  if (doc.text.empty()) {
    state.SkipWithError("no corpus at " FACTSHEET_SHARED_DIR "/corpus/bbc");
    return;
  }
  run_extractor(state, doc);
}
BENCHMARK(BM_ExtractBbcCorpus)->Unit(benchmark::kMillisecond);

// Building a lexicon from the embedded grammars: the start-up cost of every run.
void BM_LexiconFromEmbeddedFiles(benchmark::State& state) {
  std::vector<std::pair<std::string, std::string>> files;
  std::size_t bytes = 0;
  for (const auto& f : factsheet::embedded::files()) {
    files.emplace_back(std::string(f.name), std::string(f.content));
    bytes += f.content.size();
  }
  for (auto _ : state) {
    auto lexicon = factsheet::Lexicon::from_files(files, "grammars");
    benchmark::DoNotOptimize(lexicon.get());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}
BENCHMARK(BM_LexiconFromEmbeddedFiles)->Unit(benchmark::kMillisecond);

}  // namespace
