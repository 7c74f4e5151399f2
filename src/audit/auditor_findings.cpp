// What the audit finds once every figure is read: classes of statements alike, held
// against each other and copied, and the findings of each (auditor.hpp).
#include "audit/auditor.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "audit/comparison.hpp"
#include "audit/explain.hpp"
#include "audit/frame_keys.hpp"
#include "text/chars.hpp"

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

// Adds figure `id` to the members of its class `c`, if it has one.
void add_member(Groups& members, std::uint32_t id, std::uint32_t c) {
  if (c != kNoClass) members[c].push_back(id);
}

// One figure per distinct value of a group (the number as stated, with its rounding and
// qualifier), smallest first.
std::vector<std::uint32_t> distinct_values(const std::vector<std::uint32_t>& group, const FigureStore& store) {
  std::vector<std::uint32_t> values;
  std::unordered_set<std::string> seen;
  for (std::uint32_t id : group) {
    const StatedFigure a = store[id].stated();
    std::string key(reinterpret_cast<const char*>(&a.low), sizeof a.low);
    key.append(reinterpret_cast<const char*>(&a.high), sizeof a.high);
    key += static_cast<char>(a.low_step);
    key += static_cast<char>(a.high_step);
    key += static_cast<char>(a.range);
    key += static_cast<char>(a.qualifier);
    if (seen.insert(std::move(key)).second) values.push_back(id);
  }
  std::stable_sort(values.begin(), values.end(), [&](std::uint32_t a, std::uint32_t b) {
    return figure_value(store[a].stated()).center < figure_value(store[b].stated()).center;
  });
  return values;
}

// A same-figure set in an article, as one number.
std::uint64_t place_key(std::uint32_t root, std::uint32_t place) { return std::uint64_t{root} << 32 | place; }

// "millions of people", "thousands of jobs": an order of magnitude in words names no figure,
// so two of them are no evidence of one fact (copies of one are still `repeated`).
bool order_of_magnitude(const StoredFigure& f, std::string_view text) {
  return f.range() && f.low > 0 && f.high == 10 * f.low &&
         std::none_of(text.begin(), text.end(), [](char ch) { return text::is_digit(ch); });
}

}  // namespace

// Whether two of the statements (their first figures) stand in sentences that share a word
// besides the figures' own words and their measure: the same number of "people" in two
// stories is one fact only if the stories say something alike about them.
bool Auditor::share_context(const std::vector<std::vector<std::uint32_t>>& statements) const {
  // Bounds on the pairs looked at: statements, and figures of each (a statement is often a
  // headline and its article's sentence).
  constexpr std::size_t kMaxCompared = 16, kMaxFigures = 4;
  auto alike = [&](std::uint32_t a, std::uint32_t b) {
    std::string own = store_.text(a), other = store_.text(b);
    for (std::string_view w : {std::string_view(other), store_.string(rest_measures_[store_[a].rest]),
                               store_.string(rest_measures_[store_[b].rest])}) {
      own += ' ';
      own += w;
    }
    return context_words_.share(store_[a].sentence, store_[b].sentence, word_hashes(own));
  };
  std::size_t n = std::min(statements.size(), kMaxCompared);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      for (std::size_t fi = 0; fi < std::min(statements[i].size(), kMaxFigures); ++fi)
        for (std::size_t fj = 0; fj < std::min(statements[j].size(), kMaxFigures); ++fj)
          if (alike(statements[i][fi], statements[j][fj])) return true;
  return false;
}

