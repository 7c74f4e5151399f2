#include "audit/subject_classes.hpp"

#include <algorithm>
#include <cmath>

#include "audit/subject_words.hpp"

namespace factsheet::audit {
namespace {

struct Link {
  std::uint32_t a = 0, b = 0;
  double similarity = 0;
};

std::uint64_t pair_key(std::uint32_t high, std::uint32_t low) { return (std::uint64_t{high} << 32) | low; }

}  // namespace

std::uint32_t SubjectClasses::classify(std::uint32_t bucket, std::uint32_t subject_id, std::string_view subject,
                                       std::string_view unit) {
  std::uint64_t memo = pair_key(bucket, subject_id);
  if (auto it = by_subject_.find(memo); it != by_subject_.end()) return it->second;

  std::vector<std::uint32_t> ids;
  for (const std::string& w : subject_words(subject, unit, rules_)) ids.push_back(words_.intern(w));
  std::uint32_t cls = kNoClass;
  if (!ids.empty()) {
    std::sort(ids.begin(), ids.end());
    std::string key(reinterpret_cast<const char*>(&bucket), sizeof bucket);
    key.append(reinterpret_cast<const char*>(ids.data()), ids.size() * sizeof(std::uint32_t));
    auto [it, added] = by_words_.try_emplace(std::move(key), static_cast<std::uint32_t>(classes_.size()));
    if (added) classes_.push_back({bucket, std::move(ids)});
    cls = it->second;
  }
  by_subject_.emplace(memo, cls);
  return cls;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> SubjectClasses::links() const {
  // Words in a fixed order, rarest first, for the prefixes.
  std::vector<std::uint32_t> frequency;
  for (const Class& c : classes_)
    for (std::uint32_t w : c.words) {
      if (w >= frequency.size()) frequency.resize(w + 1, 0);
      ++frequency[w];
    }
  auto rarer = [&](std::uint32_t x, std::uint32_t y) {
    return frequency[x] != frequency[y] ? frequency[x] < frequency[y] : x < y;
  };

  // Each class keeps its kMaxLinks most similar links (ties: the one found first); a link
  // stays when both ends keep it. The lists are kept while scanning, so memory and time
  // follow the number of classes, not the number of similar pairs.
  std::vector<Link> found;
  std::vector<std::vector<std::uint32_t>> best(classes_.size());  // per class, best first
  auto better = [&](std::uint32_t x, std::uint32_t y) {
    return found[x].similarity != found[y].similarity ? found[x].similarity > found[y].similarity : x < y;
  };
  auto offer = [&](std::vector<std::uint32_t>& list, std::uint32_t link) {
    if (list.size() == kMaxLinks && !better(link, list.back())) return false;
    if (list.size() == kMaxLinks) list.pop_back();
    list.insert(std::upper_bound(list.begin(), list.end(), link, better), link);
    return true;
  };

  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> index;  // bucket, word -> classes
  std::vector<std::uint32_t> seen(classes_.size(), UINT32_MAX);
  for (std::uint32_t a = 0; a < classes_.size(); ++a) {
    const Class& ca = classes_[a];
    std::vector<std::uint32_t> ordered = ca.words;
    std::sort(ordered.begin(), ordered.end(), rarer);
    std::size_t n = ordered.size();
    std::size_t prefix = n - static_cast<std::size_t>(std::ceil(kSubjectSimilarity * static_cast<double>(n))) + 1;
    ordered.resize(std::min(prefix, n));
    for (std::uint32_t w : ordered) {
      std::vector<std::uint32_t>& list = index[pair_key(ca.bucket, w)];
      std::size_t from = list.size() > kMaxScan ? list.size() - kMaxScan : 0;
      for (std::size_t i = from; i < list.size(); ++i) {
        std::uint32_t b = list[i];
        if (seen[b] == a) continue;
        seen[b] = a;
        double sim = jaccard(ca.words, classes_[b].words);
        if (sim < kSubjectSimilarity) continue;
        auto link = static_cast<std::uint32_t>(found.size());
        found.push_back({b, a, sim});
        bool kept_by_b = offer(best[b], link);
        bool kept_by_a = offer(best[a], link);
        if (!kept_by_a && !kept_by_b) found.pop_back();  // neither end wants it: forget it
      }
      list.push_back(a);
    }
  }

  std::vector<std::uint8_t> kept_by(found.size(), 0);
  for (const std::vector<std::uint32_t>& list : best)
    for (std::uint32_t link : list) ++kept_by[link];
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (std::size_t i = 0; i < found.size(); ++i)
    if (kept_by[i] == 2) out.emplace_back(found[i].a, found[i].b);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace factsheet::audit
