// A page parsed by gumbo, and iterative traversal of its nodes.
//
// gumbo_destroy_output frees the tree recursively, one call per nesting level,
// so a deeply nested page could exhaust the stack. Instead every block gumbo
// allocates comes from an arena owned by the tree and is freed in one sweep.
#pragma once
#include <gumbo.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet::read {

class HtmlTree {
 public:
  // `html` must be valid UTF-8. Throws std::bad_alloc when memory runs out.
  explicit HtmlTree(std::string_view html);
  ~HtmlTree();
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;

  const GumboNode* document() const { return output_->document; }
  // The <body> element (gumbo always creates one).
  const GumboNode* body() const;

 private:
  class Arena;
  std::unique_ptr<Arena> arena_;
  GumboOutput* output_ = nullptr;
};

// The child list of a document or element node; nullptr for text and comments.
const GumboVector* children_of(const GumboNode* node);
bool is_element(const GumboNode* node, GumboTag tag);
// The lower-case tag name of an element, also of tags gumbo does not know.
std::string tag_name(const GumboNode* element);
// The value of attribute `name` (lower case) of an element, if it has it.
std::optional<std::string_view> attribute(const GumboNode* element, const char* name);

// Visits the subtree of `root` in document order with an explicit stack, so depth
// costs heap, not call stack. enter(node) returns whether to visit the node's
// children; leave(node) follows the children of every document or element node
// that enter() accepted.
template <class Enter, class Leave>
void walk(const GumboNode* root, Enter&& enter, Leave&& leave) {
  struct Frame {
    const GumboNode* node;
    unsigned next;
  };
  std::vector<Frame> stack;
  auto visit = [&](const GumboNode* node) {
    if (!enter(node)) return;
    if (children_of(node))
      stack.push_back({node, 0});
  };
  visit(root);
  while (!stack.empty()) {
    const GumboNode* node = stack.back().node;
    const GumboVector* kids = children_of(node);
    if (stack.back().next < kids->length) {
      visit(static_cast<const GumboNode*>(kids->data[stack.back().next++]));
    } else {
      stack.pop_back();
      leave(node);
    }
  }
}

}  // namespace factsheet::read
