#include "core/extract/quantities_recogniser.h"

#include <algorithm>

#include "core/extract/units.h"

namespace claimkb::extract::quantity {

bool Recogniser::BlocksOne(std::string_view w) {
  return w == "the" || w == "each" || w == "every" || w == "no" || w == "any" || w == "which" || w == "this" ||
         w == "that" || w == "same" || w == "only" || w == "another" || w == "last" || w == "first" ||
         w == "big" || w == "new" || w == "old" || w == "right" || w == "wrong" || w == "other" || w == "little";
}

bool Recogniser::GenericOneVerb(std::string_view w) {
  return w == "needs" || w == "must" || w == "can" || w == "cannot" || w == "can't" || w == "should" ||
         w == "would" || w == "could" || w == "might" || w == "may" || w == "has" || w == "gets" || w == "finds" ||
         w == "wonders" || w == "sees";
}

bool Recogniser::IsLabelNoun(std::string_view w) {
  static const std::string_view kLabels[] = {
      "category", "level", "phase", "stage", "grade", "type", "number", "chapter", "article", "section", "room",
      "gate", "platform", "route", "channel", "version", "model", "episode", "game", "row", "page", "line",
      "act", "tier", "class", "size", "no", "flight", "highway", "interstate", "district", "precinct", "ward",
      "unit", "apartment", "suite", "lot", "volume", "vol", "figure", "table", "appendix", "item", "rule"};
  for (std::string_view l : kLabels)
    if (w == l) return true;
  return false;
}

bool Recogniser::IsLeadWord(std::string_view w) {
  return w == "another" || w == "additional" || w == "perhaps" || w == "maybe" || w == "possibly" ||
         w == "probably" || w == "today" || w == "yesterday" || w == "fully" || w == "nearly" || w == "some" ||
         w == "those" || w == "these" || w == "all" || w == "of" || w == "total" || w == "overall" ||
         w == "roughly" || w == "exactly" || w == "barely" || w == "scarcely" || w == "merely" || w == "still";
}

bool Recogniser::IsCode(size_t k, size_t last) const {
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

bool Recogniser::IsName(size_t k, size_t phrase_last) const {
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
  // "the Investment Company Act of 1940": the year names the law.
  if (k > 1 && Is(k - 1, "of") && Word(k - 2) && toks_[k - 2].cap &&
      (Is(k - 2, "act") || Is(k - 2, "law") || Is(k - 2, "treaty") || Is(k - 2, "accord") || Is(k - 2, "statute")))
    return true;
  // Bracketed shirt numbers: "Prescott (4)".
  if (k > 1 && k + 1 < toks_.size() && toks_[k - 1].IsSym('(') && toks_[k + 1].IsSym(')') && toks_[k - 2].cap)
    return true;
  return false;
}

bool Recogniser::Plural(size_t k) const {
  std::string_view w = toks_[k].text;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u';  // not "Airbus"
}

size_t Recogniser::AgeLead(size_t k) const {
  if (k > 0 && Is(k - 1, "of")) --k;
  return k > 0 && (Is(k - 1, "ages") || Is(k - 1, "age") || Is(k - 1, "aged")) ? k - 1 : 0;
}

bool Recogniser::AppositiveAge(size_t k, const Number& n) const {
  if (k < 2 || n.last != k || n.value < 1 || n.value > 115 || !scan::PlainDigits(toks_[k].text)) return false;
  const Tok& after = k + 1 < toks_.size() ? toks_[k + 1] : toks_[k];
  bool closes = k + 1 >= toks_.size() || after.IsSym(',') || after.EndsSentence() || after.IsSym(';');
  return toks_[k - 1].IsSym(',') && closes && Word(k - 2) && toks_[k - 2].cap;
}

bool Recogniser::ClockAfter(size_t k) const {
  return Is(k, "am") || Is(k, "pm") || Is(k, "a.m") || Is(k, "p.m") ||
         ((Is(k, "a") || Is(k, "p")) && k + 1 < toks_.size() && toks_[k + 1].IsSym('.') && Glued(k + 1) &&
          Is(k + 2, "m"));
}

bool Recogniser::ListMarker(size_t k, size_t last) const {
  bool line_start = k == 0 || toks_[k].break_before || text_[toks_[k].begin - 1] == '\n';
  if (last != k || !line_start || toks_[k].text.size() > 2) return false;
  size_t p = k + 1;
  return p < toks_.size() && (toks_[p].IsSym('.') || toks_[p].IsSym(')')) && Glued(p) &&
         (p + 1 >= toks_.size() || toks_[p + 1].space_before);
}

bool Recogniser::Resolution(size_t k, const Number& n) const {
  return n.scaled && n.last == k + 1 && toks_[k].text.size() == 1 && toks_[n.last].text == "K" &&
         Glued(n.last);
}

size_t Recogniser::CountedPhrase(size_t k, size_t* last) const {
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

}  // namespace claimkb::extract::quantity
