#include "audit/auditor.hpp"

#include <algorithm>
#include <cmath>

#include "audit/comparison.hpp"
#include "audit/explain.hpp"
#include "audit/frame_keys.hpp"
#include "audit/revision.hpp"
#include "frame/frame.hpp"
#include "frame/frame_tables.hpp"
#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

// "a 10-year plan", "five-year visas": a duration written as one hyphenated word names a
// kind of thing; two plans of different lengths are not a conflict.
// "in the last three months of 2004", "the 12 months to September": a duration that names
// the period of other figures is no fact of its own.
bool is_descriptive(const Claim& c) {
  if (c.kind != Kind::duration && c.kind != Kind::age) return false;
  if (c.text.find('-') != std::string::npos && c.text.find(' ') == std::string::npos) return true;
  std::size_t at = c.text.empty() ? std::string::npos : c.sentence.find(c.text);
  if (at == std::string::npos) return false;
  std::string_view after = std::string_view(c.sentence).substr(at + c.text.size());
  return after.substr(0, 4) == " of " || after.substr(0, 4) == " to " || after.substr(0, 8) == " ending ";
}

// "the Three Gorges Dam", "Ocean's Eleven": a number in words, capitalised like the name it
// is part of, inside a sentence, counts nothing.
bool is_name(const Claim& c) {
  if (c.kind != Kind::count || c.text.empty() || c.text.find_first_of("0123456789") != std::string::npos) return false;
  std::size_t at = c.sentence.find(c.text);
  if (at == 0 || at == std::string::npos) return false;
  bool word_start = true;
  for (char ch : c.text) {
    if (word_start && !(text::is_upper(ch))) return false;
    word_start = ch == ' ';
  }
  return true;
}

// The wording of a sentence with its numbers left out: FNV-1a over its words, lower
// case, each word holding a digit read as "#". Two sentences of one wording differ at
// most in their figures ("shrank 0.2%" and "shrank 0.5%").
std::uint64_t wording_hash(std::string_view sentence) {
  std::uint64_t h = 14695981039346656037ull;
  auto mix = [&](char c) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  };
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (word.find_first_of("0123456789") != std::string::npos) word = "#";
    for (char c : word) mix(c);
    mix(' ');
    word.clear();
  };
  for (char ch : sentence) {
    if (text::is_upper(ch)) word += static_cast<char>(ch - 'A' + 'a');
    else if ((text::is_lower(ch)) || (text::is_digit(ch)) || static_cast<unsigned char>(ch) >= 0x80) word += ch;
    else if (ch != '.' && ch != ',' && ch != '\'') flush();
  }
  flush();
  return h;
}


}  // namespace

Auditor::Auditor(std::shared_ptr<const AuditRules> rules, const std::string& spill_dir)
    : rules_(std::move(rules)),
      store_(spill_dir),
      context_words_([this](std::string_view w) { return rules_->is_stop_word(w); }) {
  if (rules_->lexicon) tables_ = &frame::frame_tables(*rules_->lexicon);
}

Auditor::~Auditor() = default;

std::uint32_t Auditor::bucket(const Claim& c, bool change_measure) {
  std::string key(to_string(c.kind));
  key += '|';
  // Measures in SI units compare across units ("5 miles" and "8 km").
  key += c.value_in_si && c.si_unit ? "si:" + *c.si_unit : c.unit.value_or("");
  key += '|';
  key += to_string(change_measure ? Change::none : c.change);
  return buckets_.try_emplace(std::move(key), static_cast<std::uint32_t>(buckets_.size())).first->second;
}

std::size_t Auditor::RestHash::operator()(const Rest& r) const {
  std::uint64_t a = std::uint64_t{r.bucket} << 32 | r.measure, b = std::uint64_t{r.scope} << 32 | r.role;
  return std::hash<std::uint64_t>()(a * 0x9E3779B97F4A7C15ull ^ b);
}

std::uint32_t Auditor::rest_id(const Rest& rest) {
  if (rest.measure == 0) return 0;
  auto [it, added] = rests_.try_emplace(rest, static_cast<std::uint32_t>(rest_measures_.size()));
  if (added) rest_measures_.push_back(rest.measure);
  return it->second;
}

std::uint32_t Auditor::frame_class(std::string key) {
  return classes_.try_emplace(std::move(key), static_cast<std::uint32_t>(classes_.size())).first->second;
}

namespace {

// A stated figure in SI units, its rounding steps rounded to powers of ten.
void to_si(const Claim& c, StatedFigure& s) {
  const double* v = std::get_if<double>(&c.value);
  if (!c.value_in_si || !c.si_unit || !v || *v == 0 || s.range) return;
  double factor = *c.value_in_si / *v;
  if (!std::isfinite(factor) || factor <= 0 || factor == 1) return;
  s.low *= factor;
  s.high *= factor;
  auto shift = static_cast<std::int8_t>(std::lround(std::log10(factor)));
  s.low_step = static_cast<std::int8_t>(s.low_step + shift);
  s.high_step = static_cast<std::int8_t>(s.high_step + shift);
}


}  // namespace

