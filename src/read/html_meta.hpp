// Title, source and date of a page, from its <title>, <h1> and <meta> elements.
//
// Title: og:title when given; else the first <h1> (in the article, else anywhere)
// when <title> is missing or contains it (a <title> is often "Headline | Site");
// else <title>, less a " | Site" or " - Site" suffix naming og:site_name.
// Source: og:site_name. Date: the first of article:published_time, date, pubdate,
// publishdate, publish-date, dc.date, dc.date.issued, dcterms.date,
// dcterms.issued, datePublished (by property, name or itemprop), as written.
#pragma once
#include <gumbo.h>

#include <string>

namespace factsheet::read {

struct HtmlMeta {
  std::string title;
  std::string source;
  std::string date;
};

HtmlMeta read_html_meta(const GumboNode* document, const GumboNode* content_root);

}  // namespace factsheet::read
