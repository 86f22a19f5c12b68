// Internal to the HTML reader: a gumbo parse tree flattened to an array in
// document order, so every later pass is a loop instead of a recursion
// (deep pages cannot overflow the stack). Not thread-safe per instance.
#pragma once

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimkb::extract::html {

inline constexpr uint32_t kNone = UINT32_MAX;

struct Node {
  const GumboNode* g = nullptr;
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text nodes
  bool is_text = false;
  uint32_t parent = kNone;
  uint32_t end = 0;  // the subtree of node i is [i, end)
};

class Dom {
 public:
  // REQUIRES: valid UTF-8, nesting already capped.
  explicit Dom(std::string_view html);
  ~Dom();
  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;

  const std::vector<Node>& nodes() const { return nodes_; }
  const Node& operator[](uint32_t i) const { return nodes_[i]; }
  uint32_t size() const { return static_cast<uint32_t>(nodes_.size()); }
  uint32_t body() const { return body_; }
  uint32_t head() const { return head_; }

  // Attribute value, "" when absent.
  std::string_view Attr(uint32_t i, const char* name) const;
  // Decoded text of a text node.
  std::string_view Text(uint32_t i) const;
  // Text of the subtree, whitespace folded, scripts and styles skipped.
  std::string InnerText(uint32_t i, size_t limit = SIZE_MAX) const;
  // Lower-cased "class id" of an element.
  std::string ClassId(uint32_t i) const;

 private:
  std::string defused_;  // the input with overlong character references replaced, when it had any
  GumboOutput* out_ = nullptr;
  std::vector<Node> nodes_;
  uint32_t body_ = kNone;
  uint32_t head_ = kNone;
};

// Elements that start a new paragraph when rendered.
bool IsBlock(GumboTag tag);
// Elements whose content is never article text (scripts, styles, forms controls, ...).
bool IsNeverContent(GumboTag tag);

// Where a text node goes when a page is rendered.
enum class Place : uint8_t { kHidden = 0, kFurniture = 1, kBody = 2 };

struct Block {
  std::string text;
  Place place;
  bool quoted = false;  // inside a <blockquote>: words quoted from someone else
};

// Visible text of body in blocks: a new block at every block-level element,
// <br> kept as a line break, whitespace folded. place[i] of each text node
// decides which side it falls on; a change of place also starts a new block.
std::vector<Block> Render(const Dom& dom, const std::vector<Place>& place);

}  // namespace claimkb::extract::html

namespace claimkb::extract::html {

// What the page says about itself.
struct PageMeta {
  std::string title;
  std::string author;
  std::string publisher;
  std::string published;           // YYYY-MM-DD or ""
  uint32_t byline_node = kNone;    // the byline element in the body, if any
};

// Meta tags, JSON-LD (Article types, @graph), <title>, <time>, byline markup.
PageMeta ReadMeta(const Dom& dom);

// Never visible: scripts, styles, form controls, hidden attributes/styles.
bool IsHidden(const Dom& dom, uint32_t i);
// Furniture by tag (nav, aside, footer), ARIA role or class/id hints.
bool IsUnlikely(const Dom& dom, uint32_t i);

// Per node: hidden, furniture or body, by readability-style scoring.
std::vector<Place> FindBody(const Dom& dom, const PageMeta& meta);

}  // namespace claimkb::extract::html
