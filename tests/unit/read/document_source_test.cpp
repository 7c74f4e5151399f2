#include "read/document_source.hpp"

#include <gtest/gtest.h>

#include "temp_dir.hpp"

namespace factsheet::read {
namespace {

class Source : public testing::TempDirTest {
 protected:
  std::vector<Document> read_all(std::vector<std::string> inputs, ReadOptions options = {}) {
    DocumentSource source(std::move(inputs), options, sink());
    std::vector<Document> docs;
    while (auto doc = source.next()) docs.push_back(std::move(*doc));
    return docs;
  }
  static std::vector<std::string> ids(const std::vector<Document>& docs) {
    std::vector<std::string> out;
    for (const auto& d : docs) out.push_back(d.id);
    return out;
  }
};

TEST_F(Source, TextFileIsOneDocumentNamedByItsPath) {
  std::string p = put("a.txt", "Trade reached 41 billion US dollars.\n");
  auto docs = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, p);
  EXPECT_EQ(docs[0].text, "Trade reached 41 billion US dollars.\n");
  EXPECT_TRUE(errors_.empty());
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(Source, NamedFileIsReadWhateverItsExtension) {
  std::string p = put("page.log", "<p>5 km</p>");  // an unknown extension reads as text
  auto docs = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "<p>5 km</p>");
}

TEST_F(Source, DirectoryIsRecursiveSortedAndFiltered) {
  put("in/b.txt", "b");
  put("in/a/z.md", "z");
  put("in/a.txt", "a");
  put("in/A.txt", "A");
  put("in/sub/deep/c.text", "c");
  put("in/skip.csv", "no");
  put("in/noext", "no");
  put("in/sub/image.png", "no");
  put("in/UPPER.TXT", "U");
  std::string in = path("in");
  auto docs = read_all({in});
  EXPECT_EQ(ids(docs), (std::vector<std::string>{in + "/A.txt", in + "/UPPER.TXT", in + "/a.txt",
                                                 in + "/a/z.md", in + "/b.txt",
                                                 in + "/sub/deep/c.text"}));
  EXPECT_TRUE(errors_.empty());
}

TEST_F(Source, TrailingSlashJoinsCleanly) {
  put("in/a.txt", "a");
  auto docs = read_all({path("in") + "/"});
  EXPECT_EQ(ids(docs), std::vector<std::string>{path("in") + "/a.txt"});
}

TEST_F(Source, InputsKeepCommandLineOrder) {
  std::string b = put("b.txt", "b");
  std::string a = put("a.txt", "a");
  EXPECT_EQ(ids(read_all({b, a})), (std::vector<std::string>{b, a}));
}

TEST_F(Source, SymlinkLoopsEnd) {
  put("in/a.txt", "a");
  put("in/sub/b.txt", "b");
  std::filesystem::create_directory_symlink("..", path("in/sub/up"));
  std::filesystem::create_directory_symlink(path("in"), path("in/self"));
  std::filesystem::create_symlink("a.txt", path("in/link.txt"));
  std::string in = path("in");
  auto docs = read_all({in});
  EXPECT_EQ(ids(docs), (std::vector<std::string>{in + "/a.txt", in + "/link.txt", in + "/sub/b.txt"}));
  EXPECT_TRUE(errors_.empty());
}

TEST_F(Source, DanglingDocumentLinkIsAnError) {
  put("in/a.txt", "a");
  std::filesystem::create_symlink("gone.txt", path("in/dangling.txt"));
  std::filesystem::create_symlink("gone.png", path("in/dangling.png"));
  auto docs = read_all({path("in")});
  EXPECT_EQ(docs.size(), 1u);
  EXPECT_EQ(errors_, std::vector<std::string>{path("in/dangling.txt") + ": No such file or directory"});
}

TEST_F(Source, MissingPathIsReportedAndTheRestContinues) {
  std::string a = put("a.txt", "a");
  auto docs = read_all({path("missing.txt"), a});
  EXPECT_EQ(ids(docs), std::vector<std::string>{a});
  EXPECT_EQ(errors_, std::vector<std::string>{path("missing.txt") + ": No such file or directory"});
}

TEST_F(Source, BinaryFileIsSkipped) {
  std::string bin = put("bin.txt", std::string("ab\0cd", 5));
  std::string ok = put("ok.txt", "fine");
  auto docs = read_all({bin, ok});
  EXPECT_EQ(ids(docs), std::vector<std::string>{ok});
  EXPECT_EQ(errors_, std::vector<std::string>{bin + ": binary file (NUL byte at offset 2)"});
}

TEST_F(Source, InvalidUtf8IsAWarning) {
  std::string p = put("bad.txt", "\xEF\xBB\xBF" "5 \xE2\x82 km");
  auto docs = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "5 \xEF\xBF\xBD km");
  EXPECT_TRUE(errors_.empty());
  EXPECT_EQ(warnings_,
            std::vector<std::string>{p + ": invalid UTF-8 at byte 5 (1 sequence replaced with U+FFFD)"});
}

TEST_F(Source, EmptyFileIsAnEmptyDocument) {
  std::string p = put("empty.txt", "");
  auto docs = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, p);
  EXPECT_EQ(docs[0].text, "");
  EXPECT_TRUE(errors_.empty());
}

TEST_F(Source, OversizedDocumentIsAnError) {
  std::string big = put("big.txt", std::string(11, 'x'));
  std::string fits = put("fits.txt", std::string(10, 'x'));
  ReadOptions options;
  options.max_document_bytes = 10;
  auto docs = read_all({big, fits}, options);
  EXPECT_EQ(ids(docs), std::vector<std::string>{fits});
  EXPECT_EQ(errors_, std::vector<std::string>{big + ": larger than the 10 bytes document limit; skipped"});
}

TEST_F(Source, FormatOptionOverridesTheExtension) {
  std::string jsonl = put("d.jsonl", R"({"id":"x","text":"t"})" "\n");
  std::string txt = put("d.txt", R"({"id":"y","text":"u"})" "\n");
  ReadOptions as_text;
  as_text.format = InputFormat::text;
  auto docs = read_all({jsonl}, as_text);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, jsonl);
  ReadOptions as_jsonl;
  as_jsonl.format = InputFormat::jsonl;
  docs = read_all({txt}, as_jsonl);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "y");
  EXPECT_EQ(docs[0].text, "u");
}

}  // namespace
}  // namespace factsheet::read
