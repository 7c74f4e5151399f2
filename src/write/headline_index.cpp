#include "write/headline_index.hpp"

#include <algorithm>
#include <functional>
#include <stdexcept>

#include "write/headline_packing.hpp"
#include "write/json_text.hpp"
#include "text/chars.hpp"

namespace factsheet::write {
namespace {

void append_number(std::string& key, const std::optional<double>& v) {
  key += '|';
  if (v) key += format_number(*v);
}

std::string figure_key(const FigureFields& f) {
  std::string key(to_string(f.kind));
  append_number(key, f.value);
  append_number(key, f.low);
  append_number(key, f.high);
  append_number(key, f.part);
  append_number(key, f.whole);
  key += '|';
  key += f.unit;
  key += '|';
  key += to_string(f.qualifier);
  key += '|';
  key += to_string(f.change);
  return key;
}

// Subject and time keys as HeadlineIndex::key_id()s: 0 is unknown, which agrees with any.
bool agrees(std::uint32_t a, std::uint32_t b) { return a == 0 || b == 0 || a == b; }

}  // namespace

Mention Mention::of(const Claim& c, std::uint32_t source) {
  auto small = [](const std::optional<int>& v) { return v && *v > 0 ? static_cast<std::uint32_t>(*v) : 0u; };
  return Mention{source, c.start, small(c.line), small(c.column)};
}

bool is_partitive_count(const Claim& c) {
  if (c.kind != Kind::count || !c.unit || c.unit->empty()) return false;
  // The noun is not in the figure's own words ("one", "two"), and "of" follows them.
  std::string text = text::lower_ascii(c.text);
  std::string noun = text::lower_ascii(*c.unit);
  if (text.find(noun.substr(0, std::min<std::size_t>(noun.size(), 4))) != std::string::npos) return false;
  std::size_t at = c.sentence.find(c.text);
  if (at == std::string::npos) return false;
  return text::lower_ascii(std::string_view(c.sentence).substr(at + c.text.size(), 4)) == " of ";
}

std::string normalize_subject(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += text::to_lower(c);
  }
  for (std::string_view article : {"the ", "a ", "an "})
    if (out.rfind(article, 0) == 0) return out.substr(article.size());
  return out;
}

bool is_rank_count(const Claim& c) {
  if (c.kind != Kind::count) return false;
  std::size_t at = c.sentence.find(c.text);
  if (at == std::string::npos) return false;
  std::string before = text::lower_ascii(std::string_view(c.sentence).substr(at >= 12 ? at - 12 : 0, at >= 12 ? 12 : at));
  auto ends_with = [&](std::string_view tail) {
    if (before.size() < tail.size() || before.compare(before.size() - tail.size(), tail.size(), tail) != 0) return false;
    std::size_t word = before.size() - tail.size();
    return word == 0 || before[word - 1] == ' ' || before[word - 1] == '\'' || before[word - 1] == '"';
  };
  if (ends_with("top ")) return !ends_with("to top ");  // "sales to top 500,000": the verb
  return ends_with("no ") || ends_with("no. ") || ends_with("number ");
}

HeadlineIndex::HeadlineIndex(MinorNouns minor_nouns, std::size_t limit)
    : minor_nouns_(std::move(minor_nouns)), limit_(limit) {}

