#include "text/lemmatizer.hpp"

#include <algorithm>

#include "text/chars.hpp"

namespace factsheet::text {
namespace {

using std::size_t;

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string drop(std::string_view w, size_t n) { return std::string(w.substr(0, w.size() - n)); }

// Lower-cases ASCII letters, trims, and turns each run of spaces, tabs, line breaks or
// NBSPs into one space, so multi-word keys ("heads of state") match however spaced.
std::string normalise(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  bool pending_space = false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = true;
      continue;
    }
    if (c == '\xC2' && i + 1 < word.size() && word[i + 1] == '\xA0') {
      pending_space = true;
      ++i;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// Removes the apostrophe of a plural possessive ("students'" -> "students").
void strip_plural_apostrophe(std::string& w) {
  if (w.ends_with("s'")) {
    w.pop_back();
  } else if (w.ends_with("s\xE2\x80\x99")) {
    w.resize(w.size() - 3);
  }
}

// Byte range of the head: the word (or last hyphenated part) whose form decides the
// number of the whole. It is the last word, or the last before " of " ("members of the
// board", "Ministry of Foreign Affairs"), so a plural complement does not count.
struct Head {
  size_t begin = 0;
  size_t end = 0;
};

Head find_head(std::string_view w) {
  size_t end = std::min(w.find(" of "), w.size());
  size_t cut = w.substr(0, end).find_last_of(" -");
  return {cut == std::string_view::npos ? 0 : cut + 1, end};
}

// -ies: "countries" -> "country"; short words and a vowel before keep the -ie
// ("ties" -> "tie", "lies" -> "lie").
std::string singular_ies(std::string_view w) {
  if (w.size() <= 4 || is_vowel(w[w.size() - 4])) return drop(w, 1);
  return drop(w, 3) + "y";
}

// -ches: "churches" -> "church", but "headaches" -> "headache", "caches" -> "cache":
// after a consonant, -aches comes from -ache (-oaches, -eaches are -oach, -each).
std::string singular_ches(std::string_view w) {
  bool ache = w.ends_with("aches") && (w.size() == 5 || !is_vowel(w[w.size() - 6]));
  return drop(w, ache ? 1 : 2);
}

// -zes: "buzzes" -> "buzz", "waltzes" -> "waltz", but "prizes" -> "prize".
std::string singular_zes(std::string_view w) {
  return drop(w, w.ends_with("zzes") || w.ends_with("tzes") ? 2 : 1);
}

// -uses: "viruses" -> "virus", "bonuses" -> "bonus", but "houses" -> "house",
// "causes" -> "cause", "masseuses" -> "masseuse", "fuses" -> "fuse".
std::string singular_uses(std::string_view w) {
  if (w.size() == 4) return drop(w, 1);  // "uses"
  char before = w[w.size() - 5];
  bool use_word = before == 'o' || before == 'a' || before == 'e' || before == 'f';
  return drop(w, use_word ? 1 : 2);
}

// -ses: most come from -se ("responses", "purposes", "franchises", "cases").
std::string singular_ses(std::string_view w) {
  if (w.ends_with("sses")) return drop(w, 2);  // "classes" -> "class"
  if (w.ends_with("uses")) return singular_uses(w);
  if (w.ends_with("iases")) return drop(w, 2);  // "biases" -> "bias"
  if (w.ends_with("lyses") || w.ends_with("theses")) return drop(w, 2) + "is";  // "analyses"
  return drop(w, 1);
}

// -es after a consonant or vowel.
std::string singular_es(std::string_view w) {
  if (w.ends_with("ies")) return singular_ies(w);
  if (w.ends_with("ses")) return singular_ses(w);
  if (w.ends_with("ches")) return singular_ches(w);
  if (w.ends_with("shes") || w.ends_with("xes")) return drop(w, 2);
  if (w.ends_with("zes")) return singular_zes(w);
  // -ves keeps -ve ("objectives"), -oes drops the -s ("shoes"); the -f/-fe and -o
  // singulars ("wolves", "heroes") are listed as irregular.
  return drop(w, 1);
}

// Suffix rules for one lower-case word not listed in the rules.
std::string singular_by_suffix(std::string_view w) {
  if (w.size() < 3 || w.back() != 's') return std::string(w);
  // -ss, -us (also -ous adjectives) and -is words are singular: "class", "bonus",
  // "various", "analysis".
  if (w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")) return std::string(w);
  if (w.ends_with("es")) return singular_es(w);
  return drop(w, 1);
}

// Lemma of one word (or hyphenated part) by the lists, then the rules.
std::string singular_word(std::string_view w, const LemmaRules& rules) {
  if (auto it = rules.irregular.find(w); it != rules.irregular.end()) return it->second;
  if (rules.invariant.contains(w)) return std::string(w);
  return singular_by_suffix(w);
}

}  // namespace

std::string lemmatize_noun(std::string_view word, const LemmaRules& rules) {
  std::string w = normalise(word);
  w.erase(w.size() - possessive_length(w));  // erase: resize() here trips GCC 12 -Wrestrict
  strip_plural_apostrophe(w);
  if (auto it = rules.irregular.find(w); it != rules.irregular.end()) return it->second;
  if (rules.invariant.count(w)) return w;
  Head head = find_head(w);
  std::string_view v(w);
  // Most often the head is the whole word: its lemma alone, with no pieces to join.
  if (head.begin == 0 && head.end == w.size()) return singular_word(v, rules);
  return std::string(v.substr(0, head.begin)) +
         singular_word(v.substr(head.begin, head.end - head.begin), rules) +
         std::string(v.substr(head.end));
}

bool looks_plural(std::string_view word, const LemmaRules& rules) {
  std::string w = normalise(word);
  if (possessive_length(w)) return false;
  strip_plural_apostrophe(w);
  if (rules.irregular.count(w)) return true;
  if (rules.invariant.count(w)) return false;
  Head head = find_head(w);
  std::string_view last = std::string_view(w).substr(head.begin, head.end - head.begin);
  if (rules.irregular.count(last)) return true;
  if (rules.invariant.count(last) || last.size() < 3) return false;
  return singular_by_suffix(last) != last;
}

}  // namespace factsheet::text
