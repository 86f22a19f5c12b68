// Numbers in running text: digits with scales ("1.5 million", "3bn", "25k"),
// number words ("twenty-five", "a dozen", "two thousand") and vague plurals
// ("hundreds of", "tens of thousands"). Shared by the time and quantity
// recognisers.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/extract/scan.h"

namespace claimkb::extract::numbers {

struct Number {
  size_t first = 0;  // token indices [first, last] covered
  size_t last = 0;
  double value = 0;
  std::optional<double> high;  // vague plurals: "hundreds" -> 100 .. 1000
  bool words = false;          // spelled out ("six", "a dozen")
  bool scaled = false;         // carried a scale word or suffix ("million", "bn", "k")
  double scale = 1;            // that scale (1e6 for "million"); 1 without one
};

// Value of a cardinal number word ("six" -> 6, "twenty" -> 20, "dozen" -> 12),
// or -1. Scale words ("hundred", "million") are not included.
int CardinalWord(std::string_view lower);

// Value of an ordinal word or suffix form: "first" -> 1, "twentieth" -> 20, or 0.
int OrdinalWord(std::string_view lower);

// 1e3 for "thousand"/"k", 1e6 for "million"/"mn"/"m" (only when `money`) ... or 0.
// `glued`: the word directly follows the digits ("3bn", "25k").
double ScaleWord(std::string_view lower, bool glued, bool money);

// Value of a vulgar fraction sign ("½" -> 0.5, "⅓" -> 1/3), or 0.
double VulgarFraction(std::string_view sym);

// "1/2" at token i (digits, a slash or fraction slash, digits; not a date "9/11/2001"):
// the fraction's value and *last its last token, or 0.
double SlashFraction(const std::vector<scan::Tok>& toks, size_t i, size_t* last);

// Is token t part of a web address or e-mail ("https://x.com/2019/04/", "www.a.org/p1")?
// Looks only at the whitespace-delimited run around t.
bool InLink(std::string_view text, const scan::Tok& t);

// Parses the number starting at token i, or nullopt. A whole number takes a
// fraction after it: "6½", "6 ½", "6 1/2", "6-1/2". `money`: a currency sign
// precedes, so "m"/"b" suffixes are scales rather than metres/bytes.
std::optional<Number> ParseAt(const std::vector<scan::Tok>& toks, size_t i, bool money);

}  // namespace claimkb::extract::numbers
