// PDF files -> documents, with PDFs written by pdf_maker.hpp.
#include "read/pdf_document.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "pdf_maker.hpp"

namespace factsheet::read {
namespace {

using testing::make_pdf;
using testing::PdfSpec;

class Pdf : public ::testing::Test {
 protected:
  std::optional<Document> read(std::string bytes, std::size_t limit = std::size_t{1} << 20) {
    return read_pdf_document(std::move(bytes), "r.pdf", limit, [this](const Diagnostic& d) {
      (d.severity == Severity::error ? errors_ : warnings_).push_back(d.message);
    });
  }
  std::vector<std::string> errors_, warnings_;
};

PdfSpec two_pages() {
  PdfSpec spec;
  spec.title = "Annual (trade) report";
  spec.pages = {{"Exports rose 5% to $41 billion in 2023, the report recom-",
                 "mended more spending on", "roads."},
                {"Page two: the bridge is 3 km long."}};
  return spec;
}

TEST_F(Pdf, TextTitleAndPageStarts) {
  auto doc = read(make_pdf(two_pages()));
  ASSERT_TRUE(doc);
  std::string first = "Exports rose 5% to $41 billion in 2023, the report recommended more spending "
                      "on roads.\n";
  EXPECT_EQ(doc->text, first + "Page two: the bridge is 3 km long.\n");
  EXPECT_EQ(doc->id, "r.pdf");
  EXPECT_EQ(doc->title, "Annual (trade) report");
  EXPECT_EQ(doc->page_starts, (std::vector<std::size_t>{0, first.size()}));
  EXPECT_TRUE(errors_.empty());
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(Pdf, EmptyPagesKeepTheirStart) {
  PdfSpec spec;
  spec.pages = {{"One 1."}, {}, {"Three 3."}};
  auto doc = read(make_pdf(spec));
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "One 1.\nThree 3.\n");
  EXPECT_EQ(doc->page_starts, (std::vector<std::size_t>{0, 7, 7}));
  EXPECT_EQ(doc->title, "");
}

TEST_F(Pdf, NonAsciiWinAnsiText) {
  PdfSpec spec;
  spec.pages = {{"Caf\xE9 prices: \x80" "5 or 5\xA0" "000"}};
  auto doc = read(make_pdf(spec));
  ASSERT_TRUE(doc);
  // poppler gives a WinAnsi no-break space as a plain space.
  EXPECT_EQ(doc->text, "Caf\xC3\xA9 prices: \xE2\x82\xAC" "5 or 5 000\n");
}

TEST_F(Pdf, CorruptFileIsAnError) {
  std::string pdf = make_pdf(two_pages());
  std::string corrupt = "%PDF-1.4\n" + std::string(pdf.size() - 20, 'x') + "\n%%EOF\n";
  EXPECT_FALSE(read(corrupt));
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_EQ(errors_[0].rfind("r.pdf: not a readable PDF (damaged", 0), 0u) << errors_[0];
  EXPECT_EQ(errors_[0].find('\n'), std::string::npos);
}

TEST_F(Pdf, TruncatedFileIsAnError) {
  std::string pdf = make_pdf(two_pages());
  EXPECT_FALSE(read(pdf.substr(0, pdf.size() - 40)));
  EXPECT_FALSE(read(pdf.substr(0, pdf.size() / 2)));
  EXPECT_EQ(errors_, (std::vector<std::string>(
                         2, "r.pdf: not a readable PDF (truncated: no %%EOF marker at the end)")));
}

TEST_F(Pdf, EncryptedFileIsAnError) {
  PdfSpec spec = two_pages();
  spec.encrypted = true;
  EXPECT_FALSE(read(make_pdf(spec)));
  EXPECT_EQ(errors_, std::vector<std::string>{"r.pdf: not a readable PDF (encrypted: needs a password)"});
}

TEST_F(Pdf, DamagedPageTreeIsAnError) {
  // poppler loads these documents but finds no page in them: not an empty text.
  PdfSpec spec = two_pages();
  for (const char* count : {"0", "-1", "2000000000"}) {
    spec.count = count;
    EXPECT_FALSE(read(make_pdf(spec))) << count;
  }
  PdfSpec no_kids;
  no_kids.count = "3";  // three pages promised, none in the tree
  EXPECT_FALSE(read(make_pdf(no_kids)));
  EXPECT_EQ(errors_, (std::vector<std::string>{
                         "r.pdf: not a readable PDF (damaged page tree: invalid page count 0)",
                         "r.pdf: not a readable PDF (damaged page tree: invalid page count -1)",
                         "r.pdf: not a readable PDF (damaged page tree: page count (2000000000) larger "
                         "than number of objects (9))",  // objects 1-8 and the free entry 0
                         "r.pdf: not a readable PDF (damaged page tree: none of its 3 pages could be read)"}));
  EXPECT_TRUE(warnings_.empty());
}

TEST_F(Pdf, PagesMissingAmongOthersAreLeftEmpty) {
  PdfSpec spec = two_pages();
  spec.count = "3";
  auto doc = read(make_pdf(spec));
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->page_starts.size(), 3u);
  EXPECT_TRUE(errors_.empty());
  EXPECT_EQ(warnings_, std::vector<std::string>{"r.pdf: page 3: could not be read; left empty"});
}

TEST_F(Pdf, GarbageIsAnError) {
  EXPECT_FALSE(read(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
  EXPECT_FALSE(read(""));
  EXPECT_FALSE(read("%PDF-1.7\n%%EOF\n"));
  ASSERT_EQ(errors_.size(), 3u);
  EXPECT_EQ(errors_[0], "r.pdf: not a readable PDF (no %PDF- header)");
  EXPECT_EQ(errors_[1], "r.pdf: not a readable PDF (no %PDF- header)");
  EXPECT_EQ(errors_[2].rfind("r.pdf: not a readable PDF (damaged", 0), 0u) << errors_[2];
}

TEST_F(Pdf, EveryTruncationFailsCleanly) {
  // Cut at every 7th byte: each prefix is refused with one one-line error, or read.
  const std::string pdf = make_pdf(two_pages());
  const std::string full_text = "Exports rose 5% to $41 billion in 2023, the report recommended more spending "
                                "on roads.\nPage two: the bridge is 3 km long.\n";
  std::size_t refused = 0;
  for (std::size_t n = 0; n < pdf.size(); n += 7) {
    SCOPED_TRACE(n);
    std::size_t errors_before = errors_.size();
    auto doc = read(pdf.substr(0, n) + "\n%%EOF\n");
    if (doc) {
      EXPECT_EQ(errors_.size(), errors_before);
      EXPECT_LE(doc->text.size(), full_text.size());
    } else {
      ++refused;
      ASSERT_EQ(errors_.size(), errors_before + 1);
      EXPECT_EQ(errors_.back().rfind("r.pdf: not a readable PDF (", 0), 0u) << errors_.back();
      EXPECT_EQ(errors_.back().find('\n'), std::string::npos);
    }
  }
  EXPECT_EQ(errors_.size(), refused);
  ASSERT_FALSE(errors_.empty());
  EXPECT_EQ(errors_[0], "r.pdf: not a readable PDF (no %PDF- header)");  // the empty prefix
  // The whole file, with the same marker appended, reads completely.
  auto whole = read(pdf + "\n%%EOF\n");
  ASSERT_TRUE(whole);
  EXPECT_EQ(whole->text, full_text);
}

TEST_F(Pdf, TextOverTheLimitIsAnError) {
  EXPECT_FALSE(read(make_pdf(two_pages()), 40));
  EXPECT_EQ(errors_, std::vector<std::string>{"r.pdf: text larger than the 40 bytes document limit; skipped"});
}

TEST(PdfPages, InvalidUtf8IsRepairedPerPage) {
  Document doc;
  std::vector<std::string> warnings;
  auto sink = [&](const Diagnostic& d) { warnings.push_back(d.message); };
  append_pdf_page(doc, "First page.\n", "r.pdf: page 1", sink);
  append_pdf_page(doc, "Bad \xFF byte and 5 km.\n", "r.pdf: page 2", sink);
  EXPECT_EQ(doc.text, "First page.\nBad \xEF\xBF\xBD byte and 5 km.\n");
  EXPECT_EQ(doc.page_starts, (std::vector<std::size_t>{0, 12}));
  EXPECT_EQ(warnings, std::vector<std::string>{
                          "r.pdf: page 2: invalid UTF-8 at byte 4 (1 sequence replaced with U+FFFD)"});
}

}  // namespace
}  // namespace factsheet::read
