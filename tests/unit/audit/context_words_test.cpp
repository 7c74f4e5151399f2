// The content words two sentences share (audit/context_words.hpp).
#include "audit/context_words.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace factsheet::audit {
namespace {

const std::set<std::string> kStop = {"the", "of", "in", "a", "said", "have", "now", "for", "those", "against", "and", "we", "were"};

ContextWords index() {
  return ContextWords([](std::string_view w) { return kStop.count(std::string(w)) > 0; });
}

TEST(ContextWords, ContentWordsBeyondTheIgnoredOnesAreShared) {
  ContextWords w = index();
  w.add_sentence(1, "About six million people in the UK now have a fast, always-on connection.");
  w.add_sentence(2, "Almost six million people have a fast, always-on connection.");
  w.add_sentence(3, "In the UK a poll of six million people found that many wanted more technology.");
  std::vector<std::uint32_t> figure = word_hashes("six million people people");
  EXPECT_TRUE(w.share(1, 2, figure));   // "fast", "always-on", "connection"
  EXPECT_FALSE(w.share(1, 3, figure));  // only the figure's words
  EXPECT_TRUE(w.share(1, 3, {}));       // which count when not ignored
}

TEST(ContextWords, StopWordsDigitsAndLettersAloneAreNoContent) {
  ContextWords w = index();
  w.add_sentence(1, "In 2004 the firm said a 5% rise.");
  w.add_sentence(2, "In 2004 the bank said a 5% fall.");
  EXPECT_FALSE(w.share(1, 2, {}));
}

TEST(ContextWords, NamesAreNoContent) {
  // Who is named is the frame's entity; the context is what is said of it.
  ContextWords w = index();
  w.add_sentence(1, "England play their last two games against Italy and Scotland.");
  w.add_sentence(2, "We were confident for those two first games against Italy.");
  w.add_sentence(3, "England must win their last two games at Twickenham.");
  std::vector<std::uint32_t> figure = word_hashes("two games two games game");
  EXPECT_FALSE(w.share(1, 2, figure));
  EXPECT_TRUE(w.share(1, 3, figure));  // "their", "last" (no stop words here)
}

TEST(ContextWords, SentenceNumbersMaySkipAndUnknownOnesShareNothing) {
  ContextWords w = index();
  w.add_sentence(2, "Sony sold consoles.");
  w.add_sentence(7, "Nintendo sold games.");
  EXPECT_TRUE(w.share(2, 7, {}));
  EXPECT_FALSE(w.share(2, 5, {}));   // skipped: no words
  EXPECT_FALSE(w.share(2, 99, {}));  // never given
}

}  // namespace
}  // namespace factsheet::audit
