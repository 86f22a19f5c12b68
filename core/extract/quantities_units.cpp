#include "core/extract/quantities_recogniser.h"

#include "core/extract/units.h"

namespace claimkb::extract::quantity {

bool Recogniser::IsPerNoun(std::string_view w) {
  static const std::string_view kNouns[] = {
      "barrel", "share", "month", "year", "week", "day", "hour", "night", "head", "person", "ton", "tonne",
      "gallon", "litre", "liter", "ounce", "pound", "kilogram", "kg", "kilo", "square", "mile", "unit", "ticket",
      "seat", "dose", "gram", "minute", "game", "meal", "piece", "copy", "household", "capita", "annum", "mwh",
      "kwh", "bushel", "metre", "meter", "foot", "sq", "acre", "hectare", "passenger", "student", "employee"};
  for (std::string_view n : kNouns)
    if (w == n) return true;
  return false;
}

int Recogniser::Denominator(std::string_view w) {
  if (w == "half") return 2;
  if (w == "third" || w == "thirds") return 3;
  if (w == "quarter" || w == "quarters" || w == "fourth" || w == "fourths") return 4;
  if (w == "fifth" || w == "fifths") return 5;
  if (w == "tenth" || w == "tenths") return 10;
  return 0;
}

const char* Recogniser::CurrencyBefore(size_t i, size_t* num) const {
  if (i >= toks_.size()) return nullptr;
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

std::string Recogniser::UnitAfter(size_t k, const char* currency, const Number& n, size_t* last, bool* per) const {
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
  // "400&percnt;": a page that escaped its percent sign twice.
  if (t.IsSym('&') && Glued(k) && Is(k + 1, "percnt") && Glued(k + 1) && k + 2 < toks_.size() &&
      toks_[k + 2].IsSym(';') && Glued(k + 2)) {
    *last = k + 2;
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

bool Recogniser::PoundsAreWeight(size_t k, const Number& n) const {
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

bool Recogniser::CompoundUnit(size_t k) const {
  char buf[24];
  std::string_view w = Lower(k, buf, sizeof(buf));
  return w.size() > 2 && units::MeasureUnit(w) && w != "point" && w != "points" && w != "times" &&
         w != "basis" && w != "degree";
}

bool Recogniser::Fraction(size_t i, double* value, size_t* last) const {
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
    // "half a gram", "half a percentage point", "half a million": a half of one unit or scale.
    if ((Is(i + 1, "a") || Is(i + 1, "an")) && Word(i + 2)) {
      char b2[24];
      std::string_view u = Lower(i + 2, b2, sizeof(b2));
      double scale = numbers::ScaleWord(u, false, false);
      if (scale >= 1000) {
        *value = 0.5 * scale;
        *last = i + 2;
        return true;
      }
      // "half a century", "half a year": a rough span, no amount.
      bool span = u == "century" || u == "decade" || u == "year" || u == "lifetime" || u == "generation";
      if ((units::MeasureUnit(u) && !span) || (u == "percentage" && (Is(i + 3, "point") || Is(i + 3, "points")))) {
        *value = 0.5;
        *last = i + 1;
        return true;
      }
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

}  // namespace claimkb::extract::quantity
