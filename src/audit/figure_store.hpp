// The figures that take part in an audit, kept compactly so that a run of a million
// claims can be audited in one go. In memory, 48 bytes a figure: the stated numbers and
// the keys the comparison needs. What only a report shows (the figure's text, where it
// stands, its subject, time, frame, attribution and source) is the figure's note, in a
// spill log (io/spill_log.hpp) that goes to disk past its first 256 KiB. Repeated strings
// (documents, subjects, times, frames) are stored once.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "audit/figure_value.hpp"
#include "claim/claim.hpp"
#include "io/block_array.hpp"
#include "io/spill_log.hpp"

namespace factsheet::audit {

// Strings stored once each; id 0 is the empty string.
class StringPool {
 public:
  StringPool();
  std::uint32_t intern(std::string_view s);
  std::string_view view(std::uint32_t id) const { return strings_[id]; }

 private:
  std::deque<std::string> strings_;  // a deque never moves its elements: ids_ views them
  std::unordered_map<std::string_view, std::uint32_t> ids_;
};

inline constexpr std::uint32_t kNoClass = UINT32_MAX;

// What the comparison needs of a figure: 40 bytes (its stated numbers are laid out
// here, not as a StatedFigure, whose padding would make it 48). The parts of its frame
// that only ever compare alike are one id of the auditor's (`rest`).
struct StoredFigure {
  double low = 0, high = 0;    // StatedFigure's
  std::uint32_t place = 0;     // the document and article it is in (FigureStore::place_of)
  std::uint32_t sentence = 0;  // running number of the sentence in the run
  // Its kind, unit, change, measure, scope and role (Auditor::rest_id); 0 when it has no
  // measure, and then it cannot be grouped.
  std::uint32_t rest = 0;
  std::uint32_t entity = 0, period = 0;     // pool ids
  std::int8_t low_step = 0, high_step = 0;  // StatedFigure's
  Qualifier qualifier = Qualifier::eq;
  std::uint8_t bits = 0;  // its kind (the low 4 bits), then kRange, kAttributed, kScoped

  static constexpr std::uint8_t kKind = 0x0F, kRange = 0x10, kAttributed = 0x20, kScoped = 0x40;
  Kind kind() const { return static_cast<Kind>(bits & kKind); }
  bool range() const { return (bits & kRange) != 0; }
  bool attributed() const { return (bits & kAttributed) != 0; }  // a source is named for it
  bool scoped() const { return (bits & kScoped) != 0; }          // a scope is stated for it
  void set_kind(Kind k) { bits = static_cast<std::uint8_t>((bits & ~kKind) | (static_cast<std::uint8_t>(k) & kKind)); }
  void set(std::uint8_t flag, bool on) { bits = static_cast<std::uint8_t>(on ? bits | flag : bits & ~flag); }

  StatedFigure stated() const { return {low, high, low_step, high_step, range(), qualifier}; }
  void set_stated(const StatedFigure& s) {
    low = s.low;
    high = s.high;
    low_step = s.low_step;
    high_step = s.high_step;
    set(kRange, s.range);
    qualifier = s.qualifier;
  }
};
static_assert(sizeof(StoredFigure) <= 40);
static_assert(static_cast<std::uint8_t>(Kind::other) <= StoredFigure::kKind);

// How a report shows one figure.
struct FigureView {
  std::uint64_t ref = 0;
  std::string_view doc;
  std::optional<int> article;
  std::size_t start = 0;
  std::uint32_t line = 0, column = 0;  // 1-based; 0 when unknown
  std::string text;  // as stated
  std::string_view subject, time, attribution, source;
  std::string_view frame;  // "Google · net profit · Q3 2004 · current"
  Kind kind = Kind::count;
};

class FigureStore {
 public:
  // `spill_dir`: where the notes go past their first 256 KiB; empty: the system's temporary
  // directory.
  explicit FigureStore(const std::string& spill_dir = "")
      : notes_("the audit's figures", kSpillMemory, spill_dir),
        texts_("the audit's figure texts", kSpillMemory, spill_dir) {}

  // The place of a document's article (0 when unknown): one id each, in order of first
  // asking, for the store's figures and for whoever compares places.
  std::uint32_t place_of(std::string_view doc, std::int32_t article);
  std::uint32_t add(const Claim& claim, std::uint64_t ref, const StatedFigure& stated);
  std::size_t size() const { return figures_.size(); }
  StoredFigure& operator[](std::uint32_t id) { return figures_[id]; }
  const StoredFigure& operator[](std::uint32_t id) const { return figures_[id]; }
  FigureView view(std::uint32_t id) const;
  std::string text(std::uint32_t id) const;
  std::string_view string(std::uint32_t pool_id) const { return pool_.view(pool_id); }
  // What only a report shows, read from the figure's note.
  std::string_view subject(std::uint32_t id) const { return pool_.view(note(id).subject); }
  std::string_view time(std::uint32_t id) const { return pool_.view(note(id).time); }
  std::string_view frame(std::uint32_t id) const { return pool_.view(note(id).frame); }
  std::string_view source(std::uint32_t id) const { return pool_.view(note(id).source); }
  std::uint64_t ref(std::uint32_t id) const { return note(id).ref; }
  void set_frame(std::uint32_t id, std::string_view frame);
  StringPool& pool() { return pool_; }

  // "doc.txt #3" (the article where known): where a figure was stated.
  std::string place(std::uint32_t id) const;

 private:
  // A figure's note: what only a report shows, kNoteSize bytes per figure in `notes_`.
  struct Note {
    std::uint64_t ref = 0, start = 0, text_at = 0;
    std::uint32_t text_size = 0, line = 0, column = 0;
    std::uint32_t attribution = 0, source = 0, subject = 0, time = 0, frame = 0;  // pool ids
  };
  static constexpr std::size_t kNoteSize = 3 * 8 + 8 * 4;
  static constexpr std::size_t kFrameAt = kNoteSize - 4;  // the frame comes last
  Note note(std::uint32_t id) const;

  io::BlockArray<StoredFigure, 14> figures_;  // blocks of 640 KiB
  struct Place {
    std::uint32_t doc = 0;  // pool id
    std::int32_t article = 0;
  };
  std::vector<Place> places_;
  std::unordered_map<std::uint64_t, std::uint32_t> place_ids_;  // doc << 32 | article -> place
  static constexpr std::size_t kSpillMemory = 256 << 10;
  io::SpillLog notes_;
  io::SpillLog texts_;  // the figures' texts, one after the other
  StringPool pool_;
};

}  // namespace factsheet::audit
