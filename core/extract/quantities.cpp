#include "core/extract/quantities.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/extract/numbers.h"
#include "core/extract/scan.h"
#include "core/extract/times.h"
#include "core/extract/units.h"

namespace claimkb::extract {

namespace {

using numbers::Number;
using scan::Tok;

// Nouns a price is quoted per: "$58 a barrel", "$5 per share".
bool IsPerNoun(std::string_view w) {
  static const std::string_view kNouns[] = {
      "barrel", "share", "month", "year", "week", "day", "hour", "night", "head", "person", "ton", "tonne",
      "gallon", "litre", "liter", "ounce", "pound", "kilogram", "kg", "kilo", "square", "mile", "unit", "ticket",
      "seat", "dose", "gram", "minute", "game", "meal", "piece", "copy", "household", "capita", "annum", "mwh",
      "kwh", "bushel", "metre", "meter", "foot", "sq", "acre", "hectare", "passenger", "student", "employee"};
  for (std::string_view n : kNouns)
    if (w == n) return true;
  return false;
}

// Words that make a following "one" a pronoun: "each one", "the only one".
bool BlocksOne(std::string_view w) {
  return w == "the" || w == "each" || w == "every" || w == "no" || w == "any" || w == "which" || w == "this" ||
         w == "that" || w == "same" || w == "only" || w == "another" || w == "last" || w == "first" ||
         w == "big" || w == "new" || w == "old" || w == "right" || w == "wrong" || w == "other" || w == "little";
}

// Nouns that label a thing by number rather than count it: "category 4", "Game 7", "page 12".
bool IsLabelNoun(std::string_view w) {
  static const std::string_view kLabels[] = {
      "category", "level", "phase", "stage", "grade", "type", "number", "chapter", "article", "section", "room",
      "gate", "platform", "route", "channel", "version", "model", "episode", "game", "row", "page", "line",
      "act", "tier", "class", "size", "no", "flight", "highway", "interstate", "district", "precinct", "ward",
      "unit", "apartment", "suite", "lot", "volume", "vol", "figure", "table", "appendix", "item", "rule"};
  for (std::string_view l : kLabels)
    if (w == l) return true;
  return false;
}

// Denominator words: "half" 2, "third(s)" 3, "quarter(s)"/"fourth(s)" 4 ... or 0.
int Denominator(std::string_view w) {
  if (w == "half") return 2;
  if (w == "third" || w == "thirds") return 3;
  if (w == "quarter" || w == "quarters" || w == "fourth" || w == "fourths") return 4;
  if (w == "fifth" || w == "fifths") return 5;
  if (w == "tenth" || w == "tenths") return 10;
  return 0;
}

class Recogniser {
 public:
  Recogniser(std::string_view text, const std::vector<Tok>& toks) : text_(text), toks_(toks) {
    blocked_.assign(toks_.size(), false);
    for (const Tok& t : toks_) {
      if (t.kind != scan::Kind::kSymbol) continue;
      dollars_ |= t.IsSym('$');
      sterling_ |= t.IsSym("\xC2\xA3");
    }
    // Dates, years and times of day are not quantities.
    std::vector<model::TimeRef> times = FindTimes(text, toks_, "", TimeSpans::kAll);
    size_t k = 0;
    for (const auto& t : times) {
      while (k < toks_.size() && toks_[k].end <= t.span.start) ++k;
      for (size_t j = k; j < toks_.size() && toks_[j].begin < t.span.end; ++j) blocked_[j] = true;
    }
  }

  std::vector<model::Quantity> Run() {
    for (size_t i = 0; i < toks_.size();) {
      size_t next = i + 1;
      if (!blocked_[i]) Try(i, &next);
      i = next;
    }
    ShareListUnits();
    return std::move(out_);
  }

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

  // A currency written before the number at i: "$", "US$", "$US", "€", "Rs", "USD".
  // Returns the code and sets *num to the number's first token.
  const char* CurrencyBefore(size_t i, size_t* num) const {
    const Tok& t = toks_[i];
    if (t.kind == scan::Kind::kSymbol) {
      const char* code = units::CurrencySign(t.text);
      if (!code) return nullptr;
      size_t k = i + 1;
      if (code == std::string_view("USD") && Word(k) && Glued(k)) {  // "$US160"
        char buf[8];
        if (const char* p = units::DollarPrefix(Lower(k, buf, sizeof(buf)))) code = p, ++k;
      }
      *num = k;
      return code;
    }
    if (!t.IsWord()) return nullptr;
    char buf[8];
    std::string_view w = Lower(i, buf, sizeof(buf));
    if (t.text.size() > 4) return nullptr;
    if (i + 1 < toks_.size() && toks_[i + 1].IsSym('$') && Glued(i + 1)) {  // "US$50", "A$3"
      const char* code = units::DollarPrefix(w);
      if (code) *num = i + 2;
      return code;
    }
    const char* code = units::CurrencyWord(w, true);
    if (!code || !t.cap) return nullptr;
    size_t k = i + 1;
    if (k < toks_.size() && toks_[k].IsSym('.') && Glued(k)) ++k;  // "Rs. 500"
    if (k >= toks_.size() || !toks_[k].IsNumber()) return nullptr;
    *num = k;
    return code;
  }

