// The names of an article that crosses part boundaries are read by the threads that
// extract the parts, in any order; a lookup answers as over the whole article.
#include <gtest/gtest.h>

#include <chrono>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "context/document_parts.hpp"

namespace factsheet::context {
namespace {

using namespace std::chrono_literals;

class SharedNamesTest : public ::testing::Test {
 protected:
  // Reads `text` as segment k, at document offset `base`.
  void read(SharedNames& names, std::size_t k, const std::string& text, std::size_t base) {
    names.read(k, text, 0, text.size(), *lexicon_, base);
  }
  // Reserves two segments, reads `second` as segment 1 (at offset 100) and starts a lookup
  // of "Lavrov" before offset `before` from it, which must wait for segment 0.
  std::future<std::optional<std::string>> waiting_lookup(SharedNames& names, const std::string& second,
                                                         std::size_t before) {
    names.reserve();
    names.reserve();
    read(names, 1, second, 100);
    auto lookup = std::async(std::launch::async, [&names, before] { return names.full_name("Lavrov", before, 1); });
    EXPECT_EQ(lookup.wait_for(50ms), std::future_status::timeout);  // the answer depends on segment 0
    return lookup;
  }
  std::shared_ptr<const Lexicon> lexicon_ = Lexicon::embedded();
};

TEST_F(SharedNamesTest, SegmentsReadOutOfOrderKeepTheFirstName) {
  SharedNames names;
  for (std::size_t k : {0u, 1u, 2u}) EXPECT_EQ(names.reserve(), k);
  // Part 2 is read first, then part 0, then part 1.
  read(names, 2, "Then Yuri Lavrov spoke.", 200);
  read(names, 0, "Officials met on Monday.", 0);
  read(names, 1, "Sergei Lavrov said so.", 100);
  EXPECT_EQ(names.full_name("Lavrov", 250, 2), "Sergei Lavrov");
  EXPECT_EQ(names.full_name("Lavrov", 150, 1), "Sergei Lavrov");
  // Only names written before the offset count.
  EXPECT_EQ(names.full_name("Lavrov", 50, 0), std::nullopt);
  EXPECT_EQ(names.full_name("Yuri", 150, 2), std::nullopt);
  EXPECT_EQ(names.full_name("Yuri", 250, 2), "Yuri Lavrov");
}

TEST_F(SharedNamesTest, ALookupWaitsForTheSegmentsBeforeIt) {
  SharedNames names;
  auto lookup = waiting_lookup(names, "Lavrov said so.", 110);
  read(names, 0, "Sergei Lavrov arrived.", 0);
  EXPECT_EQ(lookup.get(), "Sergei Lavrov");
}

TEST_F(SharedNamesTest, ASkippedSegmentReleasesTheLookupsAfterIt) {
  SharedNames names;
  auto lookup = waiting_lookup(names, "Sergei Lavrov said so.", 150);
  names.skip(0);
  EXPECT_EQ(lookup.get(), "Sergei Lavrov");
  // Reading a segment twice leaves the first reading.
  read(names, 0, "Yuri Lavrov arrived.", 0);
  EXPECT_EQ(names.full_name("Lavrov", 150, 1), "Sergei Lavrov");
}

TEST_F(SharedNamesTest, APlanNeverExtractedSkipsItsSegments) {
  // A long text of one article in three parts; the middle part is dropped unread, as
  // when a run stops, and the last part's lookups still answer.
  DocumentParts parts(*lexicon_, std::nullopt);
  auto part = [](std::string text, std::size_t index, std::size_t base, bool last) {
    Document doc;
    doc.id = "long.txt";
    doc.text = std::move(text);
    doc.part = DocumentPart{base, index, last};
    return doc;
  };
  Document first = part("Sergei Lavrov met officials on Tuesday.\n\n", 0, 0, false);
  Document middle = part("Talks went on.\n\n", 1, first.text.size(), false);
  Document last = part("Lavrov said 40 projects were signed.\n", 2, first.text.size() + middle.text.size(), true);
  auto p0 = parts.prepare(first);
  auto p1 = parts.prepare(middle);
  auto p2 = parts.prepare(last);
  ASSERT_EQ(p2->names.size(), 1u);
  ASSERT_TRUE(p2->names[0].names);
  p0->read_names(first.text, *lexicon_);
  p2->read_names(last.text, *lexicon_);
  p1.reset();
  EXPECT_EQ(p2->names[0].names->full_name("Lavrov", p2->base + 5, p2->names[0].segment), "Sergei Lavrov");
}

}  // namespace
}  // namespace factsheet::context
