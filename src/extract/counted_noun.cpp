#include "extract/counted_noun.hpp"

#include <algorithm>

#include "extract/words.hpp"
#include "frame/vocabulary.hpp"
#include "text/lemmatizer.hpp"
#include "text/chars.hpp"

namespace factsheet::extract {

// Words of an owner before the noun of a partitive's whole: "the state-owned People's Bank's".
constexpr int kMaxOwnerWords = 3;
namespace {

constexpr int kMaxPremodifiers = 4;

// "heads of state": a plural head followed by "of X" that the lemma rules list whole.
std::optional<std::pair<std::size_t, std::string>> multiword_head(std::string_view text, const Word& head,
                                                                  std::size_t limit, const Lexicon& lex) {
  auto of = word_after(text, head.end, limit);
  if (!of || !lex.context().has_role(of->view(text), SyntaxRole::partitive)) return std::nullopt;
  auto object = word_after(text, of->end, limit);
  if (!object) return std::nullopt;
  std::string phrase = lower_ascii(head.view(text)) + " of " + lower_ascii(object->view(text));
  const auto& irregular = lex.lemma_rules().irregular;
  auto it = irregular.find(phrase);
  if (it == irregular.end()) return std::nullopt;
  return std::make_pair(object->end, it->second);
}

// "25,000 girls and women", "70 towns and cities", "800,000 Tutsis and moderate Hutus": a
// plural head joined by "and" or "or" to a second plural noun, up to two premodifiers
// between, counts both. Not when a number, a determiner or a verb comes first ("24
// countries and five continents", "60 countries and employs"), nor when the second plural
// premodifies a noun of its own ("homes and office blocks" stays "home").
std::optional<std::pair<std::size_t, std::string>> coordinated_head(std::string_view text, const Word& head,
                                                                    std::size_t limit, const Lexicon& lex) {
  const auto& rules = lex.lemma_rules();
  auto conj = word_after(text, head.end, limit);
  if (!conj || conj->begin != head.end + 1) return std::nullopt;
  std::string joiner = lower_ascii(conj->view(text));
  if (joiner != "and" && joiner != "or") return std::nullopt;
  std::size_t p = conj->end;
  for (int i = 0; i <= 2; ++i) {
    auto w = word_after(text, p, limit);
    if (!w || w->begin != p + 1) return std::nullopt;
    std::string_view word = w->view(text);
    // "the two countries and other developing countries": another set, not more of these.
    if (lower_ascii(word) == "other") return std::nullopt;
    if (!is_content_word(word, lex) || !text::is_alpha(word[0]) || lex.number_words().longest(word, 0) ||
        lex.units().longest(word, 0) || text::possessive_length(word))
      return std::nullopt;
    if (text::looks_plural(word, rules)) {
      // A name after a common noun is another phrase ("500,000 complaints and CBS").
      if (is_capitalized(word) && !is_capitalized(head.view(text))) return std::nullopt;
      // A verb in -s takes an object or an infinitive ("and runs 271 flights", "and
      // claims to update"); a noun with its own complement is another phrase ("cases and
      // revenues of A$2.6bn").
      if (w->end + 1 < limit && text[w->end] == ' ' && text::is_digit(text[w->end + 1])) return std::nullopt;
      auto next = word_after(text, w->end, limit);
      if (next && next->begin == w->end + 1) {
        std::string_view n = next->view(text);
        std::string lower = lower_ascii(n);
        if (lex.context().has_role(lower, SyntaxRole::determiner) || lex.context().has_role(lower, SyntaxRole::infinitive) ||
            lex.context().has_role(lower, SyntaxRole::partitive) || (is_content_word(n, lex) && text::looks_plural(n, rules)))
          return std::nullopt;
      }
      std::string lemma = text::lemmatize_noun(word, rules);
      if (lemma == text::lemmatize_noun(head.view(text), rules)) return std::nullopt;
      return std::make_pair(w->end, joiner + " " + lemma);
    }
    p = w->end;
  }
  return std::nullopt;
}

// The end of a number that belongs to a name in a noun phrase: the code of an acronym
// ("COVID -19", "COVID-19") or a model number between a premodifier and a capitalised
// word ("new 320 Neo"). Plain digits only; a grouped or decimal number is a figure.
std::optional<std::size_t> name_number(std::string_view text, std::size_t pos, std::size_t limit,
                                       std::string_view previous) {
  std::size_t p = skip_spaces(text, pos, limit);
  bool hyphen = p < limit && text[p] == '-';
  std::size_t d = hyphen ? p + 1 : p;
  std::size_t e = d;
  while (e < limit && text::is_digit(text[e])) ++e;
  if (e == d || e - d > 4 || (e < limit && text[e] != ' ')) return std::nullopt;
  if (is_all_caps(previous) && previous.size() > 1) return e;
  auto next = word_after(text, e, limit);
  if (!hyphen && next && is_capitalized(next->view(text)) && !is_capitalized(previous)) return e;
  return std::nullopt;
}

// The end of a model designation after a brand in a noun phrase: "70 Boeing 737-800 planes",
// "30 Airbus A320 planes", "500 Boeing 777-200LR jets": up to three capitals, two to four
// digits, a dash and more digits, capitals again, then a lower-case word. Not a year ("12
// England 2003 players").
std::optional<std::size_t> model_code(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t p = skip_spaces(text, pos, limit);
  auto run = [&](auto pred, std::size_t most) {
    std::size_t b = p;
    while (p < limit && p - b < most && pred(text[p])) ++p;
    return p - b;
  };
  std::size_t letters = run(text::is_upper, 3);
  std::size_t start = p;
  std::size_t digits = run(text::is_digit, 4);
  if (digits < 2 || (p < limit && text::is_digit(text[p]))) return std::nullopt;
  bool dashed = false;
  if (p + 1 < limit && text[p] == '-' && text::is_digit(text[p + 1])) {
    ++p;
    std::size_t more = run(text::is_digit, 4);
    if (more < 2 || (p < limit && text::is_digit(text[p]))) return std::nullopt;
    dashed = true;
  }
  std::size_t suffix = run(text::is_upper, 3);
  if (!letters && !dashed && !suffix && digits == 4) {
    int year = 0;
    for (std::size_t i = start; i < start + 4; ++i) year = year * 10 + (text[i] - '0');
    if (year >= 1900 && year <= 2099) return std::nullopt;
  }
  if (p + 1 >= limit || text[p] != ' ' || !text::is_lower(text[p + 1])) return std::nullopt;
  return p;
}

// "two assembly members", "three daily flights": an unlisted -ly word right before a plural
// noun is a noun or an adjective that premodifies it, not an adverb.
bool noun_before_plural(std::string_view text, const Word& w, std::size_t limit, const Lexicon& lex) {
  std::string word = lower_ascii(w.view(text));
  if (word.size() <= 4 || !word.ends_with("ly") || lex.classify_word(word)) return false;
  auto next = word_after(text, w.end, limit);
  if (!next || next->begin != w.end + 1) return false;
  std::string_view n = next->view(text);
  return is_content_word(n, lex) && text::looks_plural(n, lex.lemma_rules()) && !lower_ascii(n).ends_with("ly");
}

// Whether `w` ends a noun phrase: nothing, a punctuation mark or a function word follows.
bool closes_phrase(std::string_view text, const Word& w, std::size_t limit, const Lexicon& lex) {
  auto next = word_after(text, w.end, limit);
  if (!next || skip_spaces(text, w.end, limit) != next->begin) return true;
  auto cls = lex.classify_word(lower_ascii(next->view(text)));
  return cls && *cls == WordClass::function;
}

// "scored six hits in the UK", "three hits, including", "two shows at the venue", "only
// three sets while men play five": after a
// plural number a verb in -s is a plural noun, for a plural subject would take the verb's
// base form ("six hit"). Only where nothing follows that a verb would take as its object or
// complement: the sentence's end, punctuation, or a preposition or conjunction ("the top
// five includes Led Zeppelin", "99 costs far less" stay verbs). Never a form of be, have,
// do or a linking verb ("three is", "five has").
bool verb_form_as_plural_noun(std::string_view text, const Word& w, std::size_t limit, const Lexicon& lex) {
  std::string word = lower_ascii(w.view(text));
  // A phrasal verb too: "won three sets", "two sums".
  auto cls = lex.classify_word(word);
  if ((cls != WordClass::verb && cls != WordClass::phrasal) || !text::looks_plural(word, lex.lemma_rules())) return false;
  const auto& ctx = lex.context();
  if (ctx.verb_group_word(word)) return false;
  // A phrasal verb's -s form after a plural number is its noun before a particle or "to" too:
  // "two sets down", "two sets to love" (the verb would be "two set down"); not before an
  // object ("Spider-Man 2 breaks that rule").
  bool phrasal = cls == WordClass::phrasal;
  bool closes = closes_phrase(text, w, limit, lex);
  if (!phrasal && !closes) return false;
  // Of the function words, those that open an object or an infinitive follow a verb.
  auto next = word_after(text, w.end, limit);
  if (!next || skip_spaces(text, w.end, limit) != next->begin) return true;
  std::string n = lower_ascii(next->view(text));
  if (!closes && !ctx.has_role(n, SyntaxRole::particle) && !ctx.has_role(n, SyntaxRole::infinitive)) return false;
  return !ctx.has_role(n, SyntaxRole::determiner) && !ctx.has_role(n, SyntaxRole::pronoun) &&
         !ctx.has_role(n, SyntaxRole::personal) && (phrasal || !ctx.has_role(n, SyntaxRole::infinitive));
}

// "civil servants" counts civil servants, "chief executives" chief executives: the head's
// lemma with the word right before it where WordNet lists the two as a noun whose head alone
// names another kind of thing (Lexicon::noun_compound); "giant pandas" stays "panda".
std::string with_compound(std::string_view text, const std::optional<Word>& before, const Word& head,
                          std::string lemma, const Lexicon& lex) {
  if (!before || before->end + 1 != head.begin || text[before->end] != ' ') return lemma;
  std::string phrase = lower_ascii(before->view(text)) + " " + lemma;
  if (lex.noun_compound(phrase)) return phrase;
  // "400,000 Sri Lankans", "3,000 South Africans": the people of a place of two words (CLDR
  // territory names and their adjectives), not Lankans or Africans.
  if (is_capitalized(before->view(text)) && frame::FrameVocabulary::embedded().place(phrase)) return phrase;
  return lemma;
}

}  // namespace

bool is_half_word(std::string_view word, const Lexicon& lex) {
  std::string w = lower_ascii(word);
  const NumberWord* n = lex.whole_number_word(w);
  return n && n->cls == NumberClass::fraction && n->value == 2 && !text::looks_plural(w, lex.lemma_rules());
}

bool is_ordinal_word(std::string_view word, const Lexicon& lex) {
  std::string w = lower_ascii(word);
  const NumberWord* n = lex.whole_number_word(w);
  return n && (n->cls == NumberClass::ordinal || n->cls == NumberClass::fraction) &&
         !lex.context().has_role(w, SyntaxRole::fraction_noun) && !text::looks_plural(w, lex.lemma_rules());
}

bool is_content_word(std::string_view word, const Lexicon& lex) {
  if (word.empty()) return false;
  if (auto cls = lex.classify_word(word)) {
    if (*cls == WordClass::function || *cls == WordClass::verb || *cls == WordClass::temporal ||
        *cls == WordClass::adverb || *cls == WordClass::phrasal)
      return false;
  }
  if (lex.months().longest(word, 0)) return false;
  // Adverbs ("sharply") and possessives do not head a counted phrase.
  std::string w = lower_ascii(word);
  if (w.ends_with("ly") && w.size() > 4) return false;
  return true;
}

std::size_t past_owner(std::string_view text, std::size_t pos, std::size_t limit, const Lexicon& lex) {
  std::size_t end = pos;
  std::size_t p = pos;
  for (int i = 0; i < kMaxOwnerWords; ++i) {
    auto w = word_after(text, p, limit);
    if (!w || w->begin != skip_spaces(text, p, limit)) break;
    std::string_view word = w->view(text);
    // "Airways'": a plural owner's bare apostrophe follows the word.
    bool apostrophe_after = w->end < limit && text[w->end] == '\'' && word.ends_with("s");
    bool plural_owner = apostrophe_after || (word.size() > 2 && word.ends_with("s'"));
    if ((text::possessive_length(word) && word.size() > 2) || plural_owner) {
      end = w->end + (apostrophe_after ? 1 : 0);
      p = end;
      continue;
    }
    if (!is_content_word(word, lex)) break;
    p = w->end;
  }
  return end;
}

std::optional<CountedNoun> find_counted_noun(std::string_view text, std::size_t pos, std::size_t limit,
                                             const Lexicon& lex, bool singular) {
  const auto& rules = lex.lemma_rules();
  std::optional<Word> first, last, before_last;
  std::size_t p = pos;
  for (int i = 0; i <= kMaxPremodifiers; ++i) {
    // A model after its brand: "70 Boeing 737-800 planes", "30 Airbus A320 planes".
    if (last && !singular && is_capitalized(last->view(text)) && !is_all_caps(last->view(text)))
      if (auto code = model_code(text, p, limit)) {
        p = *code;
        continue;
      }
    auto w = word_after(text, p, limit);
    if (!w && last) {
      // A number inside a name: "Euro 6 engines", "three new 320 Neo planes".
      if (auto code = name_number(text, p, limit, last->view(text))) {
        p = *code;
        continue;
      }
    }
    if (!w) break;
    std::string_view word = w->view(text);
    // "two further Grammys", "three further O'Gara penalties": a word of addition between a
    // count and its noun ("two further in the second half" has none).
    if (!singular && !first && lex.context().has_role(word, SyntaxRole::additional)) {
      auto next = word_after(text, w->end, limit);
      if (next && is_content_word(next->view(text), lex)) {
        p = w->end;
        continue;
      }
    }
    // "online and store sales", "Ford and Fiat cars": coordinated premodifiers.
    if (!singular && first && (lex.context().has_role(word, SyntaxRole::additive) || lex.context().has_role(word, SyntaxRole::alternative))) {
      auto next = word_after(text, w->end, limit);
      if (next && is_content_word(next->view(text), lex)) {
        p = w->end;
        continue;
      }
    }
    // Only as the first word or inside a name ("two London Assembly members"); later a
    // "-ly" word is an adverb before a verb ("500 list officially charts").
    bool ly_premodifier = !singular && (!last || (is_capitalized(last->view(text)) && is_capitalized(word))) &&
                          noun_before_plural(text, *w, limit, lex);
    // "6,500 US stores", "five US citizens": capitals before a lower-case word are a name
    // used as a premodifier, not the pronoun "us" and not a plural head.
    auto after = word_after(text, w->end, limit);
    bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), text::is_upper) && after &&
                   text::is_lower(text[after->begin]);
    // "six break points", "10 wind farms", "two back operations": a word of a phrasal verb
    // right before a plural noun is a noun premodifying it ("set up" keeps its particle).
    bool phrasal_premodifier = !singular && lex.classify_word(lower_ascii(word)) == WordClass::phrasal &&
                               after && after->begin == w->end + 1 && is_content_word(after->view(text), lex) &&
                               text::looks_plural(after->view(text), rules) &&
                               !lex.context().has_role(after->view(text), SyntaxRole::particle);
    bool verb_noun = !singular && verb_form_as_plural_noun(text, *w, limit, lex);
    // "12 UK hit singles", "the 128 worst hit schools": after a premodifier, a verb's bare or
    // past form right before the plural noun that closes the phrase is a participle
    // premodifying it ("12 hit singles" alone keeps "hit" the verb of a count).
    bool participle_premodifier = !singular && last && lex.classify_word(lower_ascii(word)) == WordClass::verb &&
                                  !lex.context().verb_group_word(lower_ascii(word)) && after &&
                                  after->begin == w->end + 1 && is_content_word(after->view(text), lex) &&
                                  text::looks_plural(after->view(text), rules) && closes_phrase(text, *after, limit, lex);
    if (!is_content_word(word, lex) && !ly_premodifier && !acronym && !phrasal_premodifier && !verb_noun &&
        !participle_premodifier)
      break;
    // Possessive nouns are determiners here ("45 of Kazakhstan's projects").
    // In a singular phrase it is not the head either ("half of the South Korean's market").
    // "that's", "it's" are contractions and end the phrase like any function word.
    if (std::size_t n = text::possessive_length(word)) {
      std::string_view stem = word.substr(0, word.size() - n);
      auto cls = lex.classify_word(lower_ascii(stem));
      if (singular && !(cls && *cls == WordClass::function)) return std::nullopt;
      break;
    }
    // "one report says": after a singular noun, an -s word is its verb.
    if (singular && last && !acronym && text::looks_plural(word, rules) && !text::looks_plural(last->view(text), rules))
      break;
    // "let either one off", "work that one out": a particle makes "one" a pronoun; after
    // the noun it ends the noun ("one pack out on Thursday"), as does an irregular past
    // form ("one song written before they split", "one e-mail sent out").
    if (singular && lex.context().has_role(word, SyntaxRole::particle)) {
      if (!last) return std::nullopt;
      break;
    }
    bool past_form = singular && lex.context().has_role(word, SyntaxRole::verb);
    if (past_form && last) break;
    // "one equipped with a camera": a participle first, then a function word, makes "one" a
    // pronoun ("one skilled worker" is a count).
    // An irregular past form likewise ("one known as Wap-push").
    if (singular && !last && ((word.size() > 4 && word.ends_with("ed") && !word.ends_with("eed")) || past_form)) {
      auto next = word_after(text, w->end, limit);
      auto cls = next ? lex.classify_word(lower_ascii(next->view(text))) : std::nullopt;
      if (!next || (cls && *cls == WordClass::function)) return std::nullopt;
    }
    // "one man killed", "half of the spam received": a participle after the noun ("speed",
    // "hundred" are not).
    if (singular && last && word.size() > 4 && word.ends_with("ed") && !word.ends_with("eed") &&
        !word.ends_with("dred"))
      break;
    // "the 17-million population lives": after a collective noun an -s word is its verb.
    if (!singular && last && last->begin != w->begin && text::looks_plural(word, rules) &&
        lex.classify_word(lower_ascii(last->view(text))) == WordClass::collective)
      return CountedNoun{first->begin, last->begin, last->end, lower_ascii(last->view(text)), false};
    if (!first) first = w;
    before_last = last;
    last = w;
    if (!singular && !acronym && text::looks_plural(word, rules)) {
      // "United States senators": a capitalised plural inside a name is a premodifier.
      auto next = word_after(text, w->end, limit);
      bool name_part = is_capitalized(word) && next && text::looks_plural(next->view(text), rules) &&
                       !is_capitalized(next->view(text)) && is_content_word(next->view(text), lex);
      if (!name_part) {
        CountedNoun noun{first->begin, w->begin, w->end,
                         with_compound(text, before_last, *w, text::lemmatize_noun(word, rules), lex), true};
        if (auto mw = multiword_head(text, *w, limit, lex)) {
          noun.end = mw->first;
          noun.lemma = mw->second;
        } else if (auto co = noun.lemma == "time" ? std::nullopt : coordinated_head(text, *w, limit, lex)) {
          noun.end = co->first;
          noun.lemma += " " + co->second;
        }
        return noun;
      }
    }
    p = w->end;
  }
  if (!singular || !last) return std::nullopt;
  std::string_view word = last->view(text);
  if (text::looks_plural(word, rules)) return std::nullopt;
  return CountedNoun{first->begin, last->begin, last->end, with_compound(text, before_last, *last, lower_ascii(word), lex),
                     false};
}

}  // namespace factsheet::extract
