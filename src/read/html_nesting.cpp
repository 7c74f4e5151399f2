#include "read/html_nesting.hpp"

#include <gumbo.h>

#include <unordered_map>
#include <vector>

#include "read/html_elements.hpp"
#include "text/chars.hpp"

namespace factsheet::read {
namespace {

enum TagFlag : unsigned {
  kVoid = 1u << 0,        // never has content: <br>, <img>, <meta>...
  kRaw = 1u << 1,         // content is text up to its end tag: <script>, <style>, <title>...
  kFormatting = 1u << 2,  // reopened by the parser after misnesting: <b>, <font>...
  kNotPushed = 1u << 3,   // <p>: cannot nest, any block closes it
  kScope = 1u << 4,       // an end tag does not close elements outside these
  kTableScope = 1u << 5,  // the same for the end tags of table parts
  kTablePart = 1u << 6,
  kForeign = 1u << 7,     // <svg>, <math>: "/>" closes an element inside them
};

unsigned tag_flags(std::string_view name) {
  static const std::unordered_map<std::string_view, unsigned> kFlags = {
      {"area", kVoid}, {"base", kVoid}, {"basefont", kVoid}, {"bgsound", kVoid}, {"br", kVoid},
      {"col", kVoid}, {"embed", kVoid}, {"frame", kVoid}, {"hr", kVoid}, {"image", kVoid},
      {"img", kVoid}, {"input", kVoid}, {"keygen", kVoid}, {"link", kVoid}, {"meta", kVoid},
      {"param", kVoid}, {"source", kVoid}, {"track", kVoid}, {"wbr", kVoid},
      {"script", kRaw}, {"style", kRaw}, {"xmp", kRaw}, {"iframe", kRaw}, {"noembed", kRaw},
      {"noframes", kRaw}, {"textarea", kRaw}, {"title", kRaw}, {"plaintext", kRaw},
      {"a", kFormatting}, {"b", kFormatting}, {"big", kFormatting}, {"code", kFormatting},
      {"em", kFormatting}, {"font", kFormatting}, {"i", kFormatting}, {"nobr", kFormatting},
      {"s", kFormatting}, {"small", kFormatting}, {"strike", kFormatting},
      {"strong", kFormatting}, {"tt", kFormatting}, {"u", kFormatting},
      {"p", kNotPushed},
      {"html", kScope | kTableScope}, {"table", kScope | kTableScope | kTablePart},
      {"template", kScope | kTableScope}, {"td", kScope | kTablePart}, {"th", kScope | kTablePart},
      {"caption", kScope | kTablePart}, {"applet", kScope}, {"marquee", kScope}, {"object", kScope},
      {"tr", kTablePart}, {"tbody", kTablePart}, {"thead", kTablePart}, {"tfoot", kTablePart},
      {"svg", kForeign}, {"math", kForeign},
  };
  auto it = kFlags.find(name);
  return it == kFlags.end() ? 0u : it->second;
}

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (n == name) return true;
  return false;
}

bool is_heading(std::string_view name) {
  return name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}

// Whether a start tag `name` closes the open element `top` first, as the end tags
// HTML lets authors leave out ("<li>a<li>b", "<tr><td>1<tr><td>2"). Only the
// current node is considered, so the scan never closes more than the parser does.
bool closes_on_start(std::string_view name, std::string_view top) {
  if (name == "td" || name == "th") return is_one_of(top, {"td", "th"});
  if (name == "tr") return is_one_of(top, {"td", "th", "tr"});
  if (is_one_of(name, {"tbody", "thead", "tfoot"}))
    return is_one_of(top, {"td", "th", "tr", "tbody", "thead", "tfoot"});
  if (name == "li") return top == "li";
  if (name == "dd" || name == "dt") return is_one_of(top, {"dd", "dt"});
  if (name == "option") return top == "option";
  if (name == "optgroup") return is_one_of(top, {"option", "optgroup"});
  if (is_heading(name)) return is_heading(top);
  return false;
}

// Whether the element `name` (lower case) starts a new line of the extracted text.
bool ends_a_line(const std::string& name) {
  GumboTag tag = gumbo_tag_enum(name.c_str());
  return tag != GUMBO_TAG_UNKNOWN && (is_block(tag) || is_cell(tag));
}

// HTML's ASCII whitespace, which leaves out \v.
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
using text::is_alpha;
using text::to_lower;

class Nesting {
 public:
  std::size_t depth() const { return stack_.size(); }
  std::size_t formatting() const { return formatting_; }
  bool in_foreign() const { return foreign_ > 0; }

  void push(std::string name) {
    count(name, +1);
    stack_.push_back(std::move(name));
  }

  void start(std::string_view name) {
    while (!stack_.empty() && closes_on_start(name, stack_.back())) pop();
  }

