// `factsheet extract` on HTML pages, PDF reports, and CRLF / BOM variants of text.
#include <set>

#include "../unit/read/pdf_maker.hpp"
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using InputFormats = Cli;
using read::testing::make_pdf;
using read::testing::PdfSpec;

// Every claim's `text` is text[start, end) of the extracted document text.
void expect_offsets_into(const std::vector<nlohmann::ordered_json>& claims, const std::string& text) {
  for (const auto& c : claims) {
    auto start = c["start"].get<std::size_t>(), end = c["end"].get<std::size_t>();
    ASSERT_LE(start, end);
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), c["text"].get<std::string>());
  }
}

std::set<std::string> claim_texts(const std::vector<nlohmann::ordered_json>& claims) {
  std::set<std::string> out;
  for (const auto& c : claims) out.insert(c["text"].get<std::string>());
  return out;
}

// The claims without their document and offsets (which differ between CRLF and
// LF copies of one text): what was found, not where.
std::vector<nlohmann::ordered_json> without_position(std::vector<nlohmann::ordered_json> claims) {
  for (auto& c : claims) {
    c.erase("doc");
    c.erase("start");
    c.erase("end");
  }
  return claims;
}

std::string crlf(const std::string& lf) {
  std::string out;
  for (char c : lf) out += c == '\n' ? std::string("\r\n") : std::string(1, c);
  return out;
}

constexpr const char* kPage = R"(<!DOCTYPE html>
<html><head><title>Trade up | Ledger</title>
<script>var visitors = 123456; document.write("99 km");</script>
<style>.x { width: 300px; }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/24-7">Open 24 hours</a> <a>77 stories</a></nav>
<main><h1>Trade up</h1>
<p>Bilateral trade reached 41 billion
   US dollars last year.</p>
<p>The new bridge is 3&nbsp;km long.</p>
</main>
<footer>&copy; 2024 Ledger, 55 employees</footer>
</body></html>
)";
constexpr const char* kPageText =
    "Trade up\n"
    "Bilateral trade reached 41 billion US dollars last year.\n"
    "The new bridge is 3 km long.\n";

