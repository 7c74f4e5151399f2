#include "read/text_pool.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace factsheet::read {
namespace {

std::string with_room(std::size_t bytes) {
  std::string s(bytes, 'x');
  return s;
}

TEST(TextPool, GivesBackTheRoomOfATextEmpty) {
  TextPool pool(2, 100, 1000);
  std::string text = with_room(500);
  const char* room = text.data();
  pool.give(std::move(text));
  std::string taken = pool.take();
  EXPECT_TRUE(taken.empty());
  EXPECT_EQ(taken.data(), room);
  EXPECT_GE(taken.capacity(), 500u);
  EXPECT_EQ(pool.take().capacity(), std::string().capacity());  // none left
}

TEST(TextPool, LetsGoOfTextsOutsideItsSizesAndBeyondItsCount) {
  TextPool pool(2, 100, 1000);
  pool.give(with_room(50));    // a short document's text
  pool.give(with_room(5000));  // a text grown past the parts
  EXPECT_EQ(pool.take().capacity(), std::string().capacity());
  for (int i = 0; i < 3; ++i) pool.give(with_room(200));
  EXPECT_GE(pool.take().capacity(), 200u);
  EXPECT_GE(pool.take().capacity(), 200u);
  EXPECT_EQ(pool.take().capacity(), std::string().capacity());  // the third was let go
}

TEST(TextPool, KeepsNothingWhenToldToKeepNone) {
  TextPool pool(0, 0, 1000);
  pool.give(with_room(200));
  EXPECT_EQ(pool.take().capacity(), std::string().capacity());
}

// Texts are given back on the threads that extracted them.
TEST(TextPool, TakesAndGivesFromManyThreads) {
  TextPool pool(4, 10, 100000);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 1000; ++i) {
        std::string s = pool.take();
        s.assign(64 + static_cast<std::size_t>(i % 7), 'a');
        pool.give(std::move(s));
      }
    });
  for (auto& t : threads) t.join();
  int kept = 0;
  while (pool.take().capacity() >= 64) ++kept;
  EXPECT_GE(kept, 1);
  EXPECT_LE(kept, 4);
}

}  // namespace
}  // namespace factsheet::read
