#include "context/document_parts.hpp"

#include <algorithm>
#include <cstring>
#include <mutex>

#include "text/chars.hpp"

namespace factsheet::context {

void SharedNames::read(std::size_t k, std::string_view text, std::size_t begin, std::size_t end,
                       const Lexicon& lex, std::size_t base) {
  NameIndex names;
  try {
    names.add(text, begin, end, lex, base);
  } catch (...) {
    skip(k);  // no part waits for names that cannot be read
    throw;
  }
  store(k, std::move(names));
}

void SharedNames::store(std::size_t k, NameIndex&& names) {
  std::unique_lock lock(mutex_);
  if (k < merged_count_ || waiting_.contains(k)) return;
  waiting_.emplace(k, std::move(names));
  // Merged in segment order, so that an earlier name stays first.
  bool merged = false;
  for (auto it = waiting_.begin(); it != waiting_.end() && it->first == merged_count_; it = waiting_.erase(it)) {
    merged_.merge(std::move(it->second));
    ++merged_count_;
    merged = true;
  }
  lock.unlock();
  if (merged) merged_more_.notify_all();
}

std::optional<std::string> SharedNames::full_name(std::string_view word, std::size_t before, std::size_t k) const {
  std::unique_lock lock(mutex_);
  merged_more_.wait(lock, [&] { return merged_count_ > k; });
  return merged_.full_name(word, before);
}

PartPlan::~PartPlan() {
  for (const ArticleNames& n : names)
    if (n.names) n.names->skip(n.segment);
}

void PartPlan::read_names(std::string_view text, const Lexicon& lex) const {
  const auto& articles = index.articles();
  for (std::size_t a = 0; a < names.size(); ++a)
    if (names[a].names) names[a].names->read(names[a].segment, text, articles[a].begin, articles[a].end, lex, base);
}

std::shared_ptr<const PartPlan> DocumentParts::prepare(const Document& part) {
  auto plan = std::make_shared<PartPlan>(part, lex_, year_);
  plan->base = part.part ? part.part->base : 0;
  plan->first_line = next_line_;
  plan->first_column = next_column_;
  // Where the part ends: its line breaks (found with memchr), then the characters after the
  // last one. This thread reads the parts for every worker: it goes over the bytes in blocks,
  // not one by one.
  std::string_view t = part.text;
  std::size_t breaks = 0, last_line = 0;
  const char* const end = t.data() + t.size();
  for (const char* p = t.data(); p != end && (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))); ++p) {
    ++breaks;
    last_line = static_cast<std::size_t>(p - t.data()) + 1;
  }
  if (breaks) {
    next_line_ += static_cast<int>(breaks);
    next_column_ = 1;
  }
  next_column_ += static_cast<int>(
      std::count_if(t.begin() + static_cast<std::ptrdiff_t>(last_line), t.end(), [](char c) { return !text::is_utf8_continuation(c); }));
  bool continues = last_.has_value();
  bool more_parts = part.part && !part.part->last;
  plan->index.continue_from(last_ ? &*last_ : nullptr, 0);
  const auto& articles = plan->index.articles();
  plan->names.resize(articles.size());
  for (std::size_t a = 0; a < articles.size(); ++a) {
    bool from_before = a == 0 && continues && last_names_;
    bool to_after = a + 1 == articles.size() && more_parts;
    if (!from_before && !to_after) continue;
    auto& n = plan->names[a];
    n.names = from_before ? last_names_ : std::make_shared<SharedNames>();
    n.segment = n.names->reserve();
  }
  if (!articles.empty()) {
    last_ = articles.back();
    last_names_ = plan->names.back().names;
  }
  return plan;
}

}  // namespace factsheet::context
