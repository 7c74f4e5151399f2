#include "audit/rules.hpp"

#include "frame/frame_tables.hpp"
#include "lexicon/audit_stopwords.hpp"
#include "lexicon/discourse_nouns.hpp"

namespace factsheet::audit {
namespace {

constexpr RoleBits kFunctionRoles = RoleBits::through(SyntaxRole::copula);

}  // namespace

bool AuditRules::is_stop_word(std::string_view word) const {
  if (stop_words.count(std::string(word)) > 0) return true;
  if (!lexicon) return false;
  if (auto cls = lexicon->classify_word(word); cls == WordClass::function || cls == WordClass::temporal)
    return true;
  return (lexicon->context().roles(word) & kFunctionRoles).any();
}

std::shared_ptr<const AuditRules> load_audit_rules(std::shared_ptr<const Lexicon> lexicon,
                                                   const std::string& grammars_dir) {
  auto rules = std::make_shared<AuditRules>();
  if (lexicon) frame::frame_tables(*lexicon);  // the frame's tables, checked before any input is read
  rules->lexicon = std::move(lexicon);
  for (std::string& w : load_audit_stopwords(grammars_dir)) rules->stop_words.insert(std::move(w));
  for (std::string& n : load_discourse_nouns(grammars_dir)) rules->minor_nouns.insert(std::move(n));
  return rules;
}

std::shared_ptr<const AuditRules> embedded_audit_rules(MinorNouns minor_nouns) {
  auto rules = std::make_shared<AuditRules>();
  rules->lexicon = Lexicon::embedded();
  for (std::string& w : load_audit_stopwords("")) rules->stop_words.insert(std::move(w));
  rules->minor_nouns = std::move(minor_nouns);
  return rules;
}

}  // namespace factsheet::audit