// Groups of figures that state one value for one frame: `corroborated` when two or more
// independent statements make it (not copies of each other, in different articles) and
// the entity is known; otherwise each set of copies that spans two or more articles is
// `repeated`.
std::vector<Finding> Auditor::statements_alike(UnionFind& same) {
  std::vector<Finding> out;
  const std::size_t n = store_.size();
  auto grouped = [&](std::uint32_t id) { return store_[id].rest != 0; };
  for (std::vector<std::uint32_t>& g : groups_of(same, n, grouped)) {
    std::unordered_set<std::uint64_t> places;
    for (std::uint32_t id : g) places.insert(article_key(store_[id]));
    if (places.size() < 2) continue;
    // Statements: figures of one article, or copies of each other, are one statement.
    // Each figure is compared with the first figure of each statement so far (at most
    // kMaxStatements of them).
    constexpr std::size_t kMaxStatements = 64;
    UnionFind statements(g.size());
    std::vector<std::size_t> heads;
    for (std::size_t i = 0; i < g.size(); ++i) {
      const StoredFigure& a = store_[g[i]];
      for (std::size_t h : heads) {
        const StoredFigure& b = store_[g[h]];
        if (article_key(a) == article_key(b) || copies_.copies(a.sentence, article_key(a), b.sentence, article_key(b))) {
          statements.unite(static_cast<std::uint32_t>(h), static_cast<std::uint32_t>(i));
          break;
        }
      }
      if (statements.find(static_cast<std::uint32_t>(i)) == i && heads.size() < kMaxStatements) heads.push_back(i);
    }
    std::vector<std::vector<std::uint32_t>> sets;
    std::unordered_map<std::uint32_t, std::size_t> slot;
    for (std::size_t i = 0; i < g.size(); ++i) {
      auto [it, added] = slot.try_emplace(statements.find(static_cast<std::uint32_t>(i)), sets.size());
      if (added) sets.emplace_back();
      sets[it->second].push_back(g[i]);
    }
    // Two independent statements that each name the entity. A count's measure is the noun
    // counted, which says who or what but not what was done ("20,000 people" attended a
    // concert, or lost their jobs): their sentences must say more alike than the figure.
    std::size_t named = 0;
    for (const std::vector<std::uint32_t>& set : sets)
      if (std::any_of(set.begin(), set.end(), [&](std::uint32_t id) { return store_[id].entity != 0; })) ++named;
    if (named >= 2 && !order_of_magnitude(store_[g.front()], store_.text(g.front())) &&
        (store_[g.front()].kind() != Kind::count || share_context(sets))) {
      std::string text = explain_corroborated(g, sets.size(), store_);
      out.push_back({Status::corroborated, std::move(text), std::string(store_.subject(g.front())),
                     std::move(g)});
      continue;
    }
    for (std::vector<std::uint32_t>& set : sets) {
      std::unordered_set<std::uint64_t> in;
      for (std::uint32_t id : set) in.insert(article_key(store_[id]));
      if (in.size() < 2) continue;
      std::string text = explain_repeated(set, store_);
      out.push_back({Status::repeated, std::move(text), std::string(store_.subject(set.front())),
                     std::move(set)});
    }
  }
  return out;
}

