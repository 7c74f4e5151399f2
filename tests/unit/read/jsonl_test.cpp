// JSONL input through DocumentSource: ids, blank lines, per-line errors.
#include <gtest/gtest.h>

#include "read/document_source.hpp"
#include "read/jsonl_record.hpp"
#include "temp_dir.hpp"

namespace factsheet::read {
namespace {

class Jsonl : public testing::TempDirTest {
 protected:
  std::vector<Document> read_all(const std::string& file, ReadOptions options = {}) {
    DocumentSource source({file}, options, sink());
    std::vector<Document> docs;
    while (auto doc = source.next()) docs.push_back(std::move(*doc));
    return docs;
  }
};

TEST_F(Jsonl, IdsAndMetadata) {
  std::string p = put("d.jsonl",
                      R"({"id":"a1","text":"5 km","title":"T","source":"S","date":"2024-05-20"})" "\n"
                      R"({"id":42,"text":"six"})" "\n"
                      R"({"text":"no id"})" "\n"
                      R"({"id":null,"text":"null id"})" "\n"
                      R"({"id":2.5,"text":"float id","extra":[1,2]})" "\n");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].id, "a1");
  EXPECT_EQ(docs[0].text, "5 km");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].source, "S");
  EXPECT_EQ(docs[0].date, "2024-05-20");
  EXPECT_EQ(docs[1].id, "42");
  EXPECT_EQ(docs[2].id, p + ":3");
  EXPECT_EQ(docs[3].id, p + ":4");
  EXPECT_EQ(docs[4].id, "2.5");
  EXPECT_TRUE(errors_.empty());
}

TEST_F(Jsonl, BlankLinesAndCrlfAndBom) {
  std::string p = put("d.jsonl", "\xEF\xBB\xBF{\"id\":1,\"text\":\"a\\nb\"}\r\n\r\n   \n{\"text\":\"x\"}");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "a\nb");
  EXPECT_EQ(docs[1].id, p + ":4");  // line numbers count blank lines
  EXPECT_TRUE(errors_.empty());
}

// Records of up to 1 MiB are read by simdjson, longer ones (and any line it rejects) by
// nlohmann: both read a record the same way. A repeated key counts once, its last value;
// keys and strings are unescaped; a number beyond 64 bits in another field is no error;
// a record past the fast path's limit gives the same document.
TEST_F(Jsonl, EveryRecordReadsTheSameOnEitherPath) {
  std::string big(std::size_t{1} << 20, 'x');
  std::string p = put("d.jsonl", R"({"id":"a","text":"first","text":"second 5 km"})" "\n"
                                 R"({"id":"b","t\u0065xt":"\u00a3 5 \"q\" \ud83d\ude00"})" "\n"
                                 R"({"id":"c","text":"big","n":123456789012345678901234567890})" "\n"
                                 R"({"id":"d","text":"long )" + big + R"(","title":"T","title":"U"})" "\n"
                                 R"({"id":"e","text":"short","title":"T","title":"U"})" "\n");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].text, "second 5 km");
  EXPECT_EQ(docs[1].text, "\xC2\xA3 5 \"q\" \xF0\x9F\x98\x80");
  EXPECT_EQ(docs[2].text, "big");
  EXPECT_EQ(docs[3].text, "long " + big);
  EXPECT_EQ(docs[3].title, "U");
  EXPECT_EQ(docs[4].title, "U");
  EXPECT_TRUE(errors_.empty());
}