  // An end tag closes the nearest open element of its name unless a scope
  // boundary comes first. A formatting element is taken out alone: the parser
  // keeps block elements opened inside it (the adoption agency), so popping them
  // too could let the real depth grow unseen.
  void end(std::string_view name) {
    unsigned flags = tag_flags(name);
    unsigned boundary = (flags & kTablePart) ? kTableScope : kScope;
    for (std::size_t i = stack_.size(); i-- > 0;) {
      if (stack_[i] == name) {
        if (flags & kFormatting) {
          count(stack_[i], -1);
          stack_.erase(stack_.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
          while (stack_.size() > i) pop();
        }
        return;
      }
      if (tag_flags(stack_[i]) & boundary) return;
    }
  }

 private:
  void pop() {
    count(stack_.back(), -1);
    stack_.pop_back();
  }
  void count(std::string_view name, int delta) {
    unsigned flags = tag_flags(name);
    if (flags & kFormatting) formatting_ += static_cast<std::size_t>(delta);
    if (flags & kForeign) foreign_ += static_cast<std::size_t>(delta);
  }

  std::vector<std::string> stack_;
  std::size_t formatting_ = 0;
  std::size_t foreign_ = 0;
};

// Past the '>' of a tag whose name ends at `pos`, skipping quoted attribute values;
// `self_closing` tells whether it ended in "/>".
std::size_t tag_end(std::string_view html, std::size_t pos, bool& self_closing) {
  const std::size_t n = html.size();
  self_closing = false;
  while (pos < n) {
    char c = html[pos];
    if (c == '>') return pos + 1;
    if (c == '/') {
      self_closing = pos + 1 < n && html[pos + 1] == '>';
      ++pos;
      continue;
    }
    if (is_space(c)) {
      ++pos;
      continue;
    }
    // An attribute: its name (which may start with "="), then maybe "=" and a value.
    std::size_t name_start = pos;
    while (pos < n && !is_space(html[pos]) && html[pos] != '/' && html[pos] != '>' &&
           (html[pos] != '=' || pos == name_start))
      ++pos;
    while (pos < n && is_space(html[pos])) ++pos;
    if (pos < n && html[pos] == '=') {
      ++pos;
      while (pos < n && is_space(html[pos])) ++pos;
      if (pos < n && (html[pos] == '"' || html[pos] == '\'')) {
        std::size_t close = html.find(html[pos], pos + 1);
        pos = close == std::string_view::npos ? n : close + 1;
      } else {
        while (pos < n && !is_space(html[pos]) && html[pos] != '>') ++pos;
      }
    }
  }
  return n;
}

// Where the end tag of raw-text element `name` starts, or the end of the page.
std::size_t raw_text_end(std::string_view html, std::size_t pos, std::string_view name) {
  if (name == "plaintext") return html.size();  // everything after it is text
  for (;;) {
    std::size_t lt = html.find("</", pos);
    if (lt == std::string_view::npos) return html.size();
    std::size_t after = lt + 2 + name.size();
    bool match = after <= html.size();
    for (std::size_t k = 0; match && k < name.size(); ++k)
      match = to_lower(html[lt + 2 + k]) == name[k];
    if (match && (after == html.size() || is_space(html[after]) || html[after] == '/' ||
                  html[after] == '>'))
      return lt;
    pos = lt + 2;
  }
}

}  // namespace

std::optional<std::string> limit_html_nesting(std::string_view html, std::size_t max_depth,
                                              std::size_t max_formatting) {
  Nesting nesting;
  std::string out;
  bool changed = false;
  std::size_t copied = 0;  // html[0, copied) is in `out` (once changed)
  const std::size_t n = html.size();
  std::size_t pos = 0;
  while (pos < n) {
    std::size_t lt = html.find('<', pos);
    if (lt == std::string_view::npos) break;
    std::string_view rest = html.substr(lt);
    if (rest.starts_with("<!--")) {
      std::size_t close = html.find("-->", lt + 4);
      pos = close == std::string_view::npos ? n : close + 3;
      continue;
    }
    if (rest.starts_with("<!") || rest.starts_with("<?")) {  // doctype, CDATA, bogus comment
      std::size_t close = html.find('>', lt + 2);
      pos = close == std::string_view::npos ? n : close + 1;
      continue;
    }
    bool is_end = rest.starts_with("</");
    std::size_t name_at = lt + (is_end ? 2 : 1);
    if (name_at >= n || !is_alpha(html[name_at])) {  // a "<" in text
      pos = lt + 1;
      continue;
    }
    std::size_t name_end = name_at;
    while (name_end < n && !is_space(html[name_end]) && html[name_end] != '/' && html[name_end] != '>')
      ++name_end;
    std::string name(html.substr(name_at, name_end - name_at));
    for (char& c : name) c = to_lower(c);
    bool self_closing = false;
    pos = tag_end(html, name_end, self_closing);
    if (is_end) {
      nesting.end(name);
      continue;
    }
    unsigned flags = tag_flags(name);
    // Inside <svg> or <math> a <title> or <style> holds markup like any element.
    if ((flags & kRaw) && !nesting.in_foreign()) {
      pos = raw_text_end(html, pos, name);
      continue;
    }
    nesting.start(name);
    if ((flags & (kVoid | kNotPushed)) || (self_closing && nesting.in_foreign())) continue;
    if (nesting.depth() >= max_depth ||
        ((flags & kFormatting) && nesting.formatting() >= max_formatting)) {
      if (!changed) out.reserve(html.size());
      changed = true;
      out.append(html.substr(copied, lt - copied));
      // A block's start tag also ends the line before it: a <br> keeps that boundary
      // without opening an element, so "<div>5%<div>5%" does not become "5%5%".
      if (ends_a_line(name)) out.append("<br>");
      copied = pos;
      continue;
    }
    nesting.push(std::move(name));
  }
  if (!changed) return std::nullopt;
  out.append(html.substr(copied));
  return out;
}

}  // namespace factsheet::read
