#include "lexicon/lexicon.hpp"

#include <algorithm>
#include <atomic>

#include <fstream>
#include <map>
#include <sstream>
#include <utility>

#include "lexicon/embedded.hpp"
#include "lexicon/tsv.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet {
namespace {

using Files = std::map<std::string, std::string_view, std::less<>>;

constexpr std::string_view kGeneratedCurrencies = "currencies_cldr.tsv";
constexpr std::string_view kGeneratedPlaces = "currency_places.tsv";
constexpr std::string_view kGeneratedFractions = "unicode_fractions.tsv";
constexpr std::string_view kGeneratedPlurals = "noun_plurals.tsv";
constexpr std::string_view kGeneratedCompounds = "noun_compounds.tsv";
constexpr std::string_view kGeneratedPersons = "person_nouns.tsv";

std::string_view file_content(const Files& files, const std::string& name, const std::string& origin) {
  auto it = files.find(name);
  if (it == files.end())
    throw LexiconError((origin.empty() ? name : origin + "/" + name) + ": missing grammar file");
  return it->second;
}

bool parse_case(const TsvTable& t, const TsvTable::Row& r, std::size_t col) {
  const std::string& v = r.cells[col];
  if (v == "exact") return true;
  if (v == "any") return false;
  throw LexiconError(t.where(r) + "case must be exact or any, got '" + v + "'");
}

void add_or_throw(PhraseTable& table, const TsvTable& t, const TsvTable::Row& r, std::uint32_t id,
                  bool exact = false) {
  if (!table.add(r.cells[0], id, exact))
    throw LexiconError(t.where(r) + "duplicate entry '" + r.cells[0] + "'");
}

NumberClass parse_number_class(const TsvTable& t, const TsvTable::Row& r) {
  static const std::map<std::string, NumberClass, std::less<>> classes = {
      {"zero", NumberClass::zero},         {"digit", NumberClass::digit},
      {"teen", NumberClass::teen},         {"tens", NumberClass::tens},
      {"hundred", NumberClass::hundred},   {"scale", NumberClass::scale},
      {"dozen", NumberClass::dozen},       {"article", NumberClass::article},
      {"fraction", NumberClass::fraction}, {"multiple", NumberClass::multiple},
      {"vague", NumberClass::vague}, {"ordinal", NumberClass::ordinal}};
  auto it = classes.find(r.cells[2]);
  if (it == classes.end()) throw LexiconError(t.where(r) + "unknown number class '" + r.cells[2] + "'");
  return it->second;
}

WordClass parse_word_class(const TsvTable& t, const TsvTable::Row& r) {
  static const std::map<std::string, WordClass, std::less<>> classes = {
      {"function", WordClass::function},   {"verb", WordClass::verb},
      {"temporal", WordClass::temporal},   {"adverb", WordClass::adverb},
      {"id_prefix", WordClass::id_prefix}, {"id_prefix_cap", WordClass::id_prefix_cap},
      {"score_noun", WordClass::score_noun}, {"age_cue", WordClass::age_cue},
      {"length_cue", WordClass::length_cue}, {"phrasal", WordClass::phrasal},
      {"adjective", WordClass::adjective}, {"collective", WordClass::collective},
      {"rank_noun", WordClass::rank_noun}};
  auto it = classes.find(r.cells[1]);
  if (it == classes.end()) throw LexiconError(t.where(r) + "unknown word class '" + r.cells[1] + "'");
  return it->second;
}

Change parse_direction(const TsvTable& t, const TsvTable::Row& r, std::size_t col) {
  auto c = parse_change(r.cells[col]);
  if (!c || *c == Change::none) throw LexiconError(t.where(r) + "direction must be up or down");
  return *c;
}


Currency parse_currency(const TsvTable& t, const TsvTable::Row& r) {
  Currency c;
  c.code = r.cells[1];
  c.name = r.cells[2];
  c.newsquant = r.cells[3];
  const std::string& pos = r.cells[4];
  if (pos != "prefix" && pos != "suffix" && pos != "both")
    throw LexiconError(t.where(r) + "position must be prefix, suffix or both");
  c.prefix = pos != "suffix";
  c.suffix = pos != "prefix";
  c.attached = parse_yes_no(t, r, 5);
  c.factor = parse_number(t, r, 7);
  return c;
}

}  // namespace