// The fast record parser against the general one, line by line: the same document or the
// same error, on the records whose reading differs most between JSON parsers.
TEST(JsonlRecord, FastAndGeneralPathsAgree) {
  const std::vector<std::string> lines = {
      R"({"id": "a", "text": "Sales rose 5%.", "title": "T", "source": "S", "date": "2005-01-02"})",
      R"({"id": "b", "text": "first", "text": "second"})",
      R"({"id": 42, "text": "x"})",
      R"({"id": 2.50, "text": "x"})",
      R"({"id": -0, "text": "x"})",
      R"({"id": 1e5, "text": "x"})",
      R"({"id": true, "text": "x"})",
      R"({"id": "", "text": "x"})",
      R"({"id": null, "text": "x"})",
      R"({"id": "c"})",
      R"({"id": "d", "text": 5})",
      R"({"id": "e", "text": "x", "title": 3})",
      R"({"id": "f", "text": "x", "n": 1e400})",
      R"({"id": "g", "text": "x", "n": 123456789012345678901234567890})",
      R"({"id": "h", "text": "bad \ud800 surrogate"})",
      R"({"id": "i", "text": "pair \ud83d\ude00"})",
      R"({"id": "j", "text": "\u00a3 \"q\" \\ \/"})",
      R"({"id": "k", "text": "x"} trailing)",
      R"([1, 2, 3])",
      R"("just a string")",
      R"({"id": "l", "t\u0065xt": "x"})",
      R"({"id": "m", "text": "x", "source": null, "date": ["y"]})",
      "{\"id\": \"o\", \"text\": \"tab\there\"}",
      "\xEF\xBB\xBF{\"id\": \"bom\", \"text\": \"x\"}",
      "{\"id\": \"p\", \"text\": \"caf\xE9\"}",
      R"({"id": "q", "text": "x",})",
      R"({"id": "r" "text": "x"})",
      "",
      "   ",
      R"({})",
  };
  int number = 0;
  for (const std::string& line : lines) {
    ++number;
    std::vector<std::string> fast_said, general_said;
    auto fast = read::parse_jsonl_record(line, "f", number, 0,
                                         [&](const read::Diagnostic& d) { fast_said.push_back(d.message); });
    auto general = read::parse_jsonl_record_general(
        line, "f", number, 0, [&](const read::Diagnostic& d) { general_said.push_back(d.message); });
    ASSERT_EQ(fast.has_value(), general.has_value()) << line;
    EXPECT_EQ(fast_said, general_said) << line;
    if (!fast) continue;
    EXPECT_EQ(fast->id, general->id) << line;
    EXPECT_EQ(fast->text, general->text) << line;
    EXPECT_EQ(fast->title, general->title) << line;
    EXPECT_EQ(fast->source, general->source) << line;
    EXPECT_EQ(fast->date, general->date) << line;
  }
}

TEST_F(Jsonl, BadLinesAreErrorsAndTheRestContinue) {
  std::string p = put("d.jsonl",
                      R"({"id":"ok1","text":"a"})" "\n"
                      R"({"id":"broken","text":)" "\n"
                      R"({"id":"no text"})" "\n"
                      R"({"id":"num text","text":5})" "\n"
                      R"(["not","an","object"])" "\n"
                      R"({"id":true,"text":"t"})" "\n"
                      R"({"id":"t","text":"t","title":3})" "\n"
                      R"({"id":"ok2","text":"b"})" "\n");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "ok1");
  EXPECT_EQ(docs[1].id, "ok2");
  ASSERT_EQ(errors_.size(), 6u);
  EXPECT_EQ(errors_[0].rfind(p + ":2: invalid JSON at column ", 0), 0u) << errors_[0];
  EXPECT_EQ(errors_[0].find('\n'), std::string::npos);
  EXPECT_EQ(errors_[1], p + ":3: missing \"text\"");
  EXPECT_EQ(errors_[2], p + ":4: \"text\" must be a string");
  EXPECT_EQ(errors_[3], p + ":5: expected a JSON object");
  EXPECT_EQ(errors_[4], p + ":6: \"id\" must be a string or a number");
  EXPECT_EQ(errors_[5], p + ":7: \"title\" must be a string");
}

TEST_F(Jsonl, NumberOutOfRangeIsABadLine) {
  // nlohmann throws out_of_range (not parse_error) for a number beyond a double.
  std::string p = put("d.jsonl",
                      R"({"id":"ok1","text":"a"})" "\n"
                      R"({"id":"big","text":"b","n":1e400})" "\n"
                      R"({"id":"neg","text":"c","extra":[-1e400]})" "\n"
                      R"({"id":1e999,"text":"d"})" "\n"
                      R"({"id":"ok2","text":"e","n":1e300})" "\n");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "ok1");
  EXPECT_EQ(docs[1].id, "ok2");
  EXPECT_EQ(errors_, (std::vector<std::string>{p + ":2: invalid JSON: number overflow parsing '1e400'",
                                               p + ":3: invalid JSON: number overflow parsing '-1e400'",
                                               p + ":4: invalid JSON: number overflow parsing '1e999'"}));
}

