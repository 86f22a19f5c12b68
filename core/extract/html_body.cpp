// The article body of a page: paragraphs score their ancestors by length and
// commas, link-dense and negatively-hinted containers lose, the best
// container wins and takes along siblings that look like more of the same;
// then furniture inside it (link lists, share bars, asides) is cleaned out.
// When that leaves too little text the pass reruns with fewer filters.
#include <algorithm>
#include <array>

#include "core/extract/html_dom.h"
#include "core/extract/metadata.h"

namespace claimkb::extract::html {

namespace {

constexpr int kCharThreshold = 500;  // bytes of body below which a rerun with fewer filters is tried

enum Flag : unsigned { kStripUnlikely = 1, kWeightClasses = 2, kCleanConditionally = 4 };

bool ContainsAny(std::string_view hay, std::initializer_list<std::string_view> words) {
  for (auto w : words)
    if (hay.find(w) != std::string_view::npos) return true;
  return false;
}

// A whole class/id token, or one starting with word ("nav" matches "navbar").
bool HasTokenPrefix(std::string_view hay, std::initializer_list<std::string_view> words) {
  size_t i = 0;
  while (i < hay.size()) {
    while (i < hay.size() && !std::isalnum(static_cast<unsigned char>(hay[i]))) ++i;
    size_t j = i;
    while (j < hay.size() && std::isalnum(static_cast<unsigned char>(hay[j]))) ++j;
    std::string_view tok = hay.substr(i, j - i);
    for (auto w : words)
      if (tok.size() >= w.size() && tok.compare(0, w.size(), w) == 0 && (tok.size() == w.size() || w.size() >= 3))
        return true;
    i = j;
  }
  return false;
}

bool Unlikely(std::string_view ci) {
  if (ci.size() <= 1) return false;
  bool bad = ContainsAny(ci, {"advert", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
                              "cookie", "disqus", "footer", "gdpr", "header", "masthead", "menu", "newsletter",
                              "outbrain", "taboola", "pager", "pagination", "popup", "promo", "related",
                              "remark", "replies", "share", "sharing", "shoutbox", "sidebar", "skyscraper",
                              "social", "sponsor", "subscribe", "supplemental", "signup", "toolbar", "trending",
                              "recommend", "author-bio", "authorbio", "most-popular", "mostpopular", "-ad-",
                              "ad-break", "cover-wrap", "legends", "yom-remote"}) ||
             HasTokenPrefix(ci, {"nav", "ad", "ads", "rss", "extra", "tags", "bio"});
  if (!bad) return false;
  return !ContainsAny(ci, {"and", "article", "body", "column", "content", "main", "shadow", "story"});
}

int ClassWeight(std::string_view v) {
  if (v.empty()) return 0;
  std::string s = Lower(v);
  int w = 0;
  if (ContainsAny(s, {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr",
                      "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
                      "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget", "social", "newsletter",
                      "subscribe", "menu", "advert"}) ||
      HasTokenPrefix(s, {"nav"}))
    w -= 25;
  if (ContainsAny(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
                      "blog", "story"}))
    w += 25;
  return w;
}

bool HiddenByAttr(const Dom& dom, uint32_t i) {
  const GumboNode* g = dom[i].g;
  if (gumbo_get_attribute(&g->v.element.attributes, "hidden")) return true;
  if (Lower(dom.Attr(i, "aria-hidden")) == "true") return true;
  std::string_view style = dom.Attr(i, "style");
  if (style.empty()) return false;
  std::string s = Lower(style);
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

bool UnlikelyRole(std::string_view role) {
  std::string r = Lower(role);
  for (const char* k : {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"})
    if (r == k) return true;
  return false;
}

int BaseScore(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
  }
}

// Code points of text with whitespace runs counted once, and its commas.
void Measure(std::string_view t, int* len, int* commas) {
  bool space = true;
  for (size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = true;
      continue;
    }
    if ((c & 0xC0) == 0x80) continue;
    if (space && *len > 0) ++*len;
    space = false;
    ++*len;
    if (c == ',') ++*commas;
    else if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBC &&
             static_cast<unsigned char>(t[i + 2]) == 0x8C)
      ++*commas;  // fullwidth comma
    else if (c == 0xD8 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x8C)
      ++*commas;  // Arabic comma
  }
}

}  // namespace

bool IsHidden(const Dom& dom, uint32_t i) {
  return !dom[i].is_text && (IsNeverContent(dom[i].tag) || HiddenByAttr(dom, i));
}

