#include "core/extract/html.h"

#include <algorithm>
#include <cstddef>
#include <cstring>

#include "core/extract/furniture.h"
#include "core/extract/html_dom.h"
#include "core/extract/metadata.h"

namespace claimkb::extract {

namespace {

constexpr size_t kMaxFurnitureBlocks = 400;
constexpr size_t kMaxFurnitureBytes = 400;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if ((s[i] | 0x20) != (prefix[i] | 0x20)) return false;
  return true;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':' ||
         c == '_';
}

// Elements that cannot hold child elements or whose end tag is optional:
// they never deepen the tree in a way gumbo has to track.
bool IsFlatTag(std::string_view name) {
  static const char* const kFlat[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                      "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
                                      "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
                                      "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body"};
  for (const char* f : kFlat)
    if (name.size() == std::strlen(f) && StartsWithNoCase(name, f)) return true;
  return false;
}

bool IsRawText(std::string_view name) {
  for (const char* r : {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
    if (name.size() == std::strlen(r) && StartsWithNoCase(name, r)) return true;
  return false;
}

// Position just past the '>' closing the tag that starts at lt, honouring quotes.
size_t TagEnd(std::string_view s, size_t from) {
  char quote = 0;
  for (size_t i = from; i < s.size(); ++i) {
    char c = s[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return s.size();
}

bool CapNestingInto(std::string_view s, int max_depth, std::string* out) {
  struct Open {
    std::string_view name;
  };
  std::vector<Open> stack;
  std::vector<std::string_view> dropped;  // names of dropped start tags still unmatched
  bool changed = false;
  size_t copied = 0;
  auto drop = [&](size_t from, size_t to) {
    if (!changed) {
      out->clear();
      out->reserve(s.size());
      changed = true;
    }
    out->append(s.substr(copied, from - copied));
    copied = to;
  };
  size_t i = 0;
  while (i < s.size()) {
    const void* hit = std::memchr(s.data() + i, '<', s.size() - i);
    if (!hit) break;
    size_t lt = static_cast<const char*>(hit) - s.data();
    if (s.compare(lt, 4, "<!--") == 0) {
      size_t e = s.find("-->", lt + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    if (lt + 1 < s.size() && (s[lt + 1] == '!' || s[lt + 1] == '?')) {
      i = TagEnd(s, lt + 1);
      continue;
    }
    bool end_tag = lt + 1 < s.size() && s[lt + 1] == '/';
    size_t ns = lt + 1 + end_tag, ne = ns;
    while (ne < s.size() && IsNameChar(s[ne])) ++ne;
    if (ne == ns) {
      i = lt + 1;
      continue;
    }
    std::string_view name = s.substr(ns, ne - ns);
    size_t te = TagEnd(s, ne);
    auto same = [&](std::string_view a) { return a.size() == name.size() && StartsWithNoCase(a, name); };
    if (end_tag) {
      size_t k = stack.size();
      size_t floor = stack.size() > 64 ? stack.size() - 64 : 0;
      while (k > floor && !same(stack[k - 1].name)) --k;
      if (k > floor) {
        stack.resize(k - 1);
      } else if (auto it = std::find_if(dropped.rbegin(), dropped.rend(), same); it != dropped.rend()) {
        dropped.erase(std::next(it).base());
        drop(lt, te);
      }
      i = te;
      continue;
    }
    bool self_closing = te >= 2 && s[te - 2] == '/';
    if (IsRawText(name)) {
      // Skip to the matching end tag: its content is not markup.
      size_t k = te;
      for (;;) {
        size_t c = s.find("</", k);
        if (c == std::string_view::npos) {
          k = s.size();
          break;
        }
        if (StartsWithNoCase(s.substr(c + 2), name)) {
          k = c;
          break;
        }
        k = c + 2;
      }
      i = k;
      continue;
    }
    if (!self_closing && !IsFlatTag(name)) {
      if (static_cast<int>(stack.size()) >= max_depth) {
        dropped.push_back(name);
        if (dropped.size() > 4096) dropped.erase(dropped.begin(), dropped.begin() + 2048);
        drop(lt, te);
      } else {
        stack.push_back({name});
      }
    }
    i = te;
  }
  if (changed) out->append(s.substr(copied));
  return changed;
}

// The curly pairs of a quoted paragraph turned single, when each holds a
// few words only ("they are “table stakes”"): the marks of a term inside
// someone's words. Returns false when a pair holds more (a quote of its own).
bool NestScareQuotes(std::string& t) {
  constexpr std::ptrdiff_t kMaxScareWords = 4;
  constexpr std::string_view kOpen = "\u201C", kClose = "\u201D";
  std::string out;
  size_t from = 0;
  for (size_t open; (open = t.find(kOpen, from)) != std::string::npos;) {
    size_t close = t.find(kClose, from);
    if (close == std::string::npos || close < open) return false;
    std::string_view inner(t.data() + open + kOpen.size(), close - open - kOpen.size());
    if (inner.find(kOpen) != std::string_view::npos || std::count(inner.begin(), inner.end(), ' ') >= kMaxScareWords)
      return false;
    out.append(t, from, open - from).append("\u2018").append(inner).append("\u2019");
    from = close + kClose.size();
  }
  if (t.find(kClose, from) != std::string::npos) return false;
  t = out.append(t, from);
  return true;
}

// A paragraph of a <blockquote> is someone else's words; plain text has only
// quote marks to say so. Embedded posts (a handle, a link) and paragraphs that
// carry their own quotes are left as they are; a term in marks inside one is
// nested, so the paragraph takes the marks.
bool TakesQuoteMarks(html::Block& b) {
  if (!b.quoted || b.text.size() < 20) return false;
  std::string_view t = b.text;
  for (std::string_view open : {"\"", "\u201C", "\u2018", "'"})
    if (t.starts_with(open)) return false;
  for (std::string_view mark : {"\"", "@", "http", "pic."})
    if (t.find(mark) != std::string_view::npos) return false;
  return NestScareQuotes(b.text);
}

// Body blocks that are furniture by their words alone: captions anywhere, and
// notes on the writers among the last few blocks (with a bare name line
// heading such a note).
void MoveWordFurniture(std::vector<html::Block>& blocks, std::string_view author) {
  constexpr size_t kTail = 6;
  std::vector<size_t> body;
  for (size_t i = 0; i < blocks.size(); ++i)
    if (blocks[i].place == html::Place::kBody) body.push_back(i);
  for (size_t k = 0; k < body.size(); ++k) {
    html::Block& b = blocks[body[k]];
    bool tail = k + kTail >= body.size();
    if (IsCaptionBlock(b.text) || IsPromoBlock(b.text) || (tail && IsWriterNote(b.text, author))) {
      b.place = html::Place::kFurniture;
      if (tail && k > 0 && blocks[body[k - 1]].place == html::Place::kBody) {
        const std::string& prev = blocks[body[k - 1]].text;
        if (prev.size() < 48 && prev.find('.') == std::string::npos && b.text.starts_with(prev))
          blocks[body[k - 1]].place = html::Place::kFurniture;
      }
    }
  }
}

}  // namespace

std::string CapNesting(std::string_view html, int max_depth) {
  std::string out;
  if (!CapNestingInto(html, max_depth, &out)) return std::string(html);
  return out;
}

bool LooksLikeHtml(std::string_view bytes) {
  std::string_view s = bytes.substr(0, 1 << 16);
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  size_t start = s.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return false;
  s.remove_prefix(start);
  for (std::string_view p : {"<!doctype", "<html", "<?xml", "<head", "<body", "<!--"})
    if (StartsWithNoCase(s, p)) return true;
  int kinds = 0;
  for (std::string_view tag : {"<p>", "<p ", "</p>", "<div", "<br", "<a href", "<span", "<meta", "<title",
                               "<script", "<article", "<h1", "<h2", "<li>", "<img "}) {
    // Case-insensitive search for each tag kind.
    for (size_t i = s.find('<'); i != std::string_view::npos; i = s.find('<', i + 1)) {
      if (StartsWithNoCase(s.substr(i), tag)) {
        ++kinds;
        break;
      }
    }
    if (kinds >= 3) return true;
  }
  return s[0] == '<' && kinds >= 1;
}

HtmlArticle ReadHtml(std::string_view html) {
  std::string capped;
  std::string_view src = CapNestingInto(html, kMaxNesting, &capped) ? std::string_view(capped) : html;
  html::Dom dom(src);
  html::PageMeta meta = html::ReadMeta(dom);
  std::vector<html::Place> place = html::FindBody(dom, meta);
  HtmlArticle a;
  a.title = std::move(meta.title);
  a.author = std::move(meta.author);
  a.publisher = std::move(meta.publisher);
  a.published = std::move(meta.published);
  std::vector<html::Block> blocks = html::Render(dom, place);
  MoveWordFurniture(blocks, a.author);
  for (html::Block& b : blocks) {
    if (b.place == html::Place::kBody) {
      if (!a.body.empty()) a.body += "\n\n";
      if (TakesQuoteMarks(b)) {
        a.body += "\u201C" + b.text + "\u201D";
      } else {
        a.body += b.text;
      }
    } else if (a.furniture.size() < kMaxFurnitureBlocks) {
      std::string& t = b.text;
      if (t.size() > kMaxFurnitureBytes) {
        size_t cut = kMaxFurnitureBytes;
        while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
        t.resize(cut);
      }
      a.furniture.push_back(std::move(t));
    }
  }
  return a;
}

}  // namespace claimkb::extract
