#include "extract/indefinite_ranges.hpp"

#include <string>

#include "extract/words.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::extract {

void link_indefinite_ranges(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims) {
  const auto& roles = lex.context();
  for (Claim& c : claims) {
    // A bare number word above one, read as no quantity of its own.
    const double* n = std::get_if<double>(&c.value);
    if (c.kind != Kind::other || c.unit || !n || *n < 2 || *n > 10 || c.end <= c.start) continue;
    std::string_view written = s.text.substr(c.start, c.end - c.start);
    if (!lex.whole_number_word(lower_ascii(written))) continue;
    auto link = word_before(s.text, c.start, s.begin);
    if (!link || !roles.has_role(link->view(s.text), SyntaxRole::alternative)) continue;
    auto noun = word_before(s.text, link->begin, s.begin);
    if (!noun) continue;
    auto article = word_before(s.text, noun->begin, s.begin);
    if (!article) continue;
    std::string a = lower_ascii(article->view(s.text));
    if (!roles.has_role(a, SyntaxRole::indefinite) && !roles.has_role(a, SyntaxRole::another)) continue;
    // "in a year or two" where "a year" is a figure of its own: left as it is.
    bool taken = false;
    for (const Claim& o : claims) taken = taken || (&o != &c && o.start < c.start && o.end > article->begin);
    if (taken) continue;
    std::string word = lower_ascii(noun->view(s.text));
    if (auto m = lex.units().longest(s.text, noun->begin); m && noun->begin + m->length == noun->end) {
      const Unit& u = lex.unit(m->id);
      if (u.kind == Kind::percent) continue;
      c.kind = u.kind;
      c.unit = u.symbol;
      c.unit_name = u.name;
    } else {
      auto cls = lex.classify_word(word);
      if (cls && (*cls == WordClass::function || *cls == WordClass::verb || *cls == WordClass::temporal)) continue;
      std::string lemma = text::lemmatize_noun(word, lex.lemma_rules());
      if (lemma != word) continue;  // the article counts one: a plural noun after it is no such range
      c.kind = Kind::count;
      c.unit = lemma;
      c.unit_name = lemma;
    }
    c.low = 1.0;
    c.high = *n;
    c.value = std::monostate{};
    c.start = article->begin;
    c.text = std::string(s.text.substr(c.start, c.end - c.start));
  }
}

}  // namespace factsheet::extract
