// Writes the two tables the claim frame (src/frame/) reads, drawn from the databases:
//
//   frame_nouns.tsv   noun<TAB>class, from WordNet (Debian wordnet-base): "measure" when
//                     one of the noun's first two senses is a quantity, possession,
//                     attribute, relation, process or state ("profit", "sales", "rate",
//                     "unemployment", "growth"), "act" when its first sense is an act
//                     ("sale", "job", "output"); nouns that name things, groups, people or
//                     places are left out, and so are words tagged in SemCor (cntlist.rev)
//                     more than twice as often as adjectives or adverbs as as nouns ("out",
//                     "best", "high"). A third column, where present, is the key that
//                     measure nouns of one meaning share: the WordNet synset that is the
//                     first sense of each ("profit", "earnings").
//                     Rows "WORD<TAB>common": nouns WordNet writes with a capital that
//                     name things, not entities ("TV", "GDP", "Christmas"). Rows
//                     "WORD<TAB>adjective": WordNet's one-word adjectives ("new", "former").
//   frame_places.tsv  alias<TAB>code<TAB>name: every English CLDR territory name (and its
//                     short and variant forms), every word of the WordNet location synset
//                     of that name ("United States", "America", "US", "U.S.", "USA") and
//                     every adjective WordNet relates to it ("American", "German"),
//                     lower case. An alias that would name two territories is left out.
//   frame_verbs.tsv   form<TAB>noun: the forms of a verb of change (verb.change) that
//                     WordNet derives a measure noun from, the sense of the verb being one
//                     of change and the noun's a process, quantity, attribute or state
//                     ("grew", "grows", "grow" -> "growth"): "the economy grew 4%" states
//                     the economy's growth. Inflections: verb.exc and the regular endings.
//   superlatives.tsv  superlative<TAB>adjective, from WordNet: the -est forms of adj.exc
//                     ("best" -> "good", "biggest" -> "big") and, for every one-word
//                     adjective, the forms WordNet's morphology undoes ("-est" -> "",
//                     "-est" -> "-e": "proudest", "largest"), less forms that are adjectives
//                     or nouns of their own ("latest", "modest", "forest").
//   noun_plurals.tsv  form<TAB>lemma<TAB>plural: plurals in -us and -is of nouns in -u and
//                     -i ("Tutsis", "Zulus", "Iraqis", "menus"), which the lemmatizer's rules
//                     read as singular ("bonus", "crisis"); a form that WordNet lists as a
//                     noun of its own ("taxis", "bus") is left out.
//   noun_compounds.tsv  compound: WordNet's nouns of two lower-case words whose first sense
//                     is no kind of any sense of the second word ("civil servant" is an
//                     official, not a servant; "chief executive", "prime minister", "stock
//                     market"): a count of them counts the compound, where "giant pandas",
//                     "television channels" and "telephone exchanges" count pandas,
//                     channels and exchanges.
//   person_nouns.tsv  noun: WordNet's one-word nouns whose first sense is in its person file
//                     (noun.person: "child", "voter", "pensioner"): "children under five"
//                     gives their age.
//   common_words.tsv  word: every one-word lemma WordNet writes in lower case in some synset
//                     of any part of speech ("analyst", "share", "however"), the names of
//                     its time file (noun.time: "January", "Monday"), and every word the
//                     system's word list (Debian wamerican) writes in lower case ("gamer",
//                     "media"), lower case. A capital at a sentence's start on any other
//                     word marks a name ("Toyota", "Barclays", "Tesco"), as it does inside
//                     a sentence.
//
// Usage: frame_vocabulary WORDNET_DIR CLDR_EN_XML NOUNS_OUT PLACES_OUT VERBS_OUT SUPERLATIVES_OUT
//        PLURALS_OUT COMPOUNDS_OUT COMMON_WORDS_OUT WORD_LIST PERSONS_OUT
#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string spaced(std::string s) {
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string f; in >> f;) out.push_back(f);
  return out;
}

// A synset of data.noun or data.adj: its lexicographer file, words and pointers.
struct Synset {
  int lexfile = -1;
  std::vector<std::string> words;
  std::vector<bool> primary;  // lex_id 0: the word's first use in its lexicographer file
  std::vector<std::pair<std::string, std::string>> pointers;  // (symbol, "offset pos source/target")
};