  // Unit after the number ending at token k-1; sets *last to its last token.
  // Returns "" when there is none.
  std::string UnitAfter(size_t k, const char* currency, const Number& n, size_t* last, bool* per) const {
    *per = false;
    // "6.1-inch", "50-year-old"
    if (k + 1 < toks_.size() && toks_[k].IsDash() && Glued(k) && Word(k + 1) && Glued(k + 1)) ++k;
    if (k >= toks_.size()) return "";
    const Tok& t = toks_[k];
    char buf[24];
    if (t.IsSym('%')) {
      *last = k;
      return "percent";
    }
    if (!t.IsWord()) return "";
    std::string_view w = Lower(k, buf, sizeof(buf));
    if (w == "percent" || w == "pct" || (w == "per" && Is(k + 1, "cent"))) {
      *last = w == "per" ? k + 1 : k;
      return "percent";
    }
    if (w == "pc" && !t.space_before) {
      *last = k;
      return "percent";
    }
    if (w == "percentage" && (Is(k + 1, "point") || Is(k + 1, "points"))) {
      *last = k + 1;
      return "percentage point";
    }
    if (currency) return "";
    // "10.5 million Australian dollars", "800 yuan"
    if (const char* code = units::CurrencyWord(w, false)) {
      if ((w == "pound" || w == "pounds") && !Is(k + 1, "sterling") && PoundsAreWeight(k, n)) {
        *last = k;
        return "lb";
      }
      *last = k;
      if (Is(k + 1, "sterling")) *last = k + 1;
      return code;
    }
    if (Word(k + 1)) {
      char b2[24];
      std::string_view w2 = Lower(k + 1, b2, sizeof(b2));
      const char* plain = units::CurrencyWord(w2, false);
      if (plain && std::string_view(plain) == "USD") {
        const char* code = units::QualifiedCurrency(w, plain);
        if (code != std::string_view(plain) || w == "us" || w == "american") {
          *last = k + 1;
          return code;
        }
      }
      if (w == "hong" && Is(k + 1, "kong") && Is(k + 2, "dollars")) {
        *last = k + 2;
        return "HKD";
      }
    }
    // 35-year-old
    if (w == "year" && k >= 1 && (toks_[k - 1].IsDash() || !t.space_before) && k + 2 < toks_.size() &&
        toks_[k + 1].IsDash() && Is(k + 2, "old")) {
      *last = k + 2;
      return "year of age";
    }
    if ((w == "month" || w == "week" || w == "day") && k + 2 < toks_.size() && toks_[k + 1].IsDash() &&
        Is(k + 2, "old")) {
      *last = k + 2;
      return std::string(w) + " of age";
    }
    if (w == "years" && Is(k + 1, "old")) {
      *last = k + 1;
      return "year of age";
    }
    if (w == "square" || w == "sq" || w == "cubic") {
      size_t u = k + 1;
      if (u < toks_.size() && toks_[u].IsSym('.')) ++u;
      char b2[24];
      if (Word(u))
        if (const char* m = units::MeasureUnit(Lower(u, b2, sizeof(b2)))) {
          *last = u;
          return std::string(w == "cubic" ? "cubic " : "square ") + m;
        }
    }
    const char* m = units::MeasureUnit(w);
    if (m) {
      bool single = w.size() == 1 || w == "in" || w == "mp";
      if (single && t.space_before) return "";
      if (w == "point" || w == "points" || w == "times" || w == "x") {
        // plain nouns; fine as units
      }
      *last = k;
      std::string unit = m;
      if ((w == "degree" || w == "degrees") && Word(k + 1)) {
        char b2[24];
        std::string_view s = Lower(k + 1, b2, sizeof(b2));
        if (s == "celsius" || s == "c" || s == "fahrenheit" || s == "f") {
          *last = k + 1;
          unit = s[0] == 'c' ? "celsius" : "fahrenheit";
        }
      }
      if (w == "basis" && (Is(k + 1, "points") || Is(k + 1, "point"))) *last = k + 1;
      // "km/h", "miles per hour"
      size_t j = *last + 1;
      if (j + 1 < toks_.size() && toks_[j].IsSym('/') && Glued(j) && Word(j + 1) && Glued(j + 1)) {
        char b2[24];
        std::string_view d = Lower(j + 1, b2, sizeof(b2));
        if (d == "h" || d == "hr" || d == "s" || d == "day" || d == "year") {
          *last = j + 1;
          unit += "/";
          unit += d;
        }
      } else if (Is(j, "per") && Word(j + 1) && !Is(j + 1, "cent")) {
        char b2[24];
        std::string_view d = Lower(j + 1, b2, sizeof(b2));
        if (units::MeasureUnit(d) || IsPerNoun(d)) {
          *last = j + 1;
          unit += " per ";
          unit += d;
          *per = true;
        }
      }
      return unit;
    }
    return "";
  }

