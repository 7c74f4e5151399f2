// A JSON number beyond the range of a double ("1e400") in a JSONL input is a bad line
// like any other: one message naming file and line, the rest of the input and the
// other inputs still read.
#include <set>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using JsonNumbers = Cli;

std::set<std::string> docs_of(const std::string& jsonl) {
  std::set<std::string> docs;
  for (const auto& c : parse_jsonl(jsonl)) docs.insert(c["doc"].get<std::string>());
  return docs;
}

TEST_F(JsonNumbers, OutOfRangeNumberInADocumentLineSkipsThatLineOnly) {
  put("a.jsonl", R"({"id":"a1","text":"Trade reached 41 billion US dollars."})" "\n"
                 R"({"id":"a2","text":"Sales rose 5%.","n":1e400})" "\n"
                 R"({"id":"a3","text":"The bridge is 3 km long.","extra":{"x":[-1e999]}})" "\n"
                 R"({"id":"a4","text":"The road is 9 km long."})" "\n");
  put("b.txt", "Exports rose 7%.\n");
  RunResult r = run({"extract", "a.jsonl", "b.txt", "-o", "claims.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err_lines(), (std::vector<std::string>{
                               "factsheet: a.jsonl:2: invalid JSON: number overflow parsing '1e400'",
                               "factsheet: a.jsonl:3: invalid JSON: number overflow parsing '-1e999'"}));
  EXPECT_EQ(docs_of(slurp("claims.jsonl")), (std::set<std::string>{"a1", "a4", "b.txt"}));
  // The audit reads JSONL documents the same way.
  RunResult audit = run({"audit", "a.jsonl", "b.txt"});
  EXPECT_EQ(audit.status, 1);
  EXPECT_EQ(audit.err, r.err);
  EXPECT_NE(audit.out.find("Audit of 3 figures"), std::string::npos) << audit.out;
}

TEST_F(JsonNumbers, OutOfRangeNumberInAClaimFileSkipsThatRecordOnly) {
  put("a.txt", "Kazakhstan's trade reached 41 billion US dollars in 2023.\n");
  put("b.txt", "Kazakhstan's trade reached 45 billion US dollars in 2023.\n");
  ASSERT_EQ(run({"extract", "a.txt", "-o", "a.jsonl"}).status, 0);
  std::string bad = R"({"doc":"x","start":0,"end":5,"text":"5 km","kind":"measure","value":1e400})";
  put("claims.jsonl", slurp("a.jsonl") + bad + "\n" + slurp("a.jsonl"));
  RunResult r = run({"audit", "--fail-on", "conflict", "claims.jsonl", "b.txt"});
  EXPECT_EQ(r.status, 1);  // an input problem outranks the finding
  EXPECT_EQ(r.err, "factsheet: claims.jsonl:3: invalid JSON: number overflow parsing '1e400'\n");  // after the money and year claims
  EXPECT_NE(r.out.find("Audit of 3 figures"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[conflict]"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace factsheet::e2e
