// Memory stays bounded on a document with very many figures: claims leave the process as
// they are written instead of being held to the document's end.
#include <algorithm>
#include <string>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;  // ASan's shadow and quarantine make RSS meaningless
#else
constexpr bool kSanitized = false;
#endif

// The documented bound (README, "Memory"): a fixed part plus a few times the largest
// document, which is held whole while it is read.
constexpr long kFixedKb = 32 * 1024;
constexpr long kPerDocumentByte = 4;

class Memory : public Cli {};

TEST_F(Memory, AMillionFiguresInOneDocumentStayWithinTheBound) {
  if (kSanitized) GTEST_SKIP() << "peak memory is not measured under AddressSanitizer";
  std::string text;
  for (int i = 0; i < (1 << 19); ++i) text += "1 ";  // 1 MB, one line: 524,288 figures
  put("ones.txt", text);
  const long bound_kb = kFixedKb + kPerDocumentByte * static_cast<long>(text.size()) / 1024;
  for (std::string jobs : {"1", "2"}) {
    SCOPED_TRACE("-j" + jobs);
    RunResult r = run_discarding_stdout({"extract", "-j", jobs, "ones.txt"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_GT(r.peak_rss_kb, 0);
    EXPECT_LT(r.peak_rss_kb, bound_kb) << "peak " << r.peak_rss_kb << " KB";
  }
  // A writer that falls behind (its output is read only after a pause) holds the workers
  // to the batches that may wait for it, however many figures a sentence gives. The peak
  // is the pipeline's largest process (GNU/Linux reports a child's waited-for children).
  RunResult slow = shell("set -o pipefail; \"$FACTSHEET\" extract -j 2 ones.txt | { sleep 2; cat > /dev/null; }");
  ASSERT_EQ(slow.status, 0) << slow.err;
  EXPECT_LT(slow.peak_rss_kb, bound_kb) << "peak " << slow.peak_rss_kb << " KB behind a slow reader";
  // The same figures are all written: counted from a CSV of a slice of the input.
  put("slice.txt", text.substr(0, 20000));
  RunResult csv = run({"extract", "slice.txt", "-o", "slice.csv"});
  ASSERT_EQ(csv.status, 0) << csv.err;
  std::string rows = slurp("slice.csv");
  EXPECT_EQ(static_cast<std::size_t>(std::count(rows.begin(), rows.end(), '\n')), 10000u + 1u);
}

// Sentences with figures on one line that never ends: no place to cut a part by the
// paragraph rule, so it is cut by the fallback (README, "Time and memory").
std::string one_line_of_sentences(std::size_t bytes) {
  std::string text;
  for (int i = 0; text.size() < bytes; ++i) {
    text += "Exports through the port rose ";
    text += std::to_string(i % 97 + 1);
    text += "% to ";
    text += std::to_string(i % 1000 + 10);
    text += " tonnes in March, the authority said. ";
  }
  return text;
}

TEST_F(Memory, ALongTextOfOneLineIsReadInParts) {
  if (kSanitized) GTEST_SKIP() << "peak memory is not measured under AddressSanitizer";
  // 24 MB: held whole, it took some 90 MB (40 MB: 128 MB); read in parts of 1 to 1.25 MiB,
  // under 40 MB whatever its length.
  const std::string text = one_line_of_sentences(24u << 20);
  put("line.txt", text);
  RunResult r = run_discarding_stdout({"extract", "-j", "1", "line.txt"});
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_GT(r.peak_rss_kb, 0);
  EXPECT_LT(r.peak_rss_kb, 64 * 1024) << "peak " << r.peak_rss_kb << " KB";
}

TEST_F(Memory, ALongTextOfOneLineGivesTheSameClaimsForAnyJobs) {
  put("line.txt", one_line_of_sentences(5u << 20));  // twice past the 2 MiB with no place to cut
  for (std::string jobs : {"1", "2"}) {
    RunResult r = run({"extract", "-j", jobs, "line.txt", "-o", "line-j" + jobs + ".jsonl"});
    ASSERT_EQ(r.status, 0) << r.err;
  }
  RunResult same = shell("cmp line-j1.jsonl line-j2.jsonl && test \"$(wc -l < line-j1.jsonl)\" -gt 100000");
  EXPECT_EQ(same.status, 0) << same.out << same.err;
}

// Standard input cannot be read twice: a long one is kept in a temporary file and read in
// parts from it, so a pipe of a long text stays flat too (README, "Time and memory").
TEST_F(Memory, ALongStandardInputIsReadInParts) {
  if (kSanitized) GTEST_SKIP() << "peak memory is not measured under AddressSanitizer";
  put("line.txt", one_line_of_sentences(24u << 20));
  // The peak is the pipeline's largest process (see above); `cat` is small.
  RunResult r = shell("set -o pipefail; cat line.txt | \"$FACTSHEET\" extract -j 1 - > /dev/null");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_GT(r.peak_rss_kb, 0);
  EXPECT_LT(r.peak_rss_kb, 64 * 1024) << "peak " << r.peak_rss_kb << " KB";
}

TEST_F(Memory, ALongStandardInputGivesTheClaimsOfTheFile) {
  put("line.txt", one_line_of_sentences(5u << 20));
  // The same parts as the file's, with `-` for the document; any jobs.
  RunResult r = shell(
      "set -e -o pipefail; \"$FACTSHEET\" extract -j 2 line.txt | sed 's/^{\"doc\":\"line.txt\"/{\"doc\":\"-\"/' > file.jsonl;"
      "cat line.txt | \"$FACTSHEET\" extract -j 2 - > pipe-j2.jsonl;"
      "\"$FACTSHEET\" extract -j 1 - < line.txt > pipe-j1.jsonl;"
      "cmp file.jsonl pipe-j2.jsonl && cmp file.jsonl pipe-j1.jsonl && test \"$(wc -l < file.jsonl)\" -gt 100000");
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_EQ(r.err, "");  // no warning: the copy was made
}

// A long text in another encoding is decoded into a temporary file, then read in parts:
// memory stays flat, and the claims are those of the same text in UTF-8.
TEST_F(Memory, ALongTextInALegacyEncodingIsDecodedThenReadInParts) {
  {  // (the texts are freed before the run: a forked child's peak counts its parent's pages)
    std::string latin, utf8;
    for (char c : one_line_of_sentences(12u << 20)) {
      if (c != ',') {
        latin += c;
        utf8 += c;
        continue;
      }
      latin += " (\x80" "5 in caf\xE9s),";  // windows-1252: the euro sign, "é"
      utf8 += " (\xE2\x82\xAC" "5 in caf\xC3\xA9s),";
    }
    put("latin.txt", latin);
    put("utf8.txt", utf8);
  }
  RunResult r = shell("\"$FACTSHEET\" extract -j 1 latin.txt -o latin.jsonl");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "factsheet: warning: latin.txt: read as windows-1252\n");
  if (!kSanitized) {
    // Read whole, 12 MB of it took 67 MB; in parts, about 33 MB whatever its length.
    EXPECT_LT(r.peak_rss_kb, 48 * 1024) << "peak " << r.peak_rss_kb << " KB";
  }
  RunResult same = shell(
      "set -e; \"$FACTSHEET\" extract -j 2 utf8.txt | sed 's/^{\"doc\":\"utf8.txt\"/{\"doc\":\"latin.txt\"/' > utf8.jsonl;"
      "cmp latin.jsonl utf8.jsonl && test \"$(grep -c '\"text\":\"\xE2\x82\xAC" "5\"' latin.jsonl)\" -gt 100000");
  EXPECT_EQ(same.status, 0) << same.out << same.err;
}

}  // namespace
}  // namespace factsheet::e2e
