#include "context/article_index.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "context/dateline.hpp"
#include "context/headline.hpp"

namespace factsheet::context {
namespace {

constexpr std::uint32_t kNoDateline = UINT32_MAX;

// A line of the text. Its dateline, if any, is kept apart (Lines::datelines): few lines
// have one, and a line stays a few bytes where a dateline takes over a hundred.
struct Line {
  std::size_t begin = 0, end = 0;  // without the line break
  bool blank = true;
  std::uint32_t dateline = kNoDateline;  // index into Lines::datelines
};

struct Lines {
  std::vector<Line> lines;
  std::vector<Dateline> datelines;
};

Lines split_lines(std::string_view text, const Lexicon& lex) {
  Lines out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    std::size_t end = nl == std::string_view::npos ? text.size() : nl;
    Line l{pos, end, true, kNoDateline};
    if (end > pos && text[end - 1] == '\r') --l.end;
    std::string_view body = text.substr(l.begin, l.end - l.begin);
    l.blank = body.find_first_not_of(" \t\f\v") == std::string_view::npos;
    if (!l.blank)
      if (auto d = parse_dateline(body, lex)) {
        l.dateline = static_cast<std::uint32_t>(out.datelines.size());
        out.datelines.push_back(std::move(*d));
      }
    out.lines.push_back(l);
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

std::string trimmed(std::string_view s) {
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

// The canonical name of a listed source spanning all of `name`, else nullopt.
std::optional<std::string> listed_source(std::string_view name, const Lexicon& lex) {
  auto m = lex.context().sources().longest(name, 0);
  if (!m || m->length != name.size()) return std::nullopt;
  return lex.context().source_name(m->id);
}

// A byline ("By Aida Haidar, The Astana Times") naming a listed source.
std::optional<std::string> byline_source(std::string_view line, const Lexicon& lex) {
  std::string t = trimmed(line);
  if (t.size() > 120 || !(t.rfind("By ", 0) == 0 || t.rfind("BY ", 0) == 0)) return std::nullopt;
  for (std::size_t i = 3; i < t.size(); ++i) {
    if (i > 0 && t[i - 1] != ' ' && t[i - 1] != ',' && t[i - 1] != '/') continue;
    if (auto m = lex.context().sources().longest(t, i)) return lex.context().source_name(m->id);
  }
  return std::nullopt;
}

std::optional<std::string> non_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  return s;
}

}  // namespace

ArticleIndex::ArticleIndex(const Document& doc, const Lexicon& lex, std::optional<int> year) {
  std::string_view text = doc.text;
  if (text.empty()) return;
  Lines split = split_lines(text, lex);
  const std::vector<Line>& lines = split.lines;
  auto has_dateline = [&](std::size_t i) { return lines[i].dateline != kNoDateline; };
  auto prev_nonblank = [&](std::size_t i) -> std::optional<std::size_t> {
    while (i > 0) {
      --i;
      if (!lines[i].blank) return i;
    }
    return std::nullopt;
  };
  auto next_nonblank = [&](std::size_t i) -> std::optional<std::size_t> {
    for (++i; i < lines.size(); ++i)
      if (!lines[i].blank) return i;
    return std::nullopt;
  };
  auto line_text = [&](std::size_t i) { return text.substr(lines[i].begin, lines[i].end - lines[i].begin); };

  // Article starts: (first line, title line or none, dateline line or none).
  struct Start {
    std::size_t line;
    std::optional<std::size_t> title, dateline;
  };
  std::vector<Start> starts;
  std::size_t floor = 0;  // a headline must come after the previous article's dateline
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!has_dateline(i)) continue;
    auto h = prev_nonblank(i);
    bool headline = h && *h >= floor && !has_dateline(*h) && looks_like_headline(line_text(*h)) &&
                    !(starts.size() && starts.back().dateline && *starts.back().dateline == *h);
    if (headline) starts.push_back({*h, h, i});
    else starts.push_back({i, std::nullopt, i});
    floor = i + 1;
  }
  auto first = next_nonblank(static_cast<std::size_t>(-1));
  if (!first) return;
  if (starts.empty() || starts.front().line > *first) {
    // The lines before the first dateline article (or the whole text): its title is a
    // headline-like first line with more text after it, or the document's title.
    Start s{0, std::nullopt, std::nullopt};
    auto second = next_nonblank(*first);
    bool more = second && (starts.empty() || *second < starts.front().line);
    if (more && looks_like_headline(line_text(*first))) s.title = *first;
    starts.insert(starts.begin(), s);
  }

