// HTML pages -> article text and metadata.
#include "read/html_page.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace factsheet::read {
namespace {

constexpr const char* kNewsPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Trade reaches $41bn | Daily Ledger</title>
  <meta property="og:site_name" content="Daily Ledger">
  <meta property="article:published_time" content="2024-05-20T08:00:00Z">
  <style>p { color: red; } /* 99 km */</style>
  <script>var views = 123456;</script>
</head>
<body>
  <header><a href="/">Daily Ledger</a> <h1>Daily Ledger</h1></header>
  <nav><ul><li><a href="/world">World 24/7</a></li><li>Markets</li></ul></nav>
  <article>
    <h1>Trade reaches $41bn</h1>
    <p>Bilateral trade reached 41 billion
       US dollars in 2023, up 12%.</p>
    <p>Officials expect &ldquo;more&rdquo; growth &amp; 5&nbsp;new routes.</p>
    <aside>Related: 7 things to know</aside>
    <script>track(42);</script>
  </article>
  <form><input type="text" value="Search 1000 stories"><button>Go 2</button></form>
  <footer>&copy; 2024 Daily Ledger. 12 Main Street.</footer>
  <!-- comment with 77 km -->
</body>
</html>
)";

TEST(HtmlPage, OnlyTheArticleTextSurvives) {
  HtmlPage page = extract_html(kNewsPage);
  EXPECT_EQ(page.text,
            "Trade reaches $41bn\n"
            "Bilateral trade reached 41 billion US dollars in 2023, up 12%.\n"
            "Officials expect \xE2\x80\x9Cmore\xE2\x80\x9D growth & 5 new routes.\n");
  EXPECT_EQ(page.title, "Trade reaches $41bn");
  EXPECT_EQ(page.source, "Daily Ledger");
  EXPECT_EQ(page.date, "2024-05-20T08:00:00Z");
}

TEST(HtmlPage, BlocksAreLinesAndInlineElementsJoin) {
  HtmlPage page = extract_html(
      "<body><div>One<div>Two</div>Three</div><p>a<b>b</b> <i>c</i><br>d<br><br>e</p>"
      "<ul><li>x</li><li>y</li></ul><h2>Head</h2>tail</body>");
  EXPECT_EQ(page.text, "One\nTwo\nThree\nab c\nd\ne\nx\ny\nHead\ntail\n");
}

TEST(HtmlPage, TableRowsAreLinesWithTabSeparatedCells) {
  HtmlPage page = extract_html(
      "<table><tr><th>Region</th><th>2023</th></tr><tr><td>North</td><td>12</td></tr>"
      "<tr><td> South </td><td>500</td></tr></table>");
  EXPECT_EQ(page.text, "Region\t2023\nNorth\t12\nSouth\t500\n");
}

TEST(HtmlPage, WhitespaceRunsBecomeOneSpace) {
  HtmlPage page = extract_html("<p>  Prices \t rose\n\n  5%  </p>\r\n<p>\r\nin May.</p>");
  EXPECT_EQ(page.text, "Prices rose 5%\nin May.\n");
}

TEST(HtmlPage, NoBreakSpaceStaysOnlyBetweenDigits) {
  HtmlPage page = extract_html(
      "<p>Population 816&nbsp;000, thin 1\xE2\x80\x89" "200, words&nbsp;apart, 5&nbsp;km</p>");
  EXPECT_EQ(page.text, "Population 816\xC2\xA0" "000, thin 1\xE2\x80\x89" "200, words apart, 5 km\n");
}

TEST(HtmlPage, SoftHyphensAndZeroWidthSpacesAreDropped) {
  HtmlPage page = extract_html("<p>5 mil&shy;lion re&#8203;cords</p>");
  EXPECT_EQ(page.text, "5 million records\n");
}

TEST(HtmlPage, FootnoteMarksAreDroppedPowersKept) {
  HtmlPage page = extract_html(
      "<p>Trade hit 41 billion<sup><a href=\"#fn3\">3</a></sup> dollars, 12%<sup>[4]</sup> more, "
      "on 5 km<sup>2</sup> in the 5<sup>th</sup> year.</p>");
  EXPECT_EQ(page.text, "Trade hit 41 billion dollars, 12% more, on 5 km2 in the 5th year.\n");
}

TEST(HtmlPage, PreKeepsLineBreaks) {
  HtmlPage page = extract_html("<pre>Year  Value\n2023  41\n</pre>");
  EXPECT_EQ(page.text, "Year Value\n2023 41\n");
}

TEST(HtmlPage, HiddenElementsAreDropped) {
  HtmlPage page = extract_html(
      "<p>Seen 1</p><p hidden>Hidden 2</p><p style=\"color:red; DISPLAY : none\">Hidden 3</p>"
      "<div aria-hidden=\"true\">Hidden 4</div><span style=\"visibility:hidden\">Hidden 5</span>"
      "<noscript>Enable 6</noscript><template><p>Template 7</p></template>"
      "<div role=\"navigation\">Nav 8</div><dialog open>Subscribe 9</dialog>"
      "<iframe src=\"x\">Frame 10</iframe><svg><text>Chart 11</text></svg>");
  EXPECT_EQ(page.text, "Seen 1\n");
}

