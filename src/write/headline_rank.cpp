#include "write/headline_rank.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <tuple>

#include "write/figure_phrase.hpp"
#include "text/chars.hpp"

namespace factsheet::write {
namespace {

constexpr std::size_t kSlideSubjectWords = 10;  // a longer subject is cut, with an ellipsis

double kind_weight(Kind k) {
  switch (k) {
    case Kind::money: return 3;
    case Kind::percent: return 2.5;
    case Kind::ratio: return 2;
    case Kind::count:
    case Kind::measure: return 1.5;
    case Kind::duration:
    case Kind::age: return 0.5;
    default: return 0;
  }
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t end = std::min(s.find(' ', i), s.size());
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end;
  }
  return out;
}

std::string join(const std::vector<std::string_view>& w, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to && i < w.size(); ++i) {
    if (!out.empty()) out += ' ';
    out += w[i];
  }
  return out;
}

bool has_letter(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return (text::is_lower(c)) || (text::is_upper(c)); });
}

// The size compared within an article: the value, a range's upper end, a ratio's share.
std::optional<double> magnitude(const FigureFields& f) {
  if (f.value) return std::fabs(*f.value);
  if (f.high) return std::fabs(*f.high);
  if (f.low) return std::fabs(*f.low);
  return std::nullopt;
}

std::string size_group(const HeadlineFact& f) {
  std::string key = std::to_string(f.sources.empty() ? 0 : f.sources.front());
  key += '|';
  key += to_string(f.figure.kind);
  if (f.figure.kind == Kind::money) key += '|' + f.figure.unit;
  return key;
}

// "Kazakh students studying in China" cut to its first kSlideSubjectWords words.
std::string short_subject(std::string_view subject) {
  std::vector<std::string_view> w = words(subject);
  std::string out = join(w, 0, kSlideSubjectWords);
  if (w.size() > kSlideSubjectWords) out += "\xE2\x80\xA6";
  return out;
}

void capitalize(std::string& s) {
  if (!s.empty() && text::is_lower(s.front())) s.front() = static_cast<char>(s.front() - 'a' + 'A');
}

const std::array<std::string_view, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                  "July",    "August",   "September", "October", "November", "December"};

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return text::is_digit(c); });
}

}  // namespace

std::string time_phrase(const std::string& t) {
  if (t.size() == 4 && digits(t)) return "in " + t;
  if (t.size() == 7 && digits(t.substr(0, 4)) && t[4] == '-') {
    std::string_view rest = std::string_view(t).substr(5);
    if (rest[0] == 'Q' || rest[0] == 'H') return "in " + std::string(rest) + " " + t.substr(0, 4);
    if (digits(rest)) {
      int m = std::stoi(std::string(rest));
      if (m >= 1 && m <= 12) return "in " + std::string(kMonths[m - 1]) + " " + t.substr(0, 4);
    }
  }
  if (t.size() == 10 && digits(t.substr(0, 4)) && t[4] == '-' && digits(t.substr(5, 2)) && t[7] == '-' &&
      digits(t.substr(8, 2))) {
    int m = std::stoi(t.substr(5, 2)), d = std::stoi(t.substr(8, 2));
    if (m >= 1 && m <= 12) return "on " + std::to_string(d) + " " + std::string(kMonths[m - 1]) + " " + t.substr(0, 4);
  }
  return {};
}

bool rankable(const HeadlineFact& f) {
  if (f.partitive || f.rank) return false;
  if (f.figure.kind != Kind::count) return true;
  if (f.figure.value && *f.figure.value == 1) return false;  // "one notch", "one more channel"
  return !f.figure.unit.empty() || (f.subject && !f.subject->empty());
}

std::string headline_figure(const HeadlineFact& f) {
  std::string phrase = figure_phrase(f.figure);
  if (f.figure.kind != Kind::count || f.figure.unit.empty()) return phrase;
  // The noun as written: from the word that starts like the counted noun's lemma
  // ("students" for "student"), else the last word ("men" for "man").
  std::vector<std::string_view> w = words(f.text);
  std::string stem = text::lower_ascii(f.figure.unit).substr(0, 3);
  for (std::size_t i = 1; i < w.size(); ++i)
    if (text::lower_ascii(w[i]).rfind(stem, 0) == 0) return phrase + " " + join(w, i, w.size());
  if (w.size() >= 2 && has_letter(w.back())) return phrase + " " + std::string(w.back());
  return phrase + " " + f.figure.unit;
}

