#include "core/extract/times_recogniser.h"

#include <cstdio>

#include "core/extract/numbers.h"

namespace claimkb::extract::timex {

using namespace time_words;

bool Recogniser::MatchMonth(size_t i, Found* f) {
  bool abbrev = false;
  int m = Month(i, &abbrev);
  if (!m) return false;
  size_t k = i + 1;
  if (abbrev && Sym(k, '.') && Glued(k)) ++k;
  size_t day_last = 0;
  int d = Day(k, &day_last);
  if (d > 0 && Year(k) < 0) {
    size_t j = day_last + 1;
    if (Sym(j, ',')) ++j;
    int y = Year(j);
    f->first = i;
    if (y > 0 && !Sym(j + 1, '%')) {
      f->last = j;
      return SetDayChecked(f, {y, m, d}, false);
    }
    f->last = day_last;
    if (!ResolveMonthDay(f, m, d)) return false;
    // "Sept. 20-24": the days through the second number.
    size_t dash = day_last + 1, d2_last = 0;
    if (dash < toks_.size() && toks_[dash].IsDash() && Glued(dash) && Glued(dash + 1)) {
      int d2 = Day(dash + 1, &d2_last);
      if (d2 > d) {
        f->last = d2_last;
        if (!f->value.empty()) {
          Date e{f->begin.year, m, d2};
          if (calendar::Valid(e)) SetInterval(f, f->begin, e);
        }
      }
    }
    return true;
  }
  size_t j = k, part_first = i;
  int part = PeriodPart(i, &part_first);
  if (Is(j, "of") || Sym(j, ',')) ++j;
  if (int y = Year(j); y > 0) {
    f->first = part_first;
    f->last = j;
    SetMonth(f, y, m);
    SetMonthPart(f, part);
    return true;
  }
  // A bare month: abbreviations and the ambiguous "May"/"March" need a cue.
  if (abbrev) return false;
  bool prefixed = i > 1 && toks_[i - 1].IsDash() && Glued(i - 1) && Glued(i) && IsYearPrefix(toks_[i - 2].text);
  if ((m == 5 || m == 3) && !prefixed && !(i > 0 && IsMonthLead(toks_[i - 1].text))) return false;  // "mid-May"
  f->first = f->last = i;
  // "that January day in 2011", "a March morning in 1965": the month of the year that follows.
  if (Word(i + 1) && (Is(i + 1, "day") || PartOfDay(toks_[i + 1].text)) && Is(i + 2, "in")) {
    if (int y = Year(i + 3); y > 0 && YearContext(i + 3)) {
      SetMonth(f, y, m);
      return true;
    }
  }
  if (!ResolveMonth(f, m)) return false;
  if (part && !f->value.empty()) {
    f->first = part_first;
    SetMonthPart(f, part);
  }
  return true;
}

int Recogniser::PeriodPart(size_t i, size_t* first) const {
  if (i == 0) return 0;
  size_t k = i - 1;
  bool hyphen = i > 1 && toks_[k].IsDash() && Glued(k) && Glued(i);  // "mid-June", "early-1990s"
  if (hyphen) --k;
  int part = Is(k, "early") ? 1 : Is(k, "mid") ? 2 : Is(k, "late") ? 3 : 0;
  if (part) {
    *first = k;
    return part;
  }
  if (hyphen || i < 2 || !Is(i - 1, "of")) return 0;
  part = Is(i - 2, "beginning") || Is(i - 2, "start") ? 1 : Is(i - 2, "middle") ? 2 : Is(i - 2, "end") ? 3 : 0;
  if (part) *first = i > 2 && Is(i - 3, "the") ? i - 3 : i - 2;
  return part;
}

void Recogniser::SetMonthPart(Found* f, int part) {
  if (!part || f->precision != Precision::kMonth) return;
  Date b = f->begin, e = f->end;
  b.day = part == 1 ? 1 : part == 2 ? 11 : 21;
  if (part < 3) e.day = part == 1 ? 10 : 20;
  SetInterval(f, b, e);
}

bool Recogniser::MatchNumeric(size_t i, Found* f) {
  const Tok& t = toks_[i];
  // 2025-09-05
  if (t.text.size() == 4 && Year(i) > 0 && Sym(i + 1, '-') && Glued(i + 1) && Glued(i + 2) && Num(i + 2) > 0 &&
      toks_[i + 2].text.size() == 2 && Sym(i + 3, '-') && Glued(i + 3) && Glued(i + 4) && Num(i + 4) > 0 &&
      toks_[i + 4].text.size() == 2) {
    f->first = i;
    f->last = i + 4;
    return SetDayChecked(f, {Year(i), Num(i + 2), Num(i + 4)}, false);
  }
  // 09/05/2025 (US order unless the first part cannot be a month)
  if (Num(i) > 0 && t.text.size() <= 2 && Sym(i + 1, '/') && Glued(i + 1) && Glued(i + 2) && Num(i + 2) > 0 &&
      toks_[i + 2].text.size() <= 2 && Sym(i + 3, '/') && Glued(i + 3) && Glued(i + 4) && Num(i + 4) >= 0) {
    int a = Num(i), b = Num(i + 2), y = Num(i + 4);
    if (toks_[i + 4].text.size() == 2) y += 2000;
    else if (toks_[i + 4].text.size() != 4) return false;
    f->first = i;
    f->last = i + 4;
    return a > 12 ? SetDayChecked(f, {y, b, a}, false) : SetDayChecked(f, {y, a, b}, false);
  }
  // 5 September [2025], 5th of September
  size_t day_last = 0;
  if (int d = Day(i, &day_last); d > 0) {
    size_t k = day_last + 1;
    if (Is(k, "of")) ++k;
    if (int m = Month(k); m > 0) {
      size_t j = k + 1;
      if (toks_[k].text.size() <= 4 && Sym(j, '.')) ++j;
      // "22 Dec, 2016", not "On 5 May, 1500 troops".
      if (Sym(j, ',') && Year(j + 1) > 0 && !(Word(j + 2) && IsCountedAfterYear(toks_[j + 2].text))) ++j;
      f->first = i;
      if (int y = Year(j); y > 0) {
        f->last = j;
        return SetDayChecked(f, {y, m, d}, false);
      }
      f->last = k;
      return ResolveMonthDay(f, m, d);
    }
  }
  // hh:mm [am|pm] [GMT] (on) Saturday / today
  if (MatchClock(i, f)) return true;
  // "the ’80s": a decade written with two digits, in the century the anchor makes likelier.
  if (t.text.size() == 2 && i > 0 && Glued(i) && (Sym(i - 1, '\'') || toks_[i - 1].IsSym("\xE2\x80\x99")) &&
      Word(i + 1) && Glued(i + 1) && toks_[i + 1].text == "s" && Num(i) % 10 == 0) {
    int d = Num(i);
    f->first = i - 1;
    f->last = i + 1;
    SetDecadeOrPart(f, d < 30 && anchor_ && 2000 + d <= anchor_->year ? 2000 + d : 1900 + d);
    return true;
  }
  int y = Year(i);
  if (y < 0) return false;
  // The 1990s, the 1800s (a century)
  if (Word(i + 1) && Glued(i + 1) && (toks_[i + 1].text == "s")) {
    f->first = i;
    f->last = i + 1;
    if (y % 10 != 0) return false;
    if (y % 100 != 0 || y >= 2000 || (i > 0 && Sym(i - 1, '\''))) {
      SetDecadeOrPart(f, y);
      return true;
    }
    // "the 1800s": the interval of its days, as news readers give it; "the late
    // 1800s" is a part of it no reader can place.
    SetCentury(f, y / 100);
    size_t part_first = i;
    if (PeriodPart(i, &part_first)) f->drop = true;
    else f->value = calendar::Iso(f->begin) + "/" + calendar::Iso(f->end);
    return true;
  }
  if (!YearContext(i)) return false;
  f->first = f->last = i;
  SetYear(f, y);
  // A span of years: "1957-58", "2008-9", "2008/09", "2010-2012", "from 2019 to
  // 2024", "between 2010 and 2012". Each year is reported; a span spelled out
  // with "from"/"between" is reported as the interval too (TIMEX readers give
  // the years of "2008-9", news readers the span of "from 2019 to 2024").
  size_t short_len = i + 2 < toks_.size() ? toks_[i + 2].text.size() : 0;
  bool from = i > 0 && (Is(i - 1, "from") || Is(i - 1, "between"));
  size_t to = i + 1;
  int y2 = -1;
  if ((short_len == 1 || short_len == 2) && (toks_[i + 1].IsDash() || Sym(i + 1, '/')) && Glued(i + 1) &&
      Glued(i + 2) && Num(i + 2) >= 0 && !Sym(i + 3, '/') && !(Sym(i + 3, '-') && Glued(i + 3))) {
    int base = short_len == 2 ? 100 : 10;
    y2 = (y / base) * base + Num(i + 2);
    if (y2 <= y) y2 += base;
  } else if (to < toks_.size() && ((from && (Is(to, "to") || Is(to, "through") || Is(to, "and"))) ||
                                   (toks_[to].IsDash() && Glued(to) && Glued(to + 1)))) {
    y2 = Year(to + 1);
    if (y2 <= y || y2 - y > 100 || Sym(to + 2, '%') || (Sym(to + 2, '-') && Glued(to + 2))) y2 = -1;
  }
  if (y2 < 0) return true;
  EmitPart(*f);
  f->first = f->last = i + 2;
  SetYear(f, y2);
  if (!from) return true;
  EmitPart(*f);
  f->first = i - 1;
  SetYears(f, y, y2, i + 2);
  return true;
}

void Recogniser::SetDecadeOrPart(Found* f, int y) {
  size_t part_first = f->first;
  if (int part = PeriodPart(f->first, &part_first)) {
    SetDecadePart(f, y, part);
    f->first = part_first;
    return;
  }
  SetDecade(f, y);
  f->value = calendar::Iso(f->begin) + "/" + calendar::Iso(f->end);
}

bool Recogniser::YearContext(size_t i) const {
  bool slashed = (i > 0 && Sym(i - 1, '/') && Glued(i)) || (Sym(i + 1, '/') && Glued(i + 1));
  if (slashed && numbers::InLink(text_, toks_[i])) return false;  // ".../2024/05/page"
  if (i > 0 && (toks_[i - 1].IsSym('$') || toks_[i - 1].IsSym("\xE2\x82\xAC") || toks_[i - 1].IsSym("\xC2\xA3")))
    return false;
  if (i > 0 && !toks_[i].space_before && (toks_[i - 1].IsWord() || toks_[i - 1].IsNumber())) return false;
  if (i > 0 && Sym(i - 1, '-') && Glued(i) && i > 1 && toks_[i - 2].IsWord() && Glued(i - 1) &&
      !IsYearPrefix(toks_[i - 2].text))
    return false;  // "COVID-2019"-like names, but not "mid-2024"
  // "the Investment Company Act of 1940": the year names the law.
  if (i > 1 && Is(i - 1, "of") && Word(i - 2) && toks_[i - 2].cap &&
      (Is(i - 2, "act") || Is(i - 2, "law") || Is(i - 2, "treaty") || Is(i - 2, "accord") || Is(i - 2, "statute")))
    return false;
  // "1800 x 1920 pixels": a size.
  if ((Is(i + 1, "x") || (i + 1 < toks_.size() && toks_[i + 1].IsSym("\xC3\x97"))) && i + 2 < toks_.size() &&
      toks_[i + 2].IsNumber())
    return false;
  if (i > 1 && (Is(i - 1, "x") || toks_[i - 1].IsSym("\xC3\x97")) && toks_[i - 2].IsNumber()) return false;
  if (i + 1 < toks_.size()) {
    const Tok& n = toks_[i + 1];
    if (n.IsSym('%') || (n.IsSym(',') && Num(i + 2) >= 0 && toks_[i + 2].text.size() == 3 && Glued(i + 2)))
      return false;
    if (n.IsNumber() && !n.space_before) return false;
    if (n.IsWord() && !n.space_before && !IsOrdinalSuffix(n.text) && n.text != "s") return false;
    if (n.IsWord() && IsCountedAfterYear(n.text)) return false;
  }
  // "2000 - 2500 calories", "from 1000 to 2000 hires": one end of a counted range.
  if (i + 3 < toks_.size() && (toks_[i + 1].IsDash() || Is(i + 1, "to")) && toks_[i + 2].IsNumber() &&
      Word(i + 3) && IsCountedAfterYear(toks_[i + 3].text))
    return false;
  if (i > 1 && (toks_[i - 1].IsDash() || Is(i - 1, "to")) && toks_[i - 2].IsNumber() && Year(i - 2) < 0)
    return false;
  int y = Year(i);
  if (y >= 1900 && y <= 2100) return true;
  // Older years need a temporal lead word: "in 1492", "since 1848".
  return i > 0 && IsYearLead(toks_[i - 1].text);
}

bool Recogniser::MatchClock(size_t i, Found* f) {
  int h = Num(i);
  if (h < 0 || h > 23 || !Sym(i + 1, ':') || !Glued(i + 1) || !Glued(i + 2) || Num(i + 2) < 0 ||
      toks_[i + 2].text.size() != 2)
    return false;
  int mi = Num(i + 2);
  size_t k = i + 3;
  if (Is(k, "am") || Is(k, "pm") || Is(k, "a") || Is(k, "p")) {
    bool pm = scan::IEquals(toks_[k].text.substr(0, 1), "p");
    if (h < 12 && pm) h += 12;
    if (h == 12 && !pm) h = 0;
    ++k;
    while (Sym(k, '.') || Is(k, "m")) ++k;
  }
  if (Word(k) && IsTimeZone(toks_[k].text)) ++k;
  if (Is(k, "on")) ++k;
  Found day;
  int wd = Weekday(k);
  day.first = day.last = k;
  if (wd) {
    if (!ResolveWeekday(&day, wd, 0)) return false;
  } else if (Is(k, "today")) {
    if (!anchor_) return false;
    SetDay(&day, *anchor_);
    day.relative = true;
  } else {
    return false;
  }
  if (day.value.empty()) return false;
  anchor_decided_ = true;  // the day's value came from the anchor; without one this is no match
  char buf[8];
  std::snprintf(buf, sizeof(buf), "T%02d:%02d", h, mi);
  *f = day;
  f->value += buf;
  f->precision = Precision::kTime;
  f->first = i;
  f->last = k;
  return true;
}

}  // namespace claimkb::extract::timex
