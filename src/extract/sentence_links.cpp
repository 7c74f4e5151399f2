#include "extract/sentence_links.hpp"

#include "extract/link_steps.hpp"

namespace factsheet::extract {

void link_sentence_figures(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  using namespace links;
  if (claims.size() <= first) return;
  link_scale(s, lex, claims, first);
  link_relative_partitive(s, lex, claims, first);
  split_level_ranges(s, lex, claims, first);
  if (claims.size() - first < 2) return;
  link_bracketed_rate(s, lex, claims, first);
  link_from_to(s, lex, claims, first);
  link_change_level(s, lex, claims, first);
  link_to_from(s, lex, claims, first);
  link_change_from(s, lex, claims, first);
  link_part_of_whole(s, lex, claims, first);
  link_parallel(s, lex, claims, first);
  link_coordinated_count(s, lex, claims, first);
  link_sole_count(s, lex, claims, first);
  link_subject_count(s, lex, claims, first);
  link_others(s, lex, claims, first);
  // After the links that lend the count's noun to the figures around it ("39 nations out of
  // 65 ..., with 29 cutting back").
  link_counted_share(s, lex, claims, first);
  link_period_pairs(s, lex, claims, first);
  link_gapped_direction(s, lex, claims, first);
}

}  // namespace factsheet::extract
