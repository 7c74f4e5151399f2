// The command problems a new user meets: report formats chosen by extension, inputs
// without documents, unknown subcommands, help that shows examples, CSV that data
// tools read as it is, the extract filters.
#include <algorithm>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Commands = Cli;

const char* const kTrade = "Trade reached 41 billion US dollars in 2023, up 5%.\n";

std::vector<std::string> csv_rows(const std::string& csv) {
  std::vector<std::string> rows;
  for (std::size_t at = 0, end; (end = csv.find("\r\n", at)) != std::string::npos; at = end + 2)
    rows.push_back(csv.substr(at, end - at));
  return rows;
}

TEST_F(Commands, AuditXlsxIsAWorkbookWithItsAuditSheet) {
  put("a.txt", kTrade);
  put("b.txt", kTrade);
  RunResult r = run({"audit", "a.txt", "b.txt", "-o", "report.xlsx"});
  EXPECT_EQ(r.status, 0) << r.err;
  std::string book = slurp("report.xlsx");
  EXPECT_EQ(book.rfind("PK\x03\x04", 0), 0u);  // a zip archive, not text
  EXPECT_NE(book.find("xl/worksheets/sheet2.xml"), std::string::npos);
  EXPECT_EQ(tree(), (std::vector<std::string>{"a.txt", "b.txt", "report.xlsx"}));
}

