#include "write/deflate_blocks.hpp"

#include <zlib.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

namespace factsheet::write {
namespace {

constexpr std::size_t kWindow = 32768;  // deflate's window: what a dictionary can reach

// A raw deflate stream used for one block after another: deflateReset() gives the state
// a new one would have, without allocating its 256 KiB again for each block.
class BlockStream {
 public:
  explicit BlockStream(int level) {
    if (deflateInit2(&z_, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
      throw std::runtime_error("cannot start zlib's deflate");
  }
  ~BlockStream() { deflateEnd(&z_); }
  BlockStream(const BlockStream&) = delete;
  BlockStream& operator=(const BlockStream&) = delete;

  // `bytes` deflated, primed with `dict`, ending in a flush of `flush`, into `out` (whose
  // memory is reused).
  void deflate_into(std::string& out, std::string_view bytes, std::string_view dict, int flush) {
    if (deflateReset(&z_) != Z_OK) throw std::runtime_error("zlib's deflate could not start a block");
    if (!dict.empty() &&
        deflateSetDictionary(&z_, reinterpret_cast<const Bytef*>(dict.data()), static_cast<uInt>(dict.size())) != Z_OK)
      throw std::runtime_error("zlib's deflate refused a dictionary");
    out.assign(deflateBound(&z_, static_cast<uLong>(bytes.size())) + 16, '\0');
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    z_.avail_in = static_cast<uInt>(bytes.size());
    std::size_t used = 0;
    for (;;) {
      if (used == out.size()) out.resize(out.size() * 2);
      z_.next_out = reinterpret_cast<Bytef*>(out.data() + used);
      z_.avail_out = static_cast<uInt>(out.size() - used);
      int rc = deflate(&z_, flush);
      used = out.size() - z_.avail_out;
      if (rc == Z_STREAM_END) break;
      if (rc != Z_OK && rc != Z_BUF_ERROR) throw std::runtime_error("zlib's deflate failed");
      if (z_.avail_in == 0 && z_.avail_out > 0) break;  // flushed: all input taken, room left over
    }
    out.resize(used);
  }

 private:
  z_stream z_{};
};

std::string deflate_block(std::string_view bytes, std::string_view dict, int level, int flush) {
  std::string out;
  BlockStream(level).deflate_into(out, bytes, dict, flush);
  return out;
}

std::uint32_t crc_of(std::string_view bytes) {
  return static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

}  // namespace

DeflateSum combine(const DeflateSum& a, const DeflateSum& b) {
  if (b.size == 0) return a;
  return {static_cast<std::uint32_t>(crc32_combine64(a.crc, b.crc, static_cast<z_off64_t>(b.size))), a.size + b.size};
}

std::string deflate_end() { return deflate_block({}, {}, Z_DEFAULT_COMPRESSION, Z_FINISH); }

// Workers take blocks in order and leave results by sequence number; the caller hands
// them on in that order and waits when too many are in flight.
struct BlockDeflater::Pool {
  struct Job {
    std::uint64_t seq;
    std::string bytes, dict;
  };
  struct Done {
    std::string out;
    std::uint32_t crc = 0;
    std::uint64_t size = 0;
  };

  Pool(unsigned threads, int level) : level(level), limit(2 * static_cast<std::size_t>(threads)) {
    for (unsigned i = 0; i < threads; ++i) workers.emplace_back([this] { run(); });
  }
  ~Pool() {
    {
      std::lock_guard lock(mutex);
      stopping = true;
    }
    changed.notify_all();
    for (auto& t : workers) t.join();
  }

  void run() {
    std::optional<BlockStream> stream;
    for (;;) {
      Job job;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stopping || !jobs.empty(); });
        if (stopping) return;
        job = std::move(jobs.front());
        jobs.pop_front();
      }
      Done d;
      d.out = buffer();
      try {
        if (!stream) stream.emplace(level);
        stream->deflate_into(d.out, job.bytes, job.dict, Z_SYNC_FLUSH);
        d.crc = crc_of(job.bytes);
        d.size = job.bytes.size();
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!error) error = std::current_exception();
      }
      recycle(std::move(job.bytes));
      {
        std::lock_guard lock(mutex);
        done.emplace(job.seq, std::move(d));
      }
      changed.notify_all();
    }
  }

