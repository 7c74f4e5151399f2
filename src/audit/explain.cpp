#include "audit/explain.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace factsheet::audit {
namespace {

constexpr std::size_t kShownValues = 4;   // distinct values named in one explanation
constexpr std::size_t kShownPlaces = 6;   // places named in one explanation

std::string with_label(std::string text, const std::vector<std::uint32_t>& figures, const FigureStore& store) {
  std::string label = group_label(figures, store);
  return label.empty() ? text : label + ": " + text;
}

// “41 billion US dollars” (a.txt #1), “45 billion US dollars” (b.txt #1) and 2 more
std::string value_list(const std::vector<std::uint32_t>& values, const FigureStore& store) {
  std::string out;
  std::size_t shown = std::min(values.size(), kShownValues);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += i + 1 == shown && shown == values.size() ? " and " : ", ";
    out += quote_text(store.text(values[i])) + " (" + store.place(values[i]) + ")";
  }
  if (values.size() > shown)
    out += " and " + number_text(static_cast<double>(values.size() - shown), 0) + " other values";
  return out;
}

}  // namespace

std::string number_text(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string_view s(buf);
  if (s.find('.') != std::string_view::npos) {
    while (s.back() == '0') s.remove_suffix(1);
    if (s.back() == '.') s.remove_suffix(1);
  }
  if (s == "-0") s = "0";
  std::string_view sign = s.substr(0, s[0] == '-' ? 1 : 0);
  std::string_view digits = s.substr(sign.size(), s.substr(sign.size()).find('.'));
  std::string_view rest = s.substr(sign.size() + digits.size());
  // Separators appended as the digits are copied (inserting into the string trips a
  // false -Wrestrict of GCC 12).
  std::string out(sign);
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  out += rest;
  return out;
}

std::string quote_text(std::string_view text) { return "\xE2\x80\x9C" + std::string(text) + "\xE2\x80\x9D"; }

std::string subject_label(std::string_view subject, std::string_view time) {
  std::string out(subject);
  if (!time.empty()) out += (out.empty() ? "(" : " (") + std::string(time) + ")";
  return out;
}

std::string group_label(const std::vector<std::uint32_t>& figures, const FigureStore& store) {
  if (figures.empty()) return {};
  // The frame compared, where the figures have one.
  if (std::string_view frame = store.frame(figures.front()); !frame.empty())
  {
    std::string label = "[";
    label.append(frame).append("]");
    return label;
  }
  std::string_view subject = store.subject(figures.front());
  std::string_view time;
  for (std::uint32_t id : figures)
    if (time = store.time(id); !time.empty()) break;
  return subject_label(subject, time);
}

namespace {

std::string place_list(const std::vector<std::uint32_t>& figures, const FigureStore& store, std::size_t& count) {
  std::vector<std::string> places;
  for (std::uint32_t id : figures) {
    std::string p = store.place(id);
    if (std::find(places.begin(), places.end(), p) == places.end()) places.push_back(std::move(p));
  }
  count = places.size();
  std::string text;
  for (std::size_t i = 0; i < places.size() && i < kShownPlaces; ++i) {
    if (i > 0) text += "; ";
    text += places[i];
  }
  if (places.size() > kShownPlaces)
    text += "; and " + number_text(static_cast<double>(places.size() - kShownPlaces), 0) + " more";
  return text;
}

}  // namespace

std::string explain_corroborated(const std::vector<std::uint32_t>& figures, std::size_t statements,
                                 const FigureStore& store) {
  std::size_t count = 0;
  std::string places = place_list(figures, store, count);
  std::string text = quote_text(store.text(figures.front())) + " is stated alike by " +
                     number_text(static_cast<double>(statements), 0) + " independent statements in " +
                     number_text(static_cast<double>(count), 0) + " places: " + places;
  return with_label(std::move(text), figures, store);
}

std::string explain_revised(std::string_view old_text, std::string_view new_text, std::uint32_t figure,
                            const FigureStore& store) {
  std::string text = "revised in one statement from " + quote_text(old_text) + " to " + quote_text(new_text) + " (" +
                     store.place(figure) + "): the old and the new value of one fact, not two facts";
  return with_label(std::move(text), {figure}, store);
}

std::string explain_repeated(const std::vector<std::uint32_t>& figures, const FigureStore& store) {
  std::size_t count = 0;
  std::string places = place_list(figures, store, count);
  std::string text = quote_text(store.text(figures.front())) + " is repeated in " +
                     number_text(static_cast<double>(count), 0) + " places that copy one text (no independent statement): " +
                     places;
  return with_label(std::move(text), figures, store);
}

namespace {

// A number for an interval's end: as many decimals as tell it from its neighbours.
std::string end_text(double v) {
  if (!std::isfinite(v)) return "no limit";
  double a = std::fabs(v);
  int decimals = a == 0 || a >= 100 ? 0 : a >= 1 ? 3 : 6;
  return number_text(v, decimals);
}

// "40.5 to 41.5", "more than 180", "at most 10": the values a figure allows as written.
std::string allowed_text(std::uint32_t id, const FigureStore& store) {
  Interval x = figure_value(store[id].stated()).extent;
  if (!std::isfinite(x.hi) && std::isfinite(x.lo)) return (x.lo_closed ? "at least " : "more than ") + end_text(x.lo);
  if (!std::isfinite(x.lo) && std::isfinite(x.hi)) return (x.hi_closed ? "at most " : "less than ") + end_text(x.hi);
  if (x.lo == x.hi) return "exactly " + end_text(x.lo);
  return end_text(x.lo) + " to " + end_text(x.hi);
}

}  // namespace

std::string explain_conflict(const std::vector<std::uint32_t>& figures, const std::vector<std::uint32_t>& values,
                             const FigureStore& store, ConflictSource source) {
  std::string text;
  switch (source) {
    case ConflictSource::independent: text = "independent statements disagree: "; break;
    case ConflictSource::copies: text = "copies of one sentence give other figures: "; break;
    case ConflictSource::one_article: text = "one article states it twice with other figures: "; break;
  }
  std::size_t shown = std::min(values.size(), kShownValues);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) text += i + 1 == shown && shown == values.size() ? " and " : ", ";
    text += quote_text(store.text(values[i])) + " (" + store.place(values[i]) + ": " + allowed_text(values[i], store) +
            ")";
  }
  if (values.size() > shown)
    text += " and " + number_text(static_cast<double>(values.size() - shown), 0) + " other values";
  text += values.size() > 2 ? " cannot all hold" : " cannot both hold";
  return with_label(std::move(text), figures, store);
}

std::string explain_vague(const std::vector<std::uint32_t>& figures, const std::vector<std::uint32_t>& values,
                          const FigureStore& store) {
  std::string text = value_list(values, store) + " agree as bounds or approximations but give no single value";
  return with_label(std::move(text), figures, store);
}

std::string explain_unsourced(std::uint32_t first, std::size_t unsourced, std::size_t total, const FigureStore& store) {
  std::string text = store.place(first) + ": " + number_text(static_cast<double>(unsourced), 0) + " of " +
                     number_text(static_cast<double>(total), 0) + (total == 1 ? " figure has" : " figures have") +
                     " no attribution in the text";
  std::string_view source = store.source(first);
  if (!source.empty()) text += " (the article is from " + std::string(source) + ")";
  return text;
}

}  // namespace factsheet::audit
