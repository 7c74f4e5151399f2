#include "extract/link_steps.hpp"

#include <cmath>

#include "extract/words.hpp"

namespace factsheet::extract::links {

namespace {

// Determiners and "last"/"first" between "of" and a whole ("of its last 15"): two.
constexpr int kMaxWholeLead = 2;

// Whether `whole` starts right after `of_end` (the end of "of"), past at most two
// determiners and "last"/"first"/"next"/"past": "of the 2 billion", "of its last 15".
bool whole_follows(const Sentence& s, const Lexicon& lex, std::size_t of_end, const Claim& whole) {
  std::size_t at = of_end;
  for (int k = 0; k < kMaxWholeLead; ++k) {
    auto d = word_after(s.text, at, s.end);
    if (!d || !lex.context().has_role(d->view(s.text), SyntaxRole::whole_determiner)) break;
    at = d->end;
  }
  return skip_spaces(s.text, at, s.end) == whole.start;
}

}  // namespace

// "raised 40 million of the 2 billion euros", "sold 1.2 million of its 3 million shares": the
// part is in the whole's unit. A determiner and "last"/"first"/"next"/"past" may stand
// between.
void link_part_of_whole(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first; i + 1 < claims.size(); ++i) {
    Claim& part = claims[i];
    const Claim& whole = claims[i + 1];
    if (!bare(s, lex, part) || !lends_unit(whole) || whole.kind == Kind::percent || !single_number(whole)) continue;
    auto of = word_after(s.text, part.end, s.end);
    if (!of || !lex.context().has_role(of->view(s.text), SyntaxRole::partitive)) continue;
    if (!whole_follows(s, lex, of->end, whole) || number(part) > number(whole)) continue;
    inherit_unit(part, whole);
  }
}

// "64 respondents out of 146", "39 nations out of 65": a count of a noun, then "out of" and
// a bare whole number, is the share "26 out of the 45 projects" writes with the noun last.
void link_counted_share(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first; i + 1 < claims.size(); ++i) {
    Claim& part = claims[i];
    const Claim& whole = claims[i + 1];
    if (part.kind != Kind::count || !part.unit || part.unit->empty() || !single_number(part)) continue;
    // The whole is bare, or has taken the part's noun from an earlier link.
    if (whole.kind != Kind::count || (whole.unit && *whole.unit != *part.unit) || !single_number(whole) ||
        whole.qualifier != Qualifier::eq || whole.text.find_first_not_of("0123456789,") != std::string::npos)
      continue;
    double p = number(part), w = number(whole);
    if (p != std::floor(p) || w != std::floor(w) || p > w || w == 0) continue;
    auto out = word_after(s.text, part.end, s.end);
    if (!out || !lex.context().has_role(out->view(s.text), SyntaxRole::partitive_lead)) continue;
    auto of = word_after(s.text, out->end, s.end);
    if (!of || !lex.context().has_role(of->view(s.text), SyntaxRole::partitive)) continue;
    if (!whole_follows(s, lex, of->end, whole)) continue;
    part.kind = Kind::ratio;
    part.part = p;
    part.whole = w;
    part.value = std::round(p / w * 10000.0) / 10000.0;
    part.end = whole.end;
    part.text = std::string(s.text.substr(part.start, part.end - part.start));
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

}  // namespace factsheet::extract::links
