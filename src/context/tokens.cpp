#include "context/tokens.hpp"

#include <algorithm>
#include <numeric>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet::context {
namespace {

using text::is_digit;

using text::apostrophe_length;
using text::right_quote_at;

// A character of a word: a letter (text/chars.hpp) or a digit.
std::size_t letter_length(std::string_view t, std::size_t i) { return is_digit(t[i]) ? 1 : text::letter_length(t, i); }

// Joiners inside a word: hyphens and apostrophes between letters, '.' and ',' between
// digits ("10,000", "3.5"), '.' in "U.S" and "24.kg".
std::size_t joiner_length(std::string_view t, std::size_t i, std::size_t end) {
  std::size_t n = t[i] == '-' || t[i] == '.' || t[i] == ',' || t[i] == '/' ? 1 : apostrophe_length(t, i);
  if (!n || i + n >= end || !letter_length(t, i + n)) return 0;
  if (t[i] == ',' && !(is_digit(t[i - 1]) && is_digit(t[i + 1]))) return 0;
  return n;
}

// Whether a token needs a lower-cased copy: an ASCII capital, or a typographic apostrophe
// to fold to ASCII so that lookups see one form.
bool needs_lowering(std::string_view s) {
  for (char c : s)
    if (text::is_upper(c) || c == '\xE2') return true;
  return false;
}

// Writes the lower-cased form of `s` at `out`; returns its length (at most s.size()).
std::size_t lower_into(std::string_view s, char* out) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (right_quote_at(s, i)) {
      out[n++] = '\'';
      i += 2;
      continue;
    }
    out[n++] = text::to_lower(s[i]);
  }
  return n;
}

// A number word or a hyphenated compound of them ("twenty-two").
bool is_number_word(const Lexicon& lex, std::string_view w) {
  std::size_t pos = 0;
  while (pos <= w.size()) {
    std::size_t dash = w.find('-', pos);
    std::string_view part = w.substr(pos, dash == std::string_view::npos ? w.npos : dash - pos);
    auto m = lex.number_words().longest(part, 0);
    if (part.empty() || !m || m->length != part.size()) return false;
    if (lex.number_word(m->id).cls == NumberClass::article) return false;  // "a", "an"
    // "first", "second" alone are no numbers ("twenty-first" is).
    if (lex.number_word(m->id).cls == NumberClass::ordinal && pos == 0) return false;
    if (dash == std::string_view::npos) return true;
    pos = dash + 1;
  }
  return false;
}

// The buffers of the thread's last sentence, kept for its next one: a sentence of claims
// is tagged after another, and allocating its tokens and their lower-case copies afresh
// each time cost several allocations a sentence (which two threads pay more for than one).
struct Scratch {
  std::vector<Token> tokens;
  std::vector<std::pair<std::size_t, std::size_t>> claim_ranges;
  std::unique_ptr<char[]> lowered;
  std::size_t lowered_capacity = 0;
};
thread_local Scratch t_scratch;

}  // namespace

TaggedSentence::~TaggedSentence() {
  // A sentence tagged while another is alive (none is today) keeps its own buffers.
  if (tokens_.capacity() > t_scratch.tokens.capacity()) {
    tokens_.clear();
    t_scratch.tokens.swap(tokens_);
  }
  if (claim_ranges_.capacity() > t_scratch.claim_ranges.capacity()) t_scratch.claim_ranges.swap(claim_ranges_);
  if (lowered_capacity_ > t_scratch.lowered_capacity) {
    t_scratch.lowered = std::move(lowered_);
    t_scratch.lowered_capacity = lowered_capacity_;
  }
}

