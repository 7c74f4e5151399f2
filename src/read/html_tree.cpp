#include "read/html_tree.hpp"

#include <cstddef>
#include <cstdlib>
#include <new>

#include "text/chars.hpp"

namespace factsheet::read {

// Blocks are linked into a list through a header before each one, so single
// blocks can be freed while parsing and the rest all at once at the end.
class HtmlTree::Arena {
 public:
  Arena() { head_.prev = head_.next = &head_; }
  ~Arena() {
    for (Header* h = head_.next; h != &head_;) {
      Header* next = h->next;
      std::free(h);
      h = next;
    }
  }
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;

  // gumbo checks no allocation for failure; throwing leaves its frames (C code
  // built with unwind tables) and the arena still frees what was allocated.
  static void* allocate(void* arena, std::size_t size) {
    auto* h = static_cast<Header*>(std::malloc(sizeof(Header) + size));
    if (!h) throw std::bad_alloc();
    static_cast<Arena*>(arena)->link(h);
    return h + 1;
  }
  static void deallocate(void*, void* block) {
    if (!block) return;
    Header* h = static_cast<Header*>(block) - 1;
    h->prev->next = h->next;
    h->next->prev = h->prev;
    std::free(h);
  }

 private:
  struct alignas(std::max_align_t) Header {
    Header* prev;
    Header* next;
  };
  void link(Header* h) {
    h->prev = &head_;
    h->next = head_.next;
    head_.next->prev = h;
    head_.next = h;
  }
  Header head_;
};

HtmlTree::HtmlTree(std::string_view html) : arena_(std::make_unique<Arena>()) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::allocate;
  options.deallocator = &Arena::deallocate;
  options.userdata = arena_.get();
  options.max_errors = 0;  // parse errors are of no use here; recording them costs memory
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

// The arena frees everything gumbo allocated; gumbo_destroy_output is not called.
HtmlTree::~HtmlTree() = default;

const GumboNode* HtmlTree::body() const {
  const GumboNode* html = output_->root;
  const GumboVector* kids = children_of(html);
  for (unsigned i = 0; kids && i < kids->length; ++i) {
    auto* child = static_cast<const GumboNode*>(kids->data[i]);
    if (is_element(child, GUMBO_TAG_BODY)) return child;
  }
  return html;  // a frameset page has no body
}

const GumboVector* children_of(const GumboNode* node) {
  switch (node->type) {
    case GUMBO_NODE_DOCUMENT: return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE: return &node->v.element.children;
    default: return nullptr;
  }
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::string tag_name(const GumboNode* element) {
  if (element->type != GUMBO_NODE_ELEMENT && element->type != GUMBO_NODE_TEMPLATE) return {};
  if (element->v.element.tag != GUMBO_TAG_UNKNOWN)
    return gumbo_normalized_tagname(element->v.element.tag);
  // The name as written in the start tag: "<Dialog open>" -> "dialog". Elements
  // the parser made up have no source text.
  const GumboStringPiece& source = element->v.element.original_tag;
  std::string name;
  if (!source.data || source.length < 2 || source.data[0] != '<') return name;
  for (std::size_t i = 1; i < source.length; ++i) {
    char c = source.data[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>') break;
    name += text::to_lower(c);
  }
  return name;
}

std::optional<std::string_view> attribute(const GumboNode* element, const char* name) {
  if (element->type != GUMBO_NODE_ELEMENT && element->type != GUMBO_NODE_TEMPLATE) return std::nullopt;
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
  if (!a) return std::nullopt;
  return std::string_view(a->value);
}

}  // namespace factsheet::read
