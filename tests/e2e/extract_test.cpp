// `factsheet extract` on good input: formats, input kinds, determinism.
#include <set>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Extract = Cli;

constexpr const char* kTrade = "Trade reached 41 billion US dollars.\n";

void expect_claim_shape(const nlohmann::ordered_json& claim) {
  std::vector<std::string> keys;
  for (const auto& item : claim.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, claim_fields());
}

// Claims whose `text` is exactly text[start, end) of the document.
void expect_offsets_match(const std::vector<nlohmann::ordered_json>& claims, const std::string& text) {
  for (const auto& c : claims) {
    auto start = c["start"].get<std::size_t>(), end = c["end"].get<std::size_t>();
    ASSERT_LE(start, end);
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), c["text"].get<std::string>());
  }
}

TEST_F(Extract, TextFileToStdoutFindsTheMoneyClaim) {
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "trade.txt"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  for (const auto& c : claims) {
    expect_claim_shape(c);
    EXPECT_EQ(c["doc"], "trade.txt");
  }
  expect_offsets_match(claims, kTrade);
  bool found = false;
  for (const auto& c : claims)
    if (c["value"] == 41000000000 && c["unit"] == "USD") found = true;
  EXPECT_TRUE(found) << r.out;
  // The integral value is written as an integer, not in exponent form.
  EXPECT_NE(r.out.find("\"value\":41000000000,"), std::string::npos) << r.out;
}

TEST_F(Extract, JsonlFileHasTheSameBytesAsStdout) {
  put("trade.txt", std::string(kTrade) + "Prices rose 5% in May.\n");
  RunResult to_stdout = run({"extract", "trade.txt"});
  RunResult to_file = run({"extract", "-o", "claims.jsonl", "trade.txt"});
  EXPECT_EQ(to_file.status, 0);
  EXPECT_EQ(to_file.out, "");
  EXPECT_EQ(to_file.err, "");
  EXPECT_EQ(slurp("claims.jsonl"), to_stdout.out);
  EXPECT_EQ(tree(), (std::vector<std::string>{"claims.jsonl", "trade.txt"}));  // no temp left
  auto claims = parse_jsonl(slurp("claims.jsonl"));
  ASSERT_EQ(claims.size(), 2u) << to_stdout.out;
  for (const auto& c : claims) expect_claim_shape(c);
  EXPECT_EQ(claims[0]["text"], "41 billion US dollars");
  EXPECT_EQ(claims[1]["text"], "5%");
}