// Found by fuzz_jsonl: an empty id was taken as it is, so the claims named no document.
TEST_F(Jsonl, EmptyIdIsFileAndLine) {
  std::string p = put("d.jsonl", R"({"id": "", "text": "Call 650-333-6555 for details."})" "\n");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, p + ":1");
  EXPECT_TRUE(errors_.empty());
}

TEST_F(Jsonl, ParseErrorDoesNotQuoteTheLine) {
  std::string p = put("d.jsonl", "{\"text\":\"" + std::string(5000, 'x') + "\n");
  read_all(p);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_LT(errors_[0].size(), 300u) << errors_[0];
}

TEST_F(Jsonl, InvalidUtf8IsRepairedWithTheFileOffset) {
  std::string first = R"({"id":"a","text":"ok"})" "\n";
  std::string p = put("d.jsonl", first + "{\"id\":\"b\",\"text\":\"5\xFFkm\"}\n");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].text, "5\xEF\xBF\xBDkm");
  EXPECT_TRUE(errors_.empty());
  std::size_t offset = first.size() + std::string(R"({"id":"b","text":"5)").size();
  EXPECT_EQ(warnings_, std::vector<std::string>{p + ":2: invalid UTF-8 at byte " +
                                                std::to_string(offset) +
                                                " (1 sequence replaced with U+FFFD)"});
}

TEST_F(Jsonl, OverlongLineIsSkipped) {
  std::string p = put("d.jsonl", R"({"text":")" + std::string(100, 'x') + "\"}\n" +
                                     R"({"id":"s","text":"short"})" "\n");
  ReadOptions options;
  options.max_document_bytes = 64;
  auto docs = read_all(p, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "s");
  EXPECT_EQ(errors_, std::vector<std::string>{p + ":1: line larger than the 64 bytes document limit; skipped"});
}

TEST_F(Jsonl, EndlessLineStopsTheFile) {
  // Past four times the limit without a line end, the input is taken for endless
  // (/dev/zero) and not read further.
  std::string p = put("d.jsonl", R"({"id":"a","text":"first"})" "\n" + std::string(300000, ' ') +
                                     "\n" R"({"id":"b","text":"never read"})" "\n");
  ReadOptions options;
  options.max_document_bytes = 64;
  auto docs = read_all(p, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(errors_, std::vector<std::string>{
                         p + ":2: no line end within 256 bytes (endless input?); the rest is not read"});
}

TEST_F(Jsonl, LongLinesAcrossReadChunks) {
  std::string text(200000, 'y');  // several read chunks
  std::string p = put("d.jsonl", R"({"id":"long","text":")" + text + "\"}\n" + R"({"id":"next","text":"n"})");
  auto docs = read_all(p);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, text);
  EXPECT_EQ(docs[1].id, "next");
}

TEST_F(Jsonl, EmptyFileHasNoDocumentsAndSaysSo) {
  std::string p = put("empty.jsonl", "");
  EXPECT_TRUE(read_all(p).empty());
  EXPECT_EQ(errors_, std::vector<std::string>{p + ": no documents in this input"});
}

TEST_F(Jsonl, DirectoryJsonlFilesAreReadAsJsonl) {
  put("in/a.jsonl", R"({"id":"r1","text":"x"})" "\n" R"({"id":"r2","text":"y"})" "\n");
  put("in/b.txt", "plain");
  DocumentSource source({path("in")}, {}, sink());
  std::vector<std::string> ids;
  while (auto doc = source.next()) ids.push_back(doc->id);
  EXPECT_EQ(ids, (std::vector<std::string>{"r1", "r2", path("in/b.txt")}));
}

}  // namespace
}  // namespace factsheet::read
