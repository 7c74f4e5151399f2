// Spirit X3 primitive parsers over the lexicon's phrase tables, and the
// whitespace and boundary parsers the grammars share. They read the Source
// (text + lexicon) from the parse context under `source_tag`.
#pragma once
#include <boost/spirit/home/x3.hpp>

#include <vector>

#include "grammar/ast.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet::grammar {

namespace x3 = boost::spirit::x3;
using Iterator = const char*;

struct source_tag;

using text::is_alnum;
using text::is_alpha;
using text::is_digit;

// True when text[pos - 1] ends a whitespace character (ASCII or a Unicode space separator).
inline bool space_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return true;
  char c = text[pos - 1];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  std::size_t n = text::length_before(text, pos);
  return n > 1 && text::space_separator_at(text, pos - n) == n;
}

template <typename Context>
const Source& source_of(const Context& ctx) {
  return x3::get<source_tag>(ctx);
}
template <typename Context>
std::size_t offset_of(const Context& ctx, Iterator it) {
  return static_cast<std::size_t>(it - source_of(ctx).text.data());
}

// ASCII character classes. Spirit's own classes and no_case assume ASCII input and
// assert on other bytes in debug builds; news text is UTF-8.
inline auto const digit = x3::char_('0', '9');
inline auto const lower = x3::char_('a', 'z');
inline auto const alnum = x3::char_('0', '9') | x3::char_('a', 'z') | x3::char_('A', 'Z');

// One or more spaces inside a figure: ASCII spaces and tabs, NBSP, thin and figure
// spaces. Line breaks end a figure.
struct space_parser : x3::parser<space_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It p = first;
    while (p != last) {
      if (*p == ' ' || *p == '\t') {
        ++p;
      } else if (std::size_t n = text::space_separator_at({p, static_cast<std::size_t>(last - p)}, 0)) {
        p += n;
      } else {
        break;
      }
    }
    if (p == first) return false;
    first = p;
    return true;
  }
};
inline constexpr space_parser ws{};

// A range dash: '-', en dash, em dash or minus sign.
struct dash_parser : x3::parser<dash_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    std::size_t n = text::dash_at({first, static_cast<std::size_t>(last - first)}, 0);
    if (!n) return false;
    first += n;
    return true;
  }
};
inline constexpr dash_parser dash{};

// Succeeds without consuming when the next byte does not continue a word.
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || !is_alnum(*first);
  }
};
inline constexpr word_end_parser word_end{};

// A case-insensitive keyword that must end at a word boundary ("and", "point", "of").
struct keyword_parser : x3::parser<keyword_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  std::string_view word;
  constexpr explicit keyword_parser(std::string_view w) : word(w) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    if (static_cast<std::size_t>(last - first) < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
      char c = first[i];
      if (text::is_upper(c)) c = static_cast<char>(c + 32);
      if (c != word[i]) return false;
    }
    It end = first + word.size();
    if (end != last && is_alnum(*end)) return false;
    first = end;
    return true;
  }
};
inline constexpr keyword_parser kw(std::string_view w) { return keyword_parser{w}; }

// A word that syntax.tsv gives `role` ("per" rate, "minus" negative): like kw(), a
// case-insensitive word ending at a word boundary, but read from the tables. The role's
// initials turn most words away before the lookup (a connector is tried after every number).
struct role_parser : x3::parser<role_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  SyntaxRole role;
  constexpr explicit role_parser(SyntaxRole r) : role(r) {}
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr&) const {
    if (first == last || !is_alpha(*first)) return false;
    const Source& src = source_of(ctx);
    const ContextVocabulary& v = src.lex.context();
    if (!v.may_start(role, *first)) return false;
    It end = first;
    while (end != last && is_alpha(*end)) ++end;
    if (end != last && is_alnum(*end)) return false;
    std::string_view word = src.text.substr(offset_of(ctx, first), static_cast<std::size_t>(end - first));
    if (!v.has_role(word, role)) return false;
    first = end;
    return true;
  }
};
inline constexpr role_parser role_word(SyntaxRole r) { return role_parser{r}; }

// Which lexicon table a phrase parser reads, and which of its entries it accepts.
enum class Table { number_word, scale, currency, unit, month };

// Accepts an entry given the lexicon, its id, and whether it touches the previous
// token (no space before it).
using EntryFilter = bool (*)(const Lexicon&, std::uint32_t id, bool attached);

// The matches of the last phrase-table lookup of this thread: a Source (by serial), a table,
// a position and the length of the text visible to it.
struct PhraseMemo {
  std::uint64_t source = 0;
  const PhraseTable* table = nullptr;
  std::size_t pos = 0, size = 0;
  std::vector<PhraseTable::Match> matches;
};
inline PhraseMemo& phrase_memo() {
  thread_local PhraseMemo memo;
  return memo;
}

// Longest accepted entry of a phrase table at the current position; attribute Ref.
// A phrase that starts with a letter must start a word unless `allow_attached`
// (units and scales may touch digits: "5km", "£600m").
struct phrase_parser : x3::parser<phrase_parser> {
  using attribute_type = Ref;
  static bool const has_attribute = true;
  Table table;
  EntryFilter filter;
  bool allow_attached;
  constexpr phrase_parser(Table t, EntryFilter f, bool attached)
      : table(t), filter(f), allow_attached(attached) {}

  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, RCtx&, Attr& attr) const {
    const Source& src = source_of(ctx);
    std::size_t pos = offset_of(ctx, first);
    if (first == last) return false;
    bool attached = pos > 0 && !space_before(src.text, pos);
    if (attached && is_alpha(*first) && is_alpha(src.text[pos - 1])) return false;
    if (attached && !allow_attached && is_alpha(*first) && is_digit(src.text[pos - 1])) return false;
    const PhraseTable& t = pick(src.lex);
    // The text visible to the table ends at `last` so a parse never runs past its span.
    std::string_view view = src.text.substr(0, static_cast<std::size_t>(last - src.text.data()));
    // The number-word parsers are tried one after another at the same place over the same
    // table: the matches found there are kept (one buffer per thread) for the next of them.
    PhraseMemo& memo = phrase_memo();
    if (memo.source != src.serial || memo.table != &t || memo.pos != pos || memo.size != view.size()) {
      t.all(view, pos, memo.matches);
      memo.source = src.serial;
      memo.table = &t;
      memo.pos = pos;
      memo.size = view.size();
    }
    std::optional<PhraseTable::Match> best;
    for (const auto& m : memo.matches)
      if (!filter || filter(src.lex, m.id, attached)) best = m;
    if (!best) return false;
    Ref ref{best->id, pos, pos + best->length};
    first += static_cast<std::ptrdiff_t>(best->length);
    x3::traits::move_to(ref, attr);
    return true;
  }

  const PhraseTable& pick(const Lexicon& lex) const {
    switch (table) {
      case Table::number_word: return lex.number_words();
      case Table::scale: return lex.scales();
      case Table::currency: return lex.currencies();
      case Table::unit: return lex.units();
      case Table::month: return lex.months();
    }
    return lex.units();
  }
};

inline constexpr phrase_parser phrase(Table t, EntryFilter f, bool allow_attached) {
  return phrase_parser(t, f, allow_attached);
}

}  // namespace factsheet::grammar
