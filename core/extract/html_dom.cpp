#include "core/extract/html_dom.h"

#include <utility>

#include "core/extract/metadata.h"

namespace claimkb::extract::html {

namespace {

bool IsDigit(char c, bool hex) {
  return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
}

// gumbo keeps a numeric character reference's value in an int: one with so
// many digits that it wraps negative slips past its range check and comes out
// as invalid UTF-8. References past U+10FFFF mean U+FFFD (HTML5), so those
// with more digits than U+10FFFF has are rewritten to it before parsing.
// Returns false (out untouched) when html has none.
bool DefuseLongCharRefs(std::string_view html, std::string* out) {
  bool changed = false;
  size_t copied = 0;
  for (size_t p = html.find("&#"); p != std::string_view::npos; p = html.find("&#", p + 2)) {
    size_t q = p + 2;
    const bool hex = q < html.size() && (html[q] == 'x' || html[q] == 'X');
    if (hex) ++q;
    size_t digits = q;
    while (q < html.size() && html[q] == '0') ++q;
    size_t significant = q;
    while (q < html.size() && IsDigit(html[q], hex)) ++q;
    if (q - significant <= (hex ? 6u : 7u)) continue;
    if (!changed) out->reserve(html.size());
    changed = true;
    out->append(html.substr(copied, digits - copied));
    out->append(hex ? "FFFD" : "65533");
    copied = q;
  }
  if (changed) out->append(html.substr(copied));
  return changed;
}

}  // namespace

Dom::Dom(std::string_view html) {
  if (DefuseLongCharRefs(html, &defused_)) html = defused_;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // error records cost time and memory we never read
  out_ = gumbo_parse_with_options(&options, html.data(), html.size());
  if (!out_ || !out_->root) return;
  nodes_.reserve(html.size() / 64 + 16);
  // Iterative pre-order walk: (gumbo node, index in nodes_, next child to visit).
  struct Frame {
    const GumboNode* g;
    uint32_t index;
    unsigned next;
  };
  std::vector<Frame> stack;
  auto add = [&](const GumboNode* g, uint32_t parent) {
    Node n;
    n.g = g;
    n.parent = parent;
    n.is_text = g->type != GUMBO_NODE_ELEMENT;
    n.tag = n.is_text ? GUMBO_TAG_UNKNOWN : g->v.element.tag;
    nodes_.push_back(n);
    uint32_t idx = static_cast<uint32_t>(nodes_.size() - 1);
    if (n.is_text) {
      nodes_[idx].end = idx + 1;
    } else {
      if (n.tag == GUMBO_TAG_BODY && body_ == kNone) body_ = idx;
      if (n.tag == GUMBO_TAG_HEAD && head_ == kNone) head_ = idx;
      stack.push_back({g, idx, 0});
    }
  };
  add(out_->root, kNone);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& children = f.g->v.element.children;
    if (f.next >= children.length) {
      nodes_[f.index].end = static_cast<uint32_t>(nodes_.size());
      stack.pop_back();
      continue;
    }
    const auto* child = static_cast<const GumboNode*>(children.data[f.next++]);
    uint32_t parent = f.index;
    switch (child->type) {
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        add(child, parent);  // may reallocate stack: f is not used after this
        break;
      default:
        break;
    }
  }
}

Dom::~Dom() {
  if (out_) gumbo_destroy_output(&kGumboDefaultOptions, out_);
}

std::string_view Dom::Attr(uint32_t i, const char* name) const {
  const Node& n = nodes_[i];
  if (n.is_text) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n.g->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

std::string_view Dom::Text(uint32_t i) const {
  const Node& n = nodes_[i];
  return n.is_text && n.g->v.text.text ? std::string_view(n.g->v.text.text) : std::string_view();
}

std::string Dom::InnerText(uint32_t i, size_t limit) const {
  std::string out;
  bool space = false;
  auto add = [&](std::string_view t) {
    std::string f = FoldSpace(t);
    bool lead = !t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\t');
    bool trail = !t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t');
    if (f.empty()) {
      space |= !t.empty();
      return;
    }
    if ((space || lead) && !out.empty()) out += ' ';
    out += f;
    space = trail;
  };
  for (uint32_t j = i; j < nodes_[i].end && out.size() < limit; ++j) {
    const Node& n = nodes_[j];
    if (n.is_text) {
      add(Text(j));
    } else if (IsNeverContent(n.tag)) {
      j = n.end - 1;
    } else if (IsBlock(n.tag) || n.tag == GUMBO_TAG_BR || n.tag == GUMBO_TAG_TD || n.tag == GUMBO_TAG_TH) {
      space = true;
    }
  }
  return out;
}

std::string Dom::ClassId(uint32_t i) const {
  std::string s(Attr(i, "class"));
  s += ' ';
  s += Attr(i, "id");
  return Lower(s);
}

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

bool IsNeverContent(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP: case GUMBO_TAG_DATALIST:
      return true;
    default:
      return false;
  }
}

