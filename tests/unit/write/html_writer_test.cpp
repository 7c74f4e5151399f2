#include "write/html_writer.hpp"

#include <gtest/gtest.h>

#include "write/html_text.hpp"

namespace factsheet::write {
namespace {

std::size_t count(const std::string& s, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

Claim figure(const Document& doc, std::string_view text, Kind kind = Kind::money, std::size_t from = 0) {
  Claim c;
  c.doc = doc.id;
  c.start = doc.text.find(text, from);
  c.end = c.start + text.size();
  c.text = std::string(text);
  c.kind = kind;
  c.value = 41e9;
  c.unit = "USD";
  c.unit_name = "US dollar";
  c.subject = "bilateral \"trade\"";
  c.time = "2023";
  c.attribution = "<b>Xinhua</b>";
  c.article = 1;
  return c;
}

// Writes each document with its claims through the writer.
std::string report(const std::vector<std::pair<Document, std::vector<Claim>>>& docs, HtmlOptions options = {}) {
  StringOutput out;
  HtmlWriter writer(out, std::move(options));
  for (const auto& [doc, claims] : docs) {
    writer.begin_document(doc);
    for (const Claim& c : claims) writer.write(c);
    writer.end_document();
  }
  writer.finish();
  return out.data();
}

TEST(HtmlText, EscapesMarkupAndQuotes) {
  EXPECT_EQ(html_text("<script>a & \"b\" 'c'</script>"),
            "&lt;script&gt;a &amp; &quot;b&quot; &#39;c&#39;&lt;/script&gt;");
  EXPECT_EQ(html_text("&amp;"), "&amp;amp;");
}

TEST(HtmlText, ControlCharactersAndBadBytesBecomeReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  EXPECT_EQ(html_text(std::string("a\0b", 3)), "a" + fffd + "b");
  EXPECT_EQ(html_text("\x01\x1F\x7F"), fffd + fffd + fffd);
  EXPECT_EQ(html_text("\xC2\x85"), fffd);  // NEL, a C1 control
  EXPECT_EQ(html_text("caf\xFF"), "caf" + fffd);
  EXPECT_EQ(html_text("\xEF\xB7\x90 \xEF\xBF\xBF"), fffd + " " + fffd);  // U+FDD0, U+FFFF
  EXPECT_EQ(html_text("tab\tLF\nCR\r"), "tab\tLF\nCR\r");
  EXPECT_EQ(html_text("\xE2\x82\xAC 41 \xF0\x9F\x93\x88"), "\xE2\x82\xAC 41 \xF0\x9F\x93\x88");  // € and 📈 stay
}

TEST(HtmlText, Base64AndCspHash) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(csp_hash(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
}

TEST(HtmlWriter, OneSelfContainedPage) {
  Document doc{"brief.txt", "Trade reached $41 billion in 2023.", "Title", "", "", {}, {}};
  std::string html = report({{doc, {figure(doc, "$41 billion"), figure(doc, "2023", Kind::year)}}});
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
  EXPECT_NE(html.find("<meta name=\"viewport\""), std::string::npos);
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  EXPECT_EQ(count(html, "<script"), 1u);
  EXPECT_EQ(count(html, "<style"), 1u);
  for (std::string_view outside : {"http://", "https://", " src=", "<link", "@import", "url("})
    EXPECT_EQ(html.find(outside), std::string::npos) << outside;
  EXPECT_TRUE(html.ends_with("</html>\n"));
  for (std::string_view id : {"id=\"headline\"", "id=\"audit\"", "id=\"documents\"", "id=\"figures\"", "id=\"tip\""})
    EXPECT_EQ(count(html, id), 1u) << id;
}

TEST(HtmlWriter, EveryFigureHighlightedInTheText) {
  Document doc{"brief.txt", "Trade reached $41 billion in 2023, up 14%.", "", "", "", {}, {}};
  std::vector<Claim> claims = {figure(doc, "$41 billion"), figure(doc, "2023", Kind::year),
                               figure(doc, "14%", Kind::percent)};
  std::string html = report({{doc, claims}});
  EXPECT_EQ(count(html, "<mark class=\"fig "), 3u);
  EXPECT_EQ(count(html, "<tr id=\"r"), 3u);
  EXPECT_NE(html.find("<div class=\"text\">Trade reached <mark class=\"fig k-money\" id=\"c0\" tabindex=\"0\""),
            std::string::npos);
  EXPECT_NE(html.find(">$41 billion</mark> in <mark class=\"fig k-year\" id=\"c1\""), std::string::npos);
  EXPECT_NE(html.find(">14%</mark>.</div>"), std::string::npos);
  // The tooltip's data, escaped.
  EXPECT_NE(html.find("data-k=\"money\" data-v=\"US$41 billion\" data-u=\"USD (US dollar)\" "
                      "data-s=\"bilateral &quot;trade&quot;\" data-t=\"2023\" data-a=\"&lt;b&gt;Xinhua&lt;/b&gt;\""),
            std::string::npos);
  // The table links each figure to its highlight.
  EXPECT_NE(html.find("<tr id=\"r0\" data-kind=\"money\"><td class=\"num idx\" data-sort=\"1\">1</td><td>"
                      "<a href=\"#c0\">$41 billion</a>"),
            std::string::npos);
}

TEST(HtmlWriter, InputIsEscapedEverywhere) {
  Document doc{"x\"><img src=x onerror=alert(1)>.txt", "<script>alert('x')</script> costs $41 billion\x01 \xFF.",
               "</title><script>", "", "", {}, {}};
  std::string html = report({{doc, {figure(doc, "$41 billion")}}});
  EXPECT_EQ(count(html, "<script"), 1u);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; costs <mark"), std::string::npos);
  EXPECT_NE(html.find("$41 billion</mark>\xEF\xBF\xBD \xEF\xBF\xBD."), std::string::npos);
  EXPECT_NE(html.find("<title>Fact sheet: x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt</title>"),
            std::string::npos);
  EXPECT_NE(html.find("&lt;/title&gt;&lt;script&gt;"), std::string::npos);
}

TEST(HtmlWriter, TagsBalance) {
  Document a{"a.txt", "One $41 billion and $41 billion.", "", "", "", {}, {}};
  Document b{"b.txt", "Nothing here.", "", "", "", {}, {}};
  Claim first = figure(a, "$41 billion"), second = figure(a, "$41 billion", Kind::money, first.end);
  std::string html = report({{a, {first, second}}, {b, {}}});
  for (std::string_view tag : {"mark", "tr", "td", "article", "section", "ol", "ul", "li", "details", "div", "p"})
    EXPECT_EQ(count(html, "<" + std::string(tag) + ">") + count(html, "<" + std::string(tag) + " "),
              count(html, "</" + std::string(tag) + ">"))
        << tag;
}

TEST(HtmlWriter, OverlappingClaimsStillGetOneHighlightEach) {
  Document doc{"d.txt", "It cost $41 billion.", "", "", "", {}, {}};
  Claim whole = figure(doc, "$41 billion"), inner = figure(doc, "41");
  std::string html = report({{doc, {whole, inner}}});
  EXPECT_EQ(count(html, "<mark class=\"fig "), 2u);
  EXPECT_NE(html.find(">$41 billion</mark><mark class=\"fig k-money\" id=\"c1\""), std::string::npos);
}

TEST(HtmlWriter, TextBeyondTheBudgetIsNotShownButItsFiguresAreListed) {
  Document a{"a.txt", "Early $41 billion. Later $41 billion.", "", "", "", {}, {}};
  Document b{"b.txt", "Next $41 billion.", "", "", "", {}, {}};
  Claim early = figure(a, "$41 billion"), late = figure(a, "$41 billion", Kind::money, early.end);
  HtmlOptions options;
  options.text_budget = 10;  // inside the first figure: it is shown whole
  std::string html = report({{a, {early, late}}, {b, {figure(b, "$41 billion")}}}, options);
  EXPECT_EQ(count(html, "<mark class=\"fig "), 1u);
  EXPECT_NE(html.find("<div class=\"text\">Early <mark"), std::string::npos);
  EXPECT_NE(html.find("$41 billion</mark></div>"), std::string::npos);
  EXPECT_NE(html.find("The text stops here: the report shows at most 10 bytes of document text in all. "
                      "1 further figure is listed in the table of figures."),
            std::string::npos);
  EXPECT_NE(html.find("The text is not shown"), std::string::npos);
  EXPECT_EQ(count(html, "<tr id=\"r"), 3u);
  EXPECT_NE(html.find("<td><a href=\"#c0\">"), std::string::npos);
  EXPECT_NE(html.find("<tr id=\"r1\" data-kind=\"money\"><td class=\"num idx\" data-sort=\"2\">2</td><td>$41 billion</td>"),
            std::string::npos);
}

TEST(HtmlWriter, TableRowLimit) {
  Document doc{"d.txt", "A $41 billion, B $41 billion, C $41 billion.", "", "", "", {}, {}};
  std::vector<Claim> claims;
  for (std::size_t from = 0; claims.size() < 3; from = claims.back().end)
    claims.push_back(figure(doc, "$41 billion", Kind::money, from));
  HtmlOptions options;
  options.table_rows = 2;
  std::string html = report({{doc, claims}}, options);
  EXPECT_EQ(count(html, "<tr id=\"r"), 2u);
  EXPECT_EQ(count(html, "<mark class=\"fig "), 3u);
  EXPECT_NE(html.find("The table lists the first 2 of 3 figures"), std::string::npos);
}

TEST(HtmlWriter, ClaimsWithoutTheirDocumentGoToTheTableOnly) {
  StringOutput out;
  HtmlWriter writer(out, HtmlOptions{});
  Document doc{"d.txt", "It cost $41 billion.", "", "", "", {}, {}};
  writer.write(figure(doc, "$41 billion"));
  writer.finish();
  EXPECT_EQ(count(out.data(), "<mark class=\"fig "), 0u);
  EXPECT_EQ(count(out.data(), "<tr id=\"r"), 1u);
  EXPECT_NE(out.data().find("<td>$41 billion</td>"), std::string::npos);
}

TEST(HtmlWriter, SameInputSameBytes) {
  Document doc{"d.txt", "Trade reached $41 billion in 2023.", "", "", "", {}, {}};
  auto once = [&] { return report({{doc, {figure(doc, "$41 billion"), figure(doc, "2023", Kind::year)}}}); };
  EXPECT_EQ(once(), once());
}

TEST(HtmlWriter, IndexingOnItsOwnThreadGivesTheSameBytes) {
  // Documents of two sources stating one figure, and another: headline figures and audit
  // findings, over several of the index thread's batches.
  std::vector<std::pair<Document, std::vector<Claim>>> docs;
  for (int i = 0; i < 400; ++i) {
    std::string id = std::to_string(i);
    id += ".txt";
    Document doc{id, "Trade reached $41 billion in 2023, up from $30 billion.",
                 "", "", "", {}, {}};
    Claim second = figure(doc, "$30 billion");
    second.value = 30e9 + (i % 3) * 1e9;
    second.attribution.reset();
    docs.push_back({doc, {figure(doc, "$41 billion"), figure(doc, "2023", Kind::year), second}});
  }
  std::string alone = report(docs);
  HtmlOptions threaded;
  threaded.index_thread = true;
  EXPECT_EQ(report(docs, threaded), alone);
  EXPECT_EQ(alone.find(": no findings."), std::string::npos);  // the audit found something
}

TEST(HtmlWriter, EmptyRun) {
  std::string html = report({});
  EXPECT_NE(html.find("0 figures in 0 documents"), std::string::npos);
  EXPECT_NE(html.find("No headline figures"), std::string::npos);
  EXPECT_TRUE(html.ends_with("</html>\n"));
}

}  // namespace
}  // namespace factsheet::write
