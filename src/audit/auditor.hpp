// The audit: cross-checks the figures of a run, across its articles and documents.
//
// Claims are added one by one, in the order of the run (each document's claims in text
// order), from an extraction or from claim files of earlier runs; finish() returns the
// findings. Taking part are the claims that measure something: not dates, years, clock
// times, ordinals, fixed names (kind other), minor discourse counts ("the two sides";
// claim/figure_rules.hpp) or durations written as one hyphenated word ("a 10-year
// plan"), and only those with a number.
//
// Two figures state the same fact when they have the same kind, unit (or SI unit) and
// change, and the same frame (frame/frame.hpp): entity, measure, scope, role, and a period
// that fits (an unknown one fits any). A figure without a measure cannot be grouped: it
// takes part in the sentence checks and the unsourced count only. Statements alike are
// `corroborated` when two independent statements make them (copies.hpp tells copies
// apart) and `repeated` when only copies do. To be held against each other as a conflict,
// or as vague, two figures need the whole frame alike, a period stated by both (or one
// article), and an entity the sentence names. Values are compared as intervals
// (figure_value.hpp, comparison.hpp); the sentence checks are in arithmetic.hpp.
//
// Memory: 40 bytes per figure that takes part (figure_store.hpp), 20 for its classes when it
// has an entity, 4 a shingle (and word) of its sentence (copies.hpp; a count's sentence
// also keeps its content words, context_words.hpp): about 60 bytes a figure of a short
// sentence. About 16 more in finish() (comparison.hpp), plus the claims of the sentence being
// read. A spill file that fails throws io::SpillError. Time: O(n log n), the
// comparisons of very frequent frames and periods being bounded (comparison.hpp).
#pragma once
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "audit/arithmetic.hpp"
#include "audit/context_words.hpp"
#include "audit/copies.hpp"
#include "audit/figure_store.hpp"
#include "audit/finding.hpp"
#include "audit/rules.hpp"
#include "claim/claim.hpp"

namespace factsheet::frame {
struct FrameTables;
}

namespace factsheet::audit {

struct AuditCounts {
  std::size_t claims = 0;     // claims added
  std::size_t figures = 0;    // of them, figures that take part
  std::size_t ungrouped = 0;  // figures without a measure to group them by
  std::size_t copied_articles = 0;  // articles that copy another one
};

class Auditor {
 public:
  // `spill_dir`: where the figures' notes go past their first 256 KiB (figure_store.hpp); empty:
  // the system's temporary directory.
  explicit Auditor(std::shared_ptr<const AuditRules> rules, const std::string& spill_dir = "");
  ~Auditor();
  Auditor(const Auditor&) = delete;
  Auditor& operator=(const Auditor&) = delete;

  // The figure id when the claim takes part; `ref` is the caller's handle for it
  // (FigureView::ref), e.g. the claim's row.
  std::optional<std::uint32_t> add(const Claim& claim, std::uint64_t ref);

  // The findings, by status (conflict, arithmetic, corroborated, vague, unsourced) and
  // then by their first figure. Call once, after the last add().
  std::vector<Finding> finish();

  FigureView figure(std::uint32_t id) const { return store_.view(id); }
  // The figure's `ref` alone, without reading its text.
  std::uint64_t figure_ref(std::uint32_t id) const { return store_.ref(id); }
  const AuditCounts& counts() const { return counts_; }

 private:
  void end_sentence();
  void classify(std::uint32_t id, const Claim& claim, std::uint64_t wording);
  void revise(std::size_t old_at, std::size_t new_at);
  std::uint32_t bucket(const Claim& claim, bool change_measure);

  // A figure's frame but for its entity and period, as ids: its bucket (kind, unit and
  // change), measure, scope and role. Statements alike share all of it, so a figure keeps
  // one id for it (StoredFigure::rest), 0 when it has no measure.
  struct Rest {
    std::uint32_t bucket = 0, measure = 0, scope = 0, role = 0;
    bool operator==(const Rest&) const = default;
  };
  struct RestHash {
    std::size_t operator()(const Rest& r) const;
  };
  std::uint32_t rest_id(const Rest& rest);

  std::uint32_t frame_class(std::string key);
  std::vector<Finding> statements_alike(UnionFind& same);
  bool share_context(const std::vector<std::vector<std::uint32_t>>& statements) const;

  std::shared_ptr<const AuditRules> rules_;
  FigureStore store_;
  CopyIndex copies_;
  ContextWords context_words_;
  std::unordered_map<std::string, std::uint32_t> buckets_;
  std::unordered_map<std::string, std::uint32_t> classes_;  // frame key -> class
  std::unordered_map<Rest, std::uint32_t, RestHash> rests_;  // ids from 1
  std::vector<std::uint32_t> rest_measures_{0};               // per rest id: its measure
  // A figure compared in a class besides its subject's: held against others (the whole
  // frame, a period stated), or against copies of its sentence (its wording: the sentence
  // without its numbers, and its slot there). 20 bytes, kept only for such figures: both
  // classes need an entity and a measure.
  struct ClassedFigure {
    std::uint32_t id = 0, conflict = kNoClass, copy = kNoClass;
    std::uint32_t wording_low = 0, wording_high = 0;  // two halves, so that no padding is added
    std::uint64_t wording() const { return std::uint64_t{wording_high} << 32 | wording_low; }
  };
  std::deque<ClassedFigure> classed_;  // by id
  std::uint64_t wording_of(std::uint32_t id) const;
  // The wording of the sentence being read, for its figure at `slot`.
  std::uint64_t slot_wording(std::size_t slot) const;
  std::uint64_t wording_ = 0;                                // of the sentence being read
  const frame::FrameTables* tables_ = nullptr;               // the lexicon's frame tables
  AuditCounts counts_;

  // The sentence being read: its claims that take part, for the arithmetic checks.
  std::string doc_, sentence_;
  std::size_t sentence_start_ = 0, last_start_ = 0;
  std::uint32_t sentence_number_ = 0;
  std::vector<Claim> sentence_claims_;
  std::vector<std::uint32_t> sentence_ids_;
  std::vector<Rest> sentence_rests_;  // of sentence_ids_, for a revision of their roles
  std::vector<ArithmeticIssue> arithmetic_;
  std::vector<Finding> revisions_;  // revisions stated in one sentence (revision.hpp)
  std::unordered_map<std::uint32_t, std::string> revised_from_;  // new value's figure -> old text
  bool finished_ = false;
};

}  // namespace factsheet::audit
