// Revisions stated in one sentence: one fact's old value and its new one, which are not
// two facts, nor a range, nor a conflict between sources.
//   - a range after "from" in a sentence that says the figure was revised: "revised down
//     the jobs gains in December, from 157,000 to 133,000" (old 157,000, new 133,000);
//   - two figures of one kind, one marked as the value replaced ("instead of 96,000",
//     "an earlier estimate of 1.7%", "from the 5.9% estimated in November"), in a sentence
//     with a revision word (grammars/frame_cues.tsv, cues `revision` and `superseded`):
//     "to 139,000 in September instead of 96,000", "growth ... was 1.6%, down from an
//     earlier estimate of 1.7%", "a previous estimate of 0.1% growth was downgraded to a
//     0.3% decline".
// A revision word right before a figure ("fell to 51.8 from a revised 53.3") only says
// that figure is itself a revised one, of another period: no pair.
// The new value is the fact's value now (role current or change); the old one is an
// earlier value, never held against other statements.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "audit/arithmetic.hpp"
#include "claim/claim.hpp"
#include "frame/frame.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::audit {

struct RevisionPair {
  std::size_t old_value = 0, new_value = 0;  // indexes into the sentence's figures
};

// The ends of a revised range as written: "157,000 to 133,000" -> old "157,000", new
// "133,000". Nullopt unless `claim` is a range right after "from" (syntax.tsv role
// range_from) in a sentence that says, before it, that the figure was revised.
struct RevisedRange {
  std::string old_text, new_text;
};
std::optional<RevisedRange> revised_range(const Claim& claim, const Lexicon& lexicon, const frame::FrameCues& cues);

// The revisions among the figures of one sentence (in text order), each figure in at
// most one pair.
std::vector<RevisionPair> find_revisions(const std::vector<SentenceFigure>& figures, const Lexicon& lexicon,
                                         const frame::FrameCues& cues);

}  // namespace factsheet::audit
