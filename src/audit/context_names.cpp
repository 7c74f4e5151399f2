#include "audit/context_names.hpp"

#include <algorithm>

#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

struct Word {
  std::size_t begin = 0, end = 0;
};

// Words: runs of ASCII letters, digits, apostrophes, hyphens and non-ASCII bytes.
std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  auto in_word = [](unsigned char c) {
    return (text::is_lower(c)) || (text::is_upper(c)) || (text::is_digit(c)) || c == '\'' || c == '-' ||
           c >= 0x80;
  };
  while (i < s.size()) {
    while (i < s.size() && !in_word(static_cast<unsigned char>(s[i]))) ++i;
    std::size_t begin = i;
    while (i < s.size() && in_word(static_cast<unsigned char>(s[i]))) ++i;
    if (i > begin) out.push_back({begin, i});
  }
  return out;
}


bool is_month(std::string_view word, const AuditRules& rules) {
  if (!rules.lexicon) return false;
  auto m = rules.lexicon->months().longest(word, 0);
  return m && m->length == word.size();
}

using text::is_upper;
using text::without_possessive;

// A sentence's first word is capitalised anyway; it counts as a name only when it looks
// like one by itself: a possessive ("Sony's"), an acronym ("EMI") or a capital inside
// ("Wal-Mart", "TimeWarner").
bool name_by_itself(std::string_view word) {
  if (std::size_t n = text::possessive_length(word); n && word.size() > n) return true;
  return std::any_of(word.begin() + 1, word.end(), is_upper);
}

// Names of `text` outside [skip_begin, skip_end), into `out`. `sentence`: the first word
// is a name only by itself.
void collect(std::string_view text, std::size_t skip_begin, std::size_t skip_end, bool sentence,
             const std::vector<std::string>& attribution, const AuditRules& rules, std::vector<std::string>& out) {
  std::vector<Word> words = words_of(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    if (w.end > skip_begin && w.begin < skip_end) continue;
    if (!is_upper(text[w.begin])) continue;
    std::string word(text.substr(w.begin, w.end - w.begin));
    if (sentence && i == 0 && !name_by_itself(word)) continue;
    std::string name = without_possessive(text::lower_ascii(word));
    if (name.size() < 2 || rules.is_stop_word(name) || is_month(word, rules)) continue;
    if (std::find(attribution.begin(), attribution.end(), name) != attribution.end()) continue;
    out.push_back(std::move(name));
  }
}

}  // namespace

std::vector<std::string> context_names(const Claim& c, const AuditRules& rules) {
  std::vector<std::string> attribution;
  if (c.attribution)
    for (const Word& w : words_of(*c.attribution))
      attribution.push_back(without_possessive(text::lower_ascii(std::string_view(*c.attribution).substr(w.begin, w.end - w.begin))));

  std::vector<std::string> out;
  std::size_t at = c.text.empty() ? std::string::npos : c.sentence.find(c.text);
  std::size_t skip_end = at == std::string::npos ? 0 : at + c.text.size();
  collect(c.sentence, at == std::string::npos ? 0 : at, skip_end, true, attribution, rules, out);
  // A headline often opens with a name ("Glaxo aims high after profit fall").
  // The headline keeps its names even when they are the sentence's source ("EMI said ...").
  if (c.title) collect(*c.title, 0, 0, false, {}, rules, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool names_fit(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  if (a.empty() || b.empty()) return a.empty() && b.empty();
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j])
      ++i;
    else
      ++j;
  }
  return false;
}

std::uint32_t NameSets::intern(const std::vector<std::string>& names) {
  if (names.empty()) return 0;
  std::vector<std::uint32_t> ids;
  for (const std::string& n : names)
    ids.push_back(words_.try_emplace(n, static_cast<std::uint32_t>(words_.size())).first->second);
  std::sort(ids.begin(), ids.end());
  std::string key(reinterpret_cast<const char*>(ids.data()), ids.size() * sizeof(std::uint32_t));
  auto [it, added] = ids_.try_emplace(std::move(key), static_cast<std::uint32_t>(sets_.size()));
  if (added) sets_.push_back(std::move(ids));
  return it->second;
}

}  // namespace factsheet::audit