namespace {

// Accumulates rendered text into blocks.
class Writer {
 public:
  explicit Writer(std::vector<Block>* out) : out_(out) {}
  void Text(std::string_view t, Place place) {
    if (place != place_ && HasContent()) Break();
    place_ = place;
    for (size_t i = 0; i < t.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(t[i]);
      bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
      if (!ws && c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
        ws = true;
        ++i;
      }
      if (ws) {
        space_ = true;
        continue;
      }
      if (space_ && !buf_.empty() && buf_.back() != '\n') buf_ += ' ';
      space_ = false;
      buf_ += static_cast<char>(c);
    }
  }
  void LineBreak() {
    if (!HasContent()) return;
    if (!buf_.empty() && buf_.back() == '\n') {
      Break();
      return;
    }
    buf_ += '\n';
    space_ = false;
  }
  void Space() { space_ = true; }
  // "<a>Jane Roe</a>reports": a link's text run into the word after it, which
  // the page means as two (a link never ends inside a word); an "s" or "'s" stays on.
  void AfterLink(std::string_view next) {
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto letter = [&](char c) { return lower(c) || (c >= 'A' && c <= 'Z'); };
    if (buf_.empty() || !letter(buf_.back()) || next.size() < 2 || !lower(next[0]) || !lower(next[1])) return;
    space_ = true;
  }
  void Quoted(bool q) { quoted_ = q; }
  void Break() {
    while (!buf_.empty() && (buf_.back() == '\n' || buf_.back() == ' ')) buf_.pop_back();
    if (!buf_.empty()) out_->push_back({std::move(buf_), place_, quoted_});
    buf_.clear();
    space_ = false;
  }

 private:
  bool HasContent() const { return !buf_.empty(); }
  std::vector<Block>* out_;
  std::string buf_;
  Place place_ = Place::kFurniture;
  bool space_ = false;
  bool quoted_ = false;
};

}  // namespace

std::vector<Block> Render(const Dom& dom, const std::vector<Place>& place) {
  std::vector<Block> out;
  uint32_t root = dom.body();
  if (root == kNone) return out;
  Writer w(&out);
  std::vector<uint32_t> open;  // subtree ends of open block elements
  uint32_t quote_end = 0;      // end of the open <blockquote> subtree, if any
  uint32_t link_end = 0;       // end of the last <a> subtree
  const uint32_t stop = dom[root].end;
  for (uint32_t i = root; i < stop; ++i) {
    while (!open.empty() && i >= open.back()) {
      open.pop_back();
      w.Break();
    }
    if (quote_end != 0 && i >= quote_end) quote_end = 0;
    w.Quoted(quote_end != 0);
    const Node& n = dom[i];
    if (place[i] == Place::kHidden) {
      if (!n.is_text) i = n.end - 1;
      continue;
    }
    if (n.is_text) {
      if (i == link_end) w.AfterLink(dom.Text(i));
      w.Text(dom.Text(i), place[i]);
    } else if (n.tag == GUMBO_TAG_A) {
      link_end = n.end;
    } else if (n.tag == GUMBO_TAG_BR) {
      w.LineBreak();
    } else if (IsBlock(n.tag)) {
      w.Break();
      open.push_back(n.end);
      if (n.tag == GUMBO_TAG_BLOCKQUOTE && quote_end == 0) {
        quote_end = n.end;
        w.Quoted(true);
      }
    } else if (n.tag == GUMBO_TAG_TD || n.tag == GUMBO_TAG_TH || n.tag == GUMBO_TAG_IMG) {
      w.Space();
    }
  }
  w.Break();
  return out;
}

}  // namespace claimkb::extract::html
