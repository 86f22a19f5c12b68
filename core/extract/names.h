// Word classes for recognising actor names (titles, organisation heads, given
// names, furniture words, ...), loaded once from the embedded seeds/lexicon.tsv,
// and small helpers on word forms. Thread-safe: immutable after first use.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <functional>
#include <unordered_map>

#include "core/base/word_table.h"

namespace claimkb::extract {

enum WordClass : uint32_t {
  kTitle = 1u << 0,          // "president", "secretary of state"
  kAbbrev = 1u << 1,         // "sen", "gen", "dr" (written with a period)
  kTitleMod = 1u << 2,       // "former", "acting", "top"
  kOrgHead = 1u << 3,        // last word of an organisation: "department"
  kOrgPrefix = 1u << 4,      // "ministry" of ..., "university" of ...
  kGroupHead = 1u << 5,      // "cartel", "gang", "militia"
  kGeoHead = 1u << 6,        // "sea", "river", "province": a place
  kGiven = 1u << 7,          // common given names
  kStop = 1u << 8,           // capitalised at a sentence start, never a name
  kMonth = 1u << 9,          // months, weekdays, holidays
  kConnector = 1u << 10,     // "de", "los", "bin", "of" inside names
  kDocNoun = 1u << 11,       // "letter", "study", "report"
  kPersonNoun = 1u << 12,    // "official", "spokesperson", "analysts"
  kOrgNoun = 1u << 13,       // "NGO", "ministry", "community"
  kGroupNoun = 1u << 14,     // "gang", "group": "the gang" refers back
  kPronounPerson = 1u << 15, // he, she
  kPronounIt = 1u << 16,     // it
  kPronounThey = 1u << 17,   // they
  kPronounSkip = 1u << 18,   // I, we, you, who: never resolved
  kSpeech = 1u << 19,        // "said", "told": a bare name before it speaks
  kLocative = 1u << 20,      // "in", "at": a capital after it is a place
  kAcronymStop = 1u << 21,   // "CEO", "GDP": capitals that are no organisation
  kGovernmentHead = 1u << 22,// "government", "authorities" after a demonym
  kFemaleWord = 1u << 23,    // "mrs", "spokeswoman": only a woman bears it
  kMaleWord = 1u << 24,      // "mr", "spokesman"
  kFemaleGiven = 1u << 25,   // given names one gender bears in news text
  kMaleGiven = 1u << 26,
  kMultiStart = 1u << 31,    // first word of some multi-word entry
};

// Hash for string-keyed maps that accept string_view lookups without a copy.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {  // FNV-1a: short words, cheaper than std::hash
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

class Lexicon {
 public:
  static const Lexicon& Get();

  // Classes of a lower-case word (0 when unknown).
  uint32_t Classes(std::string_view lower) const;
  bool Is(std::string_view lower, WordClass c) const { return (Classes(lower) & c) != 0; }
  // Classes of a word with ASCII upper case folded ("Mrs" -> "mrs").
  uint32_t ClassesFolded(std::string_view word) const;

  // Number of words (1..n) of the longest entry of class `c` that starts at
  // lower[0]; 0 when none. Words are lower case.
  size_t LongestAt(const std::string_view* lower, size_t n, WordClass c) const;

 private:
  Lexicon();
  WordMap<uint32_t> words_;  // single and space-joined multi-word entries
  size_t max_words_ = 1;
};

// "Trump's" -> "Trump" (also with a curly apostrophe); sets *had when stripped.
std::string_view StripPossessive(std::string_view word, bool* had = nullptr);
// English singular of a lower-case plural noun: "officials" -> "official".
std::string Singular(std::string_view lower);
// "Incredibly", "Reportedly", "unilaterally": adverbs by their suffix, which no
// surname shares ("Connolly", "Daly", "Kelly" keep theirs).
bool IsAdverb(std::string_view lower);
// "in", "near", "outside": prepositions after which a capitalised word is a
// place ("a blogger in Perth said"); unlike "at" or "from" ("an analyst at Barclays").
bool IsPlacePreposition(std::string_view lower);
// "many", "several", "numerous": a quantifier that counts an open set
// ("many reports"), so its plural names no one thing.
bool IsVagueQuantifier(std::string_view lower);
// ASCII lower-case copy (other bytes unchanged, so offsets are preserved).
std::string AsciiLower(std::string_view s);
// The fields of s between separators: Split("a|b|", '|') is {"a", "b", ""}.
std::vector<std::string_view> Split(std::string_view s, char sep);

}  // namespace claimkb::extract