TEST_F(Extract, CsvHasAHeaderAndOneRowPerClaim) {
  put("trade.txt", kTrade);
  RunResult jsonl = run({"extract", "trade.txt"});
  RunResult r = run({"extract", "trade.txt", "-o", "claims.csv"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  std::string csv = slurp("claims.csv");
  std::string header;
  for (const auto& f : claim_fields()) header += (header.empty() ? "" : ",") + f;
  EXPECT_EQ(csv.substr(0, header.size() + 2), header + "\r\n");
  // Claims in this text have no line breaks, so rows are lines.
  auto rows = static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n'));
  EXPECT_EQ(rows, 1 + parse_jsonl(jsonl.out).size());
  EXPECT_NE(csv.find("trade.txt,"), std::string::npos) << csv;
  EXPECT_NE(csv.find(",41000000000,"), std::string::npos) << csv;
}

TEST_F(Extract, CsvTextThatLooksLikeAFormulaGetsAQuote) {
  // Free-text cells starting with = + - or @ get a leading '; coded cells (the qualifier
  // in words) and plain numbers ("+3", the value -5) stay as they are.
  put("f.txt", "-5% was the drop, said @trader.\n=1+2 costs 5 dollars.\n+3 rose 7%.\n");
  RunResult r = run({"extract", "f.txt", "-o", "f.csv"});
  EXPECT_EQ(r.status, 0) << r.err;
  std::string csv = slurp("f.csv");
  std::vector<std::string> rows;
  for (std::size_t at = 0, end; (end = csv.find("\r\n", at)) != std::string::npos; at = end + 2)
    rows.push_back(csv.substr(at, end - at));
  ASSERT_EQ(rows.size(), 7u) << csv;
  // unit and unit_name are followed by si_value and si_unit, empty for these kinds; the
  // frame (entity, measure, scope, period, role) follows the attribution.
  EXPECT_EQ(rows[1], "f.txt,0,3,1,1,'-5%,\"'-5% was the drop, said @trader.\",percent,-5,,,,,%,percent,,,exact,down,,,,,,,,,change,1,,,,,");
  EXPECT_EQ(rows[4], "f.txt,43,52,2,12,5 dollars,'=1+2 costs 5 dollars.,money,5,,,,,USD,US dollar,,,exact,,,,,,,,,,current,1,,,,,");
  EXPECT_EQ(rows[5], "f.txt,54,56,3,1,+3,'+3 rose 7%.,count,3,,,,,,,,,exact,up,,,,,,,,,change,1,,,,,");
  EXPECT_EQ(rows[6], "f.txt,62,64,3,9,7%,'+3 rose 7%.,percent,7,,,,,%,percent,,,exact,up,,,,,,,,,change,1,,,,,");
}

TEST_F(Extract, OutputExtensionIsCaseInsensitiveAndReplacesAnOldFile) {
  put("trade.txt", kTrade);
  put("claims.CSV", "old contents");
  RunResult r = run({"extract", "trade.txt", "-o", "claims.CSV"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(slurp("claims.CSV").rfind("doc,start,end,", 0), 0u);
}

TEST_F(Extract, DirectoryIsReadRecursivelyInSortedOrder) {
  put("news/b.txt", "Prices rose 5% in May.\n");
  put("news/a/c.md", kTrade);
  put("news/a.txt", "The bridge is 3 km long.\n");
  put("news/notes.csv", "Ignored: 7 km.\n");
  RunResult r = run({"extract", "news"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  std::vector<std::string> docs;
  for (const auto& c : parse_jsonl(r.out)) {
    std::string doc = c["doc"];
    if (docs.empty() || docs.back() != doc) docs.push_back(doc);
  }
  EXPECT_EQ(docs, (std::vector<std::string>{"news/a.txt", "news/a/c.md", "news/b.txt"})) << r.out;
}

TEST_F(Extract, StdinIsNamedDash) {
  RunResult r = run({"extract", "-"}, kTrade);
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  for (const auto& c : claims) EXPECT_EQ(c["doc"], "-");
  expect_offsets_match(claims, kTrade);
}

TEST_F(Extract, JsonlInputUsesRecordIds) {
  put("docs.jsonl", R"({"id":"first","text":"Trade reached 41 billion US dollars."})" "\n"
                    "\n"
                    R"({"id":7,"text":"The bridge is 3 km long.","title":"Bridge"})" "\n"
                    R"({"text":"Prices rose 5% in May."})" "\n");
  RunResult r = run({"extract", "docs.jsonl"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  std::set<std::string> docs;
  for (const auto& c : parse_jsonl(r.out)) docs.insert(c["doc"].get<std::string>());
  EXPECT_EQ(docs, (std::set<std::string>{"first", "7", "docs.jsonl:4"})) << r.out;
}

TEST_F(Extract, InputFormatJsonlAppliesToStdin) {
  RunResult r = run({"extract", "--input-format", "jsonl", "-"},
                    R"({"id":"s1","text":"Trade reached 41 billion US dollars."})" "\n");
  EXPECT_EQ(r.status, 0);
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims[0]["doc"], "s1");
}

TEST_F(Extract, InputFormatTextReadsJsonlFilesAsText) {
  put("docs.jsonl", R"({"id":"x","text":"Trade reached 41 billion US dollars."})" "\n");
  RunResult r = run({"extract", "--input-format", "text", "docs.jsonl"});
  EXPECT_EQ(r.status, 0);
  auto claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 1u) << r.out;
  EXPECT_EQ(claims[0]["doc"], "docs.jsonl");  // not the record's id
  EXPECT_EQ(claims[0]["text"], "41 billion US dollars");
  EXPECT_EQ(claims[0]["start"], 32);  // an offset into the line as written, JSON and all
}

TEST_F(Extract, RunsAreByteIdentical) {
  put("in/one.txt", std::string(kTrade) + "Prices rose 5% in May, to about $3.50 a gallon.\n");
  put("in/two.txt", "Between 10 and 20 billion euros, 30 km away, 2/3 of voters.\n");
  put("in/three.jsonl", R"({"id":"j","text":"Some 1,200 people, up 12.5% on 2023."})" "\n");
  RunResult a = run({"extract", "in"});
  RunResult b = run({"extract", "in"});
  EXPECT_EQ(a.status, 0);
  EXPECT_FALSE(a.out.empty());
  EXPECT_EQ(a.out, b.out);
  ASSERT_EQ(run({"extract", "in", "-o", "a.csv"}).status, 0);
  ASSERT_EQ(run({"extract", "in", "-o", "b.csv"}).status, 0);
  EXPECT_EQ(slurp("a.csv"), slurp("b.csv"));
}

TEST_F(Extract, AnyNumberOfJobsGivesTheSameBytes) {
  // Enough documents of uneven size that workers finish out of order: short ones travel
  // to the workers in groups (of up to 64), so 200 make several groups, and every 50th is
  // over the group's 64 KB on its own.
  for (int i = 0; i < 200; ++i) {
    std::string text;
    int sentences = i % 50 == 7 ? 1500 : 1 + (i * 7) % 23;
    for (int k = 0; k < sentences; ++k)
      text += "Sales rose " + std::to_string(i + k) + "% to $" + std::to_string(3 * k + 1) + " billion in 2023.\n";
    put("in/doc" + std::to_string(1000 + i) + ".txt", text);
  }
  put("in/notes.jsonl", std::string(R"({"id":"a","text":"Some 1,200 people."})") + "\n{bad json\n" +
                            R"({"id":"b","text":"About 30 km away."})" + "\n");
  RunResult one = run({"extract", "-j", "1", "in"});
  EXPECT_EQ(one.status, 1);  // the bad JSONL line is an input error; the rest is written
  std::set<std::string> docs;
  for (const auto& c : parse_jsonl(one.out)) docs.insert(c["doc"].get<std::string>());
  EXPECT_EQ(docs.size(), 202u);  // the 200 texts and both good records
  for (const char* jobs : {"2", "4", "0"}) {
    RunResult many = run({"extract", "--jobs", jobs, "in"});
    EXPECT_EQ(many.status, one.status) << jobs;
    EXPECT_EQ(many.out, one.out) << jobs;
    EXPECT_EQ(many.err, one.err) << jobs;
  }
  ASSERT_EQ(run({"extract", "-j", "1", "in", "-o", "one.csv"}).status, 1);
  ASSERT_EQ(run({"extract", "-j", "3", "in", "-o", "three.csv"}).status, 1);
  EXPECT_EQ(slurp("one.csv"), slurp("three.csv"));
  // The HTML report shows each document's text with its claims, in input order too.
  ASSERT_EQ(run({"extract", "-j", "1", "in", "-o", "one.html"}).status, 1);
  ASSERT_EQ(run({"extract", "-j", "4", "in", "-o", "four.html"}).status, 1);
  EXPECT_EQ(slurp("one.html"), slurp("four.html"));
  EXPECT_EQ(run({"extract", "-j", "-1", "in"}).status, 2);
}

TEST_F(Extract, HtmlReportHighlightsEveryClaimAndIsNotReadBackAsADocument) {
  put("in/trade.txt", kTrade);
  put("in/more.txt", "Sales rose 5% to $3 billion in 2023.\n");
  RunResult claims = run({"extract", "in"});
  ASSERT_EQ(claims.status, 0) << claims.err;
  std::size_t n = parse_jsonl(claims.out).size();
  RunResult first = run({"extract", "in", "-o", "in/report.HTML"});
  ASSERT_EQ(first.status, 0) << first.err;
  std::string html = slurp("in/report.HTML");
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  std::size_t marks = 0, rows = 0;
  for (std::size_t at = html.find("<mark class=\"fig "); at != std::string::npos; at = html.find("<mark class=\"fig ", at + 1))
    ++marks;
  for (std::size_t at = html.find("<tr id=\"r"); at != std::string::npos; at = html.find("<tr id=\"r", at + 1)) ++rows;
  EXPECT_EQ(marks, n);
  EXPECT_EQ(rows, n);
  // A second report beside the first: the first is not a document.
  RunResult second = run({"extract", "in", "-o", "in/again.html"});
  ASSERT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(second.err, "factsheet: warning: in/report.HTML: an HTML report of an earlier run, not a document; not read\n");
  EXPECT_EQ(slurp("in/again.html").size(), html.size());
}

TEST_F(Extract, HtmlReportNamesDocumentsAsTheWorkbookDoesAndTakesHeadline) {
  put("in/trade.txt", kTrade);
  put("in/more.txt", "Sales rose 5% to $3 billion in 2023.\n");
  RunResult r = run({"extract", "in", "--headline", "1", "-o", "report.html"});
  ASSERT_EQ(r.status, 0) << r.err;
  std::string html = slurp("report.html");
  std::size_t cards = 0;
  for (std::size_t at = html.find("<span class=\"rank\""); at != std::string::npos;
       at = html.find("<span class=\"rank\"", at + 1))
    ++cards;
  EXPECT_EQ(cards, 1u);
  // Control: the default lists every fact of these two texts.
  ASSERT_EQ(run({"extract", "in", "-o", "all.html"}).status, 0);
  std::string all = slurp("all.html");
  std::size_t all_cards = 0;
  for (std::size_t at = all.find("<span class=\"rank\""); at != std::string::npos;
       at = all.find("<span class=\"rank\"", at + 1))
    ++all_cards;
  EXPECT_GT(all_cards, 1u);
  // Documents are named below the input folder, as on the workbook's sheets.
  EXPECT_NE(html.find("1 place: more.txt #1"), std::string::npos) << html.substr(0, 4000);
}

// The report's documents and table are spooled to temporary files beside it; a spool that
// cannot be written is the report's failure: one line naming it, exit 3, nothing left.
TEST_F(Extract, AnHtmlReportWhoseSpoolCannotBeWrittenIsNamedAndLeavesNothing) {
  RunResult r = run_past_file_size_limit("extract port.txt -o report.html", 40000, 1500);
  expect_output_error(r, "factsheet: report.html: ");
  // Without the limit, the same run succeeds.
  EXPECT_EQ(run({"extract", "port.txt", "-o", "report.html"}).status, 0);
}

TEST_F(Extract, DashOutputIsStdout) {
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "-o", "-", "trade.txt"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, run({"extract", "trade.txt"}).out);
  EXPECT_EQ(parse_jsonl(r.out).size(), 1u) << r.out;
}

}  // namespace
}  // namespace factsheet::e2e