std::optional<std::uint32_t> Auditor::add(const Claim& claim, std::uint64_t ref) {
  ++counts_.claims;
  // A claim file of an earlier version carries no frame: read it here.
  std::optional<Claim> framed;
  if (!claim.role && rules_->lexicon && frame::has_frame(claim.kind)) {
    framed = claim;
    frame::fill_frame(*framed, *rules_->lexicon, *tables_->cues);
  }
  // "revised down ... from 157,000 to 133,000": the old and the new value of one fact, not
  // a range; the figure states the new value (revision.hpp).
  std::optional<RevisedRange> revision;
  std::optional<Claim> revised;
  if (tables_ && (framed ? *framed : claim).is_range()) {
    revision = revised_range(framed ? *framed : claim, *rules_->lexicon, *tables_->cues);
    if (revision) {
      revised = framed ? *framed : claim;
      revised->role = revised->change != Change::none ? kRoleChange : kRoleCurrent;
    }
  }
  const Claim& c = revised ? *revised : framed ? *framed : claim;
  // A new sentence: another document or sentence text, or a figure before the last one
  // or past the sentence's length from its first figure (the same sentence said again).
  if (c.doc != doc_ || c.sentence != sentence_ || c.start < last_start_ ||
      c.start - sentence_start_ >= std::max<std::size_t>(c.sentence.size(), 1)) {
    end_sentence();
    ++sentence_number_;
    doc_ = c.doc;
    sentence_ = c.sentence;
    sentence_start_ = c.start;
    copies_.add_sentence(sentence_number_, store_.place_of(c.doc, c.article.value_or(0)), c.sentence);
    wording_ = wording_hash(c.sentence);
  }
  last_start_ = c.start;

  if (!is_headline_kind(c.kind) || std::holds_alternative<std::string>(c.value) ||
      is_minor_count(c, rules_->minor_nouns) || is_descriptive(c) || is_name(c))
    return std::nullopt;
  std::optional<StatedFigure> stated = stated_figure(c);
  if (!stated) return std::nullopt;
  if (revision) {
    stated->range = false;
    stated->low = stated->high;
    stated->low_step = stated->high_step;
  }
  to_si(c, *stated);

  // Only statements of a count are asked whether their sentences say something alike
  // (share_context), so only their sentences' words are kept.
  if (c.kind == Kind::count) context_words_.add_sentence(sentence_number_, c.sentence);
  std::uint32_t id = store_.add(c, ref, *stated);
  StoredFigure& f = store_[id];
  StringPool& pool = store_.pool();
  f.sentence = sentence_number_;
  // A measure that is itself a change ("growth"): "the economy grew 4%" and "growth of 4%"
  // state one value of it, so a rise and its role do not tell them apart. A fall does: "a
  // 0.3% decline" of growth is growth of -0.3%, not of 0.3%.
  bool change_measure = false;
  if (c.measure && c.change != Change::down) {
    std::string_view m = *c.measure;
    change_measure = frame::FrameVocabulary::embedded().change_noun(m.substr(m.rfind(' ') == std::string_view::npos ? 0 : m.rfind(' ') + 1));
  }
  Rest rest;
  rest.bucket = bucket(c, change_measure);
  f.entity = c.entity ? pool.intern(*c.entity) : 0;
  // Measures compare by their key: "earnings" and "profit", "turnover" and "sales" are one.
  rest.measure = c.measure ? pool.intern(tables_ ? frame::measure_key(*c.measure, *tables_, c.kind == Kind::money) : *c.measure) : 0;
  rest.scope = c.scope ? pool.intern(*c.scope) : 0;
  f.period = c.period ? pool.intern(*c.period) : 0;
  rest.role = c.role ? pool.intern(change_measure && *c.role == kRoleChange ? std::string(kRoleCurrent) : *c.role) : 0;
  f.set(StoredFigure::kScoped, rest.scope != 0);
  f.rest = rest_id(rest);
  store_.set_frame(id, frame::frame_label(c));
  classify(id, c, slot_wording(sentence_ids_.size()));
  ++counts_.figures;
  if (rest.measure == 0) ++counts_.ungrouped;
  sentence_claims_.push_back(c);
  sentence_ids_.push_back(id);
  sentence_rests_.push_back(rest);
  if (revision) revised_from_[id] = revision->old_text;
  if (revision)
    revisions_.push_back({Status::revised, explain_revised(revision->old_text, revision->new_text, id, store_),
                          std::string(store_.subject(id)), {id}});
  return id;
}

// The figure's slot in its wording: the how-manieth figure of the sentence, so that copies
// compare each figure with its own counterpart, never with the sentence's other figures
// ("37.5% ... the remaining 62.5%").
std::uint64_t Auditor::slot_wording(std::size_t slot) const {
  return wording_ ^ (0x9E3779B97F4A7C15ull * (slot + 1));
}

namespace {

// Where figure `id` is, or would be, in `classed` (Auditor::classed_, in id order).
template <class Classed>
auto classed_at(Classed& classed, std::uint32_t id) {
  return std::lower_bound(classed.begin(), classed.end(), id, [](const auto& f, std::uint32_t x) { return f.id < x; });
}

}  // namespace