TEST_F(Commands, AuditReportFormatFollowsTheExtension) {
  put("a.txt", kTrade);
  RunResult r = run({"audit", "a.txt", "-o", "report.json"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(slurp("report.json").rfind("{\"findings\": [", 0), 0u);
  r = run({"audit", "a.txt", "-o", "report.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(slurp("report.txt").rfind("Audit of ", 0), 0u) << slurp("report.txt");
}

TEST_F(Commands, AuditRefusesAnUnknownExtension) {
  put("a.txt", kTrade);
  RunResult r = run({"audit", "a.txt", "-o", "report.pdf"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "factsheet: -o report.pdf: unknown report extension \".pdf\" (use .txt, .json, .xlsx or .html; see "
            "factsheet audit --help)\n");
  r = run({"audit", "a.txt", "-o", "report.txt", "--format", "json"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err,
            "factsheet: --format json does not match -o report.txt (the extension picks the format; see factsheet "
            "audit --help)\n");
  EXPECT_EQ(tree(), std::vector<std::string>{"a.txt"});
}

TEST_F(Commands, AuditHtmlWritesTheHtmlReport) {
  put("a.txt", kTrade);
  RunResult r = run({"audit", "a.txt", "-o", "report.html"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(tree(), (std::vector<std::string>{"a.txt", "report.html"}));
  std::string html = slurp("report.html");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  // The document's text with its three figures highlighted.
  EXPECT_NE(html.find("data-k=\"money\" data-v=\"US$41 billion\" data-u=\"USD (US dollar)\" data-s=\"Trade\" "
                      "data-t=\"2023\">41 billion US dollars</mark>"),
            std::string::npos);
  EXPECT_NE(html.find("data-k=\"percent\" data-v=\"up 5%\""), std::string::npos);
  EXPECT_NE(html.find("id=\"c2\""), std::string::npos);
  EXPECT_EQ(html.find("id=\"c3\""), std::string::npos);
}

TEST_F(Commands, AnInputWithoutDocumentsIsAnErrorAndKeepsTheOldOutput) {
  put("empty/notes.bin", "x");
  put("keep.jsonl", "old\n");
  RunResult r = run({"extract", "empty", "-o", "keep.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "factsheet: empty: no documents in this directory (no .txt, .text, .md, .jsonl, .html, .htm, .xhtml or "
            ".pdf file)\n");
  EXPECT_EQ(slurp("keep.jsonl"), "old\n");
  r = run({"audit", "empty", "-o", "audit.txt"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "factsheet: empty: no documents in this directory (no .txt, .text, .md, .jsonl, .html, .htm, .xhtml or "
            ".pdf file)\n");
  EXPECT_FALSE(exists("audit.txt"));
}

TEST_F(Commands, AnEmptyDirectoryAmongOthersIsNamedAndTheRestIsWritten) {
  put("empty/notes.bin", "x");
  put("a.txt", kTrade);
  RunResult r = run({"extract", "empty", "a.txt", "-o", "out.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_EQ(parse_jsonl(slurp("out.jsonl")).size(), 3u);
}

TEST_F(Commands, UnknownSubcommandIsNamed) {
  RunResult r = run({"foo", "a.txt"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "factsheet: unknown subcommand 'foo' (the subcommands are extract, eval, audit, report; see factsheet --help)\n");
}

TEST_F(Commands, ErrorsPointAtTheSubcommandsHelp) {
  RunResult r = run({"extract", "--bogus", "a.txt"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "factsheet: The following argument was not expected: --bogus (see factsheet extract --help)\n");
  r = run({"audit"});
  EXPECT_EQ(r.err, "factsheet: INPUT is required (see factsheet audit --help)\n");
  r = run({"eval", "newsquant"});
  EXPECT_EQ(r.err, "factsheet: FILE is required (see factsheet eval newsquant --help)\n");
  r = run({"extract", "--kinds", "money,bogus", "a.txt"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "factsheet: --kinds: unknown kind 'bogus' (see factsheet extract --help)\n");
}

TEST_F(Commands, EveryHelpEndsWithExamples) {
  for (const auto& args : std::vector<std::vector<std::string>>{{"--help"},
                                                                 {"extract", "--help"},
                                                                 {"audit", "--help"},
                                                                 {"eval", "--help"},
                                                                 {"eval", "answer-key", "--help"},
                                                                 {"eval", "newsquant", "--help"}}) {
    RunResult r = run(args);
    EXPECT_EQ(r.status, 0);
    std::size_t at = r.out.rfind("\nExamples:\n");
    ASSERT_NE(at, std::string::npos) << r.out;
    std::string examples = r.out.substr(at);
    auto lines = std::count(examples.begin(), examples.end(), '\n');
    EXPECT_GE(std::count(examples.begin(), examples.end(), '\n'), 3) << examples;
    EXPECT_LE(lines, 6) << examples;
    EXPECT_NE(examples.find("  factsheet "), std::string::npos) << examples;
  }
}

TEST_F(Commands, CsvCodedColumnsCarryNoApostrophe) {
  // The qualifier in words, "-" for standard input and a date without a year as they
  // are; the sentence, which does start like a formula, keeps its quote.
  RunResult r = run({"extract", "-", "-o", "s.csv"}, "=Talks on May 20 drew over 3,000 people.\n");
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> rows = csv_rows(slurp("s.csv"));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1],
            "-,10,16,1,11,May 20,\"'=Talks on May 20 drew over 3,000 people.\",date,--05-20,,,,,,,,,exact,,,,,,,,,,,1,,,,,");
  EXPECT_EQ(rows[2],
            "-,22,39,1,23,\"over 3,000 people\",\"'=Talks on May 20 drew over 3,000 people.\",count,3000,,,,,people,"
            "people,,,more than,,Talks people,--05-20,May 20,,,people,talk,--05-20,current,1,,,,,");
}

TEST_F(Commands, CsvBomOnRequest) {
  put("a.txt", kTrade);
  EXPECT_EQ(run({"extract", "a.txt", "-o", "a.csv"}).status, 0);
  EXPECT_EQ(slurp("a.csv").rfind("doc,start,end,line,column,text,", 0), 0u);
  EXPECT_EQ(run({"extract", "--csv-bom", "a.txt", "-o", "b.csv"}).status, 0);
  EXPECT_EQ(slurp("b.csv").rfind("\xEF\xBB\xBF" "doc,start,end,line,column,text,", 0), 0u);
}

TEST_F(Commands, KindsAndMinSourcesFilterTheClaims) {
  put("a.txt", kTrade);
  put("b.txt", "Trade reached 41 billion US dollars in 2023.\nSome 12 ships came.\n");
  RunResult r = run({"extract", "--kinds", "money,percent", "a.txt", "b.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> texts;
  for (const auto& c : parse_jsonl(r.out)) texts.push_back(c["text"]);
  EXPECT_EQ(texts, (std::vector<std::string>{"41 billion US dollars", "5%", "41 billion US dollars"}));
  r = run({"extract", "--min-sources", "2", "a.txt", "b.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  texts.clear();
  for (const auto& c : parse_jsonl(r.out)) texts.push_back(c["text"]);
  EXPECT_EQ(texts, (std::vector<std::string>{"41 billion US dollars", "41 billion US dollars"}));
}

TEST_F(Commands, LineAndColumnForPeople) {
  RunResult r = run({"extract", "-"}, "Headline\n\xC3\x89t\xC3\xA9: prices rose 5%.\n");
  EXPECT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0]["start"], 28);
  EXPECT_EQ(claims[0]["line"], 2);
  EXPECT_EQ(claims[0]["column"], 18);  // characters, not bytes
}

}  // namespace
}  // namespace factsheet::e2e