std::vector<Finding> Auditor::finish() {
  std::vector<Finding> findings;
  if (finished_) return findings;
  finished_ = true;
  end_sentence();
  copies_.finish();
  counts_.copied_articles = copies_.copied_articles();
  const std::size_t n = store_.size();

  // Classes of statements alike: kind, unit, change, measure, scope, role and entity. A
  // figure without an entity takes the one entity its other parts are stated with
  // elsewhere, when its scope or period makes it specific ("bilateral trade, 2023").
  std::vector<std::array<std::uint32_t, 2>> entities(rest_measures_.size(), {0, 0});  // per rest: the first two
  for (std::uint32_t id = 0; id < n; ++id) {
    const StoredFigure& f = store_[id];
    if (f.rest == 0 || f.entity == 0) continue;
    std::array<std::uint32_t, 2>& e = entities[f.rest];
    if (e[0] == 0) e[0] = f.entity;
    else if (e[1] == 0 && e[0] != f.entity) e[1] = f.entity;
  }
  // The figures of each class, in id order; one kind of class at a time, each made when it
  // is compared.
  // Statements alike are compared by their periods (they fit, an unknown one fits any); a
  // conflict class holds one period, so its figures are compared as of one time.
  Partitions parts(n, false);  // only its same-figure sets are read
  {
    Groups alike;
    for (std::uint32_t id = 0; id < n; ++id) {
      const StoredFigure& f = store_[id];
      if (f.rest == 0) continue;
      std::uint32_t entity = f.entity;
      const std::array<std::uint32_t, 2>& e = entities[f.rest];
      if (entity == 0 && f.scoped() && e[0] != 0 && e[1] == 0) entity = e[0];
      std::string key;
      for (std::uint32_t part : {f.rest, entity}) append_key(key, part);
      // A period not anchored in time ("last year" without the article's date, "the
      // quarter") may be another one in another article: such statements are compared
      // within their article only, so they never corroborate across articles.
      if (f.period != 0 && !anchored(store_.string(f.period))) append_key(key, f.place);
      std::uint32_t c = frame_class("a" + key);
      if (c >= alike.size()) alike.resize(c + std::size_t{1});
      alike[c].push_back(id);
    }
    entities = {};
    for (const std::vector<std::uint32_t>& m : alike) compare_figures(m, store_, true, parts);
  }
  Partitions held;  // its `same` is only the comparison's own
  {
    Groups against(classes_.size());
    for (const ClassedFigure& f : classed_) add_member(against, f.id, f.conflict);
    for (const std::vector<std::uint32_t>& m : against) compare_figures(m, store_, false, held);
  }
  // Copies of one sentence (one wording but for the figures, in articles that copy each
  // other or sentences that are near-duplicates) that state one frame with other values.
  Partitions copied;
  {
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_wording;
    Groups copy_members(classes_.size());
    for (const ClassedFigure& f : classed_) add_member(copy_members, f.id, f.copy);
    for (std::uint32_t c = 0; c < copy_members.size(); ++c) {
      if (copy_members[c].size() < 2) continue;
      by_wording.clear();
      for (std::uint32_t id : copy_members[c]) by_wording[wording_of(id)].push_back(id);
      for (auto& [wording, ids] : by_wording) {
        if (ids.size() < 2) continue;
        // Each figure is checked against the first figure of each other article (at
        // most kMaxArticles of them), so a wording stated in many places costs linear work.
        constexpr std::size_t kMaxArticles = 64;
        std::vector<std::uint32_t> heads, kept;
        for (std::uint32_t id : ids)
          if (heads.size() < kMaxArticles && std::none_of(heads.begin(), heads.end(), [&](std::uint32_t h) {
                return article_key(store_[h]) == article_key(store_[id]);
              }))
            heads.push_back(id);
        if (heads.size() < 2) continue;
        // Near-duplicate sentences are tested against one other article's only: the
        // wording is the same, so the sentences differ in their figures alike.
        for (std::uint32_t a : ids) {
          const std::uint64_t art = article_key(store_[a]);
          bool copy = false;
          for (std::uint32_t b : heads) copy = copy || copies_.articles_copy(art, article_key(store_[b]));
          std::uint32_t other = article_key(store_[heads[0]]) != art ? heads[0] : heads[1];
          if (copy || copies_.sentences_copy(store_[a].sentence, store_[other].sentence, false)) kept.push_back(a);
        }
        std::sort(kept.begin(), kept.end());
        compare_figures(kept, store_, false, copied);
      }
    }
  }

  std::vector<std::vector<std::uint32_t>> conflicts = maximal_sets(std::move(held.conflicts));
  std::vector<std::vector<std::uint32_t>> copy_conflicts = maximal_sets(std::move(copied.conflicts));
  for (std::vector<std::uint32_t>& g : copy_conflicts) {
    bool inside = std::any_of(conflicts.begin(), conflicts.end(), [&](const std::vector<std::uint32_t>& h) {
      return std::includes(h.begin(), h.end(), g.begin(), g.end());
    });
    if (!inside) conflicts.push_back(std::move(g));
  }
  // Figures of a count held against each other must say something alike (share_context):
  // each figure its own statement here.
  auto counts_alike = [&](const std::vector<std::uint32_t>& g) {
    if (store_[g.front()].kind() != Kind::count) return true;
    std::vector<std::vector<std::uint32_t>> each;
    for (std::uint32_t id : g) each.push_back({id});
    return share_context(each);
  };
  for (std::vector<std::uint32_t>& g : conflicts) {
    if (!counts_alike(g)) continue;
    // Why the figures were held against each other.
    ConflictSource source = ConflictSource::independent;
    bool one_article = std::all_of(g.begin(), g.end(), [&](std::uint32_t id) {
      return article_key(store_[id]) == article_key(store_[g.front()]);
    });
    if (one_article) source = ConflictSource::one_article;
    // Copies: two articles state it in one wording (the first figure of each wording
    // tells, so this is linear in the figures).
    std::unordered_map<std::uint64_t, std::uint32_t> first;  // wording -> its first figure
    for (std::uint32_t id : g) {
      if (one_article) break;
      auto [it, added] = first.try_emplace(wording_of(id), id);
      const StoredFigure& a = store_[it->second];
      const StoredFigure& b = store_[id];
      if (!added && article_key(a) != article_key(b) &&
          (copies_.articles_copy(article_key(a), article_key(b)) || copies_.sentences_copy(a.sentence, b.sentence, false)))
        source = ConflictSource::copies;
    }
    std::string text = explain_conflict(g, distinct_values(g, store_), store_, source);
    // A value that revises another: the other story may give the value before the revision.
    for (std::uint32_t id : g)
      if (auto it = revised_from_.find(id); it != revised_from_.end())
        text += "; " + store_.place(id) + " gives " + quote_text(store_.text(id)) + " as a revision of " +
                quote_text(it->second);
    findings.push_back({Status::conflict, std::move(text), std::string(store_.subject(g.front())),
                        std::move(g)});
  }
  for (ArithmeticIssue& a : arithmetic_)
    findings.push_back({Status::arithmetic, std::move(a.explanation), std::move(a.subject), std::move(a.figures)});
  for (Finding& r : revisions_) findings.push_back(std::move(r));
  for (Finding& f : statements_alike(parts.same)) findings.push_back(std::move(f));
  for (std::vector<std::uint32_t>& g : maximal_sets(std::move(held.vague))) {
    if (!counts_alike(g)) continue;
    std::string text = explain_vague(g, distinct_values(g, store_), store_);
    findings.push_back({Status::vague, std::move(text), std::string(store_.subject(g.front())),
                        std::move(g)});
  }

  // Unsourced: per article, the figures without attribution, unless the same figure is
  // attributed elsewhere in that article.
  std::unordered_set<std::uint64_t> attributed;
  for (std::uint32_t id = 0; id < n; ++id)
    if (store_[id].attributed()) attributed.insert(place_key(parts.same.find(id), store_[id].place));
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
    if (!f.attributed() && !attributed.count(place_key(parts.same.find(id), f.place)))
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
  // Only the comparisons read the sentences' shingles and words.
  copies_ = CopyIndex();
  context_words_.clear();
  return findings;
}

}  // namespace factsheet::audit