std::uint64_t Auditor::wording_of(std::uint32_t id) const {
  auto it = classed_at(classed_, id);
  return it != classed_.end() && it->id == id ? it->wording() : 0;
}

// The classes a figure is compared in: statements alike, held against each other, copies.
void Auditor::classify(std::uint32_t id, const Claim& c, std::uint64_t wording) {
  const StoredFigure& f = store_[id];
  // Statements alike: kind, unit, change, entity (known or not), measure, scope and
  // role; the period is compared as a time (compare_figures).
  std::uint32_t conflict = kNoClass, copy = kNoClass;
  if (f.rest != 0) {
    std::string key;
    for (std::uint32_t part : {f.rest, f.entity}) append_key(key, part);
    // Values held against each other: the whole frame, with a period stated (figures
    // without one are too often of different days, or of a part and a whole, to be held
    // against each other), and an entity the sentence itself names: one taken from the
    // headline may not be what the sentence is about ("Wimpey reported ..." under a
    // headline on UK housing).
    // A number word is no measure: "Ocean's Eleven" names a film.
    std::string_view measure = *c.measure;
    std::string_view head = measure.substr(measure.rfind(' ') == std::string_view::npos ? 0 : measure.rfind(' ') + 1);
    auto number = rules_->lexicon ? rules_->lexicon->number_words().longest(head, 0) : std::nullopt;
    bool measured = !(number && number->length == head.size());
    // Independent statements: a value reached or a change, not a forecast (forecasters
    // differ without contradicting each other) nor the earlier value a change starts from
    // (its period is the one it is compared with, seldom its own).
    bool stated_value = c.role == kRoleCurrent || c.role == kRoleChange;
    // The period must be anchored in time (a year, a month, a date: "quarter 2004",
    // "--12") to be held against another article's: "the quarter" or "last month" of two
    // stories may be two different quarters or months. Within one article it is one.
    if (measured && stated_value && f.entity != 0 && f.period != 0 &&
        frame::names_entity(frame::sentence_window(c.sentence, c.text), *c.entity)) {
      std::string held = key;
      append_key(held, f.period);
      if (!anchored(*c.period)) {
        append_key(held, f.place);
      }
      conflict = frame_class("b" + held);
    }
    // Copies of one sentence with other figures: the whole frame alike, the period
    // stated or not (the copies share their words, so they share their period).
    if (measured && f.entity != 0) {
      std::string copied = key;
      append_key(copied, f.period);
      copy = frame_class("c" + copied);
    }
  }
  // The figure is the last one added, or one of the sentence being read: near the end.
  auto it = classed_at(classed_, id);
  if (it == classed_.end() || it->id != id) {
    if (conflict == kNoClass && copy == kNoClass) return;
    it = classed_.insert(it, ClassedFigure{id, kNoClass, kNoClass, static_cast<std::uint32_t>(wording),
                                           static_cast<std::uint32_t>(wording >> 32)});
  }
  it->conflict = conflict;
  it->copy = copy;
}

// A revision of the sentence being read: the old value is an earlier one (never held
// against other statements); the new one the fact's value now.
void Auditor::revise(std::size_t old_at, std::size_t new_at) {
  StringPool& pool = store_.pool();
  auto set_role = [&](std::size_t k, const char* role) {
    Claim& c = sentence_claims_[k];
    std::uint32_t id = sentence_ids_[k];
    c.role = role;
    sentence_rests_[k].role = pool.intern(role);
    store_[id].rest = rest_id(sentence_rests_[k]);
    store_.set_frame(id, frame::frame_label(c));
    classify(id, c, slot_wording(k));
  };
  set_role(old_at, kRoleEarlier);
  const Claim& now = sentence_claims_[new_at];
  // "from 157,000 to 133,000" read the new value as the start of a change; a forecast
  // revised stays a forecast ("could climb to 14% compared to a previous estimate of 12%").
  if (now.role == kRoleEarlier) set_role(new_at, now.change != Change::none ? kRoleChange : kRoleCurrent);
  std::uint32_t old_id = sentence_ids_[old_at], new_id = sentence_ids_[new_at];
  revised_from_[new_id] = std::string(store_.text(old_id));
  revisions_.push_back({Status::revised, explain_revised(store_.text(old_id), store_.text(new_id), new_id, store_),
                        std::string(store_.subject(new_id)),
                        {std::min(old_id, new_id), std::max(old_id, new_id)}});
}

void Auditor::end_sentence() {
  if (!sentence_claims_.empty()) {
    std::vector<SentenceFigure> figs;
    for (std::size_t i = 0; i < sentence_claims_.size(); ++i) figs.push_back({&sentence_claims_[i], sentence_ids_[i]});
    for (ArithmeticIssue& issue : check_sentence(figs, *rules_)) arithmetic_.push_back(std::move(issue));
    if (tables_)
      for (const RevisionPair& p : find_revisions(figs, *rules_->lexicon, *tables_->cues)) revise(p.old_value, p.new_value);
  }
  sentence_claims_.clear();
  sentence_ids_.clear();
  sentence_rests_.clear();
}

}  // namespace factsheet::audit
