// Plain-text article exports (a page saved as text): the title, byline and
// date lines at the top go to metadata, and page furniture around the body
// (share widgets, captions, author bios, teaser lists and everything after
// them) is told apart from the article by general line-level signals.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimkb::extract {

struct TextArticle {
  std::string title;
  std::string author;
  std::string publisher;
  std::string published;                // YYYY-MM-DD or ""
  std::string body;                     // paragraphs separated by one blank line
  std::vector<std::string> furniture;   // removed lines, in order
};

// REQUIRES: valid UTF-8 with LF line ends. A text whose every line looks
// like furniture keeps its whole text as the body (never an empty result for
// non-blank input).
TextArticle ReadText(std::string_view text);

// A block of a page's body that is a picture's or video's caption by its own
// words: it ends in a credit ("... Credit: Jane Roe/AFP", "... (Reuters)",
// "... Jane Roe / AFP - Getty Images").
bool IsCaptionBlock(std::string_view text);

// A block that advertises rather than reports: a bracketed aside ("[Get our
// morning newsletter in your inbox.]") or a short teaser ending in a link
// prompt ("Tech Enabled: our series on access. Check it out here.").
bool IsPromoBlock(std::string_view text);

// A note about the people who wrote the article, as pages print it after the
// body: "Jane Roe is a correspondent for ...", "Jane Roe covers ...",
// "John Doe contributed to this report." `author` (the byline, may be empty)
// is one name such a note may start with; others must read like a bio.
bool IsWriterNote(std::string_view text, std::string_view author);

}  // namespace claimkb::extract
