// A long standard input is kept in a temporary file, scanned as it goes by, so that it is
// read in parts; anything that cannot be read in parts ends with the bytes for the whole
// reading, none lost.
#include "read/input_spool.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <thread>

#include "temp_dir.hpp"

namespace factsheet::read {
namespace {

// Records what an input's observer is shown.
class Recorder : public ReadObserver {
 public:
  void opened(const std::string&) override {}
  void failed(const std::string&, const std::string&) override {}
  void bytes(std::string_view chunk) override { seen.append(chunk); }
  void closed(bool complete) override { closed_complete = complete; }
  std::string seen;
  bool closed_complete = false;
};

class InputSpool : public testing::TempDirTest {
 protected:
  // `text` through a pipe, written from a thread in small writes, read as "-".
  std::unique_ptr<InputFile> pipe_of(const std::string& text) {
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    writer_ = std::thread([fd = fds[1], text] {
      for (std::size_t at = 0; at < text.size();) {
        ssize_t n = ::write(fd, text.data() + at, std::min<std::size_t>(4093, text.size() - at));
        if (n <= 0) break;
        at += static_cast<std::size_t>(n);
      }
      ::close(fd);
    });
    return std::make_unique<InputFile>(fds[0], "-");
  }
  void TearDown() override {
    if (writer_.joinable()) writer_.join();
    testing::TempDirTest::TearDown();
  }
  // The input as the caller ends up with it: the copy's bytes, or the bytes read so far
  // and the rest.
  static std::string whole(SpooledInput& s, InputFile& in, std::size_t limit) {
    std::string bytes;
    if (s.file) {
      EXPECT_TRUE(s.file->read_all(bytes, std::size_t{1} << 30));  // the copy has no limit
      return bytes;
    }
    bytes = s.bytes;
    if (!s.complete) {
      EXPECT_TRUE(in.read_more(bytes, limit));
    }
    return bytes;
  }
  // Long texts compared without printing them.
  static void expect_same(const std::string& got, const std::string& want) {
    EXPECT_EQ(got.size(), want.size());
    EXPECT_TRUE(got == want);
  }
  static std::string lines(std::size_t bytes) {
    std::string text;
    for (int i = 0; text.size() < bytes; ++i) {
      text += "Line ";
      text += std::to_string(i);
      text += ": caf\xC3\xA9 sales rose 4%.\n";
    }
    return text;
  }

  std::thread writer_;
};

TEST_F(InputSpool, AShortInputStaysInMemory) {
  std::string text = lines(5000);
  auto in = pipe_of(text);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20);
  EXPECT_FALSE(s.file);
  EXPECT_TRUE(s.complete);
  EXPECT_EQ(s.bytes, text);
  EXPECT_TRUE(s.warning.empty());
}

TEST_F(InputSpool, ALongInputGoesToAFileThatHoldsAllOfIt) {
  std::string text = lines(300000);
  auto in = pipe_of(text);
  Recorder seen;
  in->observe(&seen);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20);
  ASSERT_TRUE(s.file);
  ASSERT_EQ(s.plan.way, TextPlan::Way::utf8);
  EXPECT_EQ(s.plan.utf8.bom, 0u);
  EXPECT_EQ(s.plan.utf8.replaced, 0u);
  EXPECT_TRUE(s.bytes.empty());
  expect_same(whole(s, *in, 1 << 20), text);
  expect_same(seen.seen, text);  // the checksum sees the input once, all of it
  in.reset();
  EXPECT_TRUE(seen.closed_complete);
  // The copy is unlinked at once: nothing is left in the directory.
  EXPECT_TRUE(std::filesystem::is_empty(dir_));
}

TEST_F(InputSpool, TheScanOfTheCopyIsTheScanOfTheFile) {
  // A BOM, and bad bytes among many good sequences: repaired, as the whole reading does.
  std::string text = "\xEF\xBB\xBF";
  text += lines(200000);
  text.insert(text.begin() + 150000, '\xE9');
  text += "\xE2\x82";
  auto in = pipe_of(text);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20);
  ASSERT_TRUE(s.file);
  ASSERT_EQ(s.plan.way, TextPlan::Way::utf8);
  TextPlan file_plan = scan_text_file(put("copy.txt", text));
  ASSERT_EQ(file_plan.way, TextPlan::Way::utf8);
  EXPECT_EQ(s.plan.utf8.bom, 3u);
  EXPECT_EQ(s.plan.utf8.replaced, 2u);
  EXPECT_EQ(s.plan.utf8.replaced, file_plan.utf8.replaced);
  EXPECT_EQ(s.plan.utf8.first_invalid, file_plan.utf8.first_invalid);
  EXPECT_EQ(s.plan.utf8.first_invalid, 150000u);
}

