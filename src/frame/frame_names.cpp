// Names in a sentence that may be a figure's entity: runs of capitalised words, places and
// their adjectives, a name after a place's possessive or a description, and the key an
// entity is compared by.
#include "frame/frame_context.hpp"

#include <algorithm>
#include <array>

namespace factsheet::frame::detail {

// A place named by the words [i, i + n) of `ws` (longest first), its CLDR name.
std::optional<std::pair<std::string, std::size_t>> place_at(const std::vector<Word>& ws, std::size_t i,
                                                            const FrameVocabulary& vocabulary) {
  if (i >= ws.size() || !is_upper(ws[i].text[0])) return std::nullopt;
  auto append_lower = [](std::string& out, std::string_view w) {
    std::size_t from = out.size();
    out += w;
    for (std::size_t k = from; k < out.size(); ++k) out[k] = text::to_lower(out[k]);
  };
  // An alias of n > 1 words begins with the first word as written, lower case: no longer
  // alias begins with it than the vocabulary has.
  std::string first;
  append_lower(first, ws[i].text);
  const std::size_t most =
      std::max<std::size_t>(1, std::min({std::size_t{4}, ws.size() - i, vocabulary.place_words_from(first)}));
  // The words before the last one of each alias, as written: joined once, a prefix each.
  std::string words;
  std::array<std::size_t, 4> before_word{};  // words.size() before word k
  for (std::size_t k = 0; k + 1 < most; ++k) {
    if (k) words += ' ';
    before_word[k] = words.size();
    append_lower(words, ws[i + k].text);
  }
  std::string alias;
  for (std::size_t n = most; n >= 1; --n) {
    // Words [i, i + n), the last one without its possessive ending.
    alias.assign(words, 0, n > 1 ? before_word[n - 2] + ws[i + n - 2].text.size() : 0);
    if (n > 1) alias += ' ';
    append_lower(alias, without_possessive(ws[i + n - 1].text));
    if (auto p = vocabulary.place(alias)) return std::make_pair(std::string(*p), n);
    // "US-led", "UK-based": the place before a hyphen
    if (n == 1 && alias.find('-') != std::string::npos)
      if (auto q = vocabulary.place(alias.substr(0, alias.find('-')))) return std::make_pair(std::string(*q), 1);
  }
  return std::nullopt;
}

namespace {

// A capitalised word that is a name by itself even at the start of a sentence:
// a possessive, an acronym or a capital inside ("Sony's", "EMI", "Wal-Mart").
bool name_by_itself(std::string_view w) {
  if (possessive(w)) return true;
  return std::any_of(w.begin() + 1, w.end(), is_upper);
}

// A word WordNet writes as it stands here for a thing ("TV", "Christmas"), also as a
// plural or possessive ("PCs", "DVDs", "GDP's"), and no place ("US").
bool common_capital(std::string_view written, const Context& x) {
  const std::string w(without_possessive(written));
  if (x.vocabulary.place(lower_ascii(w))) return false;
  if (x.vocabulary.common_capital(w)) return true;
  return w.size() > 2 && w.back() == 's' && x.vocabulary.common_capital(w.substr(0, w.size() - 1));
}

// "I've", "I'm", "We're": a pronoun with its verb.
bool contraction(std::string_view w) {
  std::size_t apostrophe = w.find('\'');
  if (apostrophe == std::string_view::npos || apostrophe == 0) return false;
  std::string_view rest = w.substr(apostrophe + 1);
  return rest == "ve" || rest == "m" || rest == "re" || rest == "ll" || rest == "d";
}

// The number of words from ws[i] (before `to`) that a currency's name spans when one
// starts there with a country ("US dollars", "U.S. dollars", "Hong Kong dollars"), else 0.
std::size_t currency_words(const std::vector<Word>& ws, std::size_t i, std::size_t to, const Context& x) {
  constexpr std::size_t kMaxCurrencyWords = 4;
  std::string phrase = ws[i].text;
  std::size_t best = 0;
  for (std::size_t j = i + 1; j < to && j - i < kMaxCurrencyWords; ++j) {
    phrase += ' ';
    phrase += ws[j].text;
    auto m = x.lexicon.currencies().longest(phrase, 0);
    if (m && m->length == phrase.size()) best = j + 1 - i;
  }
  return best;
}

// A word that is a verb's form rather than a noun: the verbs and verb groups of the grammars
// ("made", "sold", "has", "must") or a regular past form ("posted", "reported").
bool verb_word(std::string_view w, const Context& x) {
  std::string l = lower_ascii(w);
  const auto& ctx = x.lexicon.context();
  if (ctx.has_role(l, SyntaxRole::verb) || ctx.verb_group_word(l)) return true;
  auto cls = x.lexicon.classify_word(l);
  if (cls && (*cls == WordClass::verb || *cls == WordClass::phrasal)) return true;
  return l.size() > 4 && l.ends_with("ed") && !l.ends_with("eed");
}

// "Toyota sold", "Barclays made": a capitalised word that WordNet and the word list never
// write in lower case, by itself or by its noun lemma, is a name at a sentence's start
// too; a word of the grammars' classes, a place or its people ("Britons", "Indonesians"),
// an adjective, a participle or a hyphenated compound ("Card-not-present") is not.
bool unknown_word(std::string_view written, const Context& x) {
  std::string w = lower_ascii(without_possessive(written));
  if (w.size() < 2 || !std::all_of(w.begin(), w.end(), is_lower)) return false;
  if (w.ends_with("ed") || w.ends_with("ing")) return false;
  if (x.function_word(w) || x.lexicon.classify_word(w) || x.lexicon.context().roles(w) ||
      x.lexicon.months().longest(w, 0))
    return false;
  std::string lemma = x.lemma(w);
  for (const std::string& form : {w, lemma})
    if (x.vocabulary.common_word(form) || x.vocabulary.adjective(form) || x.vocabulary.place(form)) return false;
  return true;
}

// "Tory leader Michael Howard", "Glasgow group Franz Ferdinand", "England coach Andy
// Robinson": from ws[at] on, one to three singular lower-case nouns and then a capitalised
// word. The name before them describes the name after; "Blair rejects Tory ..." has a verb.
bool describes_name(const std::vector<Word>& ws, std::size_t at, std::size_t to, const Context& x) {
  constexpr std::size_t kMaxRoleWords = 3;
  std::size_t k = at;
  for (; k < to && k - at < kMaxRoleWords && !is_upper(ws[k].text[0]); ++k) {
    const std::string& t = ws[k].text;
    if (x.function_word(t) || verb_word(t, x) || x.lemma(t) != lower_ascii(t)) return false;
  }
  return k > at && k < to && is_upper(ws[k].text[0]) && ws[k].begin - ws[k - 1].end <= 1;
}

}  // namespace

// The entity's key: lower case, possessive and company endings dropped; a place by its
// CLDR name.
std::string entity_key(const std::vector<Word>& run, const Context& x) {
  std::vector<std::string> parts;
  for (const Word& w : run) parts.push_back(lower_ascii(without_possessive(w.text)));
  while (parts.size() > 1 && x.cues.is(parts.back(), "suffix")) parts.pop_back();
  std::string key;
  for (const std::string& p : parts) {
    if (!key.empty()) key += ' ';
    key += p;
  }
  if (auto place = x.vocabulary.place(key)) return std::string(*place);
  return key;
}

namespace {

// The runs of name_runs(), each handed to `take` in order until it returns false: a run is
// decided by its own words, never by a later run's.
template <class Take>
void each_name_run(const std::vector<Word>& ws, std::size_t from, std::size_t to, bool sentence_start,
                   const Context& x, const std::vector<std::string>& skip, Take&& take) {
  std::size_t i = from;
  while (i < to) {
    const std::string& t = ws[i].text;
    // An acronym is a name even where its lower case is a function word ("US").
    auto acronym = [&] { return std::all_of(t.begin(), t.end(), [](char ch) { return is_upper(ch) || ch == '.'; }); };
    bool cap = is_upper(t[0]) && t.size() > 1 && (acronym() || !x.function_word(without_possessive(t))) &&
               (skip.empty() || std::find(skip.begin(), skip.end(), lower_ascii(without_possessive(t))) == skip.end());
    if (!cap) {
      ++i;
      continue;
    }
    // "41 billion US dollars", "Hong Kong dollars": a country that names a currency is no
    // entity of the sentence.
    if (std::size_t n = currency_words(ws, i, to, x)) {
      i += n;
      continue;
    }
    std::size_t j = i + 1;
    // A run goes on over single spaces only: "Chinese, Kazakh" is two names.
    while (j < to && is_upper(ws[j].text[0]) && !possessive(ws[j - 1].text) && !x.function_word(ws[j].text) &&
           ws[j].begin - ws[j - 1].end <= 1)
      ++j;
    bool at_start = sentence_start && i == 0;
    // "Visiting China, ...", "New EU rules", "Former European champion": a participle, or
    // an adjective before a place's acronym or adjective, opens the sentence and is no part
    // of a name. An adjective before a place's name may make a region's ("Latin America")
    // or a country's ("New Zealand").
    if (at_start && j - i > 1 && !name_by_itself(t)) {
      auto whole = place_at(ws, i, x.vocabulary);
      auto rest = place_at(ws, i + 1, x.vocabulary);
      const std::string next(without_possessive(ws[i + 1].text));
      bool participle = t.ends_with("ing") || t.ends_with("ed");
      bool acronym = std::all_of(next.begin(), next.end(), [](char ch) { return is_upper(ch) || ch == '.'; });
      bool describes = x.vocabulary.adjective(lower_ascii(t)) && (acronym || x.vocabulary.adjective(lower_ascii(next)));
      if ((participle || describes) && !(whole && i + whole->second == j) && rest && i + 1 + rest->second == j) {
        ++i;
        continue;
      }
    }
    bool keep = !at_start || name_by_itself(t) || j - i > 1 || place_at(ws, i, x.vocabulary) ||
                (unknown_word(t, x) && !describes_name(ws, j, to, x));
    // A capitalised measure noun opening the sentence ("Sales rose") is no name.
    if (at_start && j - i == 1 && !name_by_itself(t) && x.noun(t)) keep = false;
    // Nor is a thing WordNet writes with a capital ("TV", "PCs", "GDP", "Christmas"), nor a
    // pronoun's contraction ("I've", "I'm").
    if (j - i == 1 && (common_capital(t, x) || contraction(t))) keep = false;
    if (keep && !take(NameRun{i, j})) return;
    i = j;
  }
}

}  // namespace

std::vector<NameRun> name_runs(const std::vector<Word>& ws, std::size_t from, std::size_t to, bool sentence_start,
                               const Context& x, const std::vector<std::string>& skip) {
  std::vector<NameRun> out;
  each_name_run(ws, from, to, sentence_start, x, skip, [&](NameRun r) {
    out.push_back(r);
    return true;
  });
  return out;
}

std::optional<NameRun> first_name_run(const std::vector<Word>& ws, std::size_t from, std::size_t to,
                                      bool sentence_start, const Context& x, const std::vector<std::string>& skip) {
  std::optional<NameRun> first;
  each_name_run(ws, from, to, sentence_start, x, skip, [&](NameRun r) {
    first = r;
    return false;
  });
  return first;
}

// "Japan's Toyota", "Germany's DaimlerChrysler", "Australia's BHP Billiton": a name right
// after a place in the possessive belongs to that place, and the figure is the name's. The
// name's words [first, last) from ws[from] on; not a thing WordNet writes with a capital
// ("Japan's GDP"), a month ("Britain's December figures") or another place.
std::optional<NameRun> owned_name(const std::vector<Word>& ws, std::size_t from, std::size_t to, const Context& x) {
  if (from == 0 || from >= to || !possessive(ws[from - 1].text) || ws[from].begin - ws[from - 1].end > 1) return std::nullopt;
  const std::string& t = ws[from].text;
  if (t.size() < 2 || !is_upper(t[0]) || x.function_word(without_possessive(t)) || x.calendar_name(without_possessive(t)) ||
      common_capital(t, x) || place_at(ws, from, x.vocabulary))
    return std::nullopt;
  std::size_t j = from + 1;
  // "the UK's Department of Work and Pensions": the name goes on over "of" and "and" between
  // capitalised words.
  const auto& ctx = x.lexicon.context();
  while (j < to && !possessive(ws[j - 1].text) && ws[j].begin - ws[j - 1].end <= 1) {
    // Not another owner ("Russia's Olga Fedorova and Sweden's Jenny Kallur").
    bool joined = j + 1 < to && ctx.has_role(ws[j].text, SyntaxRole::connector) && is_upper(ws[j + 1].text[0]) &&
                  ws[j + 1].begin - ws[j].end <= 1 && !possessive(ws[j + 1].text) && !place_at(ws, j + 1, x.vocabulary);
    if (joined) {
      j += 2;
      continue;
    }
    if (!is_upper(ws[j].text[0]) || x.function_word(ws[j].text)) break;
    ++j;
  }
  if (j - from == 1 && x.noun(t) == NounClass::measure) return std::nullopt;  // "China's Exports" in a headline
  // Nor an adjective ("Malaysia's Islamic banks"), nor an office: "Germany's Chancellor
  // Gerhard Schroeder" speaks for Germany, and the deal he signs is Germany's.
  if (j - from == 1 && x.vocabulary.adjective(lower_ascii(without_possessive(t)))) return std::nullopt;
  for (std::size_t k = from; k < j; ++k)
    if (ctx.has_role(without_possessive(ws[k].text), SyntaxRole::title)) return std::nullopt;
  return NameRun{from, j};
}

// "US media giant TimeWarner", "UK sportswear firm Umbro": after a place, a few lower-case
// words and a name that is no place: the place describes the named company, which is what
// the figure is about. The name's words [first, last), from ws[from] on.
std::optional<NameRun> described_name(const std::vector<Word>& ws, std::size_t from, std::size_t to, const Context& x) {
  constexpr std::size_t kDescriptorWords = 3;  // "mortgage firm", "media giant", "budget airline"
  std::size_t k = from;
  while (k < to && k - from < kDescriptorWords && is_lower(ws[k].text[0]) && !x.function_word(ws[k].text)) ++k;
  if (k == from || k >= to || !is_upper(ws[k].text[0]) || x.function_word(without_possessive(ws[k].text)) ||
      place_at(ws, k, x.vocabulary))
    return std::nullopt;
  for (std::size_t i = from; i <= k; ++i)
    if (ws[i].begin - ws[i - 1].end > 1) return std::nullopt;  // one phrase: no comma or bracket in between
  std::size_t j = k + 1;
  while (j < to && is_upper(ws[j].text[0]) && !possessive(ws[j - 1].text) && !x.function_word(ws[j].text) &&
         ws[j].begin - ws[j - 1].end <= 1)
    ++j;
  // The name closes the noun phrase: a lower-case word right after it makes the name a
  // modifier of another noun ("people in the UK download TV programmes").
  // A verb after it makes the name the subject ("US media giant TimeWarner made a profit").
  if (j < to && ws[j].begin - ws[j - 1].end <= 1 && !possessive(ws[j - 1].text) && is_lower(ws[j].text[0]) &&
      !x.function_word(ws[j].text) && !verb_word(ws[j].text, x))
    return std::nullopt;
  return NameRun{k, j};
}

// Whether ws[i - 1] is a word of a name that the place at ws[i] closes: capitalised,
// right before it, no function word, place, possessive or adjective ("New EU rules"), and
// at a sentence's start no participle ("Visiting China, ...").
bool ends_name(const std::vector<Word>& ws, std::size_t i, bool sentence_start, const Context& x) {
  const std::string& t = ws[i - 1].text;
  if (t.size() < 2 || !is_upper(t[0]) || ws[i].begin - ws[i - 1].end > 1 || possessive(t) || x.function_word(t) ||
      place_at(ws, i - 1, x.vocabulary) || common_capital(t, x) || x.vocabulary.adjective(lower_ascii(t)))
    return false;
  // A place named by an adjective ("American football", "Latin American") or before a
  // hyphen ("UK-based") describes what follows it; it closes no name.
  const std::string place = lower_ascii(without_possessive(ws[i].text));
  if (place.find('-') != std::string::npos || x.vocabulary.adjective(place)) return false;
  if (sentence_start && i == 1 && !name_by_itself(t) && (t.ends_with("ing") || t.ends_with("ed") || x.noun(t)))
    return false;
  return true;
}

}  // namespace factsheet::frame::detail