  // Waits until fewer than `most` blocks are in flight, handing finished ones to `take`.
  template <class Take>
  void drain(std::size_t most, Take&& take) {
    for (;;) {
      Done d;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return error || submitted - next < most || done.count(next); });
        if (error) std::rethrow_exception(error);
        auto it = done.find(next);
        if (it == done.end()) return;  // few enough in flight
        d = std::move(it->second);
        done.erase(it);
        ++next;
      }
      take(d);
      recycle(std::move(d.out));
    }
  }

  // A buffer of a finished block, or a new one. A block's input and its output are about
  // a MiB each, and a new buffer that size is fresh pages from the system each time
  // (the mmap threshold, cli/main.cpp): a workbook of a million claims wrote 900 blocks.
  std::string buffer() {
    std::lock_guard lock(mutex);
    if (spare.empty()) return {};
    std::string s = std::move(spare.back());
    spare.pop_back();
    s.clear();
    return s;
  }
  void recycle(std::string s) {
    std::lock_guard lock(mutex);
    if (spare.size() < kSpares) spare.push_back(std::move(s));
  }

  void push(std::string bytes, std::string dict) {
    {
      std::lock_guard lock(mutex);
      jobs.push_back({submitted++, std::move(bytes), std::move(dict)});
    }
    changed.notify_all();
  }

  int level;
  std::size_t limit;  // blocks in flight at most
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Job> jobs;
  std::map<std::uint64_t, Done> done;
  std::uint64_t submitted = 0, next = 0;  // next: the first block not yet handed on
  std::exception_ptr error;
  // buffer()'s: two are enough for the next block's input and output, each being
  // written, so resident, memory.
  static constexpr std::size_t kSpares = 2;
  std::vector<std::string> spare;
  bool stopping = false;
  std::vector<std::thread> workers;  // last: started once the rest exists
};

BlockDeflater::BlockDeflater(Sink sink, unsigned threads, int level, std::size_t block)
    : sink_(std::move(sink)), level_(level), block_(std::max<std::size_t>(block, kWindow)) {
  if (threads > 0) pool_ = std::make_unique<Pool>(threads, level);
}

BlockDeflater::~BlockDeflater() = default;

void BlockDeflater::write(std::string_view bytes) {
  if (finished_) throw std::logic_error("BlockDeflater::write after finish");
  while (!bytes.empty()) {
    std::size_t take = std::min(bytes.size(), block_ - pending_.size());
    pending_.append(bytes.substr(0, take));
    bytes.remove_prefix(take);
    if (pending_.size() == block_) submit();
  }
}

void BlockDeflater::submit() {
  if (pending_.empty()) return;
  std::string dict = window_;
  // The next block's dictionary: the last 32 KiB of everything handed on so far.
  if (pending_.size() >= kWindow) {
    window_.assign(pending_, pending_.size() - kWindow, kWindow);
  } else {
    window_ += pending_;
    if (window_.size() > kWindow) window_.erase(0, window_.size() - kWindow);
  }
  auto take = [&](const Pool::Done& d) {
    sum_ = combine(sum_, {d.crc, d.size});
    sink_(d.out);
  };
  if (!pool_) {
    Pool::Done d{deflate_block(pending_, dict, level_, Z_SYNC_FLUSH), crc_of(pending_), pending_.size()};
    pending_.clear();
    take(d);
    return;
  }
  pool_->drain(pool_->limit, take);
  pool_->push(std::move(pending_), std::move(dict));
  pending_ = pool_->buffer();
  pending_.reserve(block_);
  pool_->drain(pool_->limit, take);  // hand on what is already done
}

DeflateSum BlockDeflater::finish() {
  if (finished_) return sum_;
  submit();
  if (pool_)
    pool_->drain(1, [&](const Pool::Done& d) {
      sum_ = combine(sum_, {d.crc, d.size});
      sink_(d.out);
    });
  finished_ = true;
  return sum_;
}

}  // namespace factsheet::write