Synset synset_at(const std::string& data, std::size_t offset) {
  Synset s;
  if (offset >= data.size()) return s;
  std::size_t end = data.find('\n', offset);
  std::string line = data.substr(offset, end == std::string::npos ? std::string::npos : end - offset);
  line = line.substr(0, line.find(" | "));
  std::vector<std::string> f = fields(line);
  if (f.size() < 4) return s;
  s.lexfile = std::stoi(f[1]);
  std::size_t words = std::stoul(f[3], nullptr, 16), i = 4;
  for (std::size_t w = 0; w < words && i + 1 < f.size(); ++w, i += 2) {
    std::string word = f[i];
    if (auto paren = word.find('('); paren != std::string::npos) word.resize(paren);  // "(p)" markers
    s.words.push_back(word);
    s.primary.push_back(f[i + 1] == "0");
  }
  if (i >= f.size()) return s;
  std::size_t pointers = std::stoul(f[i++]);
  for (std::size_t p = 0; p < pointers && i + 3 < f.size(); ++p, i += 4) s.pointers.push_back({f[i], f[i + 1] + " " + f[i + 2] + " " + f[i + 3]});
  return s;
}

// index.noun: lemma -> synset offsets, most frequent sense first.
std::unordered_map<std::string, std::vector<std::size_t>> read_index(const std::string& path) {
  std::unordered_map<std::string, std::vector<std::size_t>> out;
  std::istringstream in(read_file(path));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header
    std::vector<std::string> f = fields(line);
    if (f.size() < 6) continue;
    std::size_t senses = std::stoul(f[2]), pointers = std::stoul(f[3]);
    std::size_t first = 4 + pointers + 2;
    std::vector<std::size_t>& offsets = out[f[0]];
    for (std::size_t i = first; i < f.size() && i < first + senses; ++i) offsets.push_back(std::stoul(f[i]));
  }
  return out;
}

// cntlist.rev: how often each lemma was tagged in the SemCor corpus, summed per part of
// speech (1 noun, 2 verb, 3 and 5 adjective, 4 adverb).
struct TagCounts {
  long noun = 0, verb = 0, adjective = 0, adverb = 0;
};
std::unordered_map<std::string, TagCounts> read_tag_counts(const std::string& path) {
  std::unordered_map<std::string, TagCounts> out;
  std::istringstream in(read_file(path));
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> f = fields(line);  // sense_key sense_number tag_count
    if (f.size() < 3) continue;
    std::size_t percent = f[0].find('%');
    if (percent == std::string::npos || percent + 1 >= f[0].size()) continue;
    TagCounts& t = out[f[0].substr(0, percent)];
    long n = std::stol(f[2]);
    switch (f[0][percent + 1]) {
      case '1': t.noun += n; break;
      case '2': t.verb += n; break;
      case '3':
      case '5': t.adjective += n; break;
      case '4': t.adverb += n; break;
      default: break;
    }
  }
  return out;
}

