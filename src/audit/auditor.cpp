#include "audit/auditor.hpp"

#include <algorithm>
#include <unordered_set>

#include "audit/comparison.hpp"
#include "audit/explain.hpp"

namespace factsheet::audit {
namespace {

using Groups = std::vector<std::vector<std::uint32_t>>;

// The sets of `parts` with at least two members, each in id order, in order of their
// first member. `member` picks the figures that may take part.
template <class Member>
Groups groups_of(UnionFind& parts, std::size_t n, Member member) {
  std::vector<std::uint32_t> size(n, 0);
  for (std::uint32_t id = 0; id < n; ++id)
    if (member(id)) ++size[parts.find(id)];
  // size[] is reused: a root's slot in `out`, once its group has one.
  constexpr std::uint32_t kAlone = UINT32_MAX - 1, kNew = UINT32_MAX;
  for (std::uint32_t& s : size) s = s < 2 ? kAlone : kNew;
  Groups out;
  for (std::uint32_t id = 0; id < n; ++id) {
    if (!member(id)) continue;
    std::uint32_t root = parts.find(id);
    if (size[root] == kAlone) continue;
    if (size[root] == kNew) {
      size[root] = static_cast<std::uint32_t>(out.size());
      out.emplace_back();
    }
    out[size[root]].push_back(id);
  }
  return out;
}

// One figure per distinct value of a group (by the same-figure sets), smallest first.
std::vector<std::uint32_t> distinct_values(const std::vector<std::uint32_t>& group, UnionFind& same,
                                           const FigureStore& store) {
  std::vector<std::uint32_t> values;
  std::unordered_set<std::uint32_t> seen;
  for (std::uint32_t id : group)
    if (seen.insert(same.find(id)).second) values.push_back(id);
  std::stable_sort(values.begin(), values.end(), [&](std::uint32_t a, std::uint32_t b) {
    return figure_value(store[a].stated).center < figure_value(store[b].stated).center;
  });
  return values;
}

struct PlaceKey {
  std::uint32_t root, doc;
  std::int32_t article;
  bool operator==(const PlaceKey&) const = default;
};
struct PlaceKeyHash {
  std::size_t operator()(const PlaceKey& k) const {
    return std::hash<std::uint64_t>()((std::uint64_t{k.root} << 32) ^ (std::uint64_t{k.doc} << 16) ^
                                      static_cast<std::uint32_t>(k.article));
  }
};

// "a 10-year plan", "five-year visas": a duration written as one hyphenated word names a
// kind of thing; two plans of different lengths are not a conflict.
bool is_descriptive(const Claim& c) {
  return (c.kind == Kind::duration || c.kind == Kind::age) && c.text.find('-') != std::string::npos &&
         c.text.find(' ') == std::string::npos;
}

std::uint64_t article_key(const StoredFigure& f) {
  return (std::uint64_t{f.doc} << 32) | static_cast<std::uint32_t>(f.article);
}

}  // namespace

Auditor::Auditor(std::shared_ptr<const AuditRules> rules) : rules_(std::move(rules)), classes_(*rules_) {}

Auditor::~Auditor() = default;

std::uint32_t Auditor::bucket(const Claim& c) {
  std::string key(to_string(c.kind));
  key += '|';
  key += c.unit.value_or("");
  key += '|';
  key += to_string(c.change);
  return buckets_.try_emplace(std::move(key), static_cast<std::uint32_t>(buckets_.size())).first->second;
}

std::optional<std::uint32_t> Auditor::add(const Claim& c, std::uint64_t ref) {
  ++counts_.claims;
  // A new sentence: another document or sentence text, or a figure before the last one
  // or past the sentence's length from its first figure (the same sentence said again).
  if (c.doc != doc_ || c.sentence != sentence_ || c.start < last_start_ ||
      c.start - sentence_start_ >= std::max<std::size_t>(c.sentence.size(), 1)) {
    end_sentence();
    ++sentence_number_;
    doc_ = c.doc;
    sentence_ = c.sentence;
    sentence_start_ = c.start;
  }
  last_start_ = c.start;

  if (!is_headline_kind(c.kind) || std::holds_alternative<std::string>(c.value) ||
      is_minor_count(c, rules_->minor_nouns) || is_descriptive(c))
    return std::nullopt;
  std::optional<StatedFigure> stated = stated_figure(c);
  if (!stated) return std::nullopt;

  std::uint32_t id = store_.add(c, ref, *stated);
  StoredFigure& f = store_[id];
  f.sentence = sentence_number_;
  f.bucket = bucket(c);
  if (f.subject != 0) {
    f.subject_class = classes_.classify(f.bucket, f.subject, *c.subject, c.unit.value_or(""));
    if (f.subject_class != kNoClass) f.names = names_.intern(context_names(c, *rules_));
  }
  ++counts_.figures;
  if (f.subject_class == kNoClass) ++counts_.ungrouped;
  sentence_claims_.push_back(c);
  sentence_ids_.push_back(id);
  return id;
}

void Auditor::end_sentence() {
  if (!sentence_claims_.empty()) {
    std::vector<SentenceFigure> figs;
    for (std::size_t i = 0; i < sentence_claims_.size(); ++i) figs.push_back({&sentence_claims_[i], sentence_ids_[i]});
    for (ArithmeticIssue& issue : check_sentence(figs, *rules_)) arithmetic_.push_back(std::move(issue));
  }
  sentence_claims_.clear();
  sentence_ids_.clear();
}

std::vector<Finding> Auditor::finish() {
  std::vector<Finding> findings;
  if (finished_) return findings;
  finished_ = true;
  end_sentence();
  const std::size_t n = store_.size();

  // The figures of each subject class, in id order.
  std::vector<std::vector<std::uint32_t>> members(classes_.size());
  for (std::uint32_t id = 0; id < n; ++id)
    if (store_[id].subject_class != kNoClass) members[store_[id].subject_class].push_back(id);

  Partitions parts(n);
  for (const std::vector<std::uint32_t>& m : members) compare_figures(m, store_, names_, parts);
  for (auto [a, b] : classes_.links()) {
    std::vector<std::uint32_t> both;
    std::merge(members[a].begin(), members[a].end(), members[b].begin(), members[b].end(), std::back_inserter(both));
    compare_figures(both, store_, names_, parts);
  }
  auto grouped = [&](std::uint32_t id) { return store_[id].subject_class != kNoClass; };

  for (std::vector<std::uint32_t>& g : maximal_sets(std::move(parts.conflicts))) {
    std::string text = explain_conflict(g, distinct_values(g, parts.same, store_), store_);
    findings.push_back({Status::conflict, std::move(text), std::string(store_.string(store_[g.front()].subject)),
                        std::move(g)});
  }
  for (ArithmeticIssue& a : arithmetic_)
    findings.push_back({Status::arithmetic, std::move(a.explanation), std::move(a.subject), std::move(a.figures)});
  for (std::vector<std::uint32_t>& g : groups_of(parts.same, n, grouped)) {
    std::unordered_set<std::uint64_t> places;
    for (std::uint32_t id : g) places.insert(article_key(store_[id]));
    if (places.size() < 2) continue;
    std::string text = explain_corroborated(g, store_);
    findings.push_back({Status::corroborated, std::move(text),
                        std::string(store_.string(store_[g.front()].subject)), std::move(g)});
  }
  for (std::vector<std::uint32_t>& g : maximal_sets(std::move(parts.vague))) {
    std::string text = explain_vague(g, distinct_values(g, parts.same, store_), store_);
    findings.push_back({Status::vague, std::move(text), std::string(store_.string(store_[g.front()].subject)),
                        std::move(g)});
  }

  // Unsourced: per article, the figures without attribution, unless the same figure is
  // attributed elsewhere in that article.
  std::unordered_set<PlaceKey, PlaceKeyHash> attributed;
  for (std::uint32_t id = 0; id < n; ++id)
    if (store_[id].attribution != 0)
      attributed.insert({parts.same.find(id), store_[id].doc, store_[id].article});
  std::unordered_map<std::uint64_t, std::size_t> article_slot;
  std::vector<std::vector<std::uint32_t>> unsourced;
  std::vector<std::size_t> totals;
  std::vector<std::uint32_t> firsts;
  for (std::uint32_t id = 0; id < n; ++id) {
    const StoredFigure& f = store_[id];
    auto [it, added] = article_slot.try_emplace(article_key(f), unsourced.size());
    if (added) {
      unsourced.emplace_back();
      totals.push_back(0);
      firsts.push_back(id);
    }
    ++totals[it->second];
    if (f.attribution == 0 && !attributed.count({parts.same.find(id), f.doc, f.article}))
      unsourced[it->second].push_back(id);
  }
  for (std::size_t i = 0; i < unsourced.size(); ++i) {
    if (unsourced[i].empty()) continue;
    std::string text = explain_unsourced(firsts[i], unsourced[i].size(), totals[i], store_);
    findings.push_back({Status::unsourced, std::move(text), std::string(), std::move(unsourced[i])});
  }

  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    if (a.status != b.status) return a.status < b.status;
    return a.figures.front() < b.figures.front();
  });
  return findings;
}

}  // namespace factsheet::audit
