#include "extract/extractor.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>
#include <variant>

#include "context/context_stage.hpp"
#include "context/document_parts.hpp"
#include "extract/composite_money.hpp"
#include "extract/currency_places.hpp"
#include "extract/si_value.hpp"
#include "extract/figure_finder.hpp"
#include "extract/date_lists.hpp"
#include "extract/exchange_rates.hpp"
#include "extract/indefinite_ranges.hpp"
#include "extract/sentence_links.hpp"
#include "scan/scanner.hpp"
#include "text/sentences.hpp"
#include "text/chars.hpp"

namespace factsheet {

struct Extractor::Impl {
  Impl(const Lexicon& lex, const ExtractorOptions& options)
      : scanner(lex), context(lex, {options.year}), year(options.year) {}
  Scanner scanner;
  context::ContextStage context;
  std::optional<int> year;
};

namespace {

bool changes_size(Kind kind) {
  switch (kind) {
    case Kind::other:
    case Kind::year:
    case Kind::date:
    case Kind::time:
    case Kind::ordinal: return false;
    default: return true;
  }
}

// Longest sentence copied whole into a claim. A "sentence" longer than this is not
// prose (a table dump, a run-on line); each claim then carries a window around itself so
// output stays proportional to the input.
constexpr std::size_t kMaxSentenceBytes = 2000;
constexpr std::size_t kWindowBytes = 300;
// The most claims of a document (or part) that writes_metres() keeps for the main reading.
constexpr std::size_t kMaxKeptClaims = 1024;

// Moves pos back to the start of a UTF-8 character.
std::size_t char_start(std::string_view text, std::size_t pos) {
  while (pos > 0 && pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

std::string sentence_text(std::string_view text, const text::Span& span, const Claim& claim) {
  if (span.end - span.begin <= kMaxSentenceBytes)
    return std::string(text.substr(span.begin, span.end - span.begin));
  std::size_t b = claim.start > span.begin + kWindowBytes ? claim.start - kWindowBytes : span.begin;
  std::size_t e = claim.end + kWindowBytes < span.end ? claim.end + kWindowBytes : span.end;
  b = char_start(text, b);
  e = char_start(text, e);
  std::string out;
  if (b > span.begin) out += "\xE2\x80\xA6";  // …
  out.append(text.substr(b, e - b));
  if (e < span.end) out += "\xE2\x80\xA6";
  return out;
}

// False for a figure beyond a double's range ("$1" and 310 zeros, or 1e305 billion): its
// value cannot be written as a number, so it is no claim.
bool finite_numbers(const Claim& c) {
  for (const Value* v : {&c.value, &c.low, &c.high})
    if (const double* d = std::get_if<double>(v); d && !std::isfinite(*d)) return false;
  for (const std::optional<double>* d : {&c.part, &c.whole})
    if (*d && !std::isfinite(**d)) return false;
  return true;
}

// "800m": a digit and a lone "m".
bool has_digit_m(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t p = begin + 1; p < end; ++p) {
    // Run over the whole text: memchr finds each "m".
    const void* m = std::memchr(text.data() + p, 'm', end - p);
    if (!m) return false;
    p = static_cast<std::size_t>(static_cast<const char*>(m) - text.data());
    if (!text::is_digit(text[p - 1])) continue;
    char n = p + 1 < end ? text[p + 1] : ' ';
    if (!text::is_alpha(n)) return true;
  }
  return false;
}

// Reads the figures of a sentence's candidates, in order, into `each`. A figure may take
// words past its candidate ("two and a half"), and a candidate it took is not read again.
template <class Each>
void read_figures(extract::FigureFinder& finder, const std::vector<Candidate>& candidates, std::size_t begin,
                  Each&& each) {
  std::size_t resume = begin;
  for (const Candidate& c : candidates) {
    if (c.begin < resume) continue;
    std::size_t next = c.end;
    auto claim = finder.read(c, next);
    resume = std::max(next, c.end);
    if (claim) each(std::move(*claim));
  }
}

}  // namespace

// True when the article (its `sentences`) writes distances as "800m": more of its "<number>m" figures read as
// metres by their own sentence ("the women's 5,000m", "a throw of 15.27m") than as money
// ("£5m"). The figures read are added to `kept` (`first` is the index of the first of the
// sentences) so that an article that does not write metres is read once.
bool Extractor::writes_metres(std::string_view text, std::span<const text::Span> sentences, std::size_t first,
                              KeptReads& kept) const {
  int metres = 0, money = 0;
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const text::Span& span = sentences[i];
    if (!has_digit_m(text, span.begin, span.end)) continue;
    candidates.clear();
    impl_->scanner.scan(text, span.begin, span.end, candidates);
    extract::Sentence sentence{text, span.begin, span.end};
    extract::FigureFinder finder(*lexicon_, sentence);
    // Kept while they are few (a claim takes about 1 KB); past that a sentence is read again.
    bool keep = kept.claims < kMaxKeptClaims;
    SentenceReads read{first + i, {}};
    read_figures(finder, candidates, span.begin, [&](Claim&& claim) {
      if (claim.end >= claim.start + 2 && text[claim.end - 1] == 'm' && text::is_digit(text[claim.end - 2])) {
        if (claim.kind == Kind::measure && claim.unit && *claim.unit == "m") ++metres;
        else if (claim.kind == Kind::money) ++money;
      }
      if (keep) read.claims.push_back(std::move(claim));
    });
    if (keep) {
      kept.claims += read.claims.size();
      kept.sentences.push_back(std::move(read));
    }
  }
  return metres > 0 && metres >= money;
}

Extractor::Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options)
    : lexicon_(std::move(lexicon)), impl_(std::make_unique<Impl>(*lexicon_, options)) {}

