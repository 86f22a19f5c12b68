// Page metadata: meta tags, JSON-LD, <title>, <time> and byline markup.
#include <algorithm>
#include <cctype>
#include <map>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/extract/html_dom.h"
#include "core/extract/metadata.h"

namespace claimkb::extract::html {

namespace {

using nlohmann::json;

constexpr size_t kMaxJsonLd = 1 << 20;  // bytes of one JSON-LD script worth parsing
constexpr int kMaxJsonDepth = 64;

bool IsArticleType(const json& type) {
  static const char* const kTypes[] = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
                                       "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle",
                                       "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle",
                                       "TechArticle", "SocialMediaPosting", "AdvertiserContentArticle",
                                       "SatiricalArticle", "Review"};
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string& s = t.get_ref<const std::string&>();
    return std::any_of(std::begin(kTypes), std::end(kTypes), [&](const char* k) { return s == k; });
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

std::string Str(const json& o, const char* key) {
  auto it = o.find(key);
  if (it == o.end()) return "";
  if (it->is_string()) return FoldSpace(it->get_ref<const std::string&>());
  if (it->is_array() && !it->empty() && it->front().is_string()) return FoldSpace(it->front().get<std::string>());
  return "";
}

// "name" of a Person/Organization, a plain string, or a list of either.
std::string Names(const json& v) {
  std::vector<std::string> names;
  auto one = [&](const json& x) {
    std::string n = x.is_string() ? FoldSpace(x.get_ref<const std::string&>())
                    : x.is_object() ? Str(x, "name")
                                    : "";
    if (!n.empty() && n.find("://") == std::string::npos &&
        std::find(names.begin(), names.end(), n) == names.end())
      names.push_back(n);
  };
  if (v.is_array()) {
    for (const auto& x : v) one(x);
  } else {
    one(v);
  }
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

// Bracket depth of a JSON text, to refuse hostile nesting before parsing it.
int JsonDepth(std::string_view s) {
  int depth = 0, max = 0;
  bool in_str = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_str) {
      if (c == '\\') ++i;
      else if (c == '"') in_str = false;
    } else if (c == '"') {
      in_str = true;
    } else if (c == '{' || c == '[') {
      max = std::max(max, ++depth);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return max;
}

// JSON-LD scripts are often wrapped in <![CDATA[ ... ]]> or <!-- ... -->.
void StripWrappers(std::string* s) {
  size_t b = s->find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return;
  for (auto [open, close] : {std::pair<std::string_view, std::string_view>{"<![CDATA[", "]]>"}, {"<!--", "-->"}}) {
    if (s->compare(b, open.size(), open) != 0) continue;
    size_t e = s->rfind(close);
    if (e == std::string::npos || e < b + open.size()) e = s->size();
    *s = s->substr(b + open.size(), e - b - open.size());
    return;
  }
}

struct LdArticle {
  std::string headline, author, publisher, published, created;
  bool found = false;
};

void CollectArticles(const json& v, LdArticle* out, int depth) {
  if (depth > 4 || out->found) return;
  if (v.is_array()) {
    for (const auto& x : v) CollectArticles(x, out, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  if (auto g = v.find("@graph"); g != v.end()) CollectArticles(*g, out, depth + 1);
  if (out->found) return;
  auto t = v.find("@type");
  if (t == v.end() || !IsArticleType(*t)) return;
  out->found = true;
  out->headline = Str(v, "headline");
  if (out->headline.empty()) out->headline = Str(v, "name");
  if (auto a = v.find("author"); a != v.end()) out->author = Names(*a);
  if (auto p = v.find("publisher"); p != v.end()) out->publisher = Names(*p);
  out->published = Str(v, "datePublished");
  out->created = Str(v, "dateCreated");
}

// class/id tokens that name a byline: "byline", "author", "author-name",
// "authorname", "writtenby" (not "authorization", "author-bio", "author-avatar").
bool IsBylineHint(std::string_view ci) {
  if (ci.find("byline") != std::string_view::npos || ci.find("writtenby") != std::string_view::npos) return true;
  bool author = false;
  size_t i = 0;
  while (i < ci.size()) {
    while (i < ci.size() && !std::isalnum(static_cast<unsigned char>(ci[i]))) ++i;
    size_t j = i;
    while (j < ci.size() && std::isalnum(static_cast<unsigned char>(ci[j]))) ++j;
    std::string_view tok = ci.substr(i, j - i);
    if (tok.substr(0, 6) == "author" && tok.substr(0, 8) != "authoriz") author = true;
    if (tok == "bio" || tok == "avatar" || tok == "image" || tok == "photo" || tok.substr(0, 9) == "authorbio")
      return false;
    i = j;
  }
  return author;
}

bool IsAuthorNode(const Dom& dom, uint32_t j) {
  if (dom[j].is_text) return false;
  return Lower(dom.Attr(j, "rel")) == "author" || Lower(dom.Attr(j, "itemprop")).find("author") != std::string::npos ||
         IsBylineHint(dom.ClassId(j));
}

bool HasInnerHint(const Dom& dom, uint32_t i) {
  for (uint32_t j = i + 1; j < dom[i].end; ++j)
    if (IsAuthorNode(dom, j) && !CleanByline(dom.InnerText(j, 400)).empty()) return true;
  return false;
}

// A site name written as its address, "http://www.tmz.com": the site is its
// domain's own label, "tmz". Any other name is kept as it is.
std::string SiteName(const std::string& name) {
  std::string_view s = name;
  bool address = false;
  for (std::string_view p : {"https://", "http://", "www."})
    if (s.substr(0, p.size()) == p) {
      s.remove_prefix(p.size());
      address = true;
    }
  if (!address) return name;
  s = s.substr(0, s.find_first_of("/.:"));
  return s.empty() ? name : std::string(s);
}

// The headline part of a <title>: the longest segment between site separators.
std::string CleanTitle(const std::string& title, const std::string& site) {
  static const char* const kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xBB ", " :: ",
                                      " / ", "_"};
  std::vector<std::string> parts{title};
  for (const char* sep : kSeps) {
    std::vector<std::string> next;
    for (const auto& p : parts) {
      size_t start = 0;
      for (size_t at; (at = p.find(sep, start)) != std::string::npos; start = at + std::string_view(sep).size())
        next.push_back(p.substr(start, at - start));
      next.push_back(p.substr(start));
    }
    parts.swap(next);
  }
  if (parts.size() == 1) return title;
  std::string best;
  for (auto& p : parts) {
    p = FoldSpace(p);
    if (!site.empty() && LooseKey(p) == LooseKey(site)) continue;
    if (p.size() > best.size()) best = p;
  }
  size_t words = std::count(best.begin(), best.end(), ' ') + 1;
  bool cjk = std::any_of(best.begin(), best.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE3; });
  return (words >= 3 || cjk) ? best : title;
}

}  // namespace

PageMeta ReadMeta(const Dom& dom) {
  std::map<std::string, std::string> meta;  // lower-case key -> first content
  std::vector<std::string> ld_scripts;
  std::string title_tag, time_any, time_marked, first_h1;
  uint32_t byline = kNone;
  uint32_t byline_skip_to = 0;  // bylines inside hidden or furniture subtrees do not count
  std::string byline_text;
  uint32_t fallback = kNone;  // the first byline inside furniture, used when there is no other
  std::string fallback_text;
  uint32_t box = kNone;  // a byline box whose inner element names the author
  const uint32_t body = dom.body();
  for (uint32_t i = 0; i < dom.size(); ++i) {
    const Node& n = dom[i];
    if (n.is_text) continue;
    switch (n.tag) {
      case GUMBO_TAG_META: {
        std::string_view content = dom.Attr(i, "content");
        if (content.empty()) break;
        for (const char* k : {"property", "name", "itemprop"}) {
          std::string_view key = dom.Attr(i, k);
          if (!key.empty()) meta.emplace(Lower(key), FoldSpace(content));
        }
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (Lower(dom.Attr(i, "type")) == "application/ld+json") {
          std::string text;
          for (uint32_t j = i + 1; j < n.end; ++j) text += dom.Text(j);
          if (text.size() <= kMaxJsonLd) ld_scripts.push_back(std::move(text));
        }
        break;
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) {
          std::string text;
          for (uint32_t j = i + 1; j < n.end; ++j) text += dom.Text(j);
          title_tag = FoldSpace(text);
        }
        break;
      case GUMBO_TAG_H1:
        if (first_h1.empty()) first_h1 = dom.InnerText(i, 400);
        break;
      case GUMBO_TAG_TIME: {
        std::string_view dt = dom.Attr(i, "datetime");
        if (dt.empty()) break;
        bool marked = Lower(dom.Attr(i, "itemprop")).find("datepublished") != std::string::npos ||
                      gumbo_get_attribute(&n.g->v.element.attributes, "pubdate") != nullptr;
        if (marked && time_marked.empty()) time_marked = dt;
        if (time_any.empty()) time_any = dt;
        break;
      }
      default:
        break;
    }
    if (byline == kNone && body != kNone && i > body && i < dom[body].end) {
      bool furniture = i < byline_skip_to;
      if (furniture && fallback != kNone) continue;
      std::string rel = Lower(dom.Attr(i, "rel"));
      std::string prop = Lower(dom.Attr(i, "itemprop"));
      std::string ci = dom.ClassId(i);
      bool hint = rel == "author" || prop.find("author") != std::string::npos || IsBylineHint(ci);
      if (!hint && !furniture && (IsHidden(dom, i) || IsUnlikely(dom, i))) byline_skip_to = n.end;
      // A byline box holding the author's own element ("by <a rel=author>Jane Roe</a> 22 Dec 2016
      // 651 comments"): the innermost hint names the author alone.
      // The box itself stays the byline node, so that its date and counts leave the body with it.
      if (hint && HasInnerHint(dom, i)) {
        if ((box == kNone || i >= dom[box].end) && dom.InnerText(i, 400).size() < 100) box = i;
        continue;
      }
      if (hint) {
        std::string text = dom.InnerText(i, 400);
        if (prop.find("author") != std::string::npos) {
          for (uint32_t j = i + 1; j < n.end; ++j)
            if (!dom[j].is_text && Lower(dom.Attr(j, "itemprop")) == "name") {
              text = dom.InnerText(j, 400);
              break;
            }
        }
        std::string clean = CleanByline(text);
        if (!clean.empty() && text.size() < 100) {
          uint32_t node = box != kNone && i < dom[box].end ? box : i;
          if (!furniture) {
            byline = node;
            byline_text = clean;
          } else if (fallback == kNone) {
            fallback = node;
            fallback_text = clean;
          }
        }
      }
    }
  }
  if (byline == kNone) {
    byline = fallback;
    byline_text = fallback_text;
  }

  LdArticle ld;
  for (auto& s : ld_scripts) {
    StripWrappers(&s);
    if (JsonDepth(s) > kMaxJsonDepth) continue;
    json v = json::parse(s, nullptr, /*allow_exceptions=*/false);
    if (v.is_discarded()) continue;
    CollectArticles(v, &ld, 0);
    if (ld.found) break;
  }

  auto first = [&](std::initializer_list<const char*> keys) -> std::string {
    for (const char* k : keys) {
      auto it = meta.find(k);
      if (it != meta.end() && !it->second.empty()) return it->second;
    }
    return "";
  };

  PageMeta m;
  m.publisher = !ld.publisher.empty() ? ld.publisher
                                      : first({"og:site_name", "dc.publisher", "dcterms.publisher",
                                               "citation_publisher", "citation_journal_title",
                                               "application-name"});
  m.publisher = SiteName(m.publisher);
  m.title = !ld.headline.empty() ? ld.headline
                                 : first({"og:title", "twitter:title", "dc.title", "dcterms.title",
                                          "citation_title", "parsely-title", "headline", "title"});
  if (m.title.empty()) m.title = CleanTitle(title_tag, m.publisher);
  if (m.title.empty()) m.title = first_h1;

  std::vector<std::string> authors = {ld.author, first({"author"}), byline_text};
  for (const char* k : {"dc.creator", "dcterms.creator", "citation_author", "parsely-author", "article:author",
                        "sailthru.author", "byl", "byline"})
    authors.push_back(first({k}));
  for (const auto& a : authors) {
    std::string c = CleanByline(a);
    // "Last Updated:": the label of a date box (the box still leaves the body) names no one.
    if (!c.empty() && c.back() != ':') {
      m.author = c;
      break;
    }
  }
  m.byline_node = byline;

  for (const std::string& d :
       {ld.published, first({"article:published_time", "datepublished", "citation_publication_date",
                             "citation_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
                             "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date",
                             "article.published", "og:published_time", "date"}),
        ld.created, time_marked, time_any}) {
    std::string iso = NormalizeDate(d);
    if (!iso.empty()) {
      m.published = iso;
      break;
    }
  }
  return m;
}

}  // namespace claimkb::extract::html
