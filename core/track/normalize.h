// A claim's content reduced to what two wordings of it share: stemmed content
// words, its numbers and its dates, its negation and who stands behind it.
// Direct and indirect speech meet here: pronouns, auxiliaries and quote marks
// are dropped, so "We will rebuild" and "he would rebuild" both become {rebuild}.
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.h"

namespace claimkb::track {

// A number the claim states, canonicalised: "11", "2.5", "5-6".
struct Figure {
  std::string value;
  std::string unit;    // claim quantity unit, "count" for a bare number
  std::string counts;  // stem of what it counts ("people" -> "peopl"), may be empty
  bool operator==(const Figure&) const = default;
};

struct Normalized {
  std::vector<std::string> words;     // sorted, unique stems of content words
  std::vector<Figure> figures;        // sorted by value
  std::vector<std::string> dates;     // sorted, unique day-precision dates "2025-09-05"
  std::vector<std::string> sources;   // sorted, unique words of speaker and via actor ids
  std::vector<std::string> subjects;  // sorted, unique words of actor ids mentioned in the content
  std::vector<std::string> negators;  // negation words found ("not", "never")
  bool negated = false;               // stance.negated, or an odd number of negators
  bool attributed = false;            // the claim has a speaker
  std::string evidence;               // stance.evidence ("none_offered", "disputed", ...)
};

Normalized Normalize(const model::Claim& claim);

// The light stem of one lower-case ASCII word: "killed" -> "kill", "collapses" -> "collaps".
std::string Stem(std::string_view word);
// True for words that carry no content (articles, pronouns, auxiliaries, ...).
bool IsStopWord(std::string_view lower_word);

}  // namespace claimkb::track
