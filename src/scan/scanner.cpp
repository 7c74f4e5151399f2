#include "scan/scanner.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <string>

#include "scan/match_starts.hpp"
#include "text/chars.hpp"

namespace factsheet {
namespace {

std::string escape(std::string_view s) { return RE2::QuoteMeta(re2::StringPiece(s.data(), s.size())); }

// Alternation of phrases, longest first so RE2's leftmost-first choice takes the longest.
std::string alternation(std::vector<std::string> phrases) {
  std::sort(phrases.begin(), phrases.end(),
            [](const auto& a, const auto& b) { return a.size() != b.size() ? a.size() > b.size() : a < b; });
  phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
  std::string out;
  for (const auto& p : phrases) {
    if (!out.empty()) out += '|';
    // A space in a phrase stands for any run of spaces.
    std::string e = escape(p);
    std::string spaced;
    for (std::size_t i = 0; i < e.size(); ++i) {
      if (e[i] == '\\' && i + 1 < e.size() && e[i + 1] == ' ') {
        spaced += "\\s+";
        ++i;
      } else {
        spaced += e[i];
      }
    }
    out += spaced;
  }
  return out;
}

}  // namespace

// The pattern is three alternatives, excluded | digits | words, and a candidate is the
// whole match of one of them. RE2 asked for which one (submatches) runs its slower engines
// over every match, which cost more than the search itself; so the search asks for the match
// only, and the alternative is found after: under leftmost-first matching the match is
// the first alternative that matches at its start, so it is the excluded alternative if that
// one matches exactly the same bytes, else the digits one if that does, else the words one.
// Most matches tell by their bytes alone (digits only; a letter and none of the bytes an
// excluded match needs), which saves those two matches.
//
// And RE2 reads only where a match may start (scan/match_starts.hpp): the scan goes by hand
// to the next byte that may start one, and a run of digits there, with no '@' near that
// could make it part of an e-mail address and no phone number's "ddd." or "ddd-" after,
// is a digits candidate as RE2 would give it. Per match, RE2's search costs a few thousand
// instructions before it reads a byte; most matches are such digits.
struct Scanner::Impl {
  std::unique_ptr<RE2> re, excluded, digits;
  std::unique_ptr<scan::MatchStarts> starts;

