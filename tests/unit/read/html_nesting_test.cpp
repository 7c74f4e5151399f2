#include "read/html_nesting.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "read/html_page.hpp"

namespace factsheet::read {
namespace {

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST(HtmlNesting, OrdinaryPagesPassUntouched) {
  EXPECT_EQ(limit_html_nesting("<html><body><div><p>a<p>b</div><br><img src=x></body></html>", 3),
            std::nullopt);
  // Void elements, <p> and the end tags HTML lets authors leave out do not add up.
  std::string list = "<ul>" + repeat("<li>item", 50) + "</ul>";
  std::string table = "<table>" + repeat("<tr><td>1<td>2", 50) + "</table>";
  std::string voids = repeat("<br><img src=a.png><p>x<hr>", 50);
  std::string headings = repeat("<h2>unclosed heading", 50);
  EXPECT_EQ(limit_html_nesting(list + table + voids + headings, 4), std::nullopt);
}

TEST(HtmlNesting, StartTagsBeyondTheDepthAreDropped) {
  auto out = limit_html_nesting("<div><div class=\"a>b\"><span>x</span></div></div>", 2);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "<div><div class=\"a>b\">x</span></div></div>");
}

TEST(HtmlNesting, ADroppedBlockLeavesItsLineBreak) {
  // A block's start tag ends the line before it; <br> keeps that without nesting.
  auto out = limit_html_nesting("<div>a<div>b<div class=x>c<h2>d</h2><td>e<span>f", 2);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, "<div>a<div>b<br>c<br>d</h2><br>e" "f");
  EXPECT_EQ(extract_html(*out).text, "a\nb\nc\nd\nef\n");
}

TEST(HtmlNesting, ClosedElementsMakeRoomAgain) {
  EXPECT_EQ(limit_html_nesting(repeat("<div><div>x</div></div>", 10), 2), std::nullopt);
}

TEST(HtmlNesting, EndTagsDoNotCloseAcrossTableCells) {
  // The parser ignores </div> inside a cell when the <div> is outside the table,
  // so the scan must not count it as closed either.
  auto out = limit_html_nesting(repeat("<div><table><td></div>", 5), 6);
  ASSERT_TRUE(out);
}

TEST(HtmlNesting, RawTextIsNotMarkup) {
  std::string html = "<script>if (a <b) { x = '<div><div><div>'; }</script>"
                     "<style>/* <div><div> */</style><title><div><div><div></title>"
                     "<textarea><div><div><div></textarea><!-- <div><div><div> -->";
  EXPECT_EQ(limit_html_nesting(html, 1), std::nullopt);
}

TEST(HtmlNesting, SvgTitleIsNoRawText) {
  // An unclosed <title> inside <svg> must not hide the rest of the page from the scan.
  EXPECT_TRUE(limit_html_nesting("<svg><title>x</svg>" + repeat("<div>", 10), 5));
}

TEST(HtmlNesting, FormattingElementsHaveTheirOwnBound) {
  auto out = limit_html_nesting(repeat("<b id=x>", 5) + "text", 100, 3);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out, repeat("<b id=x>", 3) + "text");
}

TEST(HtmlNesting, SelfClosingOnlyCountsInSvg) {
  EXPECT_EQ(limit_html_nesting("<svg>" + repeat("<path d=\"M0 0\"/>", 10) + "</svg>", 2),
            std::nullopt);
  EXPECT_TRUE(limit_html_nesting(repeat("<div/>", 3), 2));  // HTML ignores "/>" on a div
}

TEST(HtmlNesting, MalformedTagsDoNotHang) {
  for (const char* html : {"<", "<div", "<div a='", "</", "</div", "<!--", "<!doctype", "<?xml",
                           "<div a=>", "<div =a>", "a < b > c", "<script>never closed"})
    EXPECT_NO_FATAL_FAILURE(limit_html_nesting(html, 1)) << html;
}

TEST(HtmlNesting, UnclosedDepthStaysFast) {
  // 100,000 unclosed elements took gumbo minutes; bounded, the page parses at once.
  std::string html = repeat("<div><span><font>", 100000) + "End 7 km";
  auto start = std::chrono::steady_clock::now();
  HtmlPage page = extract_html(html);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(page.text, "End 7 km\n");
  EXPECT_LT(seconds, 30.0);  // generous for sanitizer builds; about 0.3 s in release
}

// Every level of `depth` nested <div>s holds a sentence, a paragraph and another
// sentence, the next level's <div> right after it; the page is an <article>, so that
// all of it is the article text.
std::string nested_blocks(int depth) {
  return "<article>" + repeat("<div>Sales rose 5%.<p>Sales rose 5%.</p>Sales rose 5%.", depth) +
         repeat("</div>", depth) + "</article>";
}

TEST(HtmlNesting, DeepBlocksKeepEverySentenceOnItsOwnLine) {
  // Past the depth bound the <div>s were dropped and "5%.Sales rose 5%." ran together.
  std::string text = extract_html(nested_blocks(2000)).text;
  EXPECT_EQ(text, repeat("Sales rose 5%.\n", 6000));
}

}  // namespace
}  // namespace factsheet::read