std::string slide_line(const HeadlineFact& f) {
  std::string subject = f.subject ? short_subject(*f.subject) : std::string();
  std::string line;
  if (f.figure.kind == Kind::count) {
    // The count as written, run on into its subject where the subject starts with the
    // counted words: "over 10,000 Kazakh students" + "Kazakh students studying in China".
    std::vector<std::string_view> tw = words(f.text), sw = words(subject);
    std::size_t overlap = 0;
    for (std::size_t k = std::min(tw.size() - (tw.empty() ? 0 : 1), sw.size()); k > 0; --k) {
      if (text::lower_ascii(join(tw, tw.size() - k, tw.size())) == text::lower_ascii(join(sw, 0, k))) {
        overlap = k;
        break;
      }
    }
    if (overlap > 0 || subject.empty()) {
      line = f.text;
      if (sw.size() > overlap) {
        line += ' ';
        line += join(sw, overlap, sw.size());
      }
    } else {
      line = subject;
      line += ": ";
      line += headline_figure(f);
    }
  } else {
    if (!subject.empty()) {
      line = subject;
      line += ": ";
    }
    line += headline_figure(f);
  }
  if (f.time) {
    std::string when = time_phrase(*f.time);
    // Not when the line names the period already ("2023 exports").
    if (!when.empty() && line.find(f.time->substr(0, 4)) == std::string::npos) {
      line += ' ';
      line += when;
    }
  }
  // Not when the subject names the source already ("Standard Chartered: US$3.3 billion"
  // rather than "... (Standard Chartered)").
  if (f.attribution && !f.attribution->empty() && text::lower_ascii(subject).find(text::lower_ascii(*f.attribution)) == std::string::npos) {
    line += " (";
    line += *f.attribution;
    line += ')';
  }
  capitalize(line);
  return line;
}

std::vector<RankedFact> rank_headline_facts(const HeadlineIndex& index, std::size_t top) {
  const auto n = static_cast<std::uint32_t>(index.size());
  std::map<std::string, double> largest;  // per article, kind (and currency)
  for (std::uint32_t id = 0; id < n; ++id) {
    HeadlineFact f = index.fact(id);
    if (auto m = magnitude(f.figure)) {
      double& l = largest[size_group(f)];
      l = std::max(l, *m);
    }
  }
  std::vector<std::pair<double, std::uint32_t>> scores;  // (score, fact)
  for (std::uint32_t id = 0; id < n; ++id) {
    HeadlineFact f = index.fact(id);
    if (!rankable(f)) continue;
    double score = kind_weight(f.figure.kind);
    if (f.in_title)
      score += 3;
    else if (f.in_lead)
      score += 1.5;
    if (auto m = magnitude(f.figure)) {
      double l = largest[size_group(f)];
      if (l > 0) score += 1.5 * (*m / l);
    }
    // Copies of one text are one source: a fact the audit found only repeated has none further.
    std::size_t independent = f.check == FactCheck::repeated ? 1 : f.sources.size();
    score += static_cast<double>(std::min<std::size_t>(independent, 4) - 1);
    if (f.attribution && !f.attribution->empty()) score += 1;
    if (f.subject && !f.subject->empty()) score += 1;
    scores.emplace_back(std::round(score * 100) / 100, id);
  }
  // Stable: equal scores keep the order of first mention.
  std::stable_sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  // One row per figure and document: a headline's "$280bn" and its body's "$280bn" under
  // another subject are one figure on a slide; the better ranked stays.
  std::vector<RankedFact> ranked;
  for (auto [score, id] : scores) {
    if (ranked.size() >= top) break;
    HeadlineFact f = index.fact(id);
    bool repeat = std::any_of(ranked.begin(), ranked.end(), [&](const RankedFact& k) {
      return k.fact.doc_hash == f.doc_hash && k.fact.figure == f.figure;
    });
    if (!repeat) ranked.push_back({std::move(f), score, {}, {}});
  }
  for (RankedFact& r : ranked) {
    r.figure = headline_figure(r.fact);
    r.slide_line = slide_line(r.fact);
  }
  return ranked;
}

}  // namespace factsheet::write
