#include "context/document_parts.hpp"

#include <mutex>

#include "text/chars.hpp"

namespace factsheet::context {

void SharedNames::add(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex,
                      std::size_t base) {
  // Read outside the lock, so that lookups wait only for the merge.
  NameIndex more;
  more.add(text, begin, end, lex, base);
  std::unique_lock lock(mutex_);
  index_.merge(std::move(more));
}

std::optional<std::string> SharedNames::full_name(std::string_view word, std::size_t before) const {
  std::shared_lock lock(mutex_);
  return index_.full_name(word, before);
}

std::shared_ptr<const PartPlan> DocumentParts::prepare(const Document& part) {
  auto plan = std::make_shared<PartPlan>(part, lex_, year_);
  plan->base = part.part ? part.part->base : 0;
  plan->first_line = next_line_;
  plan->first_column = next_column_;
  for (char ch : part.text) {
    if (ch == '\n') {
      ++next_line_;
      next_column_ = 1;
    } else if (!text::is_utf8_continuation(ch)) {
      ++next_column_;
    }
  }
  bool first_part = !last_;
  plan->index.continue_from(last_ ? &*last_ : nullptr, 0);
  const auto& articles = plan->index.articles();
  for (std::size_t a = 0; a < articles.size(); ++a) {
    std::shared_ptr<SharedNames> names =
        a == 0 && !first_part && last_names_ ? last_names_ : std::make_shared<SharedNames>();
    names->add(part.text, articles[a].begin, articles[a].end, lex_, plan->base);
    plan->names.push_back(std::move(names));
  }
  if (!articles.empty()) {
    last_ = articles.back();
    last_names_ = plan->names.back();
  }
  return plan;
}

}  // namespace factsheet::context
