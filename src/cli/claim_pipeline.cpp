#include "cli/claim_pipeline.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "context/dateline.hpp"
#include "context/document_parts.hpp"

namespace factsheet::cli {

// Thrown into a worker's extraction when the run closes (after a write error), so that a
// worker waiting to hand over claims stops.
struct WriteAbandoned {};

namespace {

// Claims leave a worker in batches of at most this many. The document being written holds
// at most kMaxPendingBatches of them before its worker waits for the writer, and one not yet
// next in input order kMaxAheadBatches before its worker waits for the documents before it:
// the claims held at once stay bounded however many a document has. A part of a long text
// (1 MB, about 4,000 claims of news: 8 batches) fits ahead twice, so the worker on the next
// part does not wait for the one before to be written (with 4 batches ahead it did, for half
// of each part: one 100 MB file ran 1.6 times as fast on two workers as on one; with 16,
// 1.85), while a writer that falls behind still holds only 4 batches of the document it
// writes.
constexpr std::size_t kBatchClaims = 512;
constexpr std::size_t kMaxPendingBatches = 4;
constexpr std::size_t kMaxAheadBatches = 16;
// Groups of documents in flight per worker: a worker that finishes ahead of the one writing
// next can go on with another group instead of waiting (2 per worker left 10% of two cores
// idle on a folder of small articles; 4 keeps the peak for a 1 GB file under 50 MB).
constexpr unsigned kGroupsPerWorker = 4;
// Short documents travel to the workers in groups of up to this many bytes or documents:
// handing each article of a folder over on its own cost two context switches per article
// and a fifth more CPU time with two workers than with one.
constexpr std::size_t kGroupBytes = 64 * 1024;
constexpr std::size_t kGroupDocuments = 64;
// Emptied batch buffers kept for reuse (each has room for a batch, some 400 KB of JSON
// Lines): a few, as the writer empties them about as fast as the workers fill them; more
// only kept memory (16 added 6 MB to the peak of a 1 GB text on two workers).
constexpr std::size_t kSpareBuffers = 4;

std::string failure_message(const std::string& doc, const std::exception_ptr& error) {
  try {
    std::rethrow_exception(error);
  } catch (const std::exception& e) {
    return doc + ": extraction failed: " + e.what();
  } catch (...) {
    return doc + ": extraction failed";
  }
}

// Step 2: pure, per document; any thread. Claims go to `sink` as they are found; returns
// the failure message, empty when extraction succeeded. Claims sent before a failure
// stay sent.
// `plan`: for a part of a document read in parts, else null.
using Plan = std::shared_ptr<const context::PartPlan>;

std::string extract_one(const Extractor& extractor, const Document& doc, const Plan& plan,
                        const Extractor::ClaimSink& sink) {
  try {
    if (plan) extractor.extract(doc, plan, sink);
    else extractor.extract(doc, sink);
    return {};
  } catch (const WriteAbandoned&) {
    throw;
  } catch (...) {
    return failure_message(doc.id, std::current_exception());
  }
}

// Workers take groups of (sequence, document) from a bounded queue and leave batches of
// claims in each document's slot; the calling thread reads, and writes the slots strictly
// in input order. At most `window` groups are in flight and each slot holds a bounded
// number of batches, so memory stays flat however long the input or a document.
class ParallelRun {
  struct Job {
    std::size_t seq;
    std::shared_ptr<const Document> doc;
    Plan plan;
  };

 public:
  // `formatter`: a writer that formats_alone(), whose bytes the workers then make (so the
  // writing thread, the one part of the run that is not parallel, only writes them); null
  // to hand the claims over.
  // `source` gets each document's text back once no thread needs the document.
  ParallelRun(const Extractor& extractor, unsigned jobs, bool keep_documents, const write::ClaimWriter* formatter,
              read::DocumentSource& source)
      : extractor_(extractor), window_(kGroupsPerWorker * jobs), keep_documents_(keep_documents),
        formatter_(formatter), source_(source) {
    for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
  }
  ParallelRun(const ParallelRun&) = delete;
  ParallelRun& operator=(const ParallelRun&) = delete;
  // Stops and joins the workers, also when the writer threw.
  ~ParallelRun() {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
      queue_.clear();  // after a write error nothing more is wanted
    }
    work_ready_.notify_all();
    slot_room_.notify_all();
    for (auto& t : workers_) t.join();
  }

