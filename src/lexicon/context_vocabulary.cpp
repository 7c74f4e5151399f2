#include "lexicon/context_vocabulary.hpp"

#include <array>
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

// The name of each SyntaxRole in syntax.tsv, in declaration order.
constexpr std::array<std::string_view, kSyntaxRoleCount> kRoleNames = {
    "determiner",   "preposition",   "conjunction",        "pronoun",       "relative",         "auxiliary",
    "copula",       "possession",    "verb",               "title",         "adverb",           "subordinator",
    "indefinite",   "definite",      "partitive",          "infinitive",    "personal",         "adjunct",
    "agent",        "comparator",    "owner",              "change_link",   "connector",        "additive",
    "alternative",  "clause_joiner", "clause_link",        "clock",         "negative",         "excess",
    "rate",         "distributive",  "period_half",        "age_time",      "age_verb",         "future",
    "person",       "times_object",  "equative",           "comparative",   "negation",         "range_from",
    "range_to",     "vague",         "rank",               "rank_verb",     "aggregate",        "additional",
    "another",      "comparative_change", "multiple",      "level",         "closing",          "whole_determiner",
    "parallel",     "period_opener", "scale_reading",      "scale_noun",    "ordinal",          "head_preposition",
    "group_determiner", "time_at",   "range_between",      "of_magnitude",  "restating",        "partitive_lead",
    "fraction_noun", "time_shift",    "ratio_link",         "decimal_point", "level_noun",
    "rate_at", "superlative", "level_cross", "group_size", "object_infinitive", "particle",
    "exchange_price", "exchange_base", "threshold_noun", "elided_noun", "person_group", "age_link"};
static_assert(kRoleNames.back() == "age_link", "one name per SyntaxRole, in order");

SyntaxRole parse_role(const TsvTable& t, const TsvTable::Row& r) {
  for (std::size_t i = 0; i < kRoleNames.size(); ++i)
    if (kRoleNames[i] == r.cells[1]) return static_cast<SyntaxRole>(i);
  throw LexiconError(t.where(r) + "unknown role '" + r.cells[1] + "'");
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
      roles_.emplace_back();
      roles_table_.add(r.cells[0], it->second);
    }
    SyntaxRole role = parse_role(syntax, r);
    if (roles_[it->second].has(role)) throw LexiconError(syntax.where(r) + "duplicate entry '" + r.cells[0] + "'");
    roles_[it->second] |= role_bit(role);
    if (!it->first.empty()) initials_[static_cast<std::size_t>(role)] |= std::uint32_t{1} << initial_bit(it->first[0]);
  }
  for (const auto& [word, id] : ids)
    if (word.find(' ') == std::string::npos) word_roles_.emplace(word, id);
}

RoleBits ContextVocabulary::roles(std::string_view word) const {
  if (text::plain_lower_word(word)) {
    auto it = word_roles_.find(word);
    return it == word_roles_.end() ? RoleBits{} : roles_[it->second];
  }
  auto m = roles_table_.longest(word, 0);
  if (!m || m->length != word.size()) return {};
  return roles_[m->id];
}

}  // namespace factsheet