  // Is "pounds" at k a weight ("29.4 million pounds of fish", "weighs 200 pounds")
  // rather than sterling ("£", "cost", "worth" nearby)? Without either, small
  // plain numbers are weights and scaled ones money.
  bool PoundsAreWeight(size_t k, const Number& n) const {
    char buf[24];
    if (Is(k + 1, "of") && Word(k + 2)) {
      std::string_view w = Lower(k + 2, buf, sizeof(buf));
      if (!units::IsStopWord(w) && !units::IsMoneyNoun(w)) return true;
    }
    int weight = 0, money = 0;
    auto look = [&](size_t j) {
      const Tok& t = toks_[j];
      if (t.IsSym("\xC2\xA3")) ++money;
      if (!t.IsWord() || j == k) return;
      int cue = units::PoundsCue(Lower(j, buf, sizeof(buf)));
      if (cue > 0) ++money;
      if (cue < 0) ++weight;
    };
    for (size_t j = k, steps = 0; j > 0 && steps < 25 && !SentenceStart(j); ++steps) look(--j);
    for (size_t j = k + 1, steps = 0; j < toks_.size() && steps < 15 && !SentenceStart(j); ++steps, ++j) look(j);
    if (weight != money) return weight > money;
    if (dollars_ && !sterling_) return true;  // a story that prices in dollars weighs in pounds
    return !n.scaled;
  }

  // Is the number at k (ending at token last) part of a code, formula, brand or
  // address rather than an amount: "1010data", "0x1F", "x^2", "7-Eleven", a URL?
  bool IsCode(size_t k, size_t last) const {
    char buf[24];
    size_t g = last + 1;
    // "1.8.3", "v2.0.1": a version number.
    if (g < toks_.size() && Glued(g) &&
        ((toks_[g].IsNumber() && toks_[g].text.starts_with(".")) ||
         (toks_[g].IsSym('.') && g + 1 < toks_.size() && toks_[g + 1].IsNumber() && Glued(g + 1))))
      return true;
    if (Word(g) && Glued(g)) {
      std::string_view w = Lower(g, buf, sizeof(buf));
      bool unit = units::MeasureUnit(w) || numbers::ScaleWord(w, true, true) > 0 || units::CurrencyWord(w, false) ||
                  w == "s" || w == "am" || w == "pm" || w == "pc" || w == "pct" || w == "percent";
      bool run_on = g + 1 < toks_.size() && Glued(g + 1) && (toks_[g + 1].IsNumber() || toks_[g + 1].IsWord()) &&
                    !(unit && (toks_[g + 1].text == "2" || toks_[g + 1].text == "3"));  // "32m2" is an area
      if (run_on || (!unit && w.size() >= 3)) return true;
    }
    // "1-800-Flowers", "978-3-16": numbers chained by hyphens into a code.
    if (g + 3 < toks_.size() && toks_[g].IsDash() && Glued(g) && toks_[g + 1].IsNumber() && Glued(g + 1) &&
        toks_[g + 2].IsDash() && Glued(g + 2) && Glued(g + 3) && (Word(g + 3) || toks_[g + 3].IsNumber()))
      return true;
    // "7-Eleven": a capitalised word glued by a hyphen that is not a unit ("6.1-Inch" is rare).
    if (g + 1 < toks_.size() && toks_[g].IsSym('-') && Glued(g) && Glued(g + 1) && Word(g + 1) && toks_[g + 1].cap &&
        !units::MeasureUnit(Lower(g + 1, buf, sizeof(buf))))
      return true;
    // "x^2", "E = mc^2", "x = 3"; a glued "Y=100" is a currency sign written out.
    auto op = [&](size_t j) {
      return j < toks_.size() &&
             (toks_[j].IsSym('^') || (toks_[j].IsSym('=') && (toks_[j].space_before || !Glued(j + 1))));
    };
    if (op(g) || (k > 0 && op(k - 1))) return true;
    bool glued = !toks_[k].space_before || (g < toks_.size() && Glued(g) && !toks_[g].IsSym(',') &&
                                            !toks_[g].IsSym('.') && !toks_[g].IsSym('%'));
    return glued && numbers::InLink(text_, toks_[k]);
  }