  // Adds a document to the group being gathered; a full group is queued. Calling thread
  // only, once it has made room when window_full().
  void submit(Document doc, Plan plan) {
    gathered_bytes_ += doc.text.size();
    // The last of the worker and the writer to let the document go gives its text back.
    std::shared_ptr<const Document> shared(new Document(std::move(doc)), [&source = source_](Document* d) {
      source.give_back(std::move(d->text));
      delete d;
    });
    gathered_.push_back({0, std::move(shared), std::move(plan)});
    if (gathered_bytes_ >= kGroupBytes || gathered_.size() >= kGroupDocuments) flush();
  }

  // Queues the group gathered so far (nothing when it is empty). The caller first makes
  // room by delivering: nothing else does.
  void flush() {
    if (gathered_.empty()) return;
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return groups_in_flight_ < window_; });
    ++groups_in_flight_;
    for (Job& job : gathered_) {
      job.seq = submitted_++;
      // A writer that shows the text gets the document when its claims are written, so the
      // slot keeps it until then (the window bounds how many are held either way).
      Slot& slot = slots_[job.seq];
      if (keep_documents_) slot.doc = job.doc;
    }
    slots_[submitted_ - 1].closes_group = true;
    queue_.push_back(std::move(gathered_));
    lock.unlock();
    work_ready_.notify_one();
    gathered_.clear();
    gathered_bytes_ = 0;
  }

  // Writes what the next document in input order has ready (with `wait`, all of it, once
  // it is done). Returns true when a document was completed.
  bool deliver_next(bool wait, write::ClaimWriter& writer, PipelineStats& stats,
                    const std::function<void(const std::string&)>& on_error) {
    std::unique_lock lock(mutex_);
    while (delivered_ < submitted_) {
      Slot& slot = slots_.at(delivered_);
      if (slot.doc && !slot.begun) {
        slot.begun = true;
        std::shared_ptr<const Document> doc = slot.doc;
        lock.unlock();
        writer.begin_document(*doc);
        lock.lock();
        continue;
      }
      if (wait) batch_ready_.wait(lock, [&] { return slot.done || !slot.batches.empty(); });
      if (!slot.batches.empty()) {
        Batch batch = std::move(slot.batches.front());
        slot.batches.pop_front();
        lock.unlock();
        slot_room_.notify_all();
        if (formatter_) writer.write_formatted(batch.bytes);
        for (const Claim& claim : batch.claims) writer.write(claim);
        stats.claims += batch.count;
        lock.lock();
        if (formatter_ && spare_bytes_.size() < kSpareBuffers) {
          batch.bytes.clear();
          spare_bytes_.push_back(std::move(batch.bytes));
        }
        continue;
      }
      if (!slot.done) return false;
      std::string error = std::move(slot.error);
      // The writer reads the document until end_document() returns.
      std::shared_ptr<const Document> shown = slot.begun ? std::move(slot.doc) : nullptr;
      bool group_done = slot.closes_group;
      slots_.erase(delivered_++);
      if (group_done) --groups_in_flight_;
      lock.unlock();
      if (group_done) room_.notify_one();
      if (shown) writer.end_document();
      if (!error.empty()) {
        ++stats.failed;
        on_error(error);
      }
      return true;
    }
    return false;
  }

  bool window_full() {
    std::lock_guard lock(mutex_);
    return groups_in_flight_ >= window_;
  }
  bool idle() {
    std::lock_guard lock(mutex_);
    return gathered_.empty() && submitted_ == delivered_;
  }

 private:
  // Claims handed over at once: as claims, or as the bytes the writer formats them into.
  struct Batch {
    std::vector<Claim> claims;
    std::string bytes;
    std::size_t count = 0;
  };
  struct Slot {
    std::deque<Batch> batches;
    std::shared_ptr<const Document> doc;  // kept for the writer only when it shows text
    bool begun = false;                   // begin_document() was called
    bool done = false;
    bool closes_group = false;  // the last document of its group
    std::string error;
  };

  // Leaves a batch in slot `seq`, waiting while the slot is full (it drains once the
  // document is next in order). Throws WriteAbandoned when the run is closing.
  // The writer is woken when a slot fills or a group's last document has claims or is
  // done, not for every document: waking it for each short article cost a context switch
  // apiece. It never waits for long: a worker wakes it before waiting on a full slot.
  void hand_over(std::size_t seq, Batch&& batch) {
    std::unique_lock lock(mutex_);
    slot_room_.wait(lock, [&] { return closed_ || slots_.at(seq).batches.size() < room_of(seq); });
    if (closed_) throw WriteAbandoned();
    Slot& slot = slots_.at(seq);
    slot.batches.push_back(std::move(batch));
    bool wake = slot.closes_group || slot.batches.size() >= room_of(seq);
    lock.unlock();
    if (wake) batch_ready_.notify_all();
  }

  // The batches slot `seq` may hold (under the lock): the document being written drains as
  // it is written, one further ahead only once every document before it is.
  std::size_t room_of(std::size_t seq) const { return seq == delivered_ ? kMaxPendingBatches : kMaxAheadBatches; }

  void work() {
    while (true) {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closed and drained
      std::vector<Job> group = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      for (const Job& job : group)
        if (!extract_job(job)) break;  // closing
    }
  }

  // A buffer for a batch's bytes: one the writer has emptied, so that its room is not
  // grown again (and the memory stays with the threads that use it).
  std::string spare_bytes() {
    std::lock_guard lock(mutex_);
    if (spare_bytes_.empty()) return {};
    std::string bytes = std::move(spare_bytes_.back());
    spare_bytes_.pop_back();
    return bytes;
  }

  // Extracts one document into its slot; false when the run is closing.
  bool extract_job(const Job& job) {
    Batch pending;
    std::string error;
    try {
      // A batch never exceeds kBatchClaims, however many claims one sentence gives (a long
      // run of figures is read in sentences of thousands), so that the claims waiting
      // for the writer stay bounded whichever thread runs behind. A formatting writer's
      // claims become bytes here, straight from the sentence's claims.
      auto full = [&] {
        hand_over(job.seq, std::move(pending));
        pending = Batch{};
      };
      error = extract_one(extractor_, *job.doc, job.plan, [&](std::vector<Claim>& claims) {
        for (Claim& claim : claims) {
          if (formatter_) {
            if (pending.count == 0) pending.bytes = spare_bytes();
            formatter_->format(claim, pending.bytes);
          } else {
            pending.claims.push_back(std::move(claim));
          }
          if (++pending.count == kBatchClaims) full();
        }
      });
      if (pending.count > 0) full();
    } catch (const WriteAbandoned&) {
      return false;  // the next wait sees closed_ and returns
    }
    std::unique_lock lock(mutex_);
    Slot& slot = slots_.at(job.seq);
    slot.done = true;
    slot.error = std::move(error);
    bool wake = slot.closes_group;
    lock.unlock();
    if (wake) batch_ready_.notify_all();
    return true;
  }

  const Extractor& extractor_;
  const std::size_t window_;
  const bool keep_documents_;
  const write::ClaimWriter* const formatter_;
  read::DocumentSource& source_;
  std::mutex mutex_;
  std::condition_variable work_ready_, batch_ready_, room_, slot_room_;
  std::deque<std::vector<Job>> queue_;
  std::map<std::size_t, Slot> slots_;
  std::vector<std::string> spare_bytes_;  // emptied batch buffers (formatting writer)
  std::size_t submitted_ = 0, delivered_ = 0, groups_in_flight_ = 0;
  std::vector<Job> gathered_;  // the group being gathered (calling thread only)
  std::size_t gathered_bytes_ = 0;
  bool closed_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace

unsigned resolve_jobs(unsigned jobs) {
  if (jobs > 0) return jobs;
  unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

PipelineStats run_pipeline(read::DocumentSource& source, const Extractor& extractor,
                           write::ClaimWriter& writer,
                           const std::function<void(const std::string&)>& on_error, unsigned jobs,
                           const std::function<void(std::size_t claims)>& on_progress) {
  PipelineStats stats;
  // A document read in parts: its parts' plans are made here, in order.
  std::unique_ptr<context::DocumentParts> parts;
  auto plan_for = [&](Document& doc) -> Plan {
    if (!doc.part) {
      parts.reset();
      ++stats.documents;
      return nullptr;
    }
    if (doc.part->index == 0) {
      parts = extractor.begin_parts();
      ++stats.documents;
    }
    if (!parts) return nullptr;  // cannot happen: a part 0 comes first
    Plan plan = parts->prepare(doc);
    if (doc.part->last) parts.reset();
    return plan;
  };
  auto progress = [&] {
    if (on_progress) on_progress(stats.claims);
  };
  jobs = resolve_jobs(jobs);
  if (jobs == 1) {
    while (std::optional<Document> doc = source.next()) {  // step 1: read
      Plan plan = plan_for(*doc);
      if (writer.wants_documents()) writer.begin_document(*doc);
      // Steps 2 and 3: extract, and write each sentence's claims as they are found. A write
      // error is not the document's failure: it stops the run.
      std::exception_ptr write_error;
      std::string error;
      try {
        error = extract_one(extractor, *doc, plan, [&](std::vector<Claim>& claims) {
          try {
            for (const Claim& claim : claims) writer.write(claim);
          } catch (...) {
            write_error = std::current_exception();
            throw WriteAbandoned();
          }
          stats.claims += claims.size();
          progress();
        });
      } catch (const WriteAbandoned&) {
        std::rethrow_exception(write_error);
      }
      if (writer.wants_documents()) writer.end_document();
      if (!error.empty()) {
        ++stats.failed;
        on_error(error);
      }
      source.give_back(std::move(doc->text));
      progress();
    }
    return stats;
  }
  ParallelRun run(extractor, jobs, writer.wants_documents(), writer.formats_alone() ? &writer : nullptr, source);
  while (std::optional<Document> doc = source.next()) {
    Plan plan = plan_for(*doc);
    // Write what is ready before blocking on a full window.
    while (run.deliver_next(run.window_full(), writer, stats, on_error)) progress();
    progress();
    run.submit(std::move(*doc), std::move(plan));
  }
  // The last group, once there is room for it (only the calling thread makes room).
  while (run.deliver_next(run.window_full(), writer, stats, on_error)) progress();
  run.flush();
  while (!run.idle()) {
    run.deliver_next(true, writer, stats, on_error);
    progress();
  }
  return stats;
}

namespace {
// Parts of a long text: large enough that the work per part dwarfs passing it between
// threads, small enough that the parts in flight stay small.
constexpr std::size_t kPartBytes = std::size_t{1} << 20;
}  // namespace

void read_long_texts_in_parts(read::ReadOptions& options, const Lexicon& lexicon) {
  options.part_bytes = kPartBytes;
  options.parts_from = 4 * kPartBytes;
  options.part_fallback = 2 * kPartBytes;
  options.is_dateline = [&lexicon](std::string_view line) { return context::parse_dateline(line, lexicon).has_value(); };
}

}  // namespace factsheet::cli