HeadlineVerdict HeadlineIndex::add(const Claim& claim, Mention where, FigurePosition pos) {
  if (!adding_) throw std::logic_error("HeadlineIndex::add after end_adding()");
  last_fact_.reset();
  // The lead: the first sentence of the article, after its headline, that holds a figure.
  bool in_title = claim.title && claim.sentence == *claim.title;
  bool in_lead = false;
  if (!in_title) {
    if (lead_.size() <= where.source) lead_.resize(where.source + 1);
    std::size_t sentence_hash = std::hash<std::string>{}(claim.sentence);
    if (!lead_[where.source]) lead_[where.source] = sentence_hash;
    in_lead = *lead_[where.source] == sentence_hash;
  }
  HeadlineVerdict verdict = headline_verdict(claim, minor_nouns_);
  if (verdict == HeadlineVerdict::not_a_figure) ++not_figures_;
  if (verdict == HeadlineVerdict::minor) ++minor_;
  if (verdict == HeadlineVerdict::restated) ++restated_;
  if (verdict != HeadlineVerdict::listed) return verdict;

  FigureFields figure = FigureFields::of(claim);
  const std::uint32_t subject_key = key_id(claim.subject ? normalize_subject(*claim.subject) : std::string());
  const std::uint32_t time_key = key_id(claim.time.value_or(""));
  std::size_t doc_hash = std::hash<std::string>{}(claim.doc);
  const std::string key = figure_key(figure);
  const std::uint64_t key_hash = std::hash<std::string>{}(key);
  auto chain = by_figure_.find(key_hash);
  for (std::uint32_t id = chain == by_figure_.end() ? kEnd : chain->second.first; id != kEnd; id = next_figure_[id]) {
    if (!agrees(subject_keys_[id], subject_key) || !agrees(time_keys_[id], time_key)) continue;
    HeadlineFact fact = unpack_fact(packed_[id]);
    if (figure_key(fact.figure) != key) continue;  // another figure of the same hash
    // Without a subject on either side, only the same document says it is the same fact
    // (Time Warner's "three months" is not Japan's).
    if ((subject_key == 0 || subject_keys_[id] == 0) && fact.doc_hash != doc_hash) continue;
    if (subject_keys_[id] == 0 && subject_key != 0) {
      subject_keys_[id] = subject_key;
      fact.subject = claim.subject;
    }
    if (time_keys_[id] == 0 && time_key != 0) {
      time_keys_[id] = time_key;
      fact.time = claim.time;
    }
    ++fact.mentions;
    if (fact.places.size() < kMaxPlaces) fact.places.push_back(where);
    if (fact.sources.size() < kMaxPlaces &&
        std::find(fact.sources.begin(), fact.sources.end(), where.source) == fact.sources.end())
      fact.sources.push_back(where.source);
    if (!fact.attribution) fact.attribution = claim.attribution;
    fact.in_title = fact.in_title || in_title;
    fact.in_lead = fact.in_lead || in_lead;
    repack(id, fact);
    last_fact_ = id;
    return verdict;
  }
  if (packed_.size() >= limit_) {
    ++unlisted_;
    return verdict;
  }
  const auto id = static_cast<std::uint32_t>(packed_.size());
  next_figure_.push_back(kEnd);
  if (chain == by_figure_.end()) {
    by_figure_.emplace(key_hash, std::pair{id, id});
  } else {
    next_figure_[chain->second.second] = id;
    chain->second.second = id;
  }
  HeadlineFact fact;
  fact.figure = std::move(figure);
  fact.subject = claim.subject;
  fact.time = claim.time;
  fact.mentions = 1;
  fact.places.push_back(where);
  fact.first = pos;
  fact.text = claim.text;
  fact.attribution = claim.attribution;
  fact.in_title = in_title;
  fact.in_lead = in_lead;
  fact.partitive = is_partitive_count(claim);
  fact.rank = is_rank_count(claim);
  fact.sources.push_back(where.source);
  fact.doc_hash = doc_hash;
  last_fact_ = id;
  packed_.emplace_back();
  repack(id, fact);
  subject_keys_.push_back(subject_key);
  time_keys_.push_back(time_key);
  return verdict;
}

std::string_view to_string(FactCheck check) {
  switch (check) {
    case FactCheck::repeated: return "repeated";
    case FactCheck::vague: return "vague";
    case FactCheck::corroborated: return "corroborated";
    case FactCheck::revised: return "revised";
    case FactCheck::conflict: return "conflict";
    case FactCheck::none: break;
  }
  return "";
}

void HeadlineIndex::mark(std::uint32_t id, FactCheck check) {
  if (id >= packed_.size()) return;
  HeadlineFact fact = unpack_fact(packed_[id]);
  if (check <= fact.check) return;
  fact.check = check;
  repack(id, fact);
}

void HeadlineIndex::repack(std::uint32_t id, const HeadlineFact& fact) {
  std::string& bytes = packed_[id];
  bytes.clear();
  pack_fact(bytes, fact);
  bytes.shrink_to_fit();  // appending left it room for as much again
  if (id < facts_.size()) facts_[id] = fact;  // unpacked before
}

std::uint32_t HeadlineIndex::key_id(std::string key) {
  if (key.empty()) return 0;
  return key_ids_.try_emplace(std::move(key), static_cast<std::uint32_t>(key_ids_.size() + 1)).first->second;
}

HeadlineFact HeadlineIndex::fact(std::uint32_t id) const { return unpack_fact(packed_.at(id)); }

const std::deque<HeadlineFact>& HeadlineIndex::facts() const {
  // Facts added since the last call; those before are kept current by repack().
  for (std::size_t id = facts_.size(); id < packed_.size(); ++id) facts_.push_back(unpack_fact(packed_[id]));
  return facts_;
}

void HeadlineIndex::end_adding() {
  by_figure_ = {};
  std::deque<std::uint32_t>().swap(next_figure_);
  std::deque<std::uint32_t>().swap(subject_keys_);
  std::deque<std::uint32_t>().swap(time_keys_);
  key_ids_ = {};
  lead_ = {};
  adding_ = false;
}

}  // namespace factsheet::write
