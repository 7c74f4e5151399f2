// File names need not be UTF-8, but every output is: the bytes of a name that are not
// valid UTF-8 become U+FFFD wherever the name is written (the doc field of JSON Lines,
// CSV and audit reports). The workbook's sheets are checked in tests/xlsx.
#include <algorithm>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using FileNames = Cli;

const std::string kRawName = "caf\xff\xfe.txt";
const std::string kShownName = "caf\xEF\xBF\xBD\xEF\xBF\xBD.txt";

// Whether `s` is valid UTF-8 (nlohmann's dump refuses anything else).
bool valid_utf8(const std::string& s) {
  try {
    std::string dumped = nlohmann::json(s).dump();
    return !dumped.empty();
  } catch (const nlohmann::json::exception&) {
    return false;
  }
}

TEST_F(FileNames, NamesThatAreNotUtf8BecomeValidText) {
  put("in/" + kRawName, "Kazakhstan's trade reached 41 billion US dollars in 2023.\n");
  put("in/b.txt", "Kazakhstan's trade reached 45 billion US dollars in 2023.\n");
  for (const std::string& input : {std::string("in"), "in/" + kRawName}) {
    RunResult r = run({"extract", input});
    EXPECT_EQ(r.status, 0) << r.err;
    ASSERT_TRUE(valid_utf8(r.out)) << r.out;
    auto claims = parse_jsonl(r.out);
    ASSERT_FALSE(claims.empty());
    EXPECT_EQ(claims.back()["doc"], "in/" + kShownName);
  }

  ASSERT_EQ(run({"extract", "in", "-o", "claims.csv"}).status, 0);
  std::string csv = slurp("claims.csv");
  EXPECT_TRUE(valid_utf8(csv)) << csv;
  EXPECT_NE(csv.find("\r\nin/" + kShownName + ","), std::string::npos) << csv;

  RunResult json = run({"audit", "--format", "json", "in"});
  EXPECT_EQ(json.status, 0) << json.err;
  ASSERT_TRUE(valid_utf8(json.out));
  auto report = nlohmann::json::parse(json.out);
  std::vector<std::string> docs;
  for (const auto& f : report["findings"])
    for (const auto& c : f["claims"]) docs.push_back(c["doc"].get<std::string>());
  EXPECT_NE(std::find(docs.begin(), docs.end(), "in/" + kShownName), docs.end()) << json.out;
  // The explanations name the documents too.
  EXPECT_NE(json.out.find("(in/" + kShownName + " #1: "), std::string::npos) << json.out;

  RunResult text = run({"audit", "in"});
  EXPECT_TRUE(valid_utf8(text.out)) << text.out;
  EXPECT_NE(text.out.find("    in/" + kShownName + " #1 1:28"), std::string::npos) << text.out;
}

TEST_F(FileNames, JsonlRecordsWithoutIdAreNamedByTheRepairedPath) {
  put(kRawName + ".jsonl", R"({"text":"Sales rose 5%."})" "\n");
  RunResult r = run({"extract", kRawName + ".jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  ASSERT_TRUE(valid_utf8(r.out)) << r.out;
  auto claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0]["doc"], kShownName + ".jsonl:1");
}

}  // namespace
}  // namespace factsheet::e2e
