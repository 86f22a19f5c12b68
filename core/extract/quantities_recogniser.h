// The quantity recogniser behind FindQuantities (quantities.h), private to it:
// one pass over the tokens. Its members live by concept in quantities.cpp (the
// pass: numbers, ranges, counts, qualifiers), quantities_units.cpp (currencies,
// units of measure, fractions) and quantities_names.cpp (numbers that are no
// amount: codes, names, labels, list markers, ages, times of day). Not
// thread-safe: one per call.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/extract/numbers.h"
#include "core/extract/scan.h"
#include "core/model/types.h"

namespace claimkb::extract::quantity {

using numbers::Number;
using scan::Tok;

class Recogniser {
 public:
  // `time_spans`: byte spans of the text's time expressions, sorted by start (ScanTimes).
  Recogniser(std::string_view text, const std::vector<Tok>& toks, const std::vector<model::Span>& time_spans);

  std::vector<model::Quantity> Run();

 private:
  struct Item {
    model::Quantity q;
    size_t first = 0, last = 0;     // tokens of the quantity
    size_t num_first = 0;           // first token of the number itself
    bool explicit_unit = false;     // %, currency, unit of measure
  };

  bool Word(size_t k) const { return k < toks_.size() && toks_[k].IsWord(); }
  bool Is(size_t k, std::string_view lower) const { return Word(k) && scan::IEquals(toks_[k].text, lower); }
  bool Glued(size_t k) const { return k < toks_.size() && !toks_[k].space_before; }
  std::string_view Lower(size_t k, char* buf, size_t n) const { return scan::Lower(toks_[k].text, buf, n); }
  bool SentenceStart(size_t k) const {
    if (k == 0 || toks_[k].break_before) return true;
    const Tok& p = toks_[k - 1];
    return p.EndsSentence() || p.IsSym(':') || p.IsSym('"') || p.IsSym("\xE2\x80\x9C") || p.IsSym('(');
  }

  // ---- the pass (quantities.cpp) -------------------------------------------
  void Try(size_t i, size_t* next);
  // A number word used as a noun or pronoun: "a one and a zero", "to meet one,", "rates near zero.".
  bool StandsAlone(size_t num_at, size_t last) const;
  void TryAt(size_t i, size_t start, bool negative, size_t* next);
  // "5 and 6 kg", "eight or nine euros": a bare number in a list takes the unit
  // of the next item. Each stays its own quantity; nothing is averaged.
  void ShareListUnits();

  // ---- currencies, units of measure, fractions (quantities_units.cpp) ------
  // Nouns a price is quoted per: "$58 a barrel", "$5 per share".
  static bool IsPerNoun(std::string_view w);
  // Denominator words: "half" 2, "third(s)" 3, "quarter(s)"/"fourth(s)" 4 ... or 0.
  static int Denominator(std::string_view w);
  // A currency written before the number at i: "$", "US$", "$US", "€", "Rs", "USD".
  // Returns the code and sets *num to the number's first token.
  const char* CurrencyBefore(size_t i, size_t* num) const;
  // Unit after the number ending at token k-1; sets *last to its last token.
  // Returns "" when there is none.
  std::string UnitAfter(size_t k, const char* currency, const Number& n, size_t* last, bool* per) const;
  // Is "pounds" at k a weight ("29.4 million pounds of fish", "weighs 200 pounds")
  // rather than sterling ("£", "cost", "worth" nearby)? Without either, small
  // plain numbers are weights and scaled ones money.
  bool PoundsAreWeight(size_t k, const Number& n) const;
  // "six-month", "two-mile": a spelled-out number glued to a unit of time or measure.
  bool CompoundUnit(size_t k) const;
  // "half the condos", "a third of", "two-thirds of", "one fourth of", "1/2 pound".
  bool Fraction(size_t i, double* value, size_t* last) const;

  // ---- numbers that are no amount (quantities_names.cpp) -------------------
  // Words that make a following "one" a pronoun: "each one", "the only one".
  static bool BlocksOne(std::string_view w);
  // Verbs after which "one" is the generic pronoun: "one needs to", "one can see".
  static bool GenericOneVerb(std::string_view w);
  // Nouns that label a thing by number rather than count it: "category 4", "Game 7", "page 12".
  static bool IsLabelNoun(std::string_view w);
  // Sentence-initial words that may stand before an amount: "Another 10", "Perhaps 20".
  static bool IsLeadWord(std::string_view w);
  // Is the number at k (ending at token last) part of a code, formula, brand or
  // address rather than an amount: "1010data", "0x1F", "x^2", "7-Eleven", a URL?
  bool IsCode(size_t k, size_t last) const;
  // Is the plain number at k (counting words up to phrase_last, or 0) part of a
  // name or label: "S&P 500", "Big 12", "category 4", "iPhone 11 Pro", "Senard, 65,"?
  bool IsName(size_t k, size_t phrase_last) const;
  bool Plural(size_t k) const;
  // "Senard, 65, said", "Eloise Parry, 21.": an age in apposition to a name.
  // "aged 25", "the ages of 25 and 54": the token that says the number is an age (0 if none).
  size_t AgeLead(size_t k) const;
  bool AppositiveAge(size_t k, const Number& n) const;
  // "am", "p.m." at k: the number before it is a time of day.
  bool ClockAfter(size_t k) const;
  // "1. Take the blankets off": a small number opening a line, then a full
  // stop or bracket, numbers an item of a list.
  bool ListMarker(size_t k, size_t last) const;
  // "4K", "8K" with a capital K and no currency: a screen resolution, not thousands.
  bool Resolution(size_t k, const Number& n) const;
  // Up to three words of the noun phrase a count counts: "Venezuelan cartels".
  size_t CountedPhrase(size_t k, size_t* last) const;

  std::string_view text_;
  const std::vector<Tok>& toks_;
  std::vector<bool> blocked_;
  bool dollars_ = false;   // the text writes "$" somewhere
  bool sterling_ = false;  // the text writes "£" somewhere
  std::vector<Item> items_;
  std::vector<model::Quantity> out_;
};

}  // namespace claimkb::extract::quantity