TaggedSentence::TaggedSentence(std::string_view text, std::size_t begin, std::size_t end,
                               const Lexicon& lex, const std::vector<const Claim*>& claims)
    : text_(text) {
  tokens_.swap(t_scratch.tokens);
  tokens_.clear();
  tokens_.reserve((end - begin) / 5 + 4);  // about one token per five bytes of prose
  const std::size_t lowered_size_max = end > begin ? end - begin : 1;
  if (t_scratch.lowered_capacity >= lowered_size_max) {
    lowered_ = std::move(t_scratch.lowered);
    lowered_capacity_ = t_scratch.lowered_capacity;
    t_scratch.lowered_capacity = 0;
  } else {
    lowered_ = std::make_unique_for_overwrite<char[]>(lowered_size_max);
    lowered_capacity_ = lowered_size_max;
  }
  std::size_t lowered_size = 0;
  std::size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      ++i;
      continue;
    }
    if (std::size_t sp = text::space_separator_at(text, i)) {
      i += sp;
      continue;
    }
    // Built where it stays: a Token is some 80 bytes, and copying each into the vector
    // showed in the profile.
    Token& tok = tokens_.emplace_back();
    tok.begin = i;
    if (letter_length(text, i)) {
      std::size_t p = i;
      while (p < end) {
        if (std::size_t n = letter_length(text, p)) p += n;
        else if (std::size_t j = joiner_length(text, p, end)) p += j;
        else break;
      }
      tok.end = p;
    } else {
      char32_t cp = 0;
      std::size_t n = static_cast<unsigned char>(c) < 0x80 ? 1 : text::decode_at(text, i, cp);
      tok.end = i + std::max<std::size_t>(n, 1);
      tok.type = TokenType::punct;
    }
    std::string_view surface = text.substr(tok.begin, tok.end - tok.begin);
    if (needs_lowering(surface)) {
      char* at = lowered_.get() + lowered_size;
      std::size_t n = lower_into(surface, at);
      lowered_size += n;
      tok.lower = std::string_view(at, n);
    } else {
      tok.lower = surface;
    }
    if (tok.type == TokenType::word) {
      if (text::has_digit(surface)) tok.type = TokenType::number;
      tok.capitalized = text::is_upper(surface[0]);
      // One hash lookup gives what every table says of the word as a whole.
      if (const WordFacts* f = lex.word_facts(tok.lower)) {
        tok.roles = f->roles;
        if (f->word_class) {
          WordClass cls = *f->word_class;
          tok.function = cls == WordClass::function;
          tok.lex_verb = cls == WordClass::verb;
          tok.temporal = cls == WordClass::temporal;
          tok.adverb = cls == WordClass::adverb;
          tok.cue_word = !tok.function && !tok.lex_verb && !tok.temporal && !tok.adverb;
        }
        if (tok.has(SyntaxRole::adverb)) tok.adverb = true;
        tok.time_word = tok.temporal || (f->month && tok.capitalized);
        // The table keeps exact-case entries ("MW" megawatt): check the written form.
        if (f->unit_or_currency)
          for (const PhraseTable* table : {&lex.currencies(), &lex.units()})
            if (auto u = table->longest(surface, 0); u && u->length == surface.size()) tok.unit_word = true;
        tok.change_verb = f->change_verb;
        tok.change_adverb = f->change_adverb;
        tok.change_noun = f->change_noun;
        tok.change_word = f->change_word;
        tok.reporting = f->reporting;
        if (f->number_word) tok.type = TokenType::number;
      }
      if (tok.lower.ends_with("ly") && tok.lower.size() > 4 && !tok.capitalized) tok.adverb = true;
      // "twenty-two": a compound of number words.
      if (tok.type == TokenType::word && tok.lower.find('-') != std::string::npos && is_number_word(lex, tok.lower))
        tok.type = TokenType::number;
    }
    i = tok.end;
  }
  // Claims do not overlap: one merge pass over them in text order assigns them.
  thread_local std::vector<std::size_t> order;  // kept for the thread's next sentence
  order.resize(claims.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  auto by_start = [&](std::size_t a, std::size_t b) { return claims[a]->start < claims[b]->start; };
  // The claims come in text order nearly always: then no sort, nor the buffer a stable sort
  // allocates.
  if (!std::is_sorted(order.begin(), order.end(), by_start)) std::stable_sort(order.begin(), order.end(), by_start);
  claim_ranges_.swap(t_scratch.claim_ranges);
  claim_ranges_.assign(claims.size(), {0, 0});
  std::size_t next = 0;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    Token& t = tokens_[i];
    while (next < order.size() && claims[order[next]]->end <= t.begin) ++next;
    if (next == order.size()) break;
    std::size_t k = order[next];
    if (claims[k]->start >= t.end) continue;
    t.claim = static_cast<int>(k);
    t.in_name = claims[k]->kind == Kind::other;
    // A date or year is a time expression like "yesterday": an adjunct, not a phrase head.
    Kind kind = claims[k]->kind;
    if (kind == Kind::date || kind == Kind::year || kind == Kind::time) t.time_word = true;
    auto& r = claim_ranges_[k];
    if (r.first == r.second) r.first = i;
    r.second = i + 1;
  }
  tag_in_context();
}

std::string_view TaggedSentence::text(std::size_t from, std::size_t to) const {
  if (from >= to || to > tokens_.size()) return {};
  return text_.substr(tokens_[from].begin, tokens_[to - 1].end - tokens_[from].begin);
}

