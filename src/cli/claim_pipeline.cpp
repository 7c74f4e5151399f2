#include "cli/claim_pipeline.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace factsheet::cli {
namespace {

// What one document gave: its claims, or the message of the failure.
struct Outcome {
  std::string doc;
  std::optional<std::vector<Claim>> claims;
  std::string error;
};

// Step 2: pure, per document; any thread.
Outcome extract_one(const Extractor& extractor, const Document& doc) {
  Outcome out;
  out.doc = doc.id;
  try {
    out.claims = extractor.extract(doc);
  } catch (const std::exception& e) {
    out.error = doc.id + ": extraction failed: " + e.what();
  } catch (...) {
    out.error = doc.id + ": extraction failed";
  }
  return out;
}

// Step 3: the writer sees documents strictly in input order.
void deliver(Outcome& out, write::ClaimWriter& writer, PipelineStats& stats,
             const std::function<void(const std::string&)>& on_error) {
  if (!out.claims) {
    ++stats.failed;
    on_error(out.error);
    return;
  }
  for (const Claim& claim : *out.claims) writer.write(claim);
  stats.claims += out.claims->size();
}

// Workers take (sequence, document) from a bounded queue and leave outcomes by sequence;
// the calling thread reads, and writes the outcomes in order. At most `window` documents
// are in flight, so memory stays flat however long the input.
class ParallelRun {
 public:
  ParallelRun(const Extractor& extractor, unsigned jobs) : extractor_(extractor), window_(2 * jobs) {
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
    for (auto& t : workers_) t.join();
  }

  // Queues a document, first waiting while the window is full.
  void submit(Document doc) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return submitted_ - delivered_ < window_; });
    queue_.emplace_back(submitted_++, std::move(doc));
    lock.unlock();
    work_ready_.notify_one();
  }

  // The next outcome in input order if it is done (or, with `wait`, once it is done);
  // nullopt when nothing is left or, without `wait`, not ready yet.
  std::optional<Outcome> next(bool wait) {
    std::unique_lock lock(mutex_);
    if (delivered_ == submitted_) return std::nullopt;
    if (wait) done_.wait(lock, [&] { return done_by_seq_.count(delivered_) > 0; });
    auto it = done_by_seq_.find(delivered_);
    if (it == done_by_seq_.end()) return std::nullopt;
    Outcome out = std::move(it->second);
    done_by_seq_.erase(it);
    ++delivered_;
    lock.unlock();
    room_.notify_one();
    return out;
  }

  bool window_full() {
    std::lock_guard lock(mutex_);
    return submitted_ - delivered_ >= window_;
  }

 private:
  void work() {
    while (true) {
      std::unique_lock lock(mutex_);
      work_ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
      if (queue_.empty()) return;  // closed and drained
      auto [seq, doc] = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      Outcome out = extract_one(extractor_, doc);
      lock.lock();
      done_by_seq_.emplace(seq, std::move(out));
      lock.unlock();
      done_.notify_all();
    }
  }

  const Extractor& extractor_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable work_ready_, done_, room_;
  std::deque<std::pair<std::size_t, Document>> queue_;
  std::map<std::size_t, Outcome> done_by_seq_;
  std::size_t submitted_ = 0, delivered_ = 0;
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
                           const std::function<void(const std::string&)>& on_error, unsigned jobs) {
  PipelineStats stats;
  jobs = resolve_jobs(jobs);
  if (jobs == 1) {
    while (std::optional<Document> doc = source.next()) {  // step 1: read
      ++stats.documents;
      Outcome out = extract_one(extractor, *doc);  // step 2: extract
      deliver(out, writer, stats, on_error);       // step 3: write, in order
    }
    return stats;
  }
  ParallelRun run(extractor, jobs);
  while (std::optional<Document> doc = source.next()) {
    ++stats.documents;
    // Write what is ready before blocking on a full window.
    while (auto out = run.next(run.window_full())) deliver(*out, writer, stats, on_error);
    run.submit(std::move(*doc));
  }
  while (auto out = run.next(true)) deliver(*out, writer, stats, on_error);
  return stats;
}

}  // namespace factsheet::cli
