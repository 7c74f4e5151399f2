// frame_cues.tsv: the cue phrases of the frame, with the indexes its lookups use.
#include <algorithm>
#include <iterator>

#include "frame/frame.hpp"
#include "frame/frame_words.hpp"
#include "lexicon/grammar_file.hpp"
#include "lexicon/tsv.hpp"
#include "text/chars.hpp"

namespace factsheet::frame {
namespace {

// Every cue of the table; a phrase's cues are bits in this order (FrameCues::cue_bits).
constexpr std::string_view kCues[] = {
    "forecast", "earlier", "quarter", "half", "nine-months", "month", "week", "day", "year", "year-on-year",
    "month-on-month", "quarter-on-quarter", "modifier", "scope", "scope_before", "pronoun", "suffix", "revision",
    "superseded", "rate-basis", "rate-noun", "whole", "growth-verb", "closing", "ending", "span-open", "tally-noun"};
constexpr std::size_t kCueCount = std::size(kCues);
static_assert(kCueCount <= 32, "a phrase's cues are bits of a 32-bit word");
constexpr std::string_view kBasisCues[] = {"year-on-year", "month-on-month", "quarter-on-quarter"};

std::size_t cue_index(std::string_view cue) {
  return static_cast<std::size_t>(std::find(std::begin(kCues), std::end(kCues), cue) - std::begin(kCues));
}

}  // namespace

std::uint32_t FrameCues::cues_of(std::string_view phrase) const {
  std::size_t filter = filter_bit(phrase);
  if ((phrase_filter[filter / 64] >> (filter % 64) & 1U) == 0) return 0;
  auto it = cue_bits.find(phrase);
  return it == cue_bits.end() ? 0 : it->second;
}

std::uint32_t FrameCues::bit(std::string_view cue) {
  std::size_t i = cue_index(cue);
  return i < kCueCount ? std::uint32_t{1} << i : 0;
}

std::vector<std::string> FrameCues::of(std::string_view cue) const {
  std::vector<std::string> out;
  for (const auto& [p, c] : phrases)
    if (c == cue) out.push_back(p);
  std::stable_sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  return out;
}

const std::vector<std::vector<std::string>>& FrameCues::words(std::string_view cue) const {
  static const std::vector<std::vector<std::string>> kNone;
  std::size_t i = cue_index(cue);  // split is in the order of kCues
  return i < split.size() ? split[i].second : kNone;
}

void CuePhrases::index(std::size_t words) {
  // Counting sort of the phrases by first word; a phrase's index keeps their order.
  first.assign(words + 2, 0);
  for (const auto& p : phrases)
    if (!p.empty()) ++first[p[0] + 1];
  for (std::size_t w = 1; w < first.size(); ++w) first[w] += first[w - 1];
  order.assign(first.back(), 0);
  std::vector<std::uint32_t> at(first.begin(), first.end() - 1);
  for (std::size_t n = 0; n < phrases.size(); ++n)
    if (!phrases[n].empty()) order[at[phrases[n][0]]++] = static_cast<std::uint32_t>(n);
}

const CuePhrases& FrameCues::ids(std::string_view cue) const {
  static const CuePhrases kNone;
  std::size_t i = cue_index(cue);  // split_ids is in the order of kCues
  return i < split_ids.size() ? split_ids[i] : kNone;
}

std::size_t FrameCues::filter_bit(std::string_view word) {
  return static_cast<std::size_t>(text::hash_string(word) >> 52);  // the top 12 bits: 64 * 64 bits
}

std::uint32_t FrameCues::word_id(std::string_view word) const {
  std::size_t bit = filter_bit(word);
  if ((word_filter[bit / 64] >> (bit % 64) & 1U) == 0) return 0;
  auto it = word_ids.find(word);
  return it == word_ids.end() ? 0 : it->second;
}

std::shared_ptr<const FrameCues> load_frame_cues(const std::string& grammars_dir) {
  return parse_frame_cues(grammar_file_content(grammars_dir, "frame_cues.tsv"),
                          grammars_dir.empty() ? std::string("grammars") : grammars_dir);
}

std::shared_ptr<const FrameCues> parse_frame_cues(const std::string& content, const std::string& origin) {
  constexpr const char* kFile = "frame_cues.tsv";
  TsvTable table = TsvTable::parse(content, kFile, origin, {"phrase", "cue", "reason"});
  auto cues = std::make_shared<FrameCues>();
  for (const TsvTable::Row& r : table.rows()) {
    std::size_t cue = cue_index(r.cells[1]);
    if (cue == kCueCount) throw LexiconError(table.where(r) + "unknown cue '" + r.cells[1] + "'");
    cues->phrases.emplace_back(text::lower_ascii(r.cells[0]), r.cells[1]);
    cues->cue_bits[cues->phrases.back().first] |= 1U << cue;
    std::size_t bit = FrameCues::filter_bit(cues->phrases.back().first);
    cues->phrase_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
  auto numbered = [&](const std::vector<std::string>& words) {
    std::vector<std::uint32_t> ids;
    for (const std::string& w : words) {
      auto [it, added] = cues->word_ids.try_emplace(w, static_cast<std::uint32_t>(cues->word_ids.size() + 1));
      std::size_t bit = FrameCues::filter_bit(w);
      cues->word_filter[bit / 64] |= std::uint64_t{1} << (bit % 64);
      ids.push_back(it->second);
    }
    return ids;
  };
  for (std::string_view cue : kCues) {
    std::vector<std::vector<std::string>> words;
    CuePhrases ids;
    for (const std::string& p : cues->of(cue)) {
      words.push_back(split_phrase(p));
      ids.phrases.push_back(numbered(words.back()));
    }
    cues->split.emplace_back(std::string(cue), std::move(words));
    cues->split_ids.push_back(std::move(ids));
  }
  // The basis cues' phrases together, longest first as of() sorts them: at one word, the
  // longest phrase of any basis wins.
  std::vector<std::pair<std::string, std::string>> basis;
  for (const auto& [p, cue] : cues->phrases)
    if (std::find(std::begin(kBasisCues), std::end(kBasisCues), cue) != std::end(kBasisCues)) basis.emplace_back(p, cue);
  std::stable_sort(basis.begin(), basis.end(), [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [p, cue] : basis) {
    cues->basis_words.push_back(split_phrase(p));
    cues->basis_ids.phrases.push_back(numbered(cues->basis_words.back()));
    cues->basis_cue.push_back(cue);
  }
  for (CuePhrases& c : cues->split_ids) c.index(cues->word_ids.size());
  cues->basis_ids.index(cues->word_ids.size());
  return cues;
}

const FrameCues& embedded_frame_cues() {
  static const std::shared_ptr<const FrameCues> cues = load_frame_cues("");
  return *cues;
}

}  // namespace factsheet::frame