std::pair<std::size_t, std::size_t> TaggedSentence::claim_tokens(int k) const {
  if (k < 0 || static_cast<std::size_t>(k) >= claim_ranges_.size()) return {0, 0};
  return claim_ranges_[static_cast<std::size_t>(k)];
}

bool TaggedSentence::is_clause_break(std::size_t i) const {
  const Token& t = tokens_[i];
  if (t.type != TokenType::punct) return false;
  static constexpr std::string_view kBreaks[] = {",", ";", ":", "(", ")", "\xE2\x80\x94", "\xE2\x80\x93",
                                                 "-", "\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "?", "!", "."};
  return std::find(std::begin(kBreaks), std::end(kBreaks), t.lower) != std::end(kBreaks);
}

// Two passes: closed classes and suffixes first, then -ed/-ing words and verb-or-noun
// words decided by their neighbours' first-pass classes (no recursion, linear).
void TaggedSentence::tag_in_context() {
  constexpr auto bit = role_bit;
  const RoleBits verb_roles = bit(SyntaxRole::verb) | bit(SyntaxRole::copula) |
                              bit(SyntaxRole::possession) | bit(SyntaxRole::auxiliary);
  const RoleBits closed = kChunkerRoles & ~bit(SyntaxRole::title);
  enum class Base { other, closed, verb, maybe_verb, ed, ing, content };
  thread_local std::vector<Base> base;  // kept for the thread's next sentence
  base.assign(tokens_.size(), Base::other);
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    if (t.in_name) { base[i] = Base::content; continue; }
    if (t.type == TokenType::punct || t.claim >= 0) continue;
    if (t.type == TokenType::number) { base[i] = Base::content; continue; }
    bool name = t.capitalized && i > 0 && !t.time_word;
    if (name) base[i] = Base::content;
    else if ((t.roles & verb_roles) && !t.has(SyntaxRole::determiner) && !t.has(SyntaxRole::pronoun)) base[i] = Base::verb;
    else if ((t.roles & closed) || t.function || t.temporal || t.adverb) base[i] = Base::closed;
    else if (t.lex_verb || t.change_verb || t.reporting) base[i] = Base::maybe_verb;
    else if (t.lower.ends_with("ed") && t.lower.size() > 4) base[i] = Base::ed;
    else if (t.lower.ends_with("ing") && t.lower.size() > 5) base[i] = Base::ing;
    else base[i] = Base::content;
  }
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    Token& t = tokens_[i];
    const Token* prev = i > 0 ? &tokens_[i - 1] : nullptr;
    bool after_determiner = prev && (prev->has(SyntaxRole::determiner) || prev->type == TokenType::number ||
                                     prev->figure());
    // "the speed of", "a need for": no finite verb follows a determiner ("that" may be a relative).
    bool after_article = prev && prev->has(SyntaxRole::determiner) && !prev->has(SyntaxRole::relative);
    bool after_aux = prev && (base[i - 1] == Base::verb || prev->adverb);
    bool opens_phrase = !prev || after_determiner || prev->has(SyntaxRole::preposition) || is_clause_break(i - 1);
    bool before_noun = i + 1 < tokens_.size() && base[i + 1] == Base::content;
    bool after_noun = prev && (base[i - 1] == Base::content || prev->figure());
    switch (base[i]) {
      case Base::verb: t.verb = true; break;
      case Base::maybe_verb:
        // "member states", "news reports": an -s form after a common noun is a plural noun;
        // "the crude contract was up": a word right before an auxiliary heads the phrase.
        t.verb = !after_determiner && !(after_noun && i + 1 < tokens_.size() && base[i + 1] == Base::verb) &&
                 !(t.lower.ends_with("s") && prev && base[i - 1] == Base::content && !prev->capitalized &&
                   prev->type == TokenType::word && !t.change_verb);
        break;
      case Base::ed: t.verb = !after_article && (after_aux || !(before_noun && opens_phrase)); break;
      // After a noun an -ing word is a participle ("students studying", "institutions offering").
      case Base::ing: t.verb = after_aux || after_noun; break;
      default: break;
    }
    t.content = base[i] == Base::content ||
                ((base[i] == Base::maybe_verb || base[i] == Base::ed || base[i] == Base::ing) && !t.verb);
  }
}

bool TaggedSentence::is_verb_group(std::size_t i) const {
  const Token& t = tokens_[i];
  if (t.type != TokenType::word || t.figure()) return false;
  return t.verb || (t.adverb && !t.capitalized);
}

}  // namespace factsheet::context
