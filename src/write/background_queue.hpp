// Items handed to one background thread that applies a function to each, in the order
// given: a writer's bookkeeping runs beside its own work instead of after it. Items travel
// in batches (a handover per item would cost more than most items' work) and at most
// `max_batches` wait, so memory stays bounded when the thread falls behind.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace factsheet::write {

template <class Item>
class BackgroundQueue {
 public:
  BackgroundQueue(std::function<void(Item&)> apply, std::size_t batch_items = 256, std::size_t max_batches = 8)
      : apply_(std::move(apply)), batch_items_(batch_items), max_batches_(max_batches),
        thread_([this] { run(); }) {}
  BackgroundQueue(const BackgroundQueue&) = delete;
  BackgroundQueue& operator=(const BackgroundQueue&) = delete;
  // Stops without applying what still waits (finish() applies it).
  ~BackgroundQueue() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      batches_.clear();
    }
    changed_.notify_all();
    thread_.join();
  }

  // Hands `item` over. Rethrows what the function threw for an earlier item.
  void push(Item item) {
    gathered_.push_back(std::move(item));
    if (gathered_.size() >= batch_items_) hand_over();
  }

  // Returns once every item handed over is applied; rethrows the first failure.
  void finish() {
    hand_over();
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return error_ || (batches_.empty() && !busy_); });
    if (error_) std::rethrow_exception(error_);
  }

 private:
  void hand_over() {
    if (gathered_.empty()) return;
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return error_ || batches_.size() < max_batches_; });
    if (error_) std::rethrow_exception(error_);
    batches_.push_back(std::move(gathered_));
    lock.unlock();
    changed_.notify_all();
    gathered_ = {};
    gathered_.reserve(batch_items_);
  }

  void run() {
    std::unique_lock lock(mutex_);
    while (true) {
      changed_.wait(lock, [&] { return stopping_ || !batches_.empty(); });
      if (stopping_) return;
      std::vector<Item> batch = std::move(batches_.front());
      batches_.pop_front();
      busy_ = true;
      lock.unlock();
      changed_.notify_all();  // room for the next batch
      std::exception_ptr error;
      try {
        for (Item& item : batch) apply_(item);
      } catch (...) {
        error = std::current_exception();
      }
      batch.clear();
      lock.lock();
      busy_ = false;
      if (error && !error_) error_ = error;
      if (error_) batches_.clear();  // nothing after a failure is applied
      changed_.notify_all();
    }
  }

  std::function<void(Item&)> apply_;
  const std::size_t batch_items_, max_batches_;
  std::vector<Item> gathered_;  // the calling thread's batch being gathered
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::vector<Item>> batches_;
  bool busy_ = false, stopping_ = false;
  std::exception_ptr error_;
  std::thread thread_;  // last: started once the members it uses exist
};

}  // namespace factsheet::write