bool IsUnlikely(const Dom& dom, uint32_t i) {
  const Node& nd = dom[i];
  if (nd.is_text || nd.tag == GUMBO_TAG_BODY || nd.tag == GUMBO_TAG_HTML || nd.tag == GUMBO_TAG_A ||
      nd.tag == GUMBO_TAG_ARTICLE || nd.tag == GUMBO_TAG_MAIN)
    return false;
  if (Lower(dom.Attr(i, "itemprop")).find("articlebody") != std::string::npos) return false;
  if (nd.tag == GUMBO_TAG_NAV || nd.tag == GUMBO_TAG_ASIDE || nd.tag == GUMBO_TAG_FOOTER) return true;
  if (UnlikelyRole(dom.Attr(i, "role"))) return true;
  std::string_view cls = dom.Attr(i, "class"), id = dom.Attr(i, "id");
  return (!cls.empty() || !id.empty()) && Unlikely(dom.ClassId(i));
}

namespace {

struct Stats {
  int tlen = 0;
  float llen = 0;
  int commas = 0;
  int inline_len = 0;  // text not inside a block-level descendant
  int p = 0, img = 0, li = 0, input = 0;
  bool has_block = false;
  float LinkDensity() const { return tlen ? llen / static_cast<float>(tlen) : 0.f; }
};

// What the page knows independent of the filter flags.
struct Facts {
  std::vector<uint8_t> never;     // never text: scripts, hidden, form controls
  std::vector<uint8_t> unlikely;  // furniture by class/id/role/tag
  std::vector<int16_t> weight;
  std::vector<std::string> cls;   // class attribute (for sibling matching)
};

Facts Learn(const Dom& dom) {
  Facts f;
  uint32_t n = dom.size();
  f.never.assign(n, 0);
  f.unlikely.assign(n, 0);
  f.weight.assign(n, 0);
  f.cls.resize(n);
  for (uint32_t i = 0; i < n; ++i) {
    const Node& nd = dom[i];
    if (nd.is_text) continue;
    if (IsHidden(dom, i)) f.never[i] = 1;
    std::string_view cls = dom.Attr(i, "class"), id = dom.Attr(i, "id");
    f.weight[i] = static_cast<int16_t>(ClassWeight(cls) + ClassWeight(id));
    f.cls[i] = std::string(cls);
    f.unlikely[i] = IsUnlikely(dom, i);
  }
  return f;
}

struct Attempt {
  std::vector<Place> place;
  size_t body_bytes = 0;  // text outside links: what a rerun must improve on
};

Attempt Run(const Dom& dom, const Facts& facts, const PageMeta& meta, unsigned flags) {
  const uint32_t n = dom.size(), body = dom.body();
  std::vector<uint8_t> gone(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t p = dom[i].parent;
    gone[i] = (p != kNone && gone[p]) || facts.never[i] || ((flags & kStripUnlikely) && facts.unlikely[i]) ||
              i == meta.byline_node;
  }
  // Bottom-up sums: children come after their parent in document order.
  std::vector<Stats> st(n);
  for (uint32_t i = n; i-- > 0;) {
    const Node& nd = dom[i];
    Stats& s = st[i];
    if (nd.is_text) {
      Measure(dom.Text(i), &s.tlen, &s.commas);
      s.inline_len = s.tlen;
    } else {
      if (nd.tag == GUMBO_TAG_A) {
        std::string_view href = dom.Attr(i, "href");
        s.llen = static_cast<float>(s.tlen) * (!href.empty() && href[0] == '#' ? 0.3f : 1.f);
      }
      s.p += nd.tag == GUMBO_TAG_P;
      s.img += nd.tag == GUMBO_TAG_IMG;
      s.li += nd.tag == GUMBO_TAG_LI;
      s.input += nd.tag == GUMBO_TAG_INPUT;
    }
    if (nd.parent == kNone) continue;
    Stats& ps = st[nd.parent];
    ps.input += s.input;  // form controls count even though their text never shows
    if (gone[i]) continue;
    ps.tlen += s.tlen;
    ps.llen += s.llen;
    ps.commas += s.commas;
    ps.p += s.p;
    ps.img += s.img;
    ps.li += s.li;
    bool block = !nd.is_text && (IsBlock(nd.tag) || s.has_block);
    ps.has_block |= block;
    if (!block) ps.inline_len += s.tlen;
  }

  // Paragraph scores flow to up to five ancestors.
  std::vector<float> score(n, 0.f);
  std::vector<uint8_t> init(n, 0);
  auto touch = [&](uint32_t a) {
    if (init[a]) return;
    init[a] = 1;
    score[a] = static_cast<float>(BaseScore(dom[a].tag) + ((flags & kWeightClasses) ? facts.weight[a] : 0));
  };
  auto spread = [&](uint32_t from, float points) {
    uint32_t a = from;
    for (int level = 0; level < 5 && a != kNone && dom[a].parent != kNone; ++level, a = dom[a].parent) {
      touch(a);
      score[a] += points / (level == 0 ? 1.f : level == 1 ? 2.f : static_cast<float>(level * 3));
    }
  };
  if (body == kNone) return {};
  for (uint32_t i = body; i < dom[body].end; ++i) {
    const Node& nd = dom[i];
    if (gone[i]) {
      if (!nd.is_text) i = nd.end - 1;
      continue;
    }
    if (nd.is_text) continue;
    const Stats& s = st[i];
    bool leaf_box = (nd.tag == GUMBO_TAG_DIV || nd.tag == GUMBO_TAG_SECTION || nd.tag == GUMBO_TAG_ARTICLE ||
                     nd.tag == GUMBO_TAG_MAIN) && !s.has_block;
    bool para = nd.tag == GUMBO_TAG_P || nd.tag == GUMBO_TAG_PRE || nd.tag == GUMBO_TAG_TD || leaf_box;
    if (para && s.tlen >= 25) {
      spread(nd.parent, 1.f + static_cast<float>(s.commas) + std::min(s.tlen / 100, 3));
    } else if (!para && s.has_block && s.inline_len >= 25 && IsBlock(nd.tag)) {
      // Loose text between blocks (<br>-separated prose) is a paragraph of this element.
      spread(i, 1.f + std::min(s.inline_len / 100, 3));
    }
  }
  std::vector<uint32_t> cands;
  for (uint32_t i = 0; i < n; ++i)
    if (init[i]) {
      score[i] *= 1.f - st[i].LinkDensity();
      cands.push_back(i);
    }
  std::sort(cands.begin(), cands.end(), [&](uint32_t a, uint32_t b) { return score[a] > score[b]; });

  auto children = [&](uint32_t p, auto&& fn) {
    for (uint32_t c = p + 1; c < dom[p].end; c = dom[c].end) fn(c);
  };
  auto contains = [&](uint32_t anc, uint32_t x) { return x >= anc && x < dom[anc].end; };

  std::vector<uint8_t> content(n, 0);  // roots of the chosen subtrees
  uint32_t top = cands.empty() ? kNone : cands[0];
  if (top == kNone || top == body) {
    content[body] = 1;
  } else {
    // Several strong candidates under one ancestor: the ancestor is the article.
    std::vector<uint32_t> alts;
    for (size_t k = 1; k < cands.size() && k < 5; ++k)
      if (score[cands[k]] >= 0.75f * score[top]) alts.push_back(cands[k]);
    if (alts.size() >= 3) {
      for (uint32_t a = dom[top].parent; a != kNone && a != body; a = dom[a].parent) {
        int inside = 0;
        for (uint32_t x : alts) inside += contains(a, x);
        if (inside >= 3) {
          top = a;
          break;
        }
      }
    }
    touch(top);
    // Climb while the parent scores well enough to be the real container.
    float last = score[top], threshold = last / 3;
    for (uint32_t p = dom[top].parent; p != kNone && p != body; p = dom[p].parent) {
      if (!init[p]) continue;
      if (score[p] < threshold) break;
      if (score[p] > last) {
        top = p;
        break;
      }
      last = score[p];
    }
    for (;;) {
      uint32_t p = dom[top].parent;
      if (p == kNone || p == body) break;
      int elems = 0;
      children(p, [&](uint32_t c) { elems += !dom[c].is_text && !gone[c]; });
      if (elems != 1) break;
      top = p;
    }
    touch(top);
    // Siblings that look like more of the article come along.
    uint32_t parent = dom[top].parent;
    float threshold_sib = std::max(10.f, score[top] * 0.2f);
    children(parent, [&](uint32_t c) {
      if (dom[c].is_text || gone[c]) return;
      if (c == top) {
        content[c] = 1;
        return;
      }
      float bonus = (!facts.cls[c].empty() && facts.cls[c] == facts.cls[top]) ? score[top] * 0.2f : 0.f;
      if (init[c] && score[c] + bonus >= threshold_sib) {
        content[c] = 1;
      } else if (bonus > 0 && st[c].tlen >= 200 && st[c].LinkDensity() < 0.25f) {
        content[c] = 1;  // a same-class sibling holding prose: the article continues after a figure
      } else if (dom[c].tag == GUMBO_TAG_P) {
        const Stats& s = st[c];
        float ld = s.LinkDensity();
        if (s.tlen > 80 && ld < 0.25f) {
          content[c] = 1;
        } else if (s.tlen < 80 && s.tlen > 0 && ld == 0.f) {
          std::string t = dom.InnerText(c, 200);
          if (t.find(". ") != std::string::npos || (!t.empty() && t.back() == '.')) content[c] = 1;
        }
      }
    });
  }

  // Clean inside the chosen subtrees.
  const std::string title_key = LooseKey(meta.title);
  std::vector<uint8_t> removed(n, 0);
  std::vector<uint8_t> in_content(n, 0);
  for (uint32_t i = body; i < dom[body].end; ++i) {
    const Node& nd = dom[i];
    uint32_t p = nd.parent;
    in_content[i] = content[i] || (p != kNone && in_content[p] && !removed[p]);
    if (!in_content[i] || gone[i] || nd.is_text || content[i]) continue;
    if (removed[p]) continue;
    GumboTag t = nd.tag;
    bool drop = false;
    const Stats& s = st[i];
    if (t == GUMBO_TAG_FOOTER || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_NAV || t == GUMBO_TAG_FORM) {
      drop = true;
    } else if (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) {
      drop = ((flags & kWeightClasses) && facts.weight[i] < 0) ||
             (!title_key.empty() && LooseKey(dom.InnerText(i, 1000)) == title_key);
    } else if (s.tlen < 500 && !facts.cls[i].empty() && ContainsAny(Lower(facts.cls[i]), {"share", "social"})) {
      drop = true;
    } else if ((flags & kCleanConditionally) &&
               (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DIV ||
                t == GUMBO_TAG_SECTION || t == GUMBO_TAG_FIELDSET || t == GUMBO_TAG_DL)) {
      int weight = (flags & kWeightClasses) ? facts.weight[i] : 0;
      if (weight + (init[i] ? score[i] : 0.f) < 0) {
        drop = true;
      } else if (s.commas < 10) {
        bool list = t == GUMBO_TAG_UL || t == GUMBO_TAG_OL;
        bool figure = false;
        for (uint32_t a = p; a != kNone && !figure; a = dom[a].parent) figure = dom[a].tag == GUMBO_TAG_FIGURE;
        float ld = s.LinkDensity();
        int li = s.li - 100;
        drop = (s.img > 1 && static_cast<float>(s.p) / static_cast<float>(s.img) < 0.5f && !figure) ||
               (!list && li > s.p) || (s.input > s.p / 3) ||
               (!list && s.tlen < 25 && (s.img == 0 || s.img > 2) && !figure) ||
               (!list && weight < 25 && ld > 0.2f) || (weight >= 25 && ld > 0.5f);
      }
    }
    if (drop) removed[i] = 1;
  }

  Attempt out;
  out.place.assign(n, Place::kFurniture);
  std::vector<uint8_t> in_link(n, 0);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t p = dom[i].parent;
    in_link[i] = dom[i].tag == GUMBO_TAG_A || (p != kNone && in_link[p]);
    bool parent_body = p != kNone && out.place[p] == Place::kBody;
    if (facts.never[i] || (p != kNone && out.place[p] == Place::kHidden)) {
      out.place[i] = Place::kHidden;
    } else if ((content[i] || parent_body) && !gone[i] && !removed[i]) {
      out.place[i] = Place::kBody;
      if (dom[i].is_text && !in_link[i]) out.body_bytes += static_cast<size_t>(st[i].tlen);
    }
  }
  return out;
}

}  // namespace

std::vector<Place> FindBody(const Dom& dom, const PageMeta& meta) {
  if (dom.body() == kNone) return std::vector<Place>(dom.size(), Place::kHidden);
  Facts facts = Learn(dom);
  static constexpr std::array<unsigned, 4> kPasses = {
      kStripUnlikely | kWeightClasses | kCleanConditionally, kWeightClasses | kCleanConditionally,
      kCleanConditionally, 0};
  Attempt best;
  for (unsigned flags : kPasses) {
    Attempt a = Run(dom, facts, meta, flags);
    if (a.body_bytes >= kCharThreshold) return std::move(a.place);
    // Fewer filters must find meaningfully more prose, not a heading or two of furniture.
    if (best.place.empty() || a.body_bytes > best.body_bytes + best.body_bytes / 10 + 50) best = std::move(a);
  }
  return std::move(best.place);
}

}  // namespace claimkb::extract::html
