// The indexes a writer's closing sheets are made from (headline facts, the audit), filled
// claim by claim: on the writing thread, or on a thread of their own beside it when the
// run has two cores or more (the indexes, and so the output, are the same either way).
#pragma once
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>

#include "claim/claim.hpp"
#include "write/background_queue.hpp"
#include "write/headline_index.hpp"

namespace factsheet::write {

class ClaimIndexer {
 public:
  // Adds claim `index`, at `pos`, from Sources row `source`, to the writer's indexes.
  using Index = std::function<void(const Claim& claim, std::uint64_t index, FigurePosition pos, std::uint32_t source)>;

  ClaimIndexer(Index index, bool own_thread) : index_(std::move(index)) {
    if (own_thread)
      queue_ = std::make_unique<BackgroundQueue<Queued>>([this](Queued& q) { index_(q.claim, q.index, q.pos, q.source); });
  }
  ClaimIndexer(const ClaimIndexer&) = delete;  // its thread holds `this`
  ClaimIndexer& operator=(const ClaimIndexer&) = delete;

  void add(const Claim& claim, std::uint64_t index, FigurePosition pos, std::uint32_t source) {
    if (queue_) queue_->push({claim, index, pos, source});
    else index_(claim, index, pos, source);
  }

  // Returns once every claim added is indexed; rethrows a failure of the indexing thread.
  void finish() {
    if (!queue_) return;
    queue_->finish();
    queue_.reset();
  }

 private:
  struct Queued {
    Claim claim;
    std::uint64_t index;
    FigurePosition pos;
    std::uint32_t source;
  };
  Index index_;
  std::unique_ptr<BackgroundQueue<Queued>> queue_;  // null: indexed on the calling thread
};

}  // namespace factsheet::write
