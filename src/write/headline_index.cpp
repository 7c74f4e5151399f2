#include "write/headline_index.hpp"

#include "write/json_text.hpp"

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

bool agrees(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

}  // namespace

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
    out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  for (std::string_view article : {"the ", "a ", "an "})
    if (out.rfind(article, 0) == 0) return out.substr(article.size());
  return out;
}

HeadlineIndex::HeadlineIndex(MinorNouns minor_nouns, std::size_t limit)
    : minor_nouns_(std::move(minor_nouns)), limit_(limit) {}

HeadlineVerdict HeadlineIndex::add(const Claim& claim, Mention where, FigurePosition pos) {
  HeadlineVerdict verdict = headline_verdict(claim, minor_nouns_);
  if (verdict == HeadlineVerdict::not_a_figure) ++not_figures_;
  if (verdict == HeadlineVerdict::minor) ++minor_;
  if (verdict != HeadlineVerdict::listed) return verdict;

  FigureFields figure = FigureFields::of(claim);
  std::string subject = claim.subject ? normalize_subject(*claim.subject) : std::string();
  std::string time = claim.time.value_or("");
  std::vector<std::uint32_t>& candidates = by_figure_[figure_key(figure)];
  for (std::uint32_t id : candidates) {
    if (!agrees(subject_keys_[id], subject) || !agrees(time_keys_[id], time)) continue;
    HeadlineFact& fact = facts_[id];
    if (subject_keys_[id].empty() && !subject.empty()) {
      subject_keys_[id] = subject;
      fact.subject = claim.subject;
    }
    if (time_keys_[id].empty() && !time.empty()) {
      time_keys_[id] = time;
      fact.time = claim.time;
    }
    ++fact.mentions;
    if (fact.places.size() < kMaxPlaces) fact.places.push_back(where);
    return verdict;
  }
  if (facts_.size() >= limit_) {
    ++unlisted_;
    if (candidates.empty()) by_figure_.erase(figure_key(figure));
    return verdict;
  }
  candidates.push_back(static_cast<std::uint32_t>(facts_.size()));
  HeadlineFact fact;
  fact.figure = std::move(figure);
  fact.subject = claim.subject;
  fact.time = claim.time;
  fact.mentions = 1;
  fact.places.push_back(where);
  fact.first = pos;
  facts_.push_back(std::move(fact));
  subject_keys_.push_back(std::move(subject));
  time_keys_.push_back(std::move(time));
  return verdict;
}

}  // namespace factsheet::write
