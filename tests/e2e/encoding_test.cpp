// `factsheet extract` / `audit` on text in legacy encodings: detection, the
// "read as" warning, --encoding, and standard input.
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Encodings = Cli;

// "£155m" in windows-1252 (0xA3 is the pound sign), with curly quotes 0x93/0x94.
const std::string kWindows1252 =
    "LONDON \x96 The retailer said \x93trading was strong\x94 as profits rose to \xA3" "155m.\n";

bool has_money(const std::vector<nlohmann::ordered_json>& claims, double value, const std::string& unit) {
  for (const auto& c : claims)
    if (c["kind"] == "money" && c["value"] == value && c["unit"] == unit) return true;
  return false;
}

// Every claim's `text` is text[start, end) of the decoded document text.
void expect_offsets_into(const std::vector<nlohmann::ordered_json>& claims, const std::string& text) {
  for (const auto& c : claims) {
    auto start = c["start"].get<std::size_t>(), end = c["end"].get<std::size_t>();
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), c["text"].get<std::string>());
  }
}

TEST_F(Encodings, Windows1252FileIsDetected) {
  put("old.txt", kWindows1252);
  RunResult r = run({"extract", "old.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "factsheet: warning: old.txt: read as windows-1252\n");
  auto claims = parse_jsonl(r.out);
  EXPECT_TRUE(has_money(claims, 155000000, "GBP")) << r.out;
  // Offsets refer to the decoded UTF-8 text.
  expect_offsets_into(claims, "LONDON \xE2\x80\x93 The retailer said \xE2\x80\x9Ctrading was strong\xE2\x80\x9D"
                              " as profits rose to \xC2\xA3" "155m.\n");
}

TEST_F(Encodings, GivenEncodingOverridesTheGuess) {
  // In latin1 0x93 and 0x94 are C1 controls, not quotes; the pound sign is the same.
  put("old.txt", kWindows1252);
  RunResult r = run({"extract", "--encoding", "latin1", "old.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");  // no guess, so nothing to announce
  auto claims = parse_jsonl(r.out);
  EXPECT_TRUE(has_money(claims, 155000000, "GBP")) << r.out;
  for (const auto& c : claims) EXPECT_EQ(c["sentence"].get<std::string>().find("\xE2\x80\x9C"), std::string::npos);
}

TEST_F(Encodings, Utf8GivenRepairsAsBefore) {
  put("old.txt", kWindows1252);
  RunResult r = run({"extract", "--encoding", "utf-8", "old.txt"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err.rfind("factsheet: warning: old.txt: invalid UTF-8 at byte 7 (", 0), 0u) << r.err;
  EXPECT_FALSE(has_money(parse_jsonl(r.out), 155000000, "GBP")) << r.out;
}

TEST_F(Encodings, UnknownEncodingIsAUsageError) {
  put("old.txt", kWindows1252);
  for (const char* command : {"extract", "audit"}) {
    RunResult r = run({command, "--encoding", "klingon-8", "old.txt"});
    EXPECT_EQ(r.status, 2) << command;
    ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
    EXPECT_NE(r.err.find("klingon-8"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

TEST_F(Encodings, StandardInputIsDetected) {
  RunResult r = run({"extract", "-"}, kWindows1252);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "factsheet: warning: -: read as windows-1252\n");
  EXPECT_TRUE(has_money(parse_jsonl(r.out), 155000000, "GBP")) << r.out;
}

TEST_F(Encodings, AuditReadsTheGivenEncoding) {
  put("a.txt", "Profits rose to \xA3" "155m in 2023.\n");
  RunResult r = run({"audit", "--encoding", "windows-1252", "--format", "json", "a.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("\xC2\xA3" "155m"), std::string::npos) << r.out;
}

TEST_F(Encodings, JsonlIsUtf8ButTheGivenEncodingDecodesIt) {
  put("docs.jsonl", "{\"id\": \"a\", \"text\": \"Profits rose to \xA3" "155m.\"}\n");
  RunResult guessed = run({"extract", "docs.jsonl"});
  EXPECT_EQ(guessed.status, 0);
  EXPECT_EQ(guessed.err.rfind("factsheet: warning: docs.jsonl:1: invalid UTF-8 at byte 37 (", 0), 0u)
      << guessed.err;
  RunResult given = run({"extract", "--encoding", "windows-1252", "docs.jsonl"});
  EXPECT_EQ(given.status, 0);
  EXPECT_EQ(given.err, "");
  EXPECT_TRUE(has_money(parse_jsonl(given.out), 155000000, "GBP")) << given.out;
}

TEST_F(Encodings, JsonlCannotBeReadAsUtf16) {
  put("docs.jsonl", "{}\n");
  RunResult r = run({"extract", "--encoding", "utf-16le", "docs.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find("docs.jsonl: JSON Lines cannot be read as utf-16le"), std::string::npos) << r.err;

  put("wide.jsonl", std::string("\xFF\xFE{\0}\0\n\0", 8));
  RunResult bom = run({"extract", "wide.jsonl"});
  EXPECT_EQ(bom.status, 1);
  EXPECT_EQ(bom.err, "factsheet: wide.jsonl: JSON Lines in UTF-16 (byte order mark) are not read; "
                     "convert the file to UTF-8\n");
}

TEST_F(Encodings, Utf16FileWithBom) {
  std::string text = "Profits rose to \xA3" "155m.\n", utf16 = "\xFF\xFE";
  for (char c : text) utf16 += std::string{c, '\0'};
  put("wide.txt", utf16);
  RunResult r = run({"extract", "wide.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "factsheet: warning: wide.txt: read as utf-16le\n");
  EXPECT_TRUE(has_money(parse_jsonl(r.out), 155000000, "GBP")) << r.out;
}

}  // namespace
}  // namespace factsheet::e2e
