// What the reader does for the run around it: every input's bytes seen once by an
// observer, the run's own output and claim files skipped, ids that are valid UTF-8,
// and a claim file told apart from documents through the reader that goes on with it.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "read/claim_file.hpp"
#include "read/document_source.hpp"
#include "read/line_reader.hpp"
#include "temp_dir.hpp"

namespace factsheet::read {
namespace {

// Records what a ReadObserver is told, one line per event.
class Recorder final : public ReadObserver {
 public:
  void opened(const std::string& path) override { events.push_back("opened " + path); }
  void failed(const std::string& path, const std::string& reason) override {
    events.push_back("failed " + path + ": " + reason);
  }
  void bytes(std::string_view chunk) override { events.back() += " +" + std::string(chunk); }
  void closed(bool complete) override { events.push_back(complete ? "closed" : "closed early"); }
  std::vector<std::string> events;
};

class ReadOnce : public testing::TempDirTest {
 protected:
  std::vector<Document> read_all(std::vector<std::string> inputs, const ReadOptions& options) {
    DocumentSource source(std::move(inputs), options, sink());
    std::vector<Document> docs;
    while (auto doc = source.next()) docs.push_back(std::move(*doc));
    return docs;
  }
};

TEST_F(ReadOnce, TheObserverSeesEveryInputOnceInOrder) {
  std::string a = put("in/a.txt", "5 km");
  std::string b = put("in/b.jsonl", R"({"id":"b","text":"6 km"})" "\n");
  std::string big = put("big.txt", std::string(40, 'x'));
  Recorder recorder;
  ReadOptions options;
  options.observer = &recorder;
  options.max_document_bytes = 32;
  auto docs = read_all({path("in"), path("missing.txt"), big}, options);
  EXPECT_EQ(docs.size(), 2u);
  EXPECT_EQ(recorder.events, (std::vector<std::string>{
                                 "opened " + a + " +5 km", "closed",
                                 "opened " + b + " +{\"id\":\"b\",\"text\":\"6 km\"}\n", "closed",
                                 "failed " + path("missing.txt") + ": No such file or directory",
                                 // A regular file known to be too large is not read at all.
                                 "opened " + big, "closed early"}));
}

TEST_F(ReadOnce, OutputFilesAndClaimFilesAreSkippedWithAWarning) {
  std::string doc = put("in/a.txt", "5 km");
  std::string out = put("in/out.jsonl", R"({"id":"o","text":"7 km"})" "\n");
  std::string claims = put("in/old.jsonl", "\n" R"({"doc":"a","start":0,"end":4,"text":"5 km","kind":"measure"})" "\n");
  std::string report = put("in/old.html", "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                                          "<meta name=\"generator\" content=\"factsheet 0.1.0\">\n</head><p>5 km</p>");
  struct stat st;
  ASSERT_EQ(::stat(out.c_str(), &st), 0);
  ReadOptions options;
  options.skip_files = {FileId{st.st_dev, st.st_ino}};
  options.skip_claim_files = true;
  auto docs = read_all({path("in")}, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, doc);
  EXPECT_TRUE(errors_.empty());
  EXPECT_EQ(warnings_, (std::vector<std::string>{
                           report + ": an HTML report of an earlier run, not a document; not read",
                           claims + ": claims of an earlier run (JSON Lines with \"kind\" and \"start\"), not "
                                    "documents; not read",
                           out + ": the output of this run; not read"}));
}

TEST_F(ReadOnce, IdsAreValidUtf8) {
  std::string p = put("caf\xff.txt", "5 km");
  std::string j = put("x\xfe.jsonl", R"({"text":"6 km"})" "\n");
  auto docs = read_all({p, j}, {});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, path("caf\xEF\xBF\xBD.txt"));
  EXPECT_EQ(docs[1].id, path("x\xEF\xBF\xBD.jsonl:1"));
}

TEST_F(ReadOnce, TheFirstRecordIsHandedBack) {
  std::string claims = put("c.jsonl", "\xEF\xBB\xBF" R"({"doc":"a","start":0,"end":4,"text":"5 km","kind":"measure"})"
                                      "\n\n" R"({"doc":"a","start":5,"end":9,"text":"6 km","kind":"measure"})" "\n");
  LineReader lines(std::make_unique<InputFile>(claims), 1 << 20);
  ASSERT_TRUE(starts_with_claim_record(lines));
  std::vector<std::string> texts;
  EXPECT_EQ(read_claims(lines, [&](Claim&& c) { texts.push_back(c.text); }, sink()), 2u);
  EXPECT_EQ(texts, (std::vector<std::string>{"5 km", "6 km"}));
  EXPECT_TRUE(errors_.empty());

  std::string docs = put("d.jsonl", "\n  \n" R"({"id":"d","text":"7 km","n":1e400})" "\n" R"({"id":"e","text":"8 km"})");
  auto reader = std::make_unique<LineReader>(std::make_unique<InputFile>(docs), 1 << 20);
  ASSERT_FALSE(starts_with_claim_record(*reader));  // out of range: not a claim record, and no throw
  DocumentSource source(std::move(reader), {}, sink());
  auto first = source.next();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->id, "e");
  EXPECT_EQ(errors_, std::vector<std::string>{docs + ":3: invalid JSON: number overflow parsing '1e400'"});
}

}  // namespace
}  // namespace factsheet::read
