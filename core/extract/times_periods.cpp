#include "core/extract/times_recogniser.h"

#include "core/extract/numbers.h"

namespace claimkb::extract::timex {

using namespace time_words;

bool Recogniser::MatchCentury(size_t i, Found* f) {
  int n = 0;
  size_t c = 0;
  if (toks_[i].IsNumber() && Num(i) > 0 && Word(i + 1) && Glued(i + 1) && IsOrdinalSuffix(toks_[i + 1].text)) {
    n = Num(i);
    c = i + 2;
  } else if (Word(i)) {
    char buf[24];
    n = numbers::OrdinalWord(scan::Lower(toks_[i].text, buf, sizeof(buf)));
    c = i + 1;
  }
  if (n < 1 || n > 22 || !Is(c, "century")) return false;
  f->first = i;
  f->last = c;
  SetCentury(f, n - 1);
  return true;
}

bool Recogniser::MatchQuarter(size_t i, Found* f) {
  int q = 0;
  size_t k = 0;
  bool q_form = false;
  if (Word(i) && (toks_[i].text == "Q" || toks_[i].text == "q") && Glued(i + 1) && Num(i + 1) >= 1 &&
      Num(i + 1) <= 4) {
    q = Num(i + 1);
    k = i + 2;
    q_form = true;
  } else if (Word(i)) {
    char buf[24];
    q = numbers::OrdinalWord(scan::Lower(toks_[i].text, buf, sizeof(buf)));
    k = i + 1;
    if (Sym(k, '-') && Glued(k) && Glued(k + 1)) ++k;  // "second-quarter profit"
    if (q < 1 || q > 4 || !(Is(k, "quarter") || Is(k, "quarters"))) return false;
    ++k;
  } else {
    return false;
  }
  const size_t unit_last = k - 1;
  if (Is(k, "of")) ++k;
  if (Is(k, "fiscal")) ++k;
  int y = Year(k);
  if (y < 0 && k < toks_.size() && Word(k) && (toks_[k].text == "FY") && Glued(k + 1)) y = Year(++k);
  f->first = i;
  if (y > 0) {
    f->last = k;
    SetQuarter(f, y, q);
    return true;
  }
  // "the fourth quarter" of a match is not a date; of a company's year it is.
  size_t of = unit_last + 1;
  int shift = 0;
  bool year_named = true;
  if (Is(of, "of") && (Is(of + 1, "the") || Is(of + 1, "this") || Is(of + 1, "last") || Is(of + 1, "next")) &&
      Is(of + 2, "year")) {
    f->last = of + 2;
    shift = Is(of + 1, "last") ? -1 : Is(of + 1, "next") ? 1 : 0;
  } else if (q_form || BusinessContext(i)) {
    f->last = unit_last;
    year_named = q_form;
  } else {
    return false;
  }
  f->relative = true;
  f->precision = Precision::kQuarter;
  if (!anchor_) return true;
  int year = anchor_->year + shift, current = (anchor_->month - 1) / 3 + 1;
  if (!year_named) {  // the quarter nearest in the direction of the tense
    Tense tense = TenseNear(f->first, f->last);
    if (tense != Tense::kFuture && q > current) --year;
    if (tense == Tense::kFuture && q < current) ++year;
  }
  SetQuarter(f, year, q);
  return true;
}

bool Recogniser::MatchSeasonYear(size_t i, Found* f) {
  int s = SeasonOf(toks_[i].text);
  if (s < 0) return false;
  size_t j = i + 1;
  bool lead = i > 0 && Word(i - 1) && (Is(i - 1, "the") || IsMonthLead(toks_[i - 1].text)) && !Is(i - 1, "to") &&
              !Is(i - 1, "and");  // "prices to fall 2026"
  if (Is(j, "of")) ++j;
  else if (!lead) return false;  // "prices fall 2019"
  int y = Year(j);
  if (y < 0 || !YearContext(j)) return false;
  Found g;
  SetSeason(&g, y, s);
  f->first = i;
  f->last = j;
  // Written as the interval of its days, as news readers give it ("June 1 to August 31, 1898").
  SetInterval(f, g.begin, g.end);
  return true;
}

bool Recogniser::BusinessContext(size_t i) const {
  bool business = false;
  auto look = [&](size_t k) {
    const Tok& t = toks_[k];
    if (t.IsSym('%') || t.IsSym('$') || t.IsSym("\xE2\x82\xAC") || t.IsSym("\xC2\xA3")) business = true;
    if (!t.IsWord()) return true;
    int cue = QuarterCue(t.text);
    business |= cue > 0;
    return cue >= 0;
  };
  for (size_t k = i; k > 0 && !Boundary(k);) {
    if (!look(--k)) return false;
  }
  for (size_t k = i; k < toks_.size() && (k == i || !Boundary(k)); ++k) {
    if (!look(k)) return false;
  }
  return business;
}

}  // namespace claimkb::extract::timex
