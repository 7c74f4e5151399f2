// Hash maps and sets keyed by std::string that are looked up by std::string_view without
// building a string (heterogeneous lookup): the lexicon and the frame ask them for every
// word of every sentence. Abseil's open-addressed tables answer a lookup from one group of
// control bytes and a flat slot array, where a node-based std::unordered_map chases a bucket
// and a node: on the word tables (tens of thousands of entries) that is most of the cost.
// The tables are filled once and then only read, so their lack of pointer stability across
// inserts does not matter; the hash is std::hash, fixed across runs, so that an iteration
// order (where one is ever used) is the same every run.
#pragma once
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace factsheet::text {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class Value>
using StringMap = absl::flat_hash_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;

}  // namespace factsheet::text
