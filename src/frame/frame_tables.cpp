#include "frame/frame_tables.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>

#include "lexicon/tsv.hpp"
#include "text/chars.hpp"

namespace factsheet::frame {
namespace {

using text::lower_ascii;

std::shared_ptr<const FrameTables> parse(const Lexicon& lexicon) {
  auto out = std::make_shared<FrameTables>();
  const std::string& origin = lexicon.origin().empty() ? std::string("grammars") : lexicon.origin();
  out->cues = parse_frame_cues(lexicon.raw_table("frame_cues.tsv"), origin);
  constexpr const char* kFile = "measure_synonyms.tsv";
  TsvTable table = TsvTable::parse(lexicon.raw_table(kFile), kFile, origin, {"word", "same_as", "reason"});
  for (const TsvTable::Row& r : table.rows()) {
    std::string word = lower_ascii(r.cells[0]), same = lower_ascii(r.cells[1]);
    if (word.empty() || same.empty() || word.find(' ') != std::string::npos || same.find(' ') != std::string::npos)
      throw LexiconError(table.where(r) + "word and same_as must be single words");
    out->synonyms[word] = same;
  }
  return out;
}

}  // namespace

const FrameTables& frame_tables(const Lexicon& lexicon) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const FrameTables>> cache;  // by content
  // By lexicon too: every document asks, and a key of the tables' whole content costs a
  // copy and a comparison of some kilobytes.
  static std::map<std::uint64_t, std::shared_ptr<const FrameTables>> by_lexicon;
  std::lock_guard lock(mutex);
  if (auto known = by_lexicon.find(lexicon.serial()); known != by_lexicon.end()) return *known->second;
  std::string key = lexicon.origin();
  key += '\0';
  key += lexicon.raw_table("frame_cues.tsv");
  key += '\0';
  key += lexicon.raw_table("measure_synonyms.tsv");
  auto it = cache.find(key);
  if (it == cache.end()) it = cache.emplace(std::move(key), parse(lexicon)).first;
  by_lexicon.emplace(lexicon.serial(), it->second);
  return *it->second;
}

std::string measure_key(std::string_view measure, const FrameTables& tables, bool money,
                        const FrameVocabulary& vocabulary) {
  std::size_t space = measure.rfind(' ');
  std::string_view before = space == std::string_view::npos ? std::string_view() : measure.substr(0, space + 1);
  std::string head = lower_ascii(space == std::string_view::npos ? measure : measure.substr(space + 1));
  if (auto it = tables.synonyms.find(head); money && it != tables.synonyms.end())
    return std::string(before) + it->second;
  // The head is a lemma ("profit"); WordNet lists some measures by their plural only.
  for (const std::string& form : {head, head + "s"})
    if (auto key = vocabulary.synonym_key(form)) return std::string(before) + std::string(*key);
  return std::string(before) + head;
}

}  // namespace factsheet::frame