void Lexicon::load_currencies(const TsvTable& hand, const TsvTable& generated) {
  // The hand rows first: they hold what CLDR and ISO 4217 lack ("bn"-style news forms,
  // minor units, bare nouns) and name the currencies whose English or NewsQuant name
  // differs from CLDR's; a generated row never overrides a surface they list.
  std::unordered_set<std::string> hand_surfaces;
  struct BareNoun {
    std::string word, code;
    std::uint32_t id;
    bool exact;
  };
  std::vector<BareNoun> bare;  // one-word names of a major unit written after the number
  for (const auto& r : hand.rows()) {
    Currency c = parse_currency(hand, r);
    currencies_.push_back(c);
    auto id = static_cast<std::uint32_t>(currencies_.size() - 1);
    bool exact = parse_case(hand, r, 6);
    add_or_throw(currencies_table_, hand, r, id, exact);
    hand_surfaces.insert(fold_phrase(r.cells[0]));
    if (c.factor == 1) currency_by_code_.try_emplace(c.code, id);
    const std::string& w = r.cells[0];
    if (c.factor == 1 && c.suffix && !c.prefix &&
        std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
      bare.push_back({w, c.code, id, exact});
  }
  // A bare noun's other number, from CLDR's forms of the currency's name: "ringgit" is the
  // last word of "Malaysian ringgit", whose plural "Malaysian ringgits" gives "ringgits";
  // "pesos" gives "peso", "riyals" "riyal". ("reais" is no word of CLDR's "Brazilian
  // reals", so no "real" comes of it.)
  std::map<std::string, std::vector<std::string>> names_by_code;  // code -> name forms (several words)
  for (const auto& r : generated.rows())
    if (r.cells[0].find(' ') != std::string::npos) names_by_code[r.cells[1]].push_back(r.cells[0]);
  for (const BareNoun& b : bare) {
    auto forms = names_by_code.find(b.code);
    if (forms == names_by_code.end()) continue;
    for (const std::string& form : forms->second) {
      std::size_t space = form.rfind(' ');
      if (form.substr(space + 1) != b.word) continue;
      std::string_view stem = std::string_view(form).substr(0, space + 1);  // "Malaysian "
      for (const std::string& other : forms->second) {
        if (other == form || !other.starts_with(stem) || other.find(' ', stem.size()) != std::string::npos) continue;
        std::string sibling = other.substr(stem.size());
        bool word = !sibling.empty() && std::all_of(sibling.begin(), sibling.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        if (!word || hand_surfaces.count(fold_phrase(sibling))) continue;  // not "US $" of "US dollars"
        if (currencies_table_.add(sibling, b.id, b.exact)) hand_surfaces.insert(fold_phrase(sibling));
      }
    }
  }
  for (const auto& r : generated.rows()) {
    if (hand_surfaces.count(fold_phrase(r.cells[0]))) continue;
    Currency c = parse_currency(generated, r);
    if (auto it = currency_by_code_.find(c.code); it != currency_by_code_.end()) {
      c.name = currencies_[it->second].name;
      c.newsquant = currencies_[it->second].newsquant;
    }
    currencies_.push_back(c);
    auto id = static_cast<std::uint32_t>(currencies_.size() - 1);
    add_or_throw(currencies_table_, generated, r, id, parse_case(generated, r, 6));
    if (c.factor == 1) currency_by_code_.try_emplace(c.code, id);
    if (c.factor == 1 && r.cells[0] == c.code) add_scaled_codes(c);
  }
}

// "120 MEUR", "MAUD 60", "500 kUSD": finance writes thousands and millions as a letter
// joined to the ISO code. Four letters that are no other code, so matched in exact case.
void Lexicon::add_scaled_codes(const Currency& major) {
  static constexpr std::pair<std::string_view, double> kScales[] = {{"k", 1e3}, {"K", 1e3}, {"M", 1e6}};
  for (const auto& [letter, multiplier] : kScales) {
    Currency c = major;
    c.factor = multiplier;
    currencies_.push_back(c);
    auto id = static_cast<std::uint32_t>(currencies_.size() - 1);
    currencies_table_.add(std::string(letter) + major.code, id, true);
  }
}

namespace {
}  // namespace

std::uint64_t Lexicon::next_serial() {
  static std::atomic<std::uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

std::shared_ptr<const Lexicon> Lexicon::embedded() {
  // Built once; every Extractor in the process shares it.
  static const std::shared_ptr<const Lexicon> instance = [] {
    FileViews files;
    for (const auto& f : embedded::files()) files.emplace_back(std::string(f.name), f.content);
    return from_views(files, "grammars");
  }();
  return instance;
}

std::shared_ptr<const Lexicon> Lexicon::from_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw LexiconError(dir.string() + ": not a directory");
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() != ".tsv") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    if (!in) throw LexiconError(entry.path().string() + ": cannot read");
    std::ostringstream buf;
    buf << in.rdbuf();
    files.emplace_back(entry.path().filename().string(), buf.str());
  }
  if (ec) throw LexiconError(dir.string() + ": " + ec.message());
  // The UDUNITS-2 tables are generated at build time: an edited grammars copy without
  // them uses the embedded ones.
  for (const auto& f : embedded::files()) {
    if (!f.name.starts_with("udunits_")) continue;
    bool present = std::any_of(files.begin(), files.end(), [&](const auto& p) { return p.first == f.name; });
    if (!present) files.emplace_back(std::string(f.name), std::string(f.content));
  }
  return from_files(files, dir.string());
}