  // Up to three words of the noun phrase a count counts: "Venezuelan cartels".
  size_t CountedPhrase(size_t k, size_t* last) const {
    size_t n = 0;
    for (size_t j = k; j < toks_.size() && n < 3; ++j) {
      if (!Word(j) || (j > k && !toks_[j].space_before && !toks_[j - 1].IsDash())) break;
      if (j == k && !toks_[j].space_before) break;
      char buf[24];
      std::string_view w = Lower(j, buf, sizeof(buf));
      if (units::IsStopWord(w) || numbers::CardinalWord(w) >= 0) break;
      *last = j;
      ++n;
      if (j + 1 < toks_.size() && toks_[j + 1].IsDash() && Glued(j + 1) && Word(j + 2) && Glued(j + 2)) {
        ++j;  // "narco-terrorist": keep the hyphenated word together
        continue;
      }
      // A plural noun usually ends the phrase: "two attacks on ships".
      if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') break;
    }
    return n;
  }

  // "half the condos", "a third of", "two-thirds of", "one fourth of", "1/2 pound".
  bool Fraction(size_t i, double* value, size_t* last) const {
    char buf[24];
    if (toks_[i].IsNumber()) {
      *value = numbers::SlashFraction(toks_, i, last);
      return *value > 0;
    }
    if (!Word(i)) return false;
    std::string_view w = Lower(i, buf, sizeof(buf));
    if (w == "half") {
      if (i > 0 && Word(i - 1)) {
        char b2[24];
        std::string_view p = Lower(i - 1, b2, sizeof(b2));
        if (p == "a" || p == "and" || p == "second" || p == "first" || p == "other" || p == "the" ||
            numbers::OrdinalWord(p))
          return false;
      }
      if (!(Is(i + 1, "of") || Is(i + 1, "the") || Is(i + 1, "its") || Is(i + 1, "their"))) return false;
      *value = 0.5;
      *last = i;
      return true;
    }
    double num = w == "a" ? 1 : numbers::CardinalWord(w);
    if (num < 1 || num > 9) return false;
    size_t k = i + 1;
    if (k < toks_.size() && toks_[k].IsDash() && Glued(k)) ++k;
    if (!Word(k)) return false;
    int den = Denominator(Lower(k, buf, sizeof(buf)));
    bool hyphened = toks_[k - 1].IsDash();  // "one-third" needs no "of"
    if (den == 0 || den == 2 || num >= den || !(Is(k + 1, "of") || hyphened)) return false;
    *value = num / den;
    *last = k;
    return true;
  }

