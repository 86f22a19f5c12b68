// Reading a saved news page: metadata (meta tags, JSON-LD, <time>, byline
// markup) and the article body separated from page furniture by general
// signals (text and link density, paragraph clustering, semantic containers,
// class/id hints). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimkb::extract {

struct HtmlArticle {
  std::string title;
  std::string author;
  std::string publisher;
  std::string published;                // YYYY-MM-DD, or "" when the page gives none
  std::string body;                     // paragraphs separated by one blank line, not yet NFC
  std::vector<std::string> furniture;   // visible text blocks left out of the body
};

// True when the bytes look like markup rather than prose (a doctype, <html>,
// or several common tags near the start).
bool LooksLikeHtml(std::string_view bytes);

// REQUIRES: valid UTF-8. Never fails: a page without an article yields an
// empty body. Linear in the input; nesting deeper than kMaxNesting is flattened
// before parsing so hostile pages cannot exhaust the stack or memory.
HtmlArticle ReadHtml(std::string_view html);

inline constexpr int kMaxNesting = 256;

// html with start tags nested deeper than max_depth (and their end tags)
// removed; their text is kept. Returns html unchanged when it is shallow enough.
std::string CapNesting(std::string_view html, int max_depth);

}  // namespace claimkb::extract
