// Large inputs stay near O(n log n): one frame stated many times, and many frames that
// share words.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "helpers.hpp"

namespace factsheet::audit {
namespace {

Claim tonnes(std::size_t i, std::string subject) {
  Claim c;
  c.doc = "wire-";
  c.doc += std::to_string(i / 100);
  c.article = 1;
  c.start = 100 * (i % 100);
  c.text = std::to_string(1000 + i);
  c.text += " tonnes";
  c.end = c.start + c.text.size();
  c.sentence = "Kazakhstan's exports through the port reached ";
  c.sentence += c.text;
  c.sentence += '.';
  c.kind = Kind::measure;
  c.unit.emplace("tonne");  // a longer unit than "t": GCC 12 warns falsely on a one-byte copy
  c.value = static_cast<double>(1000 + i);
  c.subject = std::move(subject);
  c.time = "2023";
  return c;
}

TEST(Scale, OneSubjectStatedManyTimesIsOneConflict) {
  constexpr std::size_t n = 100000;
  Auditor auditor(testing::rules());
  for (std::size_t i = 0; i < n; ++i) auditor.add(tonnes(i, "exports through the port"), i);
  std::vector<Finding> findings = auditor.finish();
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].status, Status::conflict);
  EXPECT_EQ(findings[0].figures.size(), n);
  EXPECT_NE(findings[0].explanation.find(" other values cannot all hold"), std::string::npos)
      << findings[0].explanation;
  std::size_t unsourced = 0;
  for (const Finding& f : findings) unsourced += f.status == Status::unsourced;
  EXPECT_EQ(unsourced, n / 100);  // one per document
}

TEST(Scale, ManySubjectsSharingAWord) {
  constexpr std::size_t n = 20000;
  Auditor auditor(testing::rules());
  for (std::size_t i = 0; i < n; ++i) {
    // Built in steps: GCC 12 warns falsely (-Wrestrict) on one long concatenation.
    std::string subject = "exports of product";
    subject += std::to_string(i % 5000);
    subject += " item";
    subject += std::to_string(i % 7000);
    Claim c = tonnes(i, subject);
    c.value = 1000.0;  // every figure the same: no conflicts among them
    c.text = "1000 tonnes";
    auditor.add(c, i);
  }
  // One more statement of the first frame (Kazakhstan, exports, "item0 product0", 2023)
  // with another value: one conflict, with the one figure of that frame.
  Claim other = tonnes(n, "exports of product0 item0");
  other.doc = "wire-other";
  other.value = 2000.0;
  other.text = "2000 tonnes";
  auditor.add(other, n);
  std::vector<Finding> findings = auditor.finish();
  std::size_t unsourced = 0, conflicts = 0;
  for (const Finding& f : findings) {
    unsourced += f.status == Status::unsourced;
    if (f.status != Status::conflict) continue;
    ++conflicts;
    ASSERT_EQ(f.figures.size(), 2u) << f.explanation;
    EXPECT_EQ(auditor.figure(f.figures[0]).subject, "exports of product0 item0");
    EXPECT_EQ(auditor.figure(f.figures[0]).text, "1000 tonnes");
    EXPECT_EQ(auditor.figure(f.figures[1]).text, "2000 tonnes");
  }
  EXPECT_EQ(conflicts, 1u);
  EXPECT_EQ(unsourced, n / 100 + 1);  // one per document
}

}  // namespace
}  // namespace factsheet::audit

namespace factsheet::audit {
namespace {

// Past its first MiB, a store keeps what only a report shows in a temporary file: the
// views read back from it are those of the claims, and a frame set late reaches the file.
TEST(FigureStoreSpill, ViewsOfSpilledFiguresAreTheClaims) {
  FigureStore store;
  constexpr std::size_t kFigures = 60000;  // about 3 MiB of notes
  auto claim_of = [](std::size_t i) {
    Claim c = tonnes(i, "exports " + std::to_string(i % 7));
    c.line = static_cast<int>(i + 1);
    c.column = static_cast<int>(i % 80 + 1);
    if (i % 3 == 0) c.attribution = "Reuters";
    if (i % 5 == 0) c.source = "Wire " + std::to_string(i % 11);
    return c;
  };
  for (std::size_t i = 0; i < kFigures; ++i) {
    Claim c = claim_of(i);
    StatedFigure s;
    s.low = s.high = static_cast<double>(i);
    ASSERT_EQ(store.add(c, 10 * i, s), i);
  }
  store.set_frame(5, "port · exports · early");             // long spilled
  store.set_frame(kFigures - 1, "port · exports · late");  // still in memory
  for (std::size_t i : {std::size_t{0}, std::size_t{5}, std::size_t{1234}, kFigures / 2, kFigures - 1}) {
    Claim c = claim_of(i);
    FigureView v = store.view(static_cast<std::uint32_t>(i));
    EXPECT_EQ(v.ref, 10 * i);
    EXPECT_EQ(store.ref(static_cast<std::uint32_t>(i)), 10 * i);
    EXPECT_EQ(v.doc, c.doc);
    EXPECT_EQ(v.start, c.start);
    EXPECT_EQ(v.line, static_cast<std::uint32_t>(i + 1));
    EXPECT_EQ(v.column, static_cast<std::uint32_t>(i % 80 + 1));
    EXPECT_EQ(v.text, c.text);
    EXPECT_EQ(v.subject, *c.subject);
    EXPECT_EQ(v.time, "2023");
    EXPECT_EQ(v.attribution, c.attribution.value_or(""));
    EXPECT_EQ(v.source, c.source.value_or(""));
    EXPECT_EQ(store.text(static_cast<std::uint32_t>(i)), c.text);
    EXPECT_EQ(store[static_cast<std::uint32_t>(i)].attributed(), c.attribution.has_value());
    EXPECT_EQ(store[static_cast<std::uint32_t>(i)].stated().low, static_cast<double>(i));
  }
  EXPECT_EQ(store.frame(5), "port · exports · early");
  EXPECT_EQ(store.view(kFigures - 1).frame, "port · exports · late");
  EXPECT_EQ(store.frame(6), "");
}

}  // namespace
}  // namespace factsheet::audit