std::shared_ptr<const Lexicon> Lexicon::from_files(
    const std::vector<std::pair<std::string, std::string>>& files, const std::string& origin) {
  FileViews views;
  for (const auto& [name, content] : files) views.emplace_back(name, content);
  return from_views(views, origin);
}

std::shared_ptr<const Lexicon> Lexicon::from_views(const FileViews& files, const std::string& origin) {
  std::shared_ptr<Lexicon> lex(new Lexicon());
  // The tables generated from CLDR and ISO 4217 are build output, not grammar files: a
  // grammars directory without its own copy uses the one compiled in.
  FileViews with = files;
  for (std::string_view name :
       {kGeneratedCurrencies, kGeneratedPlaces, kGeneratedFractions, kGeneratedPlurals, kGeneratedCompounds,
        kGeneratedPersons}) {
    bool has = std::any_of(files.begin(), files.end(), [&](const auto& f) { return f.first == name; });
    for (const auto& f : embedded::files())
      if (!has && f.name == name) with.emplace_back(std::string(f.name), f.content);
  }
  lex->load(with, origin);
  return lex;
}

void Lexicon::load(const FileViews& list, const std::string& origin) {
  Files files(list.begin(), list.end());
  auto table = [&](const std::string& name, const std::vector<std::string>& cols) {
    return TsvTable::parse(file_content(files, name, origin), name, origin, cols);
  };

  auto numbers = table("numbers.tsv", {"word", "value", "class"});
  std::vector<std::pair<std::string, double>> folds;
  for (const auto& r : numbers.rows()) {
    number_words_.push_back({parse_number(numbers, r, 1), parse_number_class(numbers, r)});
    add_or_throw(number_words_table_, numbers, r, static_cast<std::uint32_t>(number_words_.size() - 1));
    // "tenfold", "fourfold", "hundredfold": a number word and "fold" in one word is a
    // multiple, as "two-fold" is with its hyphen.
    NumberClass cls = number_words_.back().cls;
    const std::string& w = r.cells[0];
    if ((cls == NumberClass::digit || cls == NumberClass::teen || cls == NumberClass::tens ||
         cls == NumberClass::hundred || cls == NumberClass::scale) &&
        std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
      folds.emplace_back(w + "fold", number_words_.back().value);
  }
  for (const auto& [word, value] : folds) {
    if (auto listed = number_words_table_.longest(word, 0); listed && listed->length == word.size())
      continue;  // numbers.tsv writes it itself
    number_words_.push_back({value, NumberClass::multiple});
    number_words_table_.add(word, static_cast<std::uint32_t>(number_words_.size() - 1), false);
  }

  auto scales = table("scales.tsv", {"scale", "multiplier", "attached", "spaced", "case", "ambiguous", "money"});
  for (const auto& r : scales.rows()) {
    // ambiguous: "no", or the unit of length the letters also write.
    std::string length_unit = r.cells[5] == "no" ? std::string() : r.cells[5];
    scales_.push_back({parse_number(scales, r, 1), parse_yes_no(scales, r, 2), parse_yes_no(scales, r, 3),
                       std::move(length_unit), parse_yes_no(scales, r, 6)});
    add_or_throw(scales_table_, scales, r, static_cast<std::uint32_t>(scales_.size() - 1),
                 parse_case(scales, r, 4));
  }

  load_currencies(table("currencies.tsv", {"surface", "code", "name", "newsquant", "position", "attached",
                                           "case", "factor", "reason"}),
                  table("currencies_cldr.tsv", {"surface", "code", "name", "newsquant", "position",
                                                "attached", "case", "factor"}));
  auto places = table("currency_places.tsv", {"symbol", "code", "place"});
  for (const auto& r : places.rows()) currency_places_[r.cells[0]].push_back({r.cells[1], r.cells[2]});

  auto fractions = table("unicode_fractions.tsv", {"code point", "numerator", "denominator"});
  for (const auto& r : fractions.rows()) {
    unsigned long cp = 0;
    try {
      cp = std::stoul(r.cells[0], nullptr, 16);
    } catch (const std::exception&) {
      throw LexiconError(fractions.where(r) + "code point must be hexadecimal, got '" + r.cells[0] + "'");
    }
    std::string ch;
    text::append_utf8(ch, static_cast<char32_t>(cp));
    auto num = parse_number(fractions, r, 1), den = parse_number(fractions, r, 2);
    if (num <= 0 || den <= num) throw LexiconError(fractions.where(r) + "not a proper fraction");
    unicode_fractions_[ch] = {static_cast<int>(num), static_cast<int>(den), ch.size()};
  }

  auto units = table("units.tsv", {"surface", "symbol", "name", "newsquant", "kind", "dimension",
                                   "attached", "case"});
  for (const auto& r : units.rows()) {
    Unit u;
    u.symbol = r.cells[1];
    u.name = r.cells[2];
    u.newsquant = r.cells[3];
    auto kind = parse_kind(r.cells[4]);
    if (!kind || (*kind != Kind::measure && *kind != Kind::duration && *kind != Kind::age &&
                  *kind != Kind::percent))
      throw LexiconError(units.where(r) + "kind must be measure, percent, duration or age");
    u.kind = *kind;
    u.dimension = r.cells[5];
    u.attached = parse_yes_no(units, r, 6);
    units_.push_back(u);
    auto id = static_cast<std::uint32_t>(units_.size() - 1);
    add_or_throw(units_table_, units, r, id, parse_case(units, r, 7));
    // Ages share symbols with durations; the duration stays the canonical entry.
    if (u.kind != Kind::age) unit_by_symbol_.try_emplace(u.symbol, id);
  }

  load_generated_units(list, origin);

  // A scale's unit of length ("m", "km") must be a unit the tables know.
  for (std::size_t i = 0; i < scales_.size(); ++i)
    if (!scales_[i].length_unit.empty() && !unit_by_symbol_.contains(scales_[i].length_unit))
      throw LexiconError(scales.where(scales.rows()[i]) + "ambiguous must be no or a unit symbol, got '" +
                         scales_[i].length_unit + "'");

  auto senses = table("unit_senses.tsv", {"surface", "symbol", "cues"});
  for (const auto& r : senses.rows()) {
    auto it = unit_by_symbol_.find(r.cells[1]);
    if (it == unit_by_symbol_.end()) throw LexiconError(senses.where(r) + "unknown unit symbol '" + r.cells[1] + "'");
    UnitSense sense{it->second, {}};
    std::istringstream cues(r.cells[2]);
    for (std::string cue; cues >> cue;) sense.cues.push_back(text::lower_ascii(cue));
    if (sense.cues.empty()) throw LexiconError(senses.where(r) + "no cue words");
    unit_senses_[r.cells[0]].push_back(std::move(sense));
  }

  auto qualifiers = table("qualifiers.tsv", {"phrase", "symbol", "position"});
  for (const auto& r : qualifiers.rows()) {
    auto q = parse_qualifier(r.cells[1]);
    if (!q) throw LexiconError(qualifiers.where(r) + "unknown qualifier '" + r.cells[1] + "'");
    const std::string& pos = r.cells[2];
    if (pos != "before" && pos != "after")
      throw LexiconError(qualifiers.where(r) + "position must be before or after");
    qualifiers_.push_back({*q, pos == "after"});
    add_or_throw(qualifiers_table_, qualifiers, r, static_cast<std::uint32_t>(qualifiers_.size() - 1));
  }

  auto changes = table("changes.tsv", {"word", "direction", "role"});
  std::map<std::string, std::uint32_t, std::less<>> change_ids;
  for (const auto& r : changes.rows()) {
    std::string key = fold_phrase(r.cells[0]);
    auto [it, fresh] = change_ids.try_emplace(key, static_cast<std::uint32_t>(changes_.size()));
    if (fresh) {
      changes_.emplace_back();
      changes_table_.add(r.cells[0], it->second);
    }
    ChangeWord& w = changes_[it->second];
    Change dir = parse_direction(changes, r, 1);
    const std::string& role = r.cells[2];
    Change* slot = (role == "verb" || role == "verb_by") ? &w.as_verb
                 : role == "adverb" ? &w.as_adverb
                 : role == "noun" ? &w.as_noun : nullptr;
    if (!slot) throw LexiconError(changes.where(r) + "role must be verb, verb_by, adverb or noun");
    if (role == "verb_by") w.verb_needs_by = true;
    if (*slot != Change::none) throw LexiconError(changes.where(r) + "duplicate entry '" + r.cells[0] + "'");
    *slot = dir;
  }

  auto months = table("months.tsv", {"month", "number", "case"});
  for (const auto& r : months.rows()) {
    double m = parse_number(months, r, 1);
    if (m < 1 || m > 12 || m != static_cast<int>(m))
      throw LexiconError(months.where(r) + "month number must be 1-12");
    months_.push_back(static_cast<int>(m));
    add_or_throw(months_table_, months, r, static_cast<std::uint32_t>(months_.size() - 1),
                 parse_case(months, r, 2));
  }

  auto names = table("names.tsv", {"phrase", "value", "kind", "unit"});
  for (const auto& r : names.rows()) {
    auto kind = parse_kind(r.cells[2]);
    if (!kind) throw LexiconError(names.where(r) + "unknown kind '" + r.cells[2] + "'");
    names_.push_back({parse_number(names, r, 1), *kind, r.cells[3]});
    // Names are proper nouns: keep their case so "Big Four" is not "big four".
    add_or_throw(names_table_, names, r, static_cast<std::uint32_t>(names_.size() - 1),
                 r.cells[0] != text::lower_ascii(r.cells[0]));
  }

  auto words = table("words.tsv", {"word", "class"});
  for (const auto& r : words.rows()) {
    words_.push_back(parse_word_class(words, r));
    add_or_throw(words_table_, words, r, static_cast<std::uint32_t>(words_.size() - 1));
  }

  auto abbreviations = table("abbreviations.tsv", {"abbreviation", "class"});
  for (const auto& r : abbreviations.rows()) {
    std::string key = text::lower_ascii(r.cells[0]);
    if (!key.empty() && key.back() == '.') key.pop_back();
    const std::string& cls = r.cells[1];
    if (cls != "title" && cls != "general" && cls != "number" && cls != "month")
      throw LexiconError(abbreviations.where(r) + "class must be title, general, number or month");
    sentence_rules_.abbreviations.insert(key);
    if (cls != "general") sentence_rules_.never_final.insert(key);
  }
  auto openers = table("sentence_openers.tsv", {"word"});
  for (const auto& r : openers.rows()) sentence_rules_.openers.insert(text::lower_ascii(r.cells[0]));

  // WordNet's plurals in -us and -is first (generated), then the hand list, which wins.
  auto plurals = table(std::string(kGeneratedPlurals), {"form", "lemma", "class"});
  for (const auto& r : plurals.rows()) lemma_rules_.irregular[r.cells[0]] = r.cells[1];
  auto compounds = table(std::string(kGeneratedCompounds), {"compound"});
  for (const auto& r : compounds.rows()) noun_compounds_.insert(r.cells[0]);
  auto persons = table(std::string(kGeneratedPersons), {"noun"});
  for (const auto& r : persons.rows()) person_nouns_.insert(r.cells[0]);
  auto lemmas = table("lemmas.tsv", {"form", "lemma", "class"});
  for (const auto& r : lemmas.rows()) {
    const std::string& cls = r.cells[2];
    if (cls == "plural") {
      lemma_rules_.irregular[text::lower_ascii(r.cells[0])] = text::lower_ascii(r.cells[1]);
    } else if (cls == "singular") {
      lemma_rules_.irregular.erase(text::lower_ascii(r.cells[0]));
      lemma_rules_.invariant.insert(text::lower_ascii(r.cells[0]));
    } else {
      throw LexiconError(lemmas.where(r) + "class must be plural or singular");
    }
  }

  context_.load(table);
  index_words();
  // Tables read by later stages (the claim frame), kept as text so that a grammars
  // directory given at run time applies to them too.
  origin_ = origin;
  for (const char* name : {"frame_cues.tsv", "measure_synonyms.tsv"}) raw_tables_[name] = std::string(file_content(files, name, origin));
}

const std::string& Lexicon::raw_table(const std::string& name) const {
  static const std::string kNone;
  auto it = raw_tables_.find(name);
  return it == raw_tables_.end() ? kNone : it->second;
}

void Lexicon::index_words() {
  // Every word that a whole-word lookup could find: the space-free phrases of the tables.
  std::vector<std::string_view> words;
  const PhraseTable* tables[] = {&context_.role_words(), &words_table_,   &months_table_,
                                 &currencies_table_,     &units_table_,   &changes_table_,
                                 &context_.attribution_cues(), &number_words_table_};
  for (const PhraseTable* t : tables)
    for (const std::string& p : t->phrases())
      if (p.find(' ') == std::string::npos) words.push_back(p);
  auto whole = [](const PhraseTable& t, std::string_view w) -> std::optional<PhraseTable::Match> {
    auto m = t.longest(w, 0);
    if (m && m->length == w.size()) return m;
    return std::nullopt;
  };
  // Exact-case entries ("MW") are listed folded too; the caller checks the written case.
  std::unordered_set<std::string_view> unit_words;
  for (const PhraseTable* t : {&std::as_const(currencies_table_), &std::as_const(units_table_)})
    for (const std::string& p : t->phrases()) unit_words.insert(p);
  for (std::string_view w : words) {
    if (word_facts_.find(w) != word_facts_.end()) continue;
    WordFacts f;
    f.roles = context_.roles(w);
    f.word_class = classify_in_table(w);
    f.month = whole(months_table_, w).has_value();
    f.unit_or_currency = unit_words.count(w) > 0;
    if (auto m = whole(changes_table_, w)) {
      const ChangeWord& c = change(m->id);
      f.change_word = true;
      f.change_verb = c.as_verb != Change::none;
      f.change_adverb = c.as_adverb != Change::none;
      f.change_noun = c.as_noun != Change::none;
    }
    if (auto m = whole(context_.attribution_cues(), w)) f.reporting = context_.cue(m->id) == CuePosition::verb;
    if (auto m = whole(number_words_table_, w)) f.number_word = number_words_[m->id].cls != NumberClass::article &&
                                                                number_words_[m->id].cls != NumberClass::ordinal;
    word_facts_.emplace(std::string(w), f);
  }
}

const NumberWord* Lexicon::whole_number_word(std::string_view word) const {
  auto m = number_words_table_.longest(word, 0);
  if (!m || m->length != word.size()) return nullptr;
  return &number_words_[m->id];
}

bool Lexicon::is_time_unit(std::string_view word) const {
  auto m = units_table_.longest(word, 0);
  return m && m->length == word.size() && units_[m->id].kind == Kind::duration;
}

std::optional<WordClass> Lexicon::classify_word(std::string_view word) const {
  // A plain lower-case word: word_facts_ holds every one-word entry of the table.
  if (text::plain_lower_word(word)) {
    const WordFacts* f = word_facts(word);
    return f ? f->word_class : std::nullopt;
  }
  return classify_in_table(word);
}

std::optional<WordClass> Lexicon::classify_in_table(std::string_view word) const {
  auto m = words_table_.longest(word, 0);
  if (!m || m->length != word.size()) return std::nullopt;
  return words_[m->id];
}

const Unit* Lexicon::unit_sense(std::string_view surface, std::string_view sentence) const {
  auto it = unit_senses_.find(surface);
  if (it == unit_senses_.end()) return nullptr;
  auto letter = [](char c) { return (text::is_lower(c)) || (text::is_upper(c)); };
  // Each word of the sentence, lower-cased, against the cue lists.
  std::string word;
  for (std::size_t i = 0; i <= sentence.size(); ++i) {
    if (i < sentence.size() && letter(sentence[i])) {
      word += static_cast<char>(sentence[i] | 0x20);
      continue;
    }
    if (word.empty()) continue;
    for (const auto& sense : it->second)
      if (std::find(sense.cues.begin(), sense.cues.end(), word) != sense.cues.end()) return &units_[sense.unit];
    word.clear();
  }
  return nullptr;
}

const Unit* Lexicon::unit_by_symbol(std::string_view symbol) const {
  auto it = unit_by_symbol_.find(symbol);
  return it == unit_by_symbol_.end() ? nullptr : &units_[it->second];
}

std::optional<Lexicon::UnicodeFraction> Lexicon::unicode_fraction_at(std::string_view text,
                                                                    std::size_t pos) const {
  // Every vulgar fraction is two or three bytes of UTF-8 (U+00BC..U+00BE, U+2150..U+215E).
  for (std::size_t n : {std::size_t{2}, std::size_t{3}}) {
    if (pos + n > text.size()) break;
    if (auto it = unicode_fractions_.find(text.substr(pos, n)); it != unicode_fractions_.end())
      return it->second;
  }
  return std::nullopt;
}

std::vector<std::string> Lexicon::unicode_fraction_chars() const {
  std::vector<std::string> out;
  for (const auto& [ch, f] : unicode_fractions_) out.push_back(ch);
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<Lexicon::CurrencyPlace>* Lexicon::currency_places(std::string_view symbol) const {
  auto it = currency_places_.find(symbol);
  return it == currency_places_.end() ? nullptr : &it->second;
}

const Currency* Lexicon::currency_by_code(std::string_view code) const {
  auto it = currency_by_code_.find(code);
  return it == currency_by_code_.end() ? nullptr : &currencies_[it->second];
}

std::optional<std::string> Lexicon::unit_name(std::string_view unit) const {
  if (const Currency* c = currency_by_code(unit)) return c->name;
  if (const Unit* u = unit_by_symbol(unit)) return u->name;
  return std::nullopt;
}

std::string Lexicon::newsquant_unit(std::string_view unit) const {
  if (const Currency* c = currency_by_code(unit)) return c->newsquant;
  if (const Unit* u = unit_by_symbol(unit)) return u->newsquant;
  // Compound units "USD/bbl": name each side.
  if (auto slash = unit.find('/'); slash != std::string_view::npos && slash > 0) {
    std::string num = newsquant_unit(unit.substr(0, slash));
    std::string den = newsquant_unit(unit.substr(slash + 1));
    return num + " per " + den;
  }
  return std::string(unit);
}

}  // namespace factsheet
