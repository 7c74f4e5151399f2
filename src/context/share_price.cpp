#include "context/share_price.hpp"

#include <string>
#include <vector>

#include "frame/frame_words.hpp"
#include "text/chars.hpp"

namespace factsheet::context {
namespace {

// Whether a word of `text` is a scale word ("m", "bn", "million"): a sum, not a price.
bool has_scale_word(std::string_view text, const Lexicon& lex) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!text::is_alpha(text[i]) || (i > 0 && text::is_alpha(text[i - 1]))) continue;
    if (auto m = lex.scales().longest(text, i); m && (i + m->length == text.size() || !text::is_alpha(text[i + m->length])))
      return true;
  }
  return false;
}

}  // namespace

bool names_shares(std::string_view subject, const Lexicon& lex) {
  std::vector<std::string> ws;
  for (const frame::Word& w : frame::words_of(subject)) ws.push_back(text::lower_ascii(w.text));
  std::size_t head = ws.size();
  for (std::size_t i = 1; i < ws.size(); ++i)
    if (lex.context().has_role(ws[i], SyntaxRole::preposition)) {
      head = i;
      break;
    }
  if (head == 0) return false;
  const std::string& h = ws[head - 1];
  if (h == "shares") return true;
  return (h == "price" || h == "prices") && head >= 2 && (ws[head - 2] == "share" || ws[head - 2] == "stock");
}

void price_per_share(Claim& claim, const Lexicon& lex) {
  if (claim.kind != Kind::money || !claim.unit || claim.unit->find('/') != std::string::npos || !claim.subject) return;
  if (has_scale_word(claim.text, lex) || !names_shares(*claim.subject, lex)) return;
  claim.unit = *claim.unit + "/share";
  if (claim.unit_name) claim.unit_name = *claim.unit_name + " per share";
}

}  // namespace factsheet::context