  std::optional<int> doc_year = leading_year(doc.date);
  std::optional<CalendarDate> doc_date = parse_iso(doc.date);
  for (std::size_t a = 0; a < starts.size(); ++a) {
    const Start& s = starts[a];
    Article art;
    art.index = static_cast<int>(a) + 1;
    art.begin = a == 0 ? 0 : lines[s.line].begin;
    art.end = a + 1 < starts.size() ? lines[starts[a + 1].line].begin : text.size();
    if (s.title) art.title = trimmed(line_text(*s.title));
    else if (starts.size() == 1 && !doc.title.empty()) art.title = doc.title;

    std::optional<int> y = year;
    if (doc_year) y = doc_year;
    if (s.dateline) {
      const Line& l = lines[*s.dateline];
      const Dateline& d = split.datelines[l.dateline];
      art.dateline = non_empty(d.text);
      art.dateline_begin = l.begin;
      art.dateline_end = l.begin + d.length;
      if (d.source) art.source = listed_source(*d.source, lex).value_or(*d.source);
      if (d.year) y = d.year;
      if (d.month) {
        art.reference = {y, d.month, d.day};
        art.date = iso(art.reference);
      } else if (doc_date) {
        art.reference = *doc_date;
        art.date = iso(*doc_date);
      } else {
        art.reference.year = y;
      }
    } else if (doc_date) {
      art.reference = *doc_date;
      art.date = iso(*doc_date);
    } else {
      art.reference.year = y;
      if (!doc.date.empty()) art.date = doc.date;
    }

    // Body lines: a byline may name the source; subheads open sections.
    std::size_t body = s.dateline ? *s.dateline + 1 : (s.title ? *s.title + 1 : s.line);
    std::size_t body_end = a + 1 < starts.size() ? starts[a + 1].line : lines.size();
    int seen = 0;
    for (std::size_t i = s.title ? *s.title + 1 : s.line; i < body_end && seen < 3 && !art.source; ++i) {
      if (lines[i].blank) continue;
      ++seen;
      art.source = byline_source(line_text(i), lex);
    }
    for (std::size_t i = body; i < body_end; ++i) {
      if (lines[i].blank || !looks_like_headline(line_text(i)) || byline_source(line_text(i), lex)) continue;
      auto next = next_nonblank(i);
      if (!next || *next >= body_end) continue;  // a trailing line is not a subhead
      art.sections.push_back({lines[i].begin, trimmed(line_text(i))});
    }
    if (!art.source && !doc.source.empty()) art.source = doc.source;
    articles_.push_back(std::move(art));
  }
}

const Article* ArticleIndex::at(std::size_t offset) const {
  if (articles_.empty()) return nullptr;
  auto it = std::upper_bound(articles_.begin(), articles_.end(), offset,
                             [](std::size_t o, const Article& a) { return o < a.begin; });
  return it == articles_.begin() ? &articles_.front() : &*std::prev(it);
}

const Section* ArticleIndex::section_at(const Article& article, std::size_t offset) const {
  auto it = std::upper_bound(article.sections.begin(), article.sections.end(), offset,
                             [](std::size_t o, const Section& s) { return o < s.begin; });
  return it == article.sections.begin() ? nullptr : &*std::prev(it);
}

void ArticleIndex::continue_from(const Article* carried, int before) {
  for (Article& a : articles_) a.index += before;
  if (!carried || articles_.empty()) return;
  Article& first = articles_.front();
  first.index = carried->index;
  first.title = carried->title;
  first.source = carried->source;
  first.dateline = carried->dateline;
  first.date = carried->date;
  first.reference = carried->reference;
  first.dateline_begin = first.dateline_end = 0;
  for (std::size_t i = 1; i < articles_.size(); ++i) articles_[i].index = carried->index + static_cast<int>(i);
}

bool ArticleIndex::in_dateline(std::size_t begin, std::size_t end) const {
  const Article* a = at(begin);
  return a && a->dateline_end > a->dateline_begin && begin >= a->dateline_begin && end <= a->dateline_end;
}

}  // namespace factsheet::context