Extractor::~Extractor() = default;

std::unique_ptr<context::DocumentParts> Extractor::begin_parts() const {
  return std::make_unique<context::DocumentParts>(*lexicon_, impl_->year);
}

std::vector<Claim> Extractor::extract(const Document& doc) const {
  std::vector<Claim> all;
  extract(doc, [&](std::vector<Claim>& claims) {
    if (all.empty()) {
      all = std::move(claims);
    } else {
      all.insert(all.end(), std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()));
    }
  });
  return all;
}

void Extractor::extract(const Document& doc, const ClaimSink& sink) const { extract(doc, nullptr, sink); }

void Extractor::extract(const Document& doc, const std::shared_ptr<const context::PartPlan>& plan,
                        const ClaimSink& sink) const {
  std::string_view text = doc.text;
  const std::size_t base = plan ? plan->base : 0;
  // Before anything that may fail: later parts wait for these names.
  if (plan) plan->read_names(text, *lexicon_);
  if (text.empty()) return;
  auto sentences = text::split_sentences(text, lexicon_->sentence_rules());
  // Built at the first claim: most documents without figures never need it.
  std::unique_ptr<context::DocumentContext> context;
  auto begin_context = [&] {
    if (!context) context = plan ? impl_->context.begin(doc, plan) : impl_->context.begin(doc);
  };
  std::vector<Candidate> candidates;
  std::vector<Claim> claims;
  // Whether each article writes distances as "800m": a wire file of sports and business
  // stories reads "500m" by its own story. Only a text with such a figure needs its articles
  // now.
  std::vector<char> metres;
  KeptReads reads;
  const context::Article* first_article = nullptr;
  if (has_digit_m(text, 0, text.size())) {
    begin_context();
    const auto& articles = context->articles().articles();
    first_article = articles.empty() ? nullptr : &articles.front();
    std::size_t si = 0;
    for (const context::Article& a : articles) {
      std::size_t from = si;
      while (si < sentences.size() && (&a == &articles.back() || sentences[si].begin < a.end)) ++si;
      std::size_t kept_sentences = reads.sentences.size(), kept_claims = reads.claims;
      metres.push_back(
          writes_metres(text, std::span<const text::Span>(sentences).subspan(from, si - from), from, reads));
      // An article that writes metres is read again with that reading.
      if (metres.back()) {
        reads.sentences.erase(reads.sentences.begin() + static_cast<std::ptrdiff_t>(kept_sentences),
                              reads.sentences.end());
        reads.claims = kept_claims;
      }
    }
  }
  auto next_read = reads.sentences.begin();
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const text::Span& span = sentences[si];
    extract::Sentence sentence{text, span.begin, span.end};
    claims.clear();
    auto keep = [&](Claim&& claim) {
      if (!finite_numbers(claim)) return;
      claim.doc = doc.id;
      claim.text = std::string(text.substr(claim.start, claim.end - claim.start));
      claim.sentence = sentence_text(text, span, claim);
      claims.push_back(std::move(claim));
    };
    if (next_read != reads.sentences.end() && next_read->sentence == si) {
      // Read already, the same way (writes_metres()).
      for (Claim& claim : next_read->claims) keep(std::move(claim));
      ++next_read;
    } else {
      candidates.clear();
      impl_->scanner.scan(text, span.begin, span.end, candidates);
      if (candidates.empty()) continue;
      extract::FigureFinder finder(*lexicon_, sentence);
      if (first_article) {
        auto k = static_cast<std::size_t>(context->articles().at(span.begin) - first_article);
        finder.set_metres_article(k < metres.size() && metres[k]);
      }
      read_figures(finder, candidates, span.begin, keep);
    }
    if (claims.empty()) continue;
    extract::add_trailing_half(*lexicon_, text, span.end, claims);
    extract::merge_composite_money(*lexicon_, text, span.end, claims);
    extract::merge_composite_measures(*lexicon_, text, claims);
    extract::link_date_lists(sentence, *lexicon_, claims);
    extract::link_sentence_figures(sentence, *lexicon_, claims, 0);
    extract::link_exchange_rates(sentence, *lexicon_, claims);
    extract::link_indefinite_ranges(sentence, *lexicon_, claims);
    // A change is the size of a change in a quantity: a score ("lost 2-1"), a mention ("lost
    // one of its two seats"), a year or date ("cuts by 2011") or a rank states none.
    for (Claim& c : claims)
      if (!changes_size(c.kind)) c.change = Change::none;
    extract::add_si_values(*lexicon_, claims);
    begin_context();
    context->apply(std::span<const text::Span>(&sentences[si], 1), claims);
    extract::place_currencies_by_headline(*lexicon_, claims);
    if (claims.empty()) continue;
    if (base > 0) {
      for (Claim& c : claims) {
        c.start += base;
        c.end += base;
      }
    }
    sink(claims);
  }
}

}  // namespace factsheet