bool measure_lexfile(int f) {
  // noun.attribute, noun.possession, noun.process, noun.quantity, noun.relation, noun.state
  return f == 7 || f == 21 || f == 22 || f == 23 || f == 24 || f == 26;
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc != 12) {
    std::cerr << "usage: frame_vocabulary WORDNET_DIR CLDR_EN_XML NOUNS_OUT PLACES_OUT VERBS_OUT SUPERLATIVES_OUT "
                 "PLURALS_OUT COMPOUNDS_OUT COMMON_WORDS_OUT WORD_LIST PERSONS_OUT\n";
    return 2;
  }
  const std::string dir = argv[1];
  const std::string nouns_data = read_file(dir + "/data.noun");
  const std::string adj_data = read_file(dir + "/data.adj");
  auto index = read_index(dir + "/index.noun");
  auto tagged = read_tag_counts(dir + "/cntlist.rev");
  // A word used mostly as an adjective or adverb is no measure where it stands as a noun
  // ("out", "best", "high", "average", "two"): its noun senses are rare.
  auto mostly_modifier = [&](const std::string& lemma) {
    auto it = tagged.find(lemma);
    return it != tagged.end() && 2 * it->second.noun < it->second.adjective + it->second.adverb;
  };

  // ---- nouns: measures and acts ----
  std::map<std::string, std::string> nouns;
  for (const auto& [lemma, offsets] : index) {
    if (lemma.find_first_of("0123456789") != std::string::npos || offsets.empty()) continue;
    if (mostly_modifier(lemma)) continue;
    std::string cls;
    for (std::size_t i = 0; i < offsets.size() && i < 2; ++i)
      if (measure_lexfile(synset_at(nouns_data, offsets[i]).lexfile)) cls = "measure";
    if (cls.empty() && synset_at(nouns_data, offsets[0]).lexfile == 4) cls = "act";
    if (!cls.empty()) nouns[spaced(lemma)] = cls;
  }
  // Synonyms: measure nouns whose most frequent sense is one synset of a measure's
  // lexicographer file ("profit" and "earnings": net income). The synset's offset is the
  // key they share; a noun whose first sense no other noun shares has none.
  std::map<std::size_t, std::vector<std::string>> by_first_sense;
  for (const auto& [lemma, cls] : nouns) {
    if (cls != "measure" || lemma.find(' ') != std::string::npos) continue;
    std::size_t first = index.at(lemma).front();
    if (measure_lexfile(synset_at(nouns_data, first).lexfile)) by_first_sense[first].push_back(lemma);
  }
  std::map<std::string, std::string> sense;
  for (const auto& [offset, lemmas] : by_first_sense)
    if (lemmas.size() > 1)
      for (const std::string& l : lemmas) sense[l] = "s" + std::to_string(offset);
  // Common nouns written with a capital ("TV", "PC", "GDP", "Christmas"): one word whose
  // every sense spelt that way is neither an instance (a named place or work) nor of a
  // kind that names organisations (below). Such a word names a thing, not who or what a
  // figure is about.
  std::set<std::string> common_capitals;
  for (const auto& [lemma, offsets] : index) {
    if (lemma.find('_') != std::string::npos) continue;
    std::map<std::string, bool> forms;  // capitalised form -> still common
    for (std::size_t offset : offsets) {
      Synset syn = synset_at(nouns_data, offset);
      // Things made, done, said, owned, undergone or timed (noun.act, artifact, attribute,
      // communication, event, possession, process, state, time): "IPO", "PC", "TV",
      // "GDP", "HIV", "Christmas". Other kinds may name what a figure is about: groups,
      // places and people ("FBI", "Tory"), and companies or towns named like a unit, a
      // food, a substance, an animal or a plant ("HP", "Pernod", "Blackburn", "Populus").
      int f = syn.lexfile;
      bool named = !(f == 4 || f == 6 || f == 7 || f == 10 || f == 11 || f == 21 || f == 22 || f == 26 || f == 28);
      for (const auto& [symbol, target] : syn.pointers) named = named || symbol == "@i";
      for (const std::string& w : syn.words) {
        if (lower(w) != lemma || w == lemma) continue;
        auto [it, added] = forms.emplace(w, !named);
        if (!added) it->second = it->second && !named;
      }
    }
    for (const auto& [form, common] : forms)
      if (common) common_capitals.insert(form);
  }

  std::ofstream nouns_out(argv[3], std::ios::binary);
  nouns_out << "# generated from WordNet by tools/frame_vocabulary.cpp: noun<TAB>measure|act<TAB>synonym key;\n"
               "# common nouns written with a capital: word<TAB>common; one-word adjectives: word<TAB>adjective\n";
  for (const auto& [lemma, cls] : nouns) {
    nouns_out << lemma << '\t' << cls;
    if (auto it = sense.find(lemma); it != sense.end()) nouns_out << '\t' << it->second;
    nouns_out << '\n';
  }
  for (const std::string& w : common_capitals) nouns_out << w << "\tcommon\n";
  // One-word adjectives ("new", "central", "former", "american"): a capitalised one before
  // a place describes the place ("New EU rules", "Former European champion") where a name
  // would make the place part of a company's ("Heineken Malaysia", "Air China").
  {
    std::set<std::string> adjectives;
    for (const auto& [lemma, offsets] : read_index(dir + "/index.adj"))
      if (lemma.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos) adjectives.insert(lemma);
    for (const std::string& a : adjectives) nouns_out << a << "\tadjective\n";
  }

  // ---- verbs of change and the measure nouns derived from them ----
  {
    const std::string verbs_data = read_file(dir + "/data.verb");
    auto verb_index = read_index(dir + "/index.verb");
    std::map<std::string, std::set<std::string>> derived;  // verb lemma -> nouns
    for (const auto& [lemma, offsets] : verb_index) {
      if (lemma.find('_') != std::string::npos) continue;
      for (std::size_t offset : offsets) {
        Synset s = synset_at(verbs_data, offset);
        if (s.lexfile != 30) continue;  // verb.change
        std::size_t word = 0;
        while (word < s.words.size() && lower(s.words[word]) != lemma) ++word;
        if (word == s.words.size()) continue;
        for (const auto& [symbol, target] : s.pointers) {
          if (symbol != "+") continue;
          std::istringstream t(target);
          std::size_t to = 0;
          std::string pos, words;
          t >> to >> pos >> words;
          if (pos != "n" || words.size() != 4 || std::stoul(words.substr(0, 2), nullptr, 16) != word + 1) continue;
          Synset noun = synset_at(nouns_data, to);
          std::size_t n = std::stoul(words.substr(2), nullptr, 16);
          if (n == 0 || n > noun.words.size() || !measure_lexfile(noun.lexfile)) continue;
          std::string name = lower(noun.words[n - 1]);
          if (auto cls = nouns.find(name); cls != nouns.end() && cls->second == "measure") derived[lemma].insert(name);
        }
      }
    }
    // The gerund is the act, not the measure ("growing" beside "growth").
    for (auto& [lemma, ns] : derived) std::erase_if(ns, [](const std::string& n) { return n.size() > 4 && n.ends_with("ing"); });
    // A verb with one such noun only: "increase" -> "increase"; several are ambiguous.
    std::map<std::string, std::string> forms;
    auto add = [&](const std::string& form, const std::string& noun) { forms.emplace(form, noun); };
    for (const auto& [lemma, ns] : derived) {
      if (ns.size() != 1) continue;
      const std::string& noun = *ns.begin();
      add(lemma, noun);
      char last = lemma.back();
      bool sibilant = last == 's' || last == 'x' || last == 'z' || lemma.ends_with("ch") || lemma.ends_with("sh");
      add(lemma + (sibilant ? "es" : "s"), noun);
      add(lemma + (last == 'e' ? "d" : "ed"), noun);
      add((last == 'e' ? lemma.substr(0, lemma.size() - 1) : lemma) + "ing", noun);
    }
    std::istringstream exc(read_file(dir + "/verb.exc"));
    for (std::string line; std::getline(exc, line);) {
      std::vector<std::string> f = fields(line);
      if (f.size() < 2) continue;
      auto it = derived.find(f[1]);
      if (it != derived.end() && it->second.size() == 1) forms[f[0]] = *it->second.begin();
    }
    std::ofstream verbs_out(argv[5], std::ios::binary);
    verbs_out << "# generated from WordNet by tools/frame_vocabulary.cpp: verb form<TAB>measure noun\n";
    for (const auto& [form, noun] : forms) verbs_out << form << '\t' << noun << '\n';
  }

  // ---- places: CLDR territory names, WordNet synonyms and adjectives ----
  std::string cldr = read_file(argv[2]);
  std::regex territory(R"re(<territory type="([A-Z]{2})"(?: alt="(?:short|variant)")?>([^<]+)</territory>)re");
  std::map<std::string, std::string> main_name;           // code -> CLDR name
  // alias -> codes, by strength: 0 a CLDR name, 1 a WordNet synonym, 2 an adjective. An
  // alias keeps the codes of its strongest source ("China" is also a name of Taiwan in
  // WordNet, but CLDR's China).
  std::map<std::string, std::map<int, std::set<std::string>>> aliases;
  for (auto it = std::sregex_iterator(cldr.begin(), cldr.end(), territory); it != std::sregex_iterator(); ++it) {
    std::string code = (*it)[1], name = (*it)[2];
    if (code == "ZZ") continue;  // "Unknown Region"
    if (!main_name.count(code)) main_name[code] = name;
    aliases[lower(name)][0].insert(code);
    std::string key = lower(name);
    std::replace(key.begin(), key.end(), ' ', '_');
    auto found = index.find(key);
    if (found == index.end()) continue;
    for (std::size_t offset : found->second) {
      Synset s = synset_at(nouns_data, offset);
      if (s.lexfile != 15 && s.lexfile != 14) continue;  // noun.location, noun.group (EU)
      for (const std::string& w : s.words) aliases[lower(spaced(w))][1].insert(code);
      break;  // the first such sense: "Georgia" the country, not the state as well
    }
  }
  // Adjectives that pertain to, or derive from, a name of a place ("German", "American"):
  // the pointer names the target word, which is looked up among the names found so far
  // ("Chinese" points at the word "China" of WordNet's Taiwan synset: CLDR's China).
  std::map<std::string, std::set<std::string>> adjectives;
  std::istringstream adj(adj_data);
  for (std::string line; std::getline(adj, line);) {
    if (line.empty() || line[0] == ' ') continue;
    std::size_t offset = std::stoul(line.substr(0, line.find(' ')));
    Synset s = synset_at(adj_data, offset);
    for (const auto& [symbol, target] : s.pointers) {
      if (symbol != "\\" && symbol != "+") continue;
      std::istringstream t(target);
      std::size_t to = 0;
      std::string pos, words;
      t >> to >> pos >> words;
      if (pos != "n" || words.size() != 4) continue;
      Synset noun = synset_at(nouns_data, to);
      std::size_t word = std::stoul(words.substr(2), nullptr, 16);
      if (word == 0 || word > noun.words.size()) continue;
      auto place = aliases.find(lower(spaced(noun.words[word - 1])));
      if (place == aliases.end()) continue;
      const std::set<std::string>& codes = place->second.begin()->second;
      if (codes.size() != 1) continue;
      // "Chinese 1" of the Taiwanese synset is a second use of the word.
      for (std::size_t w = 0; w < s.words.size(); ++w)
        if (s.primary[w] && std::isupper(static_cast<unsigned char>(s.words[w][0]))) adjectives[lower(spaced(s.words[w]))].insert(*codes.begin());
    }
  }
  for (const auto& [adjective, codes] : adjectives) aliases[adjective][2].insert(codes.begin(), codes.end());
  std::ofstream places_out(argv[4], std::ios::binary);
  places_out << "# generated from CLDR and WordNet by tools/frame_vocabulary.cpp: alias<TAB>code<TAB>name\n";
  for (const auto& [alias, by_strength] : aliases) {
    const std::set<std::string>& codes = by_strength.begin()->second;
    if (codes.size() == 1 && alias.size() > 1)
      places_out << alias << '\t' << *codes.begin() << '\t' << main_name[*codes.begin()] << '\n';
  }

  // ---- superlatives: adjective forms in -est and their base ----
  std::set<std::string> adjectives_index;
  for (const auto& [lemma, offsets] : read_index(dir + "/index.adj"))
    if (lemma.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) adjectives_index.insert(lemma);
  std::map<std::string, std::string> superlatives;
  std::istringstream exc(read_file(dir + "/adj.exc"));
  for (std::string line; std::getline(exc, line);) {
    std::vector<std::string> f = fields(line);
    if (f.size() >= 2 && f[0] != f[1] && f[0].size() > 3 && f[0].compare(f[0].size() - 3, 3, "est") == 0)
      superlatives.emplace(f[0], f[1]);
  }
  for (const std::string& a : adjectives_index) {
    std::string form = a.back() == 'e' ? a + "st" : a + "est";
    if (a.size() > 2 && !adjectives_index.count(form) && !index.count(form)) superlatives.emplace(form, a);
  }
  std::ofstream superlatives_out(argv[6], std::ios::binary);
  superlatives_out << "# generated from WordNet by tools/frame_vocabulary.cpp: superlative<TAB>adjective\n";
  for (const auto& [form, base] : superlatives) superlatives_out << form << '\t' << base << '\n';

  // ---- plurals the suffix rules take for singulars: -u/-i nouns plus "s" ----
  std::map<std::string, std::string> plurals;
  for (const auto& [lemma, offsets] : index) {
    if (lemma.size() < 4 || lemma.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) continue;
    if (lemma.back() != 'u' && lemma.back() != 'i') continue;
    if (!index.count(lemma + "s")) plurals.emplace(lemma + "s", lemma);
  }
  std::ofstream plurals_out(argv[7], std::ios::binary);
  plurals_out << "# generated from WordNet by tools/frame_vocabulary.cpp: form<TAB>lemma<TAB>class\n"
                 "form\tlemma\tclass\n";
  for (const auto& [form, lemma] : plurals) plurals_out << form << '\t' << lemma << "\tplural\n";

  // ---- compounds whose head alone names another kind of thing ----
  // The synsets above `offset` by hypernym and instance-hypernym pointers.
  auto kinds_of = [&](std::size_t offset) {
    std::set<std::size_t> seen{offset};
    std::vector<std::size_t> todo{offset};
    while (!todo.empty()) {
      std::size_t at = todo.back();
      todo.pop_back();
      for (const auto& [symbol, target] : synset_at(nouns_data, at).pointers) {
        if (symbol != "@" && symbol != "@i") continue;
        std::size_t up = std::stoul(target.substr(0, target.find(' ')));
        if (seen.insert(up).second) todo.push_back(up);
      }
    }
    return seen;
  };
  std::set<std::string> compounds;
  for (const auto& [lemma, offsets] : index) {
    std::size_t bar = lemma.find('_');
    if (bar == std::string::npos || lemma.find('_', bar + 1) != std::string::npos || offsets.empty()) continue;
    if (lemma.find_first_not_of("abcdefghijklmnopqrstuvwxyz_") != std::string::npos) continue;
    auto head = index.find(lemma.substr(bar + 1));
    if (head == index.end()) continue;
    std::set<std::size_t> kinds = kinds_of(offsets.front());
    bool a_kind_of_head = std::any_of(head->second.begin(), head->second.end(),
                                      [&](std::size_t h) { return kinds.count(h) > 0; });
    if (!a_kind_of_head) compounds.insert(spaced(lemma));
  }
  std::ofstream compounds_out(argv[8], std::ios::binary);
  compounds_out << "# generated from WordNet by tools/frame_vocabulary.cpp: compound\ncompound\n";
  for (const std::string& c : compounds) compounds_out << c << '\n';

  // ---- nouns of persons ----
  constexpr int kNounPerson = 18;
  std::ofstream persons_out(argv[11], std::ios::binary);
  persons_out << "# generated from WordNet by tools/frame_vocabulary.cpp: noun (first sense in noun.person)\nnoun\n";
  for (const auto& [lemma, offsets] : index) {
    if (offsets.empty() || lemma.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) continue;
    if (synset_at(nouns_data, offsets.front()).lexfile == kNounPerson) persons_out << lemma << '\n';
  }

  // ---- words that are common in lower case (or name a time) ----
  constexpr int kNounTime = 28;
  std::set<std::string> common;
  for (const char* part : {"noun", "verb", "adj", "adv"}) {
    const std::string data = read_file(dir + "/data." + part);
    std::size_t at = 0;
    while (at < data.size()) {
      std::size_t end = data.find('\n', at);
      if (end == std::string::npos) end = data.size();
      if (data[at] != ' ') {
        Synset syn = synset_at(data, at);
        for (const std::string& w : syn.words) {
          if (w.empty() || w.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'.") != std::string::npos)
            continue;
          bool lower_case = std::islower(static_cast<unsigned char>(w[0])) != 0;
          if (lower_case || (std::string_view(part) == "noun" && syn.lexfile == kNounTime)) common.insert(lower(w));
        }
      }
      at = end + 1;
    }
  }
  {
    std::istringstream list(read_file(argv[10]));
    for (std::string w; std::getline(list, w);)
      if (!w.empty() && std::islower(static_cast<unsigned char>(w[0])) && w.find('\'') == std::string::npos &&
          w.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos)
        common.insert(w);
  }
  std::ofstream common_out(argv[9], std::ios::binary);
  common_out << "# generated from WordNet by tools/frame_vocabulary.cpp: word (sorted)\n";
  for (const std::string& w : common) common_out << w << '\n';
  return 0;
} catch (const std::exception& e) {
  std::cerr << "frame_vocabulary: " << e.what() << '\n';
  return 1;
}
