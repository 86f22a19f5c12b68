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

// Parses the number starting at token i, or nullopt. `money`: a currency sign
// precedes, so "m"/"b" suffixes are scales rather than metres/bytes.
std::optional<Number> ParseAt(const std::vector<scan::Tok>& toks, size_t i, bool money);

}  // namespace claimkb::extract::numbers