  // The RE2 search from `pos`: appends the match and returns the byte after it, or returns
  // `end` when there is none.
  std::size_t search(std::string_view text, std::size_t pos, std::size_t end, std::vector<Candidate>& out) const;
};

Scanner::Scanner(const Lexicon& lex) : impl_(std::make_unique<Impl>()) {
  // Number words that can start a figure on their own, and those that need an
  // article first ("a dozen", "a third", "a million").
  std::vector<std::string> alone, after_article;
  const auto& phrases = lex.number_words().phrases();
  for (std::uint32_t id = 0; id < phrases.size(); ++id) {
    NumberClass cls = lex.number_word(id).cls;
    // "first" and "second" alone are no figures; a compound starts at its tens word.
    if (cls == NumberClass::article || cls == NumberClass::ordinal) continue;
    alone.push_back(phrases[id]);
    if (cls == NumberClass::hundred || cls == NumberClass::scale || cls == NumberClass::dozen ||
        cls == NumberClass::fraction)
      after_article.push_back(phrases[id]);
  }
  std::string fractions;
  for (const auto& ch : lex.unicode_fraction_chars()) {
    fractions += '|';
    fractions += escape(ch);
  }
  // URLs, e-mail addresses and phone numbers ("+7 727 555 0143", "(650) 333-6555",
  // "650-333-6555") hold no figures. The e-mail local part is bounded (RFC 5321 allows
  // 64 bytes): unbounded, RE2 would look ahead to the end of every run like "1.1.1..."
  // or "1-1-1..." for an '@' at each number, which is quadratic in the run.
  const std::string excluded =
      "https?://[^\\s<>\"]+|www\\.[^\\s<>\"]+|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"
      "|\\+[0-9]{1,3}(?:[ -]\\(?[0-9]{2,4}\\)?){2,5}"
      "|\\([0-9]{3}\\) ?[0-9]{3}[ .-][0-9]{4}\\b"
      "|\\b[0-9]{3}[.-][0-9]{3}[.-][0-9]{4}\\b";
  // Digits, or a vulgar fraction character ("¾ of", "½ cup"), which the digit reader reads.
  const std::string digits = "[0-9]+" + fractions;
  const std::string words = "(?:an?\\s+(?:" + alternation(after_article) + ")|" + alternation(alone) + ")";
  RE2::Options opt;
  opt.set_case_sensitive(false);
  opt.set_max_mem(64 << 20);
  auto compile = [&](const std::string& pattern) {
    auto re = std::make_unique<RE2>(pattern, opt);
    if (!re->ok()) throw LexiconError("scanner pattern: " + re->error());
    return re;
  };
  impl_->re = compile("(?:" + excluded + ")|(?:" + digits + ")|\\b" + words + "\\b");
  impl_->excluded = compile(excluded);
  impl_->digits = compile(digits);
  impl_->starts = std::make_unique<scan::MatchStarts>(alone, after_article, lex.unicode_fraction_chars());
}

Scanner::~Scanner() = default;

std::size_t Scanner::Impl::search(std::string_view text, std::size_t pos, std::size_t end,
                                  std::vector<Candidate>& out) const {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  if (!re->Match(input, pos, end, RE2::UNANCHORED, &match, 1)) return end;
  Candidate c;
  c.begin = static_cast<std::size_t>(match.data() - text.data());
  c.end = c.begin + match.size();
  // Which alternative matched (see Impl); the bytes around the match stay its context.
  auto exactly = [&](const RE2& alternative) {
    return alternative.Match(input, c.begin, c.end, RE2::ANCHOR_BOTH, nullptr, 0);
  };
  std::string_view m(match.data(), match.size());
  if (std::all_of(m.begin(), m.end(), text::is_digit)) {
    c.type = Candidate::Type::digits;  // most matches: nothing excluded is digits alone
  } else if (text::is_alpha(m[0]) && m.find_first_of("@./:+()-") == std::string_view::npos) {
    // A number word: every excluded match holds one of those bytes, and a digits match
    // starts with a digit or a fraction character.
    c.type = Candidate::Type::words;
  } else {
    c.type = exactly(*excluded) ? Candidate::Type::excluded
             : exactly(*digits) ? Candidate::Type::digits
                                : Candidate::Type::words;
  }
  out.push_back(c);
  return c.end > pos ? c.end : pos + 1;
}

void Scanner::scan(std::string_view text, std::size_t begin, std::size_t end,
                   std::vector<Candidate>& out) const {
  const scan::MatchStarts& starts = *impl_->starts;
  constexpr std::size_t kLocal = scan::MatchStarts::kLocalPartBytes;
  const std::size_t npos = std::string_view::npos;
  std::size_t pos = begin;
  std::size_t at_sign = text.substr(0, end).find('@', begin);  // the first '@' at or after pos
  while (pos < end) {
    if (at_sign != npos && at_sign < pos) at_sign = text.substr(0, end).find('@', pos);
    // An e-mail address may start from here on: kLocal bytes before its '@'.
    std::size_t mail_from = at_sign == npos ? end : std::max(pos, at_sign > kLocal ? at_sign - kLocal : 0);
    std::size_t t = starts.next(text, pos, mail_from, end);
    if (t >= end) break;
    if (t < mail_from && text::is_digit(text[t])) {
      std::size_t r = t + 1;
      while (r < end && text::is_digit(text[r])) ++r;
      // "650-333-6555", "650.333.6555": a phone number starts with three digits so.
      bool phone = r - t == 3 && r < end && (text[r] == '-' || text[r] == '.');
      if (!phone) {
        out.push_back({Candidate::Type::digits, t, r});
        pos = r;
        continue;
      }
    }
    pos = impl_->search(text, t, end, out);
  }
}

bool Scanner::reads_by_hand() const { return impl_->starts->usable(); }

void Scanner::scan_by_regex(std::string_view text, std::size_t begin, std::size_t end,
                            std::vector<Candidate>& out) const {
  for (std::size_t pos = begin; pos < end;) pos = impl_->search(text, pos, end, out);
}

}  // namespace factsheet
