// Sentences and tokens of a body text, in byte offsets of that text.
// Every later stage (actors, times, quantities, attributions) reads these.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimkb::extract {

// [begin, end) bytes of the body text.
struct Range {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool Contains(size_t pos) const { return pos >= begin && pos < end; }
};

struct Sentence : Range {
  uint32_t paragraph = 0;  // index of the paragraph (blank-line separated) it is in
};

enum TokenFlag : uint16_t {
  kWord = 1 << 0,        // letters/digits, with inner apostrophes, hyphens, periods ("U.S.", "Trump's")
  kNumber = 1 << 1,      // starts with a digit
  kCapitalized = 1 << 2, // first letter upper case
  kAllCaps = 1 << 3,     // two or more letters, all upper case ("UN", "NATO")
  kPunct = 1 << 4,       // any other single character
  kOpenQuote = 1 << 5,   // “ or a straight " that opens
  kCloseQuote = 1 << 6,  // ” or a straight " that closes
  kSentenceStart = 1 << 7,
};

struct Token : Range {
  std::string_view text;
  uint16_t flags = 0;
  bool Is(TokenFlag f) const { return (flags & f) != 0; }
};

// Sentences by ICU's break iterator (en@ss=standard: no break after "Mr." etc.),
// never crossing a paragraph break (a blank line). Empty sentences are dropped.
std::vector<Sentence> SplitSentences(std::string_view text);

// Tokens of text[range). Straight double quotes alternate open/close within
// the range's paragraph; curly quotes carry their own direction.
std::vector<Token> Tokenize(std::string_view text, Range range);

// How many leading tokens of a sentence form a dateline ("CAIRO —",
// "WASHINGTON (AP) —"): where the story was filed, not part of what it says. 0 when none.
size_t DatelineEnd(const std::vector<Token>& tokens);

// Paragraphs: maximal runs of text separated by blank lines.
std::vector<Range> SplitParagraphs(std::string_view text);

}  // namespace claimkb::extract
