// HTML and PDF inputs through DocumentSource: format choice, errors, directories.
#include <gtest/gtest.h>

#include "pdf_maker.hpp"
#include "read/document_source.hpp"
#include "temp_dir.hpp"

namespace factsheet::read {
namespace {

class Formats : public testing::TempDirTest {
 protected:
  std::vector<Document> read_all(std::vector<std::string> inputs, ReadOptions options = {}) {
    DocumentSource source(std::move(inputs), options, sink());
    std::vector<Document> docs;
    while (auto doc = source.next()) docs.push_back(std::move(*doc));
    return docs;
  }
  static std::string pdf(const std::vector<std::vector<std::string>>& pages,
                         const std::string& title = "") {
    testing::PdfSpec spec;
    spec.pages = pages;
    spec.title = title;
    return testing::make_pdf(spec);
  }
};

constexpr const char* kPage =
    "<html><head><title>Bridge opens</title><meta name=date content=2024-05-20></head>"
    "<body><nav>Home 1</nav><p>The bridge is 3 km long.</p><footer>(c) 2024</footer></body></html>";

TEST_F(Formats, HtmlFileIsItsArticleText) {
  std::string p = put("page.HTM", kPage);
  auto docs = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, p);
  EXPECT_EQ(docs[0].text, "The bridge is 3 km long.\n");
  EXPECT_EQ(docs[0].title, "Bridge opens");
  EXPECT_EQ(docs[0].date, "2024-05-20");
  EXPECT_TRUE(docs[0].page_starts.empty());
  EXPECT_TRUE(errors_.empty());
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(Formats, PdfFileIsItsPages) {
  std::string p = put("r.pdf", pdf({{"Page one 1."}, {"Page two 2."}}, "Report"));
  auto docs = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, p);
  EXPECT_EQ(docs[0].text, "Page one 1.\nPage two 2.\n");
  EXPECT_EQ(docs[0].title, "Report");
  EXPECT_EQ(docs[0].page_starts, (std::vector<std::size_t>{0, 12}));
}

TEST_F(Formats, FormatOptionOverridesTheExtension) {
  std::string html_as_txt = put("page.txt", kPage);
  std::string pdf_as_dat = put("report.dat", pdf({{"Five 5."}}));
  ReadOptions as_html;
  as_html.format = InputFormat::html;
  auto docs = read_all({html_as_txt}, as_html);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "The bridge is 3 km long.\n");
  ReadOptions as_pdf;
  as_pdf.format = InputFormat::pdf;
  docs = read_all({pdf_as_dat}, as_pdf);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Five 5.\n");
  ReadOptions as_text;
  as_text.format = InputFormat::text;
  docs = read_all({put("page.html", "<p>raw</p>")}, as_text);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "<p>raw</p>");
}

TEST_F(Formats, DirectoryMixesAllFormats) {
  put("in/a.txt", "text 1");
  put("in/b.html", "<p>html 2</p>");
  put("in/c/d.PDF", pdf({{"pdf 3"}}));
  put("in/e.jsonl", R"({"id":"j4","text":"jsonl 4"})" "\n");
  put("in/f.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>xhtml 5</p></body></html>");
  put("in/g.htm", "<p>htm 6</p>");
  put("in/h.md", "md 7");
  put("in/skip.png", "no");
  put("in/skip.doc", "no");
  auto docs = read_all({path("in")});
  std::vector<std::string> texts;
  for (const auto& d : docs) texts.push_back(d.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"text 1", "html 2\n", "pdf 3\n", "jsonl 4", "xhtml 5\n",
                                             "htm 6\n", "md 7"}));
  EXPECT_TRUE(errors_.empty());
}

TEST_F(Formats, BadInputsAreErrorsAndTheRestContinue) {
  std::string bin_html = put("bin.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string bin_pdf = put("bin.pdf", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string full = pdf({{"Whole 1."}});
  std::string cut = put("cut.pdf", full.substr(0, full.size() - 30));
  std::string ok = put("ok.html", "<p>fine</p>");
  auto docs = read_all({bin_html, bin_pdf, cut, ok});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, ok);
  EXPECT_EQ(errors_, (std::vector<std::string>{
                         bin_html + ": binary data, not an HTML page (NUL byte at offset 8)",
                         bin_pdf + ": not a readable PDF (no %PDF- header)",
                         cut + ": not a readable PDF (truncated: no %%EOF marker at the end)"}));
}

TEST_F(Formats, SizeLimitAppliesToHtmlAndPdf) {
  std::string big_html = put("big.html", "<p>" + std::string(100, 'x') + "</p>");
  std::string big_pdf = put("big.pdf", pdf({{std::string(100, 'y')}}));
  std::string small = put("small.html", "<p>5</p>");
  ReadOptions options;
  options.max_document_bytes = 64;
  auto docs = read_all({big_html, big_pdf, small}, options);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, small);
  EXPECT_EQ(errors_, (std::vector<std::string>{
                         big_html + ": larger than the 64 bytes document limit; skipped",
                         big_pdf + ": larger than the 64 bytes document limit; skipped"}));
}

TEST_F(Formats, HtmlInvalidUtf8IsRepairedWithTheFileOffset) {
  std::string p = put("latin1.html", "\xEF\xBB\xBF<p>Caf\xE9 sales: 5 km</p>");
  auto docs = read_all({p});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Caf\xEF\xBF\xBD sales: 5 km\n");
  EXPECT_EQ(warnings_, std::vector<std::string>{
                           p + ": invalid UTF-8 at byte 9 (1 sequence replaced with U+FFFD)"});
  EXPECT_TRUE(errors_.empty());
}

TEST_F(Formats, HtmlCrlfAndBomReadLikeLf) {
  std::string lf = "<p>Trade reached\n41 billion dollars.</p>\n<p>Prices rose 5%.</p>\n";
  std::string crlf;
  for (char c : lf) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  auto a = read_all({put("lf.html", lf)});
  auto b = read_all({put("crlf.html", "\xEF\xBB\xBF" + crlf)});
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].text, "Trade reached 41 billion dollars.\nPrices rose 5%.\n");
  EXPECT_EQ(b[0].text, a[0].text);
}

TEST_F(Formats, EmptyHtmlAndPdfWithoutPages) {
  std::string e = put("empty.html", "");
  std::string none = put("none.pdf", pdf({}));
  auto docs = read_all({e, none});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, "");
  EXPECT_EQ(docs[1].text, "");
  EXPECT_TRUE(docs[1].page_starts.empty());
  EXPECT_TRUE(errors_.empty());
}

}  // namespace
}  // namespace factsheet::read
