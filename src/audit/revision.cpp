#include "audit/revision.hpp"

#include <algorithm>

#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

// Bytes from a revision word to the first figure of the revision it introduces: "revised
// up the number of jobs created in the two previous months - to 139,000 ... instead of
// 96,000, and to 198,000 in August instead of 128,000". Further away, the word is
// another clause's.
constexpr std::size_t kRevisionReach = 160;

struct Word {
  std::size_t begin = 0, end = 0;
  std::string text;  // lower case
};

// Lower-case words: runs of letters and apostrophes, hyphens splitting them; digits end a
// word and make none (a figure's digits are not cue words).
std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (!text::is_upper(s[i]) && !text::is_lower(s[i])) {
      ++i;
      continue;
    }
    Word w;
    w.begin = i;
    while (i < s.size() && (text::is_upper(s[i]) || text::is_lower(s[i]) || s[i] == '\'')) w.text += s[i++];
    w.end = i;
    w.text = text::lower_ascii(w.text);
    out.push_back(std::move(w));
  }
  return out;
}

// Whether a phrase of `phrases` ends with ws[last] (inclusive).
bool phrase_ends_at(const std::vector<Word>& ws, std::size_t last, const std::vector<std::vector<std::string>>& phrases) {
  for (const std::vector<std::string>& p : phrases) {
    if (p.empty() || p.size() > last + 1) continue;
    bool match = true;
    for (std::size_t k = 0; k < p.size() && match; ++k) match = ws[last + 1 - p.size() + k].text == p[k];
    if (match) return true;
  }
  return false;
}

// A figure's first byte in its sentence, npos when not found.
std::size_t figure_at(const Claim& c) { return c.text.empty() ? std::string::npos : c.sentence.find(c.text); }

// Whether `w` is an article (syntax.tsv roles indefinite and definite: "a", "the").
bool is_article(std::string_view w, const Lexicon& lexicon) {
  return lexicon.context().has_role(w, SyntaxRole::indefinite) || lexicon.context().has_role(w, SyntaxRole::definite);
}

// Whether the text right after `end` is a figure, an article in between at most: "a
// revised 53.3", "revised 0.6%".
bool figure_follows(std::string_view s, std::size_t end, const Lexicon& lexicon) {
  std::size_t i = end;
  auto skip_spaces = [&] {
    while (i < s.size() && s[i] == ' ') ++i;
  };
  skip_spaces();
  std::size_t word_end = i;
  while (word_end < s.size() && text::is_lower(s[word_end])) ++word_end;
  if (word_end > i && word_end < s.size() && s[word_end] == ' ' && is_article(s.substr(i, word_end - i), lexicon)) {
    i = word_end;
    skip_spaces();
  }
  if (i >= s.size()) return false;
  unsigned char ch = static_cast<unsigned char>(s[i]);
  return text::is_digit(s[i]) || s[i] == '$' || ch >= 0x80;  // digits, or a currency sign ("£", "€")
}

// The ends (bytes) of the revision words of `s` before `before` that introduce a revision:
// not those right before a figure, which only say that figure is a revised one.
std::vector<std::size_t> revision_words(std::string_view s, std::size_t before, const Lexicon& lexicon,
                                        const frame::FrameCues& cues) {
  std::vector<std::size_t> out;
  std::vector<Word> ws = words_of(s.substr(0, before));
  const auto& phrases = cues.words("revision");
  for (std::size_t i = 0; i < ws.size(); ++i)
    if (phrase_ends_at(ws, i, phrases) && !figure_follows(s, ws[i].end, lexicon)) out.push_back(ws[i].end);
  return out;
}

// Whether a revision word of `s` opens a revision whose first figure is at `at`.
bool revision_before(std::string_view s, std::size_t at, const Lexicon& lexicon, const frame::FrameCues& cues) {
  for (std::size_t end : revision_words(s, at, lexicon, cues))
    if (at - end <= kRevisionReach && s.substr(end, at - end).find(';') == std::string_view::npos) return true;
  return false;
}

// Whether the words right before `at` mark the figure there as the value replaced.
bool marked_old(std::string_view s, std::size_t at, const frame::FrameCues& cues) {
  std::vector<Word> ws = words_of(s.substr(0, at));
  if (ws.empty()) return false;
  // Only spaces between the marker and the figure.
  std::string_view gap = s.substr(ws.back().end, at - ws.back().end);
  if (gap.find_first_not_of(' ') != std::string_view::npos) return false;
  return phrase_ends_at(ws, ws.size() - 1, cues.words("superseded"));
}

