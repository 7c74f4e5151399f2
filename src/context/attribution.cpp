#include "context/attribution.hpp"

#include "context/phrases.hpp"

namespace factsheet::context {
namespace {

// Determiners before a source phrase that opens its clause ("the ministry said"): two.
constexpr std::size_t kMaxCueDeterminers = 2;

// Which figures a source covers.
enum class Scope {
  before,    // "..., Wang said": the figures before its cue
  after,     // "Wang said that ...": the figures after its cue
  sentence,  // "according to ...": every figure of the sentence
};

struct Source {
  Range phrase;  // empty for a pronoun ("he said"): the source is not named
  std::size_t cue = 0;
  Scope scope = Scope::sentence;
};

// A clause starts at the sentence start, after a clause break (, ; : dashes) or after a
// subordinator or conjunction ("while organisers put ...", "but the ministry said").
bool clause_start(const TaggedSentence& s, std::size_t i) {
  if (i == 0 || s.is_clause_break(i - 1)) return true;
  const Token& t = s[i - 1];
  return !t.figure() && (t.has(SyntaxRole::subordinator) || t.has(SyntaxRole::conjunction));
}

// Where the clause of a phrase starting at token i begins, allowing up to two determiners
// before it ("the ministry said"); nullopt when the phrase does not start its clause.
std::optional<std::size_t> clause_of(const TaggedSentence& s, std::size_t i) {
  for (std::size_t k = 0; k <= kMaxCueDeterminers && k <= i; ++k) {
    if (clause_start(s, i - k)) return i - k;
    if (i - k == 0 || !s[i - k - 1].has(SyntaxRole::determiner) || s.is_content(i - k - 1)) return std::nullopt;
  }
  return std::nullopt;
}

// Whether a figure stands between token `from` and the end of its clause.
bool figure_in_clause(const TaggedSentence& s, std::size_t from) {
  for (std::size_t k = from; k < s.size() && !s.is_clause_break(k); ++k)
    if (s[k].figure()) return true;
  return false;
}

// A reporting verb that is also a change verb, with a figure as its object and no verb
// after it in the clause, reports nothing: "the US economy added 337,000 jobs", "Reliance
// shares added 1.7%", "van Gisbergen added 18 points" ("he added 500 jobs would go" does).
bool changes_its_object(const TaggedSentence& s, std::size_t cue, std::size_t e) {
  if (!s[cue].change_verb || e >= s.size() || !s[e].figure()) return false;
  for (std::size_t k = e; k < s.size() && !s.is_clause_break(k); ++k)
    if (!s[k].figure() && s.is_verb(k)) return false;
  return true;
}

// Token index just past a multi-word cue starting at token i (e.g. "according to").
std::size_t cue_end(const TaggedSentence& s, std::size_t i, std::size_t bytes) {
  std::size_t end_byte = s[i].begin + bytes;
  std::size_t e = i;
  while (e < s.size() && s[e].end <= end_byte) ++e;
  return e > i && s[e - 1].end == end_byte ? e : i;
}

// Every source the sentence names, in order of their cues.
std::vector<Source> find_sources(const TaggedSentence& s, const Lexicon& lex) {
  const ContextVocabulary& vocab = lex.context();
  std::vector<Source> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const Token& t = s[i];
    if (t.type != TokenType::word || t.figure()) continue;
    auto m = vocab.attribution_cues().longest(s.document(), t.begin);
    if (!m) continue;
    std::size_t e = cue_end(s, i, m->length);
    if (e == i) continue;
    if (vocab.cue(m->id) == CuePosition::before) {
      Range np = noun_phrase_after(s, e);
      // "According to X, ..." opens the sentence; elsewhere it covers the sentence too.
      if (!np.empty()) out.push_back({np, i, Scope::sentence});
      continue;
    }
    // A one-word cue must be a verb here ("reports show" is a noun); a phrase such as
    // "put the figure at" is one by itself.
    if (e == i + 1 && (!s.is_verb(i) || changes_its_object(s, i, e))) continue;
    bool pronoun = false;
    Range before = noun_phrase_before(s, i, &pronoun);
    // A source whose clause goes on to a figure ("Google said it made $52m", "organisers
    // put the figure at 4,000") covers what follows; one that ends its clause ("..., the
    // ministry said.", "..., police said, while") what came before.
    const bool opens = figure_in_clause(s, e);
    std::optional<std::size_t> clause = before.empty() ? std::nullopt : clause_of(s, before.begin);
    if (clause) {
      out.push_back({before, i, opens || *clause == 0 ? Scope::after : Scope::before});
      continue;
    }
    if (pronoun) {
      // "..., he said" closes without a name; "He said ..." opens without one.
      out.push_back({Range{}, i, opens || i <= 1 ? Scope::after : Scope::before});
      continue;
    }
    if (clause_start(s, i) && !opens) {
      Range after = noun_phrase_after(s, e);  // "..., said Wang", "..., reported Akorda"
      if (!after.empty()) out.push_back({after, i, Scope::before});
    }
  }
  return out;
}

std::optional<std::string> name_of(const TaggedSentence& s, const Source& source) {
  if (source.phrase.empty()) return std::nullopt;
  return join(s, {source.phrase});
}

// The source covering a figure whose first token is `p` (see the header). A figure no
// source covers takes the closing source before it, as the speaker goes on ("..., Mr
// Howard said: \"... 5% ...\""), else the first source after it, whose sentence it opens
// ("Unveiling the 418bn-rand budget, Mr Manuel said ...").
const Source* source_for(const std::vector<Source>& sources, std::size_t p) {
  const Source* sentence = nullptr;
  const Source* opening = nullptr;
  const Source* earlier = nullptr;
  const Source* later = nullptr;
  for (const Source& src : sources) {
    if (src.scope == Scope::before && src.cue > p) return &src;
    if (src.scope == Scope::sentence && !sentence) sentence = &src;
    if (src.scope == Scope::after && src.cue < p) opening = &src;
    if (src.scope == Scope::before && src.cue < p) earlier = &src;
    if (src.cue > p && !later) later = &src;
  }
  if (sentence) return sentence;
  if (opening && (!earlier || opening->cue > earlier->cue)) return opening;
  return earlier ? earlier : later;
}

}  // namespace

std::vector<std::optional<std::string>> find_attributions(const TaggedSentence& s, const Lexicon& lex,
                                                          std::size_t claims) {
  std::vector<std::optional<std::string>> out(claims);
  std::vector<Source> sources = find_sources(s, lex);
  if (sources.empty()) return out;
  for (std::size_t k = 0; k < claims; ++k) {
    auto [first, last] = s.claim_tokens(static_cast<int>(k));
    if (first == last) continue;
    if (const Source* src = source_for(sources, first)) out[k] = name_of(s, *src);
  }
  return out;
}

std::optional<std::string> find_attribution(const TaggedSentence& s, const Lexicon& lex) {
  std::vector<Source> sources = find_sources(s, lex);
  const Source* outer = nullptr;
  const Source* opening = nullptr;
  for (const Source& src : sources) {
    if (src.scope == Scope::after) {
      if (!opening) opening = &src;
    } else {
      outer = &src;
    }
  }
  const Source* pick = outer ? outer : opening;
  return pick ? name_of(s, *pick) : std::nullopt;
}

}  // namespace factsheet::context
