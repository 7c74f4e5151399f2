#include "context/context_stage.hpp"

#include <algorithm>
#include <cstring>
#include <memory>

#include "context/article_index.hpp"
#include "context/attribution.hpp"
#include "context/document_parts.hpp"
#include "context/number_of.hpp"
#include "context/person_names.hpp"
#include "context/share_price.hpp"
#include "context/subject.hpp"
#include "context/time_ref.hpp"
#include "frame/frame.hpp"
#include "frame/frame_tables.hpp"
#include "context/tokens.hpp"
#include "text/chars.hpp"

namespace factsheet::context {
namespace {

bool single_capitalized_word(std::string_view s) {
  if (s.empty() || !(text::is_upper(s[0]))) return false;
  return s.find(' ') == std::string_view::npos;
}

// The text between the claim's subject, where it last stands before the figure, and the
// figure; nullopt when the subject does not stand there.
std::optional<std::string_view> subject_gap(std::string_view text, std::size_t sentence_begin, const Claim& c) {
  if (!c.subject || c.start <= sentence_begin) return std::nullopt;
  std::string_view before = text.substr(sentence_begin, c.start - sentence_begin);
  std::size_t at = before.rfind(*c.subject);
  if (at == std::string_view::npos) return std::nullopt;
  return before.substr(at + c.subject->size());
}

// The one word a gap holds, spaces on both sides (" passed ", " to "); empty for any other gap.
std::string_view single_word(std::string_view gap) {
  std::size_t b = gap.find_first_not_of(' '), e = gap.find_last_not_of(' ');
  if (b == std::string_view::npos || b == 0 || e + 1 == gap.size()) return {};
  std::string_view word = gap.substr(b, e + 1 - b);
  return word.find(' ') == std::string_view::npos ? word : std::string_view{};
}

// "Freeview box ownership of five million": the claim's subject right before it, "of"
// between.
bool subject_of_figure(std::string_view text, std::size_t sentence_begin, const Claim& c) {
  auto gap = subject_gap(text, sentence_begin, c);
  return gap && *gap == " of ";
}

// Whether the claim's subject is the clause's subject and the figure what a change verb
// gives it: the subject stands before the figure, and between them a change verb right
// before the figure or its "to" or "by" ("rose to", "grew by", "exceeded"), with no comma
// and no other number ("New loans in December
// rose to 83,000"; not "where 800,000 live in huts", "when she was just 15", "shares
// climbed by 2.7% to 717,000").
bool subject_changes_to(std::string_view text, std::size_t sentence_begin, const Claim& c, const Lexicon& lex) {
  auto found = subject_gap(text, sentence_begin, c);
  if (!found) return false;
  std::string_view gap = *found;
  if (gap.find_first_of(",;:()0123456789") != std::string_view::npos) return false;
  // The figure is the verb's object or its "to", "by" or "from" ("rose to 83,000", "grew
  // by 1.4 million", "exceeded 4.8 million"), not a noun's ("were cut in 4 in every 10
  // shops").
  std::size_t last_end = gap.find_last_not_of(' ');
  if (last_end == std::string_view::npos) return false;
  std::size_t last_begin = last_end;
  while (last_begin > 0 && text::is_alpha(gap[last_begin - 1])) --last_begin;
  std::string last = text::lower_ascii(gap.substr(last_begin, last_end + 1 - last_begin));
  bool verb_last = false;
  if (auto m = lex.changes().longest(gap, last_begin); m && last_begin + m->length == last_end + 1)
    verb_last = lex.change(m->id).as_verb != Change::none;
  if (!verb_last && last != "to" && last != "by" && last != "from") return false;
  for (std::size_t i = 0; i < gap.size(); ++i) {
    if (!text::is_alpha(gap[i]) || (i > 0 && text::is_alpha(gap[i - 1]))) continue;
    auto m = lex.changes().longest(gap, i);
    if (m && (i + m->length == gap.size() || !text::is_alpha(gap[i + m->length])) &&
        lex.change(m->id).as_verb != Change::none)
      return true;
  }
  return false;
}

// "mobile phone sales passed 167 million", "vehicle sales were 5,000": the figure after
// one verb of its subject.
bool figure_after_subject_verb(std::string_view text, std::size_t sentence_begin, const Claim& c, const Lexicon& lex) {
  auto gap = subject_gap(text, sentence_begin, c);
  std::string_view word = gap ? single_word(*gap) : std::string_view{};
  if (word.empty() || word.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos) return false;
  return lex.classify_word(std::string(word)) == WordClass::verb || lex.context().has_role(word, SyntaxRole::copula) ||
         (word.size() > 4 && word.ends_with("ed"));
}

// "with ticket sales over 5,000": the words right before the figure, back to a
// punctuation mark or at most kLeadWords, as a phrase a tally noun may close.
std::string_view lead_phrase(std::string_view text, std::size_t sentence_begin, std::size_t start) {
  constexpr int kLeadWords = 4;
  std::size_t p = start;
  while (p > sentence_begin && text[p - 1] == ' ') --p;
  std::size_t end = p;
  for (int words = 0; words < kLeadWords && p > sentence_begin; ++words) {
    std::size_t w = p;
    while (w > sentence_begin && text::is_alpha(text[w - 1])) --w;
    if (w == p) break;
    p = w;
    if (p == sentence_begin || text[p - 1] != ' ') break;
    --p;
  }
  while (p < end && text[p] == ' ') ++p;
  return text.substr(p, end - p);
}

// "the number of people in work increased by 296,000 to 28.52 million", "mobile phone
// users grew by 1.4 million to 44.9 million": a level right after a counted change of the
// same subject, "to" or "at" between, counts what the change counts.
bool level_after_counted_change(std::string_view text, const Claim& change, const Claim& c, const Lexicon& lex) {
  if (change.kind != Kind::count || change.change == Change::none || !change.unit || change.unit->empty() ||
      change.subject != c.subject || change.end >= c.start)
    return false;
  // "rising nine places to 15": the level is a rank, not a number of places.
  if (lex.classify_word(*change.unit) == WordClass::rank_noun) return false;
  std::string_view word = single_word(text.substr(change.end, c.start - change.end));
  return !word.empty() && lex.context().has_role(text::lower_ascii(word), SyntaxRole::level);
}

}  // namespace

std::optional<int> page_of(const std::vector<std::size_t>& page_starts, std::size_t offset) {
  if (page_starts.empty()) return std::nullopt;
  auto it = std::upper_bound(page_starts.begin(), page_starts.end(), offset);
  return static_cast<int>(std::max<std::ptrdiff_t>(it - page_starts.begin(), 1));
}

ContextStage::ContextStage(const Lexicon& lexicon, ContextOptions options)
    : lexicon_(lexicon), options_(options) {}

void ContextStage::apply(const Document& doc, std::vector<Claim>& claims) const {
  auto sentences = text::split_sentences(doc.text, lexicon_.sentence_rules());
  apply(doc, sentences, claims);
}

void ContextStage::apply(const Document& doc, std::span<const text::Span> sentences,
                         std::vector<Claim>& claims) const {
  if (claims.empty()) return;
  DocumentContext(doc, lexicon_, options_).apply(sentences, claims);
}

DocumentContext::DocumentContext(const Document& doc, const Lexicon& lexicon, ContextOptions options)
    : doc_(doc), lexicon_(lexicon), own_index_(std::make_unique<ArticleIndex>(doc, lexicon, options.year)) {
  index_ = own_index_.get();
  names_.resize(index_->articles().size());
  cues_ = frame::frame_tables(lexicon).cues.get();
}

DocumentContext::DocumentContext(const Document& part, const Lexicon& lexicon, std::shared_ptr<const PartPlan> plan)
    : doc_(part),
      lexicon_(lexicon),
      plan_(std::move(plan)),
      index_(&plan_->index),
      first_line_(plan_->first_line),
      first_column_(plan_->first_column),
      line_(first_line_),
      column_(first_column_),
      cues_(frame::frame_tables(lexicon).cues.get()) {
  names_.resize(index_->articles().size());
}

DocumentContext::~DocumentContext() = default;

void DocumentContext::locate(Claim& c) {
  const std::string& text = doc_.text;
  std::size_t to = std::min(c.start, text.size());
  if (to < cursor_) {  // not in text order after all: count again from a known point
    if (to < line_start_) line_start_ = 0, line_ = first_line_;
    cursor_ = line_start_;
    column_ = line_start_ == 0 ? first_column_ : 1;
  }
  // Line by line to the claim, then its line's characters (their first bytes) to it.
  while (const void* nl = cursor_ < to ? std::memchr(text.data() + cursor_, '\n', to - cursor_) : nullptr) {
    ++line_;
    line_start_ = cursor_ = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
    column_ = 1;
  }
  column_ += static_cast<int>(std::count_if(text.begin() + static_cast<std::ptrdiff_t>(cursor_),
                                            text.begin() + static_cast<std::ptrdiff_t>(std::max(cursor_, to)),
                                            [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
  cursor_ = std::max(cursor_, to);
  c.line = line_;
  c.column = column_;
}

void DocumentContext::apply(std::span<const text::Span> sentences, std::vector<Claim>& claims) {
  if (claims.empty()) return;
  const ArticleIndex& index = *index_;
  // Dateline dates are metadata, not claims.
  std::erase_if(claims, [&](const Claim& c) { return index.in_dateline(c.start, c.end); });

  auto sentence = sentences.begin();
  std::size_t i = 0;
  while (i < claims.size()) {
    while (sentence != sentences.end() && sentence->end <= claims[i].start) ++sentence;
    std::size_t s_begin = sentence != sentences.end() && sentence->begin <= claims[i].start ? sentence->begin
                                                                                            : claims[i].start;
    std::size_t s_end = sentence != sentences.end() && sentence->begin <= claims[i].start ? sentence->end
                                                                                          : claims[i].end;
    std::size_t j = i;
    std::vector<const Claim*>& in_sentence = in_sentence_;  // its room kept for the next sentence
    in_sentence.clear();
    in_sentence.reserve(claims.size() - i);  // once, not grown claim by claim
    while (j < claims.size() && claims[j].start < s_end && claims[j].start >= s_begin) in_sentence.push_back(&claims[j++]);
    if (j == i) in_sentence.push_back(&claims[j++]);

    TaggedSentence tagged(doc_.text, s_begin, s_end, lexicon_, in_sentence);
    std::vector<std::optional<std::string>> attributions = find_attributions(tagged, lexicon_, j - i);
    const Article* article = index.at(claims[i].start);
    for (std::optional<std::string>& attribution : attributions) {
      if (!attribution || !article || !single_capitalized_word(*attribution)) continue;
      // The article's place in this document or part.
      auto position = static_cast<std::size_t>(article->index - index.articles().front().index);
      if (plan_ && plan_->names[position].names) {
        // An article crossing a part boundary: its names in earlier parts count too.
        const auto& shared = plan_->names[position];
        if (auto full = shared.names->full_name(*attribution, plan_->base + s_begin, shared.segment))
          attribution = full;
      } else {
        auto& n = names_[position];
        if (!n) n = std::make_unique<NameIndex>(doc_.text, article->begin, article->end, lexicon_);
        if (auto full = n->full_name(*attribution, s_begin)) attribution = full;
      }
    }

    std::optional<SentenceTimes> times;
    if (article) times.emplace(tagged, in_sentence, lexicon_, article->reference);
    for (std::size_t k = i; k < j; ++k) {
      Claim& c = claims[k];
      int local = static_cast<int>(k - i);
      c.subject = find_subject(tagged, local, in_sentence);
      // "with ticket sales over 5,000": a tally noun right before the figure.
      if (c.kind == Kind::count && (!c.unit || c.unit->empty()) && text::has_digit(c.text)) {
        if (auto tallied = tallied_noun(lead_phrase(doc_.text, s_begin, c.start), lexicon_, *cues_))
          c.unit = c.unit_name = *tallied;
      }
      // "the number of Japanese films released rose to 310": the bare count counts films.
      if (c.kind == Kind::count && (!c.unit || c.unit->empty()) && c.subject) {
        if (auto noun = number_of_noun(*c.subject, lexicon_)) {
          c.unit = c.unit_name = *noun;
        } else if (auto tallied = tallied_noun(*c.subject, lexicon_, *cues_);
                   tallied && (subject_of_figure(doc_.text, s_begin, c) ||
                               (text::has_digit(c.text) && (subject_changes_to(doc_.text, s_begin, c, lexicon_) ||
                                                            figure_after_subject_verb(doc_.text, s_begin, c, lexicon_))))) {
          // "mobile phone sales passed 167 million", "box ownership of five million".
          c.unit = c.unit_name = *tallied;
        } else if (text::has_digit(c.text) && subject_changes_to(doc_.text, s_begin, c, lexicon_)) {
          // "New loans in December rose to 83,000": the plural subject of the change.
          if (auto head = plural_subject_noun(*c.subject, lexicon_)) c.unit = c.unit_name = *head;
        } else if (k > i && level_after_counted_change(doc_.text, claims[k - 1], c, lexicon_)) {
          c.unit = claims[k - 1].unit;
          c.unit_name = claims[k - 1].unit_name;
        }
      }
      // "Shares in Wimpey were up 6% at 458.5p": a price per share.
      price_per_share(c, lexicon_);
      if (article) {
        if (auto t = times->for_claim(local)) {
          c.time = t->time;
          c.time_text = t->text;
        }
        c.article = article->index;
        c.title = article->title;
        c.source = article->source;
        c.dateline = article->dateline;
        c.date = article->date;
      }
      c.attribution = attributions[static_cast<std::size_t>(local)];
      c.page = page_of(doc_.page_starts, c.start);
      locate(c);
      frame::fill_frame(c, lexicon_, *cues_);
    }
    i = j;
  }
}

}  // namespace factsheet::context
