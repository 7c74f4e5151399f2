// The Headline figures sheet's data: one fact per distinct figure. Claims with the
// same kind, value (or range, or part and whole), unit, qualifier and change are one
// fact when their subjects and times agree; a missing subject or time agrees with any
// (and the fact takes the one stated elsewhere). So the fact is keyed on value + unit
// + counted noun (a count's unit) while subjects are unknown, and split by subject
// once they are known. Only compact aggregates are kept, never the claims.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claim/claim.hpp"
#include "write/figure_phrase.hpp"
#include "write/headline_rules.hpp"

namespace factsheet::write {

// A row on a Figures sheet: the sheet's index in the series (0 = "Figures") and the
// 0-based worksheet row (the header is row 0).
struct FigurePosition {
  std::uint32_t sheet = 0;
  std::uint32_t row = 0;
  bool operator==(const FigurePosition&) const = default;
};

// Where a claim was stated: its row on the Sources sheet (0-based index), its byte
// offset in the document and, for people, its line and column there (0: unknown).
struct Mention {
  std::uint32_t source = 0;
  std::size_t offset = 0;
  std::uint32_t line = 0, column = 0;
  static Mention of(const Claim& claim, std::uint32_t source);
  bool operator==(const Mention&) const = default;
};

// What the audit found for a fact's mentions (write/headline_checks.hpp); a fact in
// several findings keeps the strongest, in this order from weakest to strongest.
enum class FactCheck : std::uint8_t { none, repeated, vague, corroborated, revised, conflict };
// "corroborated", ...; "" for none.
std::string_view to_string(FactCheck check);

struct HeadlineFact {
  FigureFields figure;
  std::optional<std::string> subject, time;
  std::size_t mentions = 0;     // the `sources` count: places that state the fact
  std::vector<Mention> places;  // the first kMaxPlaces of them
  FigurePosition first;         // the first mention's Figures row
  // For the salience ranking (headline_rank.hpp), from every mention:
  std::string text;                        // the first mention as written ("22 resolutions")
  std::optional<std::string> attribution;  // the first stated
  bool in_title = false;                   // a mention is its article's headline
  bool in_lead = false;                    // ... or its article's first sentence with a figure
  bool partitive = false;                  // "one of the biggest investors": not a figure to show
  bool rank = false;                       // "the top four banks", "No 1": a rank, not an amount
  std::vector<std::uint32_t> sources;      // distinct Sources rows stating it (the first kMaxPlaces)
  std::size_t doc_hash = 0;                // the first mention's document
  FactCheck check = FactCheck::none;       // the audit's finding for it, once marked

  bool operator==(const HeadlineFact&) const = default;
};

class HeadlineIndex {
 public:
  static constexpr std::size_t kMaxPlaces = 20;

  // `limit`: most facts kept; mentions of further new facts are only counted.
  HeadlineIndex(MinorNouns minor_nouns, std::size_t limit);

  HeadlineVerdict add(const Claim& claim, Mention where, FigurePosition pos);
  // The fact `claim`, just given to add(), joined or opened; nullopt when it is not
  // listed (not a figure, minor, or beyond the limit).
  std::optional<std::uint32_t> last_fact() const { return last_fact_; }

  // The facts, unpacked when first asked for after an add() (a deque: no spare capacity,
  // and no moves).
  const std::deque<HeadlineFact>& facts() const;
  // How many facts there are, and one of them, unpacked for the caller alone.
  std::size_t size() const { return packed_.size(); }
  HeadlineFact fact(std::uint32_t id) const;
  // Records an audit finding for fact `id`; the strongest one found stays.
  void mark(std::uint32_t id, FactCheck check);

  // Once the last claim is added: frees what only add() needs (about 60 bytes a fact), for
  // the audit's comparisons that come next. add() may not be called again.
  void end_adding();
  std::size_t not_figures() const { return not_figures_; }  // dates, years, times, ordinals, names
  std::size_t minor() const { return minor_; }
  std::size_t restated() const { return restated_; }  // shares a bracketed percentage restates
  std::size_t unlisted() const { return unlisted_; }  // mentions of facts beyond the limit
  std::size_t limit() const { return limit_; }
  const MinorNouns& minor_nouns() const { return minor_nouns_; }

 private:
  MinorNouns minor_nouns_;
  std::size_t limit_;
  // In order of first mention, each packed (headline_packing.hpp): a limit's worth of
  // facts is then about 9 MB instead of 24 while claims are added.
  std::deque<std::string> packed_;
  mutable std::deque<HeadlineFact> facts_;  // the first of packed_, unpacked by facts()
  // Each fact's subject (normalised) and time, as ids of key_ids_; 0 when unknown.
  std::deque<std::uint32_t> subject_keys_, time_keys_;
  std::unordered_map<std::string, std::uint32_t> key_ids_;
  std::uint32_t key_id(std::string key);
  // The facts of each figure, in order, by a hash of its key (figure_key): the first and
  // the last of them, the rest chained through next_figure_. About 45 bytes a fact, where a
  // map from the key to a list of facts took about 150.
  static constexpr std::uint32_t kEnd = UINT32_MAX;
  std::unordered_map<std::uint64_t, std::pair<std::uint32_t, std::uint32_t>> by_figure_;
  std::deque<std::uint32_t> next_figure_;  // per fact: the next fact of its hash, or kEnd
  void repack(std::uint32_t id, const HeadlineFact& fact);

  std::size_t not_figures_ = 0, minor_ = 0, restated_ = 0, unlisted_ = 0;
  std::optional<std::uint32_t> last_fact_;
  // Per Sources row: a hash of its first sentence holding a figure other than its title.
  std::vector<std::optional<std::size_t>> lead_;
  bool adding_ = true;
};

// A count written as a bare number before "of" whose counted noun comes after it: "one
// of the biggest investors", "two of the firms". It is part of a group, not a figure.
bool is_partitive_count(const Claim& claim);

// A count that ranks rather than counts: "top" (not the verb after "to"), "No" or "number"
// just before it ("Russia's top five oil producers", "the UK's No 1", "number three").
bool is_rank_count(const Claim& claim);

// Lower case, single spaces, no leading article: "The  Bilateral trade" -> "bilateral trade".
std::string normalize_subject(std::string_view subject);

}  // namespace factsheet::write