TEST_F(InputSpool, TextInALegacyEncodingIsCopiedToBeDecoded) {
  std::string text;
  while (text.size() < 200000) text += "Caf\xE9 prices rose 4% in Z\xFCrich.\n";  // Latin-1
  auto in = pipe_of(text);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20);
  ASSERT_TRUE(s.file);
  EXPECT_EQ(s.plan.way, TextPlan::Way::decode);
  EXPECT_EQ(s.plan.encoding, "windows-1252");
  expect_same(whole(s, *in, 1 << 20), text);
}

TEST_F(InputSpool, ANulByteStopsTheCopyAndNothingIsLost) {
  for (std::size_t at : {std::size_t{100}, std::size_t{150000}}) {  // before and after `hold`
    SCOPED_TRACE(at);
    std::string text = lines(300000);
    text[at] = '\0';
    auto in = pipe_of(text);
    SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20);
    EXPECT_FALSE(s.file);
    EXPECT_FALSE(s.complete);
    EXPECT_TRUE(s.warning.empty());
    expect_same(whole(s, *in, 1 << 20), text);
    writer_.join();
  }
}

TEST_F(InputSpool, UnreadableAsPartsPastTheLimitStopsAtTheLimit) {
  // Endless zeros stop at the document limit, as before.
  std::string text = lines(300000) + std::string(300000, '\0');
  auto in = pipe_of(text);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 100000);
  ASSERT_FALSE(s.file);
  std::string bytes = s.bytes;
  EXPECT_FALSE(in->read_more(bytes, 100000));
  EXPECT_TRUE(bytes.empty());
  // Drain what the writer still has, so that it ends.
  char buf[65536];
  while (in->read(buf, sizeof buf) > 0) {
  }
}

TEST_F(InputSpool, UtfSixteenIsCopiedToBeDecoded) {
  std::string text = "\xFF\xFE";
  for (char c : lines(200000)) {
    text += c;
    text += '\0';
  }
  auto in = pipe_of(text);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20);
  ASSERT_TRUE(s.file);
  EXPECT_EQ(s.plan.way, TextPlan::Way::decode);
  EXPECT_EQ(s.plan.encoding, "utf-16le");
  expect_same(whole(s, *in, 1 << 20), text);
}

TEST_F(InputSpool, NoPlaceForTheCopyReadsWholeWithAWarning) {
  std::string text = lines(300000);
  auto in = pipe_of(text);
  std::string missing = (dir_ / "no" / "such").string();
  SpooledInput s = spool_input(*in, 1 << 16, missing, 1 << 20);
  EXPECT_FALSE(s.file);
  EXPECT_NE(s.warning.find("-: no temporary file"), std::string::npos) << s.warning;
  EXPECT_NE(s.warning.find(missing), std::string::npos) << s.warning;
  expect_same(whole(s, *in, 1 << 20), text);
}

TEST_F(InputSpool, ACopyThatCannotBeWrittenOnReadsWholeWithAWarning) {
  // A file size limit makes the copy's writes fail past 200,000 bytes (EFBIG), as a full
  // disk would (ENOSPC): what was copied is read back, then the rest.
  std::string text = lines(600000);
  auto in = pipe_of(text);
  struct rlimit old;
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &old), 0);
  struct rlimit small = old;
  small.rlim_cur = 200000;
  auto old_handler = ::signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20);
  ::setrlimit(RLIMIT_FSIZE, &old);
  ::signal(SIGXFSZ, old_handler);
  EXPECT_FALSE(s.file);
  EXPECT_NE(s.warning.find("-: could not keep this long input in a temporary file"), std::string::npos)
      << s.warning;
  expect_same(whole(s, *in, 1 << 20), text);
}

TEST_F(InputSpool, ACopyLeavesRoomOnItsFileSystem) {
  // Asked to leave more free than any disk has, the copy stops before it starts: read whole.
  std::string text = lines(300000);
  auto in = pipe_of(text);
  SpooledInput s = spool_input(*in, 1 << 16, dir_.string(), 1 << 20, "", std::size_t{1} << 62);
  EXPECT_FALSE(s.file);
  EXPECT_NE(s.warning.find("-: could not keep this long input in a temporary file (its file system would have "
                           "less than "),
            std::string::npos)
      << s.warning;
  expect_same(whole(s, *in, 1 << 20), text);
}

}  // namespace
}  // namespace factsheet::read
