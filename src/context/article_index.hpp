// The articles and sections of one document, found once per document and looked up by
// byte offset. A news file often holds several articles, each a headline line followed by
// a dateline paragraph ("ASTANA, May 21 (Xinhua) -- ..."); the lines before the first of
// them (a summary, say) are an article of their own, and headline-like lines inside an
// article without a dateline after them are its sections.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "claim/document.hpp"
#include "context/calendar.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::context {

struct Section {
  std::size_t begin = 0;  // byte offset of the subhead line
  std::string title;
};

struct Article {
  int index = 1;                        // 1-based
  std::size_t begin = 0, end = 0;       // bytes of the document it covers
  std::optional<std::string> title;     // the headline
  std::optional<std::string> source;    // agency or publication
  std::optional<std::string> dateline;  // place and date as written: "ASTANA, May 20"
  std::optional<std::string> date;      // ISO-like: "2024-05-20", "--05-20"
  std::size_t dateline_begin = 0, dateline_end = 0;  // the dateline's bytes (with source and dash)
  CalendarDate reference;               // what relative times resolve against
  std::vector<Section> sections;        // in text order
};

class ArticleIndex {
 public:
  // `year` (e.g. from --year) completes dates whose year is neither in the dateline nor in
  // the document's `date`.
  ArticleIndex(const Document& doc, const Lexicon& lex, std::optional<int> year);

  const std::vector<Article>& articles() const { return articles_; }
  // The article containing `offset` (the first one for offsets before it); never null
  // unless the document has no text.
  const Article* at(std::size_t offset) const;
  // The section of `article` containing `offset`, if any.
  const Section* section_at(const Article& article, std::size_t offset) const;
  // Whether [begin, end) lies inside a dateline.
  bool in_dateline(std::size_t begin, std::size_t end) const;

  // For one part of a document read in parts (context/document_parts.hpp): the articles
  // are numbered after `before` earlier ones, and the first, the lines before the
  // part's first dateline article, is the continuation of `carried` when given (its
  // title, source, dateline, date and reference; its dateline lies in an earlier part).
  void continue_from(const Article* carried, int before);

 private:
  std::vector<Article> articles_;
};

}  // namespace factsheet::context
