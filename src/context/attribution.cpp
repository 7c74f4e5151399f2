#include "context/attribution.hpp"

#include "context/phrases.hpp"

namespace factsheet::context {
namespace {

struct Found {
  Range phrase;
  std::size_t cue = 0;   // token index of the cue, for choosing the outermost
  bool opening = false;  // "X said ..." at the start of the sentence
};

bool clause_start(const TaggedSentence& s, std::size_t i) { return i == 0 || s.is_clause_break(i - 1); }

// Token index just past a multi-word cue starting at token i (e.g. "according to").
std::size_t cue_end(const TaggedSentence& s, std::size_t i, std::size_t bytes) {
  std::size_t end_byte = s[i].begin + bytes;
  std::size_t e = i;
  while (e < s.size() && s[e].end <= end_byte) ++e;
  return e > i && s[e - 1].end == end_byte ? e : i;
}

}  // namespace

std::optional<std::string> find_attribution(const TaggedSentence& s, const Lexicon& lex) {
  const ContextVocabulary& vocab = lex.context();
  std::optional<Found> outer, opening;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const Token& t = s[i];
    if (t.type != TokenType::word || t.figure()) continue;
    auto m = vocab.attribution_cues().longest(s.document(), t.begin);
    if (!m) continue;
    std::size_t e = cue_end(s, i, m->length);
    if (e == i) continue;
    if (vocab.cue(m->id) == CuePosition::before) {
      Range np = noun_phrase_after(s, e);
      if (!np.empty()) outer = Found{np, i, false};
      continue;
    }
    if (!s.is_verb(i)) continue;
    bool pronoun = false;
    Range before = noun_phrase_before(s, i, &pronoun);
    if (!before.empty() && clause_start(s, before.begin)) {
      // "..., Wang said." closes the sentence; "Wang said that ..." opens it.
      bool closing = before.begin > 0;
      Found f{before, i, !closing};
      if (closing) outer = f;
      else if (!opening) opening = f;
      continue;
    }
    if (pronoun && before.begin > 0) {
      outer.reset();  // "..., he said": the closing source is not named
      continue;
    }
    if (clause_start(s, i)) {
      Range after = noun_phrase_after(s, e);  // "..., said Wang", "..., reported Akorda"
      if (!after.empty()) outer = Found{after, i, false};
    }
  }
  const std::optional<Found>& pick = outer ? outer : opening;
  if (!pick) return std::nullopt;
  return join(s, {pick->phrase});
}

}  // namespace factsheet::context