TEST(HtmlPage, ArticleHeaderIsKeptPageHeaderIsNot) {
  HtmlPage page = extract_html(
      "<header>Site banner 1</header><article><header><h1>Headline 2</h1><p>By A. Writer</p>"
      "</header><p>Body text with 3 figures and then more words to make it long.</p>"
      "<footer>Tags 4</footer></article>");
  EXPECT_EQ(page.text,
            "Headline 2\nBy A. Writer\nBody text with 3 figures and then more words to make it long.\n");
}

TEST(HtmlPage, LargestArticleWinsOverTeasers) {
  HtmlPage page = extract_html(
      "<main><article><p>The main story: exports rose 5% to 41 billion dollars in the year to "
      "March, officials said on Monday, and imports fell 2%.</p></article>"
      "<article><p>Teaser 1</p></article><article><p>Teaser 2</p></article></main>");
  EXPECT_EQ(page.text,
            "The main story: exports rose 5% to 41 billion dollars in the year to March, officials "
            "said on Monday, and imports fell 2%.\n");
}

TEST(HtmlPage, ManyEqualArticlesAreAllRead) {
  HtmlPage page = extract_html(
      "<div class=menu>Menu</div><main><article><p>First story 1</p></article>"
      "<article><p>Second story 2</p></article></main>");
  EXPECT_EQ(page.text, "First story 1\nSecond story 2\n");
}

TEST(HtmlPage, DensestBlockWithoutSemanticMarkup) {
  HtmlPage page = extract_html(
      "<div id=top><a href=/>Home</a> | <a href=/a>About 3 of us</a></div>"
      "<div id=wrap><div id=side><p>Ad: 50% off</p></div>"
      "<div id=story><h2>Story</h2><p>Exports rose 5% to 41 billion dollars in the year to March."
      "</p><p>Imports fell 2% over the same period, the ministry said on Monday morning.</p>"
      "<p>Analysts expect growth of about 3% next year, citing new trade agreements.</p></div></div>"
      "<div id=bottom>Copyright 2024</div>");
  EXPECT_EQ(page.text,
            "Story\nExports rose 5% to 41 billion dollars in the year to March.\n"
            "Imports fell 2% over the same period, the ministry said on Monday morning.\n"
            "Analysts expect growth of about 3% next year, citing new trade agreements.\n");
}

TEST(HtmlPage, TitleFromOgTitleFirst) {
  HtmlPage page = extract_html(
      "<head><title>Site | Something</title><meta property='og:title' content=' Clean  title '>"
      "</head><body><h1>Heading</h1></body>");
  EXPECT_EQ(page.title, "Clean title");
}

TEST(HtmlPage, TitleTagWithoutSiteSuffix) {
  HtmlPage page = extract_html(
      "<head><title>Budget passes - The Herald</title>"
      "<meta property=og:site_name content='The Herald'></head><body><p>x</p></body>");
  EXPECT_EQ(page.title, "Budget passes");
  EXPECT_EQ(page.source, "The Herald");
}

TEST(HtmlPage, HeadingWhenTheTitleTagDiffers) {
  EXPECT_EQ(extract_html("<body><h1>Only <em>a</em> heading</h1></body>").title, "Only a heading");
  EXPECT_EQ(extract_html("<title>Page title</title><h1>Unrelated heading</h1>").title, "Page title");
}

TEST(HtmlPage, DateFromNameAttributes) {
  EXPECT_EQ(extract_html("<meta name=\"DATE\" content=\"2024-01-02\"><p>x</p>").date, "2024-01-02");
  EXPECT_EQ(extract_html("<meta name=pubdate content=20240103><p>x</p>").date, "20240103");
  // article:published_time wins over a generic date, whatever the order.
  EXPECT_EQ(extract_html("<meta name=date content=2024-01-02>"
                         "<meta property=article:published_time content=2024-01-05><p>x</p>")
                .date,
            "2024-01-05");
}

TEST(HtmlPage, EmptyAndTextlessPages) {
  EXPECT_EQ(extract_html("").text, "");
  EXPECT_EQ(extract_html("<script>var a = 5;</script>").text, "");
  EXPECT_EQ(extract_html("plain words, 5 km").text, "plain words, 5 km\n");
}

TEST(HtmlPage, DeepNestingDoesNotExhaustTheStack) {
  // Far deeper than a recursive walk could go on the default stack, and unclosed,
  // which would make gumbo's tree construction crawl without the nesting bound.
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "Deep 5 km";
  HtmlPage page = extract_html(html);
  EXPECT_EQ(page.text, "Deep 5 km\n");
}

TEST(HtmlPage, DeepClosedNestingKeepsItsText) {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<section><span>";
  html += "<p>Inner 3 km</p>";
  for (int i = 0; i < 3000; ++i) html += "</span></section>";
  html += "<p>After 4 km</p>";
  EXPECT_EQ(extract_html(html).text, "Inner 3 km\nAfter 4 km\n");
}

}  // namespace
}  // namespace factsheet::read