TEST_F(InputFormats, HtmlArticleFiguresWithOffsetsIntoTheExtractedText) {
  put("page.html", kPage);
  RunResult r = run({"extract", "page.html"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  for (const auto& c : claims) EXPECT_EQ(c["doc"], "page.html");
  expect_offsets_into(claims, kPageText);
  std::set<std::string> texts = claim_texts(claims);
  EXPECT_TRUE(texts.count("41 billion US dollars")) << r.out;
  EXPECT_TRUE(texts.count("3 km")) << r.out;
  // Nothing from the script, style, navigation or footer.
  for (const char* boilerplate : {"123456", "99 km", "300", "24", "77", "2024", "55"})
    for (const auto& t : texts) EXPECT_EQ(t.find(boilerplate), std::string::npos) << t;
  bool money = false;
  for (const auto& c : claims)
    if (c["value"] == 41000000000 && c["unit"] == "USD") money = true;
  EXPECT_TRUE(money) << r.out;
}

TEST_F(InputFormats, HtmlMetadataFillsTitleSourceAndDate) {
  // og:title outranks <title>; og:site_name is the source; article:published_time the date.
  put("meta.html",
      "<!DOCTYPE html><html><head><title>Page title | Site</title>\n"
      "<meta property=\"og:title\" content=\"Exports up in May\">\n"
      "<meta property=\"og:site_name\" content=\"The Ledger\">\n"
      "<meta property=\"article:published_time\" content=\"2023-06-02T08:00:00Z\">\n"
      "</head><body><article><p>Exports rose 5% last year.</p></article></body></html>\n");
  // Without og:title, the first <h1>, then <title>; a `date` meta tag gives the date.
  put("plain.html",
      "<html><head><title>Plain page</title><meta name=\"date\" content=\"2022-01-15\"></head>"
      "<body><p>Imports fell 3% last year.</p></body></html>\n");
  RunResult r = run({"extract", "--year", "2030", "meta.html", "plain.html"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 2u) << r.out;
  EXPECT_EQ(claims[0]["text"], "5%");
  EXPECT_EQ(claims[0]["title"], "Exports up in May");
  EXPECT_EQ(claims[0]["source"], "The Ledger");
  EXPECT_EQ(claims[0]["date"], "2023-06-02");
  EXPECT_EQ(claims[0]["time"], "2022");  // "last year" from the page's date, not --year
  EXPECT_EQ(claims[1]["text"], "3%");
  EXPECT_EQ(claims[1]["title"], "Plain page");
  EXPECT_TRUE(claims[1]["source"].is_null());
  EXPECT_EQ(claims[1]["date"], "2022-01-15");
  EXPECT_EQ(claims[1]["time"], "2021");
}

TEST_F(InputFormats, HtmlWithCrlfAndBomGivesTheSameClaims) {
  put("lf.html", kPage);
  put("crlf.html", "\xEF\xBB\xBF" + crlf(kPage));
  RunResult lf = run({"extract", "lf.html"});
  RunResult other = run({"extract", "crlf.html"});
  EXPECT_EQ(other.status, 0);
  EXPECT_EQ(other.err, "");
  auto a = parse_jsonl(lf.out), b = parse_jsonl(other.out);
  ASSERT_FALSE(a.empty());
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    b[i]["doc"] = a[i]["doc"];
    EXPECT_EQ(a[i], b[i]);  // the extracted text is the same, offsets included
  }
}

TEST_F(InputFormats, TextWithCrlfAndBomGivesTheSameClaims) {
  std::string lf = "Trade reached 41 billion US dollars.\nPrices rose 5% in May.\n"
                   "The bridge is 3 km long, and 26 out of the 45 projects are done.\n";
  put("lf.txt", lf);
  put("crlf.txt", crlf(lf));
  put("bom.txt", "\xEF\xBB\xBF" + lf);
  put("both.txt", "\xEF\xBB\xBF" + crlf(lf));
  auto base = parse_jsonl(run({"extract", "lf.txt"}).out);
  ASSERT_GE(base.size(), 4u);
  for (const char* name : {"crlf.txt", "bom.txt", "both.txt"}) {
    RunResult r = run({"extract", name});
    EXPECT_EQ(r.status, 0) << name;
    EXPECT_EQ(r.err, "") << name;
    auto claims = parse_jsonl(r.out);
    EXPECT_EQ(without_position(claims), without_position(base)) << name;
    // Offsets index the decoded text: the BOM is dropped, CRs are kept.
    std::string text = std::string(name) == "bom.txt" ? lf : crlf(lf);
    expect_offsets_into(claims, text);
  }
}

PdfSpec two_page_report() {
  PdfSpec spec;
  spec.title = "Regional trade report";
  spec.pages = {{"Bilateral trade reached 41 billion US dollars, the report recom-",
                 "mended more spending on", "roads."},
                {"The new bridge is 3 km long."}};
  return spec;
}
constexpr const char* kReportPage1 =
    "Bilateral trade reached 41 billion US dollars, the report recommended more spending on "
    "roads.\n";
constexpr const char* kReportPage2 = "The new bridge is 3 km long.\n";

TEST_F(InputFormats, PdfClaimsFromEveryPage) {
  put("report.pdf", make_pdf(two_page_report()));
  RunResult r = run({"extract", "report.pdf"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto claims = parse_jsonl(r.out);
  std::string text = std::string(kReportPage1) + kReportPage2;
  expect_offsets_into(claims, text);
  std::set<std::string> texts = claim_texts(claims);
  EXPECT_TRUE(texts.count("41 billion US dollars")) << r.out;
  EXPECT_TRUE(texts.count("3 km")) << r.out;
  std::size_t page2 = std::string(kReportPage1).size();
  ASSERT_FALSE(claims.empty());
  for (const auto& c : claims) {
    EXPECT_EQ(c["doc"], "report.pdf");
    // Every claim of a PDF carries the page its offset falls on.
    EXPECT_EQ(c["page"], c["start"].get<std::size_t>() < page2 ? 1 : 2) << c.dump();
  }
  for (const auto& c : claims) {
    if (c["text"] == "41 billion US dollars") {
      EXPECT_EQ(c["page"], 1);
    } else if (c["text"] == "3 km") {
      EXPECT_EQ(c["page"], 2);
    }
  }
}

TEST_F(InputFormats, BadPdfsAreOneLineErrorsAndTheRestIsRead) {
  std::string good = make_pdf(two_page_report());
  put("a-corrupt.pdf", "%PDF-1.4\n" + std::string(400, '#') + "\n%%EOF\n");
  put("b-truncated.pdf", good.substr(0, good.size() / 2));
  PdfSpec locked = two_page_report();
  locked.encrypted = true;
  put("c-encrypted.pdf", make_pdf(locked));
  put("d-garbage.pdf", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0", 12));
  put("e-good.pdf", good);
  put("f-note.txt", "Prices rose 5% in May.\n");
  RunResult r = run({"extract", "a-corrupt.pdf", "b-truncated.pdf", "c-encrypted.pdf",
                     "d-garbage.pdf", "e-good.pdf", "f-note.txt", "-o", "claims.jsonl"});
  EXPECT_EQ(r.status, 1);
  auto lines = r.err_lines();
  ASSERT_EQ(lines.size(), 4u) << r.err;
  EXPECT_EQ(lines[0].rfind("factsheet: a-corrupt.pdf: not a readable PDF (damaged", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1], "factsheet: b-truncated.pdf: not a readable PDF (truncated: no %%EOF marker at the end)");
  EXPECT_EQ(lines[2], "factsheet: c-encrypted.pdf: not a readable PDF (encrypted: needs a password)");
  EXPECT_EQ(lines[3], "factsheet: d-garbage.pdf: not a readable PDF (no %PDF- header)");
  std::set<std::string> docs;
  for (const auto& c : parse_jsonl(slurp("claims.jsonl"))) docs.insert(c["doc"].get<std::string>());
  EXPECT_EQ(docs, (std::set<std::string>{"e-good.pdf", "f-note.txt"}));
}

TEST_F(InputFormats, PdfsWithADamagedPageTreeAreErrors) {
  PdfSpec zero = two_page_report();
  zero.count = "0";
  put("a-count-zero.pdf", make_pdf(zero));
  PdfSpec huge = two_page_report();
  huge.count = "2000000000";
  put("b-count-huge.pdf", make_pdf(huge));
  PdfSpec empty;
  empty.count = "2";
  put("c-no-pages.pdf", make_pdf(empty));
  put("d-note.txt", "Prices rose 5% in May.\n");
  RunResult r = run({"extract", "a-count-zero.pdf", "b-count-huge.pdf", "c-no-pages.pdf", "d-note.txt"});
  EXPECT_EQ(r.status, 1);
  auto lines = r.err_lines();
  ASSERT_EQ(lines.size(), 3u) << r.err;
  EXPECT_EQ(lines[0], "factsheet: a-count-zero.pdf: not a readable PDF (damaged page tree: invalid page count 0)");
  EXPECT_EQ(lines[1].rfind("factsheet: b-count-huge.pdf: not a readable PDF (damaged page tree: page count "
                           "(2000000000) larger than number of objects", 0), 0u) << lines[1];
  EXPECT_EQ(lines[2], "factsheet: c-no-pages.pdf: not a readable PDF (damaged page tree: none of its 2 pages "
                      "could be read)");
  EXPECT_EQ(r.out, run({"extract", "d-note.txt"}).out);
}

TEST_F(InputFormats, DeeplyNestedHtmlKeepsEveryClaimInItsOwnSentence) {
  // 2,000 nested <div>s, far past the parser's nesting bound, each holding a sentence,
  // a paragraph and a sentence.
  std::string html = "<html><body><article>";
  for (int i = 0; i < 2000; ++i) html += "<div>Sales rose 5%.<p>Sales rose 5%.</p>Sales rose 5%.";
  for (int i = 0; i < 2000; ++i) html += "</div>";
  put("deep.html", html + "</article></body></html>");
  RunResult r = run({"extract", "-j1", "deep.html"});
  EXPECT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);
  EXPECT_EQ(claims.size(), 6000u);
  std::size_t own_sentence = 0;
  for (const auto& c : claims) own_sentence += c["text"] == "5%" && c["sentence"] == "Sales rose 5%.";
  EXPECT_EQ(own_sentence, claims.size());
}

TEST_F(InputFormats, BinaryGarbageNamedHtmlIsAnError) {
  put("photo.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  put("note.txt", "Prices rose 5% in May.\n");
  RunResult r = run({"extract", "photo.html", "note.txt"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "factsheet: photo.html: binary data, not an HTML page (NUL byte at offset 8)\n");
  EXPECT_EQ(r.out, run({"extract", "note.txt"}).out);
  auto claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 1u) << r.out;  // 5%
  EXPECT_EQ(claims[0]["doc"], "note.txt");
}

TEST_F(InputFormats, HtmlWithoutCharsetIsReadInTheGuessedEncoding) {
  put("latin1.html", "<p>Caf\xE9 sales rose 5% in May.</p>");
  RunResult r = run({"extract", "latin1.html"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err, "factsheet: warning: latin1.html: read as windows-1252\n");
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims[0]["sentence"], "Caf\xC3\xA9 sales rose 5% in May.");
}

TEST_F(InputFormats, StdinIsTextUnlessTheFormatIsGiven) {
  std::string html = "<p>The bridge is 3 km long.</p>";
  auto as_text = parse_jsonl(run({"extract", "-"}, html).out);
  ASSERT_FALSE(as_text.empty());
  expect_offsets_into(as_text, html);  // the markup is part of the text
  RunResult r = run({"extract", "--input-format", "html", "-"}, html);
  EXPECT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  for (const auto& c : claims) EXPECT_EQ(c["doc"], "-");
  expect_offsets_into(claims, "The bridge is 3 km long.\n");
}

TEST_F(InputFormats, PdfOnStdin) {
  RunResult r = run({"extract", "--input-format", "pdf", "-"}, make_pdf(two_page_report()));
  EXPECT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  for (const auto& c : claims) EXPECT_EQ(c["doc"], "-");
  expect_offsets_into(claims, std::string(kReportPage1) + kReportPage2);
}

TEST_F(InputFormats, DirectoryReadsEveryFormatInPathOrder) {
  put("in/a.html", "<p>The bridge is 3 km long.</p>");
  put("in/b.pdf", make_pdf(two_page_report()));
  put("in/c.txt", "Prices rose 5% in May.\n");
  put("in/d.htm", "<p>About 200 people came.</p>");
  put("in/e/f.xhtml", "<html><body><p>Exports fell 2%.</p></body></html>");
  put("in/g.jsonl", R"({"id":"rec","text":"Trade reached 41 billion US dollars."})" "\n");
  put("in/skip.doc", "Not read: 7 km.\n");
  RunResult r = run({"extract", "in"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  std::vector<std::string> docs;
  for (const auto& c : parse_jsonl(r.out)) {
    std::string doc = c["doc"];
    if (docs.empty() || docs.back() != doc) docs.push_back(doc);
  }
  EXPECT_EQ(docs, (std::vector<std::string>{"in/a.html", "in/b.pdf", "in/c.txt", "in/d.htm",
                                            "in/e/f.xhtml", "rec"}))
      << r.out;
}

}  // namespace
}  // namespace factsheet::e2e
