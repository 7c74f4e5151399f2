#include "lexicon/context_vocabulary.hpp"

#include <map>

#include "lexicon/lexicon.hpp"
#include "lexicon/tsv.hpp"

namespace factsheet {
namespace {

bool exact_case(const TsvTable& t, const TsvTable::Row& r, std::size_t col) {
  const std::string& v = r.cells[col];
  if (v == "exact") return true;
  if (v == "any") return false;
  throw LexiconError(t.where(r) + "case must be exact or any, got '" + v + "'");
}

void add_phrase(PhraseTable& table, const TsvTable& t, const TsvTable::Row& r, std::uint32_t id,
                bool exact = false) {
  if (!table.add(r.cells[0], id, exact)) throw LexiconError(t.where(r) + "duplicate entry '" + r.cells[0] + "'");
}

SyntaxRole parse_role(const TsvTable& t, const TsvTable::Row& r) {
  static const std::map<std::string, SyntaxRole, std::less<>> roles = {
      {"determiner", SyntaxRole::determiner}, {"preposition", SyntaxRole::preposition},
      {"conjunction", SyntaxRole::conjunction}, {"pronoun", SyntaxRole::pronoun},
      {"relative", SyntaxRole::relative},     {"auxiliary", SyntaxRole::auxiliary},
      {"copula", SyntaxRole::copula},         {"possession", SyntaxRole::possession},
      {"verb", SyntaxRole::verb},             {"title", SyntaxRole::title},
      {"adverb", SyntaxRole::adverb},         {"subordinator", SyntaxRole::subordinator},
      {"indefinite", SyntaxRole::indefinite}, {"definite", SyntaxRole::definite},
      {"partitive", SyntaxRole::partitive},   {"infinitive", SyntaxRole::infinitive},
      {"personal", SyntaxRole::personal},     {"adjunct", SyntaxRole::adjunct},
      {"agent", SyntaxRole::agent},           {"comparator", SyntaxRole::comparator},
      {"owner", SyntaxRole::owner},           {"change_link", SyntaxRole::change_link},
      {"connector", SyntaxRole::connector},
      {"additive", SyntaxRole::additive}, {"alternative", SyntaxRole::alternative}, {"clause_joiner", SyntaxRole::clause_joiner}, {"clause_link", SyntaxRole::clause_link}, {"clock", SyntaxRole::clock}, {"negative", SyntaxRole::negative}, {"excess", SyntaxRole::excess}, {"rate", SyntaxRole::rate}, {"distributive", SyntaxRole::distributive}, {"period_half", SyntaxRole::period_half}, {"age_time", SyntaxRole::age_time}, {"age_verb", SyntaxRole::age_verb}, {"future", SyntaxRole::future}, {"person", SyntaxRole::person}, {"times_object", SyntaxRole::times_object}, {"equative", SyntaxRole::equative}, {"comparative", SyntaxRole::comparative}, {"negation", SyntaxRole::negation}, {"range_from", SyntaxRole::range_from}, {"range_to", SyntaxRole::range_to}, {"vague", SyntaxRole::vague}, {"rank", SyntaxRole::rank}, {"rank_verb", SyntaxRole::rank_verb}, {"aggregate", SyntaxRole::aggregate}, {"additional", SyntaxRole::additional}, {"another", SyntaxRole::another}, {"comparative_change", SyntaxRole::comparative_change}, {"multiple", SyntaxRole::multiple}, {"level", SyntaxRole::level}, {"closing", SyntaxRole::closing}, {"whole_determiner", SyntaxRole::whole_determiner}, {"parallel", SyntaxRole::parallel}, {"period_opener", SyntaxRole::period_opener}, {"scale_reading", SyntaxRole::scale_reading}, {"scale_noun", SyntaxRole::scale_noun},
      {"ordinal", SyntaxRole::ordinal}, {"head_preposition", SyntaxRole::head_preposition},
      {"group_determiner", SyntaxRole::group_determiner},
      {"time_at", SyntaxRole::time_at}, {"range_between", SyntaxRole::range_between},
      {"of_magnitude", SyntaxRole::of_magnitude}};
  auto it = roles.find(r.cells[1]);
  if (it == roles.end()) throw LexiconError(t.where(r) + "unknown role '" + r.cells[1] + "'");
  return it->second;
}

}  // namespace

void ContextVocabulary::load(
    const std::function<TsvTable(const std::string&, const std::vector<std::string>&)>& table) {
  auto sources = table("sources.tsv", {"name", "source", "case"});
  for (const auto& r : sources.rows()) {
    source_names_.push_back(r.cells[1]);
    add_phrase(sources_table_, sources, r, static_cast<std::uint32_t>(source_names_.size() - 1),
               exact_case(sources, r, 2));
  }

  auto times = table("time_words.tsv", {"phrase", "unit", "offset"});
  for (const auto& r : times.rows()) {
    RelativeTime t;
    const std::string& unit = r.cells[1];
    if (unit == "year") t.unit = TimeUnit::year;
    else if (unit == "month") t.unit = TimeUnit::month;
    else if (unit == "day") t.unit = TimeUnit::day;
    else throw LexiconError(times.where(r) + "unit must be year, month or day");
    double offset = parse_number(times, r, 2);
    if (offset != static_cast<int>(offset) || offset < -100 || offset > 100)
      throw LexiconError(times.where(r) + "offset must be a whole number from -100 to 100");
    t.offset = static_cast<int>(offset);
    relative_.push_back(t);
    add_phrase(relative_table_, times, r, static_cast<std::uint32_t>(relative_.size() - 1));
  }

  auto cues = table("attribution.tsv", {"cue", "position"});
  for (const auto& r : cues.rows()) {
    const std::string& pos = r.cells[1];
    if (pos != "before" && pos != "verb") throw LexiconError(cues.where(r) + "position must be before or verb");
    cues_.push_back(pos == "before" ? CuePosition::before : CuePosition::verb);
    add_phrase(cues_table_, cues, r, static_cast<std::uint32_t>(cues_.size() - 1));
  }

  // One entry per word; each row adds a role to it.
  auto syntax = table("syntax.tsv", {"word", "role"});
  std::map<std::string, std::uint32_t, std::less<>> ids;
  for (const auto& r : syntax.rows()) {
    auto [it, fresh] = ids.try_emplace(fold_phrase(r.cells[0]), static_cast<std::uint32_t>(roles_.size()));
    if (fresh) {
      roles_.push_back(0);
      roles_table_.add(r.cells[0], it->second);
    }
    RoleBits bit = role_bit(parse_role(syntax, r));
    if (roles_[it->second] & bit) throw LexiconError(syntax.where(r) + "duplicate entry '" + r.cells[0] + "'");
    roles_[it->second] |= bit;
  }
}

RoleBits ContextVocabulary::roles(std::string_view word) const {
  auto m = roles_table_.longest(word, 0);
  if (!m || m->length != word.size()) return 0;
  return roles_[m->id];
}

}  // namespace factsheet