  // Is the plain number at k (counting words up to phrase_last, or 0) part of a
  // name or label: "S&P 500", "Big 12", "category 4", "iPhone 11 Pro", "Senard, 65,"?
  bool IsName(size_t k, size_t phrase_last) const {
    char buf[24];
    if (k > 0 && Word(k - 1)) {
      const Tok& p = toks_[k - 1];
      std::string_view w = Lower(k - 1, buf, sizeof(buf));
      bool possessive = w.size() > 2 && (w.substr(w.size() - 2) == "'s" || p.text.ends_with("\xE2\x80\x99s"));
      bool camel = std::any_of(p.text.begin() + 1, p.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      // "Windows 10", "iPhone 11"; at a sentence start too, unless it is a function word ("About 10").
      bool function_word = units::Qualifier("", w, nullptr) || units::IsStopWord(w) || IsLeadWord(w);
      if ((p.cap || (camel && !SentenceStart(k - 1))) && !possessive && !function_word) return true;
      if (IsLabelNoun(w)) return true;
    }
    // "787 Dreamliner", "11 Pro Max": capitalised words with no common noun after
    // them; a plural ("21 Christians", "40 Republicans") is counted.
    if (phrase_last > k && Word(k + 1) && toks_[k + 1].cap && !Plural(phrase_last)) {
      bool lower = false;
      for (size_t j = k + 1; j <= phrase_last; ++j) lower |= Word(j) && !toks_[j].cap;
      if (!lower) return true;
    }
    // Bracketed shirt numbers: "Prescott (4)".
    if (k > 1 && k + 1 < toks_.size() && toks_[k - 1].IsSym('(') && toks_[k + 1].IsSym(')') && toks_[k - 2].cap)
      return true;
    return false;
  }

  // "six-month", "two-mile": a spelled-out number glued to a unit of time or measure.
  bool CompoundUnit(size_t k) const {
    char buf[24];
    std::string_view w = Lower(k, buf, sizeof(buf));
    return w.size() > 2 && units::MeasureUnit(w) && w != "point" && w != "points" && w != "times" &&
           w != "basis" && w != "degree";
  }

  // Sentence-initial words that may stand before an amount: "Another 10", "Perhaps 20".
  static bool IsLeadWord(std::string_view w) {
    return w == "another" || w == "additional" || w == "perhaps" || w == "maybe" || w == "possibly" ||
           w == "probably" || w == "today" || w == "yesterday" || w == "fully" || w == "nearly" || w == "some" ||
           w == "those" || w == "these" || w == "all" || w == "of" || w == "total" || w == "overall" ||
           w == "roughly" || w == "exactly" || w == "barely" || w == "scarcely" || w == "merely" || w == "still";
  }

  bool Plural(size_t k) const {
    std::string_view w = toks_[k].text;
    return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';  // not "Airbus"
  }

  // "Senard, 65, said", "Eloise Parry, 21.": an age in apposition to a name.
  // "aged 25", "the ages of 25 and 54": the token that says the number is an age (0 if none).
  size_t AgeLead(size_t k) const {
    if (k > 0 && Is(k - 1, "of")) --k;
    return k > 0 && (Is(k - 1, "ages") || Is(k - 1, "age") || Is(k - 1, "aged")) ? k - 1 : 0;
  }

  bool AppositiveAge(size_t k, const Number& n) const {
    if (k < 2 || n.last != k || n.value < 1 || n.value > 115 || !scan::PlainDigits(toks_[k].text)) return false;
    const Tok& after = k + 1 < toks_.size() ? toks_[k + 1] : toks_[k];
    bool closes = k + 1 >= toks_.size() || after.IsSym(',') || after.EndsSentence() || after.IsSym(';');
    return toks_[k - 1].IsSym(',') && closes && Word(k - 2) && toks_[k - 2].cap;
  }

  void Try(size_t i, size_t* next) {
    const Tok& t = toks_[i];
    if (t.IsWord() ? !units::MayStartQuantity(t.text) : (t.kind == scan::Kind::kSymbol && !t.IsDash() &&
                                                           !units::CurrencySign(t.text) &&
                                                           !numbers::VulgarFraction(t.text)))
      return;
    double fraction = 0;
    size_t frac_last = 0;
    if (Fraction(i, &fraction, &frac_last)) {
      Item it;
      it.first = it.num_first = i;
      it.q.value = fraction;
      it.q.unit = "count";
      std::string unit;
      bool per = false;
      numbers::Number dummy;
      size_t unit_last = frac_last;
      unit = UnitAfter(frac_last + 1, nullptr, dummy, &unit_last, &per);
      if (!unit.empty()) it.q.unit = unit, frac_last = unit_last;
      it.last = frac_last;
      size_t b = toks_[i].begin, e = toks_[frac_last].end;
      it.q.text = std::string(text_.substr(b, e - b));
      it.q.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
      items_.push_back(std::move(it));
      *next = frac_last + 1;
      return;
    }
    // "minus 5", "minus-5 yards", "-3.5%", "$-50.8bn"
    bool negative = false;
    size_t sign_at = i;
    if (Is(i, "minus") && i + 1 < toks_.size()) {
      size_t k = i + 1;
      if (toks_[k].IsDash() && Glued(k)) ++k;
      if (k < toks_.size() && toks_[k].IsNumber()) negative = true, i = k;
    } else if (toks_[i].IsDash() && toks_[i].space_before && i + 1 < toks_.size() && toks_[i + 1].IsNumber() &&
               Glued(i + 1)) {
      negative = true;
      ++i;
    }
    TryAt(i, negative ? sign_at : i, negative, next);
  }

  // A number word used as a noun or pronoun: "a one and a zero", "to meet one,", "rates near zero.".
  bool StandsAlone(size_t num_at, size_t last) const {
    size_t after = last + 1;
    bool compound = after < toks_.size() && toks_[after].IsDash() && Glued(after);
    if (num_at > 0 && (Is(num_at - 1, "a") || Is(num_at - 1, "an")) && !compound) return true;
    return after < toks_.size() && (toks_[after].IsSym(',') || toks_[after].IsSym('.') || toks_[after].IsSym(';') ||
                                    toks_[after].IsSym(':'));
  }

  void TryAt(size_t i, size_t start, bool negative, size_t* next) {
    size_t num_at = i;
    const char* currency = CurrencyBefore(i, &num_at);
    if (!currency && !toks_[i].IsNumber() && !toks_[i].IsWord() && !numbers::VulgarFraction(toks_[i].text)) return;
    if (currency && num_at + 1 < toks_.size() && toks_[num_at].IsDash() && Glued(num_at) && Glued(num_at + 1) &&
        toks_[num_at + 1].IsNumber()) {
      negative = true;  // "$-50.8bn"
      ++num_at;
    }
    if (currency && (num_at >= toks_.size() || blocked_[num_at])) return;
    auto n = numbers::ParseAt(toks_, num_at, currency != nullptr);
    if (!n) return;
    const Tok& nt = toks_[num_at];
    char buf[24];

    if (nt.IsNumber()) {
      // Ordinals (21st), names (G7, COVID-19, S23), clock times (9:35), versions.
      if (Word(num_at + 1) && Glued(num_at + 1)) {
        std::string_view s = Lower(num_at + 1, buf, sizeof(buf));
        if (s == "st" || s == "nd" || s == "rd" || s == "th") {
          *next = num_at + 2;
          return;
        }
      }
      if (!currency && IsCode(num_at, n->last)) {
        size_t e = n->last + 1;
        while (e < toks_.size() && Glued(e)) ++e;  // the rest of the code
        *next = e;
        return;
      }
      if (!currency && num_at > 0 && !nt.space_before) {
        const Tok& p = toks_[num_at - 1];
        if (p.IsWord() || p.IsNumber() || p.IsSym('#') || p.IsSym('/') || p.IsSym(':') || p.IsSym('.') ||
            (p.IsDash() && num_at > 1 && !p.space_before && toks_[num_at - 2].IsWord() &&
             !Is(num_at - 2, "sub") && !Is(num_at - 2, "over") && !Is(num_at - 2, "under") &&
             !Is(num_at - 2, "minus"))) {
          *next = n->last + 1;
          return;
        }
      }
      if (num_at + 1 < toks_.size() && (toks_[num_at + 1].IsSym(':') || toks_[num_at + 1].IsSym('/')) &&
          Glued(num_at + 1) && num_at + 2 < toks_.size() && toks_[num_at + 2].IsNumber() && Glued(num_at + 2)) {
        *next = num_at + 3;
        return;
      }
      if (Is(n->last + 1, "am") || Is(n->last + 1, "pm") || Is(n->last + 1, "a.m") || Is(n->last + 1, "p.m") ||
          ((Is(n->last + 1, "a") || Is(n->last + 1, "p")) && n->last + 2 < toks_.size() &&
           toks_[n->last + 2].IsSym('.') && Glued(n->last + 2) && Is(n->last + 3, "m"))) {
        *next = n->last + 2;
        return;
      }
      bool no_dot = num_at > 1 && toks_[num_at - 1].IsSym('.') && Is(num_at - 2, "no");  // "No. 2"
      if (num_at > 0 && (Is(num_at - 1, "no") || no_dot || toks_[num_at - 1].IsSym('#')) && !currency) {
        *next = n->last + 1;
        return;
      }
    } else if (n->value == 1 && !n->scaled) {
      // "one" as a pronoun or an article-like use.
      if (num_at > 0 && Word(num_at - 1) && BlocksOne(Lower(num_at - 1, buf, sizeof(buf)))) return;
      // "a substantial one", "the now-infamous one which": an adjective between article and "one".
      if (num_at > 1 && Word(num_at - 1) && !toks_[num_at - 1].cap && !IsLabelNoun(Lower(num_at - 1, buf, sizeof(buf))) &&
          (Is(num_at - 2, "a") || Is(num_at - 2, "an") || Is(num_at - 2, "the") || toks_[num_at - 2].IsDash()))
        return;
      if (Is(n->last + 1, "which") || Is(n->last + 1, "whose")) return;
      if (StandsAlone(num_at, n->last)) return;
      if (Is(num_at + 1, "another") || Is(num_at + 1, "way") || Is(num_at + 1, "thing")) return;
      // "one of the poorest countries", "one of which": membership, not a count.
      if (Is(n->last + 1, "of")) return;
    }
    if (nt.IsWord() && n->value == 0 && !currency && StandsAlone(num_at, n->last)) return;  // "near zero."
    // "thousands of tourists", "hundreds of millions of dollars": a size, not a
    // number anyone reported (news gold lists none; CQE's NewsQuant does).
    if (n->high && n->words) return;

    if (!currency && nt.IsWord()) {
      // Number words in names ("BBC One") and idioms ("one-off", "two-way"); compounds
      // such as "six-month" and "four-cylinder" count.
      if (nt.cap && !SentenceStart(num_at)) return;
      if (num_at > 0 && toks_[num_at - 1].IsDash() && !nt.space_before) return;
      size_t after = n->last + 1;
      if (after + 1 < toks_.size() && toks_[after].IsDash() && Glued(after) && Word(after + 1) && Glued(after + 1) &&
          !(after + 3 < toks_.size() && toks_[after + 2].IsDash() && Is(after + 3, "old")) &&
          !CompoundUnit(after + 1) && (n->value == 1 || Is(after + 1, "way") || Is(after + 1, "fold")))
        return;
    }
    // A currency sign after the number: "1,200€".
    if (!currency && n->last + 1 < toks_.size() && toks_[n->last + 1].kind == scan::Kind::kSymbol) {
      if (const char* code = units::CurrencySign(toks_[n->last + 1].text); code && Glued(n->last + 1)) {
        currency = code;
        n->last += 1;
      }
    }

    Item it;
    it.first = start;
    it.num_first = num_at;
    it.q.value = negative ? -n->value : n->value;
    it.q.high = n->high;
    size_t last = n->last;

    // Unit right after the first number ("5% to 10%", "4.8 percent to 4.7 percent").
    bool per = false;
    size_t unit_last = last;
    std::string unit = UnitAfter(last + 1, currency, *n, &unit_last, &per);
    if (!unit.empty()) last = unit_last;

    // Range: "5-6 kg", "10 to 20", "between 10 and 20", "$10 to $15 billion".
    size_t age_lead = AgeLead(num_at);
    bool between = (i > 0 && Is(i - 1, "between")) ||
                   (age_lead > 1 && (Is(age_lead - 1, "between") || (Is(age_lead - 1, "the") && Is(age_lead - 2, "between"))));
    bool by_before = i > 0 && Is(i - 1, "by");
    size_t c = last + 1;
    bool connector = c < toks_.size() && !n->high &&
                     ((toks_[c].IsDash() && (nt.IsNumber() || !toks_[c].space_before) &&
                       !(toks_[c].space_before && Glued(c + 1))) ||  // "Stoxx 50 -1.3%": a sign
                      (Is(c, "to") && !by_before) || (Is(c, "and") && between) || Is(c, "or"));
    if (connector) {
      size_t r = c + 1;
      size_t r_num = r;
      const char* cur2 = CurrencyBefore(r, &r_num);
      if (r < toks_.size() && !(cur2 && currency && std::string_view(cur2) != currency) &&
          !(cur2 && !currency) && r_num < toks_.size() && !blocked_[r_num] &&
          (toks_[r_num].IsNumber() == nt.IsNumber() || Is(c, "to") || Is(c, "and"))) {
        auto m = numbers::ParseAt(toks_, r_num, currency != nullptr);
        if (m && !m->high && !(toks_[c].IsDash() && toks_[r_num].IsNumber() && Word(m->last + 1) &&
                               Glued(m->last + 1) && toks_[m->last + 1].text.size() <= 2 &&
                               (Is(m->last + 1, "th") || Is(m->last + 1, "st") || Is(m->last + 1, "nd") ||
                                Is(m->last + 1, "rd")))) {
          bool phone = toks_[r_num].IsNumber() && m->last + 1 < toks_.size() && toks_[m->last + 1].IsDash() &&
                       Glued(m->last + 1) && m->last + 2 < toks_.size() && toks_[m->last + 2].IsNumber();
          if (phone) {
            *next = m->last + 3;
            return;
          }
          size_t u2_last = m->last;
          bool per2 = false;
          std::string unit2 = UnitAfter(m->last + 1, currency, *m, &u2_last, &per2);
          bool equal_ends = toks_[c].IsDash() && m->value == it.q.value;  // a score "2-2", not a range
          // "four or five buyers" is a rough range; "1 or 100" are alternatives.
          bool rough = !Is(c, "or") || (m->value > it.q.value && m->value <= 2 * it.q.value + 1 && !m->scaled &&
                                        !n->scaled);
          if ((unit.empty() || unit == unit2) && !equal_ends && rough) {
            double low = it.q.value;
            // "$10 to $15 billion" shares the scale; "$800,000 to $1.3 million" does not.
            if (!n->scaled && m->scaled && low < 10 * (m->value / m->scale)) low *= m->scale;
            it.q.value = low;
            it.q.high = m->value;
            last = unit2.empty() ? m->last : u2_last;
            if (unit.empty()) unit = unit2, per = per2;
          }
        }
      }
    }

    // Money keeps its currency; a price per something ("$58 a barrel") says
    // what it is per in `counts` ("per barrel").
    if (currency) {
      unit = currency;
      size_t j = last + 1;
      if ((Is(j, "a") || Is(j, "an") || Is(j, "per") || (j < toks_.size() && toks_[j].IsSym('/'))) && Word(j + 1)) {
        std::string_view w = Lower(j + 1, buf, sizeof(buf));
        bool timeline = Is(j + 2, "earlier") || Is(j + 2, "ago") || Is(j + 2, "later") || Is(j + 2, "before");
        if (IsPerNoun(w) && !timeline) {
          last = j + 1;
          per = true;
          char b2[24];
          if ((w == "square" || w == "sq") && Word(j + 2) && units::MeasureUnit(Lower(j + 2, b2, sizeof(b2))))
            last = j + 2;
          size_t b = toks_[j + 1].begin, e = toks_[last].end;
          it.q.counts = "per " + std::string(text_.substr(b, e - b));
        }
      }
      it.explicit_unit = true;
    } else if (!unit.empty()) {
      it.explicit_unit = true;
    } else {
      // A count: "11 members" (people), "two Venezuelan cartels" (count of cartels).
      size_t phrase_last = 0;
      size_t dash = last + 1;
      char db[24];
      if (dash + 1 < toks_.size() && toks_[dash].IsDash() && Glued(dash) && Word(dash + 1) && Glued(dash + 1) &&
          !units::IsStopWord(Lower(dash + 1, db, sizeof(db)))) {
        it.q.counts = std::string(toks_[dash + 1].text);  // "four-cylinder"
        unit = "count";
        last = dash + 1;
      } else if (age_lead > 0) {
        unit = "year of age";
      } else if (size_t words = CountedPhrase(last + 1, &phrase_last); words > 0) {
        size_t b = toks_[last + 1].begin, e = toks_[phrase_last].end;
        it.q.counts = std::string(text_.substr(b, e - b));
        std::string_view head = Lower(phrase_last, buf, sizeof(buf));
        bool people = units::IsPeopleNoun(head) || (toks_[phrase_last].cap && units::IsPeopleGroup(head));
        unit = people ? "people" : "count";
        last = phrase_last;
      } else if (!currency && AppositiveAge(num_at, *n)) {
        unit = "year of age";
      } else {
        unit = "count";
      }
      if (nt.IsNumber() && !it.q.high && unit != "year of age" && IsName(num_at, it.q.counts.empty() ? 0 : last)) {
        *next = n->last + 1;
        return;
      }
      // "the combination of the two", "the three of them": a number word standing
      // for things already named, not a new count.
      if (nt.IsWord() && it.q.counts.empty() && unit == "count" && num_at > 0 && Is(num_at - 1, "the")) {
        *next = n->last + 1;
        return;
      }
      // "in the 50s", "the mid-80s": a band of temperatures or ages, or a decade.
      if (nt.IsNumber() && Is(n->last + 1, "s") && Glued(n->last + 1) && num_at > 0 &&
          (Is(num_at - 1, "the") || Is(num_at - 1, "mid") || Is(num_at - 1, "low") || Is(num_at - 1, "high") ||
           Is(num_at - 1, "upper") || Is(num_at - 1, "lower"))) {
        *next = n->last + 2;
        return;
      }
      // "tens of thousands of dollars"
      if (n->high && Is(n->last + 1, "of") && Word(n->last + 2))
        if (const char* code = units::CurrencyWord(Lower(n->last + 2, buf, sizeof(buf)), false)) {
          unit = code;
          last = n->last + 2;
          it.q.counts.clear();
          it.explicit_unit = true;
        }
      // A glued word after the digits names a thing ("5G"), not a count of it.
      if (nt.IsNumber() && Word(n->last + 1) && Glued(n->last + 1) && it.q.counts.empty()) {
        unit = std::string(toks_[n->last + 1].text);
        last = n->last + 1;
      }
    }
    it.q.unit = unit;

    // Qualifier before the number or currency: "about", "more than", "at least".
    if (i > 0 && Word(i - 1)) {
      char b1[24], b2[24];
      std::string_view p1 = Lower(i - 1, b1, sizeof(b1));
      std::string_view p2 = i > 1 && Word(i - 2) ? Lower(i - 2, b2, sizeof(b2)) : std::string_view();
      int words = 0;
      if (const char* q = units::Qualifier(p2, p1, &words)) it.q.qualifier = q;
    } else if (i > 0 && toks_[i - 1].IsSym('~')) {
      it.q.qualifier = "about";
    }

    it.last = last;
    size_t b = toks_[it.first].begin, e = toks_[last].end;
    it.q.text = std::string(text_.substr(b, e - b));
    it.q.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    items_.push_back(std::move(it));
    *next = last + 1;
  }

  // "5 and 6 kg", "eight or nine euros": a bare number in a list takes the unit
  // of the next item. Each stays its own quantity; nothing is averaged.
  void ShareListUnits() {
    for (size_t k = items_.size(); k-- > 1;) {
      Item& a = items_[k - 1];
      const Item& b = items_[k];
      if (a.explicit_unit || !a.q.counts.empty() || !b.explicit_unit) continue;
      size_t gap = b.first - a.last;
      bool joined = gap == 2 && (Is(a.last + 1, "and") || Is(a.last + 1, "or"));
      if (!joined) continue;
      a.q.unit = b.q.unit;
      a.explicit_unit = true;
    }
    out_.reserve(items_.size());
    for (auto& it : items_) out_.push_back(std::move(it.q));
  }

  std::string_view text_;
  const std::vector<Tok>& toks_;
  std::vector<bool> blocked_;
  bool dollars_ = false;   // the text writes "$" somewhere
  bool sterling_ = false;  // the text writes "£" somewhere
  std::vector<Item> items_;
  std::vector<model::Quantity> out_;
};

}  // namespace

std::vector<model::Quantity> FindQuantities(std::string_view text) { return FindQuantities(text, scan::Lex(text)); }

std::vector<model::Quantity> FindQuantities(std::string_view text, const std::vector<scan::Tok>& toks) {
  return Recogniser(text, toks).Run();
}

}  // namespace claimkb::extract