bool same_kind(const Claim& a, const Claim& b) {
  if (a.kind != b.kind) return false;
  return !a.unit || !b.unit || *a.unit == *b.unit;
}

// A clause break between two places of a sentence: ";", "," or a dash.
bool clause_between(std::string_view s, std::size_t from, std::size_t to) {
  std::string_view gap = s.substr(from, to > from ? to - from : 0);
  return gap.find_first_of(",;") != std::string_view::npos || gap.find(" - ") != std::string_view::npos;
}

}  // namespace

std::optional<RevisedRange> revised_range(const Claim& c, const Lexicon& lexicon, const frame::FrameCues& cues) {
  if (!c.is_range()) return std::nullopt;
  std::size_t at = figure_at(c);
  if (at == std::string::npos) return std::nullopt;
  std::vector<Word> ws = words_of(std::string_view(c.sentence).substr(0, at));
  if (ws.empty() || !lexicon.context().has_role(ws.back().text, SyntaxRole::range_from) ||
      std::string_view(c.sentence).substr(ws.back().end, at - ws.back().end).find_first_not_of(' ') != std::string_view::npos)
    return std::nullopt;
  if (!revision_before(c.sentence, at, lexicon, cues)) return std::nullopt;
  // The ends as written: "157,000 to 133,000", "3.7%-3.9%".
  for (std::string_view join : {" to ", "-", "\xE2\x80\x93"}) {
    std::size_t k = c.text.find(join);
    if (k == std::string::npos || k == 0) continue;
    return RevisedRange{c.text.substr(0, k), c.text.substr(k + join.size())};
  }
  return std::nullopt;
}

std::vector<RevisionPair> find_revisions(const std::vector<SentenceFigure>& figs, const Lexicon& lexicon,
                                         const frame::FrameCues& cues) {
  std::vector<RevisionPair> out;
  if (figs.size() < 2) return out;
  const std::string& s = figs.front().claim->sentence;
  std::vector<std::size_t> at(figs.size());
  std::vector<bool> old(figs.size(), false), revised_itself(figs.size(), false), used(figs.size(), false);
  bool any_old = false;
  for (std::size_t i = 0; i < figs.size(); ++i) {
    at[i] = figure_at(*figs[i].claim);
    if (at[i] == std::string::npos || figs[i].claim->sentence != s) return out;
    old[i] = marked_old(s, at[i], cues);
    any_old = any_old || old[i];
    // "from a revised 53.3": a revised figure of its own.
    std::vector<Word> ws = words_of(std::string_view(s).substr(0, at[i]));
    if (!ws.empty() && s.substr(ws.back().end, at[i] - ws.back().end).find_first_not_of(' ') == std::string::npos) {
      std::size_t last = ws.size() - 1;
      if (last > 0 && is_article(ws[last].text, lexicon)) --last;
      revised_itself[i] = phrase_ends_at(ws, last, cues.words("revision")) && !old[i];
    }
  }
  if (!any_old) return out;
  for (std::size_t i = 0; i < figs.size(); ++i) {
    if (!old[i] || used[i] || revised_itself[i]) continue;
    auto candidate = [&](std::size_t j) {
      return j != i && !old[j] && !used[j] && !revised_itself[j] && same_kind(*figs[i].claim, *figs[j].claim);
    };
    // The new value: the next figure of the clause, else the one before ("to 139,000
    // instead of 96,000", "was 1.6%, down from an earlier estimate of 1.7%").
    std::optional<std::size_t> found;
    for (std::size_t j = i + 1; j < figs.size() && !found; ++j)
      if (candidate(j) && !clause_between(s, at[i], at[j])) found = j;
    for (std::size_t j = i; j-- > 0 && !found;)
      if (candidate(j)) found = j;
    if (!found) continue;
    if (!revision_before(s, std::min(at[i], at[*found]), lexicon, cues) && !revision_before(s, at[i], lexicon, cues)) continue;
    used[i] = used[*found] = true;
    out.push_back({i, *found});
  }
  return out;
}

}  // namespace factsheet::audit
