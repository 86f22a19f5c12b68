#include "core/extract/times_recogniser.h"

#include "core/extract/times_named.h"

namespace claimkb::extract::timex {

using namespace time_words;

Recogniser::Tense Recogniser::TenseNear(size_t first, size_t last) const {
  if (first > 0 && (Is(first - 1, "until") || Is(first - 1, "till") || Is(first - 1, "through") ||
                    Is(first - 1, "next") || Is(first - 1, "by")))
    return Is(first - 1, "by") ? Tense::kNone : Tense::kFuture;
  // A present-tense verb ("talks resume Monday") is future unless a stronger cue
  // says otherwise ("did not resume").
  bool present = false;
  for (size_t k = first, n = 0; k > 0 && n < 14 && !Boundary(k); ++n) {
    --k;
    if (Word(k)) {
      if (k > 0 && Progressive(k)) return Tense::kFuture;
      if (Is(k, "set") && Is(k + 1, "to")) return Tense::kFuture;  // "was set to dock on Saturday"
      Tense t = CueTense(toks_[k].text);
      if (t == Tense::kPast && k > 0 && Is(k - 1, "be")) continue;  // "due to be published"
      // "would set", "will hit", "to put": a past form that is also the bare verb after a modal.
      if (t == Tense::kPast && k > 0 && (Is(k - 1, "would") || Is(k - 1, "will") || Is(k - 1, "to")) &&
          (Is(k, "set") || Is(k, "put") || Is(k, "hit")))
        continue;
      // "a contested convention", "the elected officials": a participle after an article describes.
      if (t == Tense::kPast && k > 0 && (Is(k - 1, "a") || Is(k - 1, "an") || Is(k - 1, "the"))) continue;
      if (t != Tense::kNone) return t;
      present |= IsPresentVerb(toks_[k].text);
    }
  }
  bool comma = false;
  for (size_t k = last + 1, n = 0; k < toks_.size() && n < 10 && !Boundary(k); ++k, ++n) {
    comma |= Sym(k, ',');
    if (Word(k)) {
      if (comma && IsReportingPast(toks_[k].text) && ReportsBefore(k)) break;
      Tense t = CueTense(toks_[k].text);
      if (t != Tense::kNone) return t;
    }
  }
  return present ? Tense::kFuture : Tense::kNone;
}

bool Recogniser::Progressive(size_t k) const {
  if (!(Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "am"))) return false;
  std::string_view w = toks_[k].text;
  return (w.size() > 4 && w.ends_with("ing")) || Is(k, "set") || Is(k, "slated") || Is(k, "poised");
}

bool Recogniser::ReportsBefore(size_t k) const {
  size_t j = Sym(k + 1, ',') ? k + 2 : k + 1;
  if (j >= toks_.size()) return true;
  const Tok& t = toks_[j];
  return !(Is(j, "that") || t.IsSym(':') || t.IsSym('"') || t.IsSym('\'') || t.IsSym("\xE2\x80\x9C"));
}

Recogniser::Tense Recogniser::CueTense(std::string_view w) {
  int c = TenseCue(w);
  return c > 0 ? Tense::kFuture : c < 0 ? Tense::kPast : Tense::kNone;
}

bool Recogniser::ResolveMonthDay(Found* f, int m, int d) {
  f->precision = Precision::kDay;
  f->relative = true;
  if (!anchor_) return true;
  Date a = *anchor_;
  Tense tense = TenseNear(f->first, f->last);
  Date cand{a.year, m, d};
  if (!calendar::Valid({2000, m, d})) {  // "Feb. 30": no day, though without an anchor it spans
    anchor_decided_ = true;
    return false;
  }
  if (!calendar::Valid(cand)) cand.day = 28;
  int64_t diff = calendar::DaysFromCivil(cand) - calendar::DaysFromCivil(a);
  if (tense == Tense::kPast && diff > 0) cand.year -= 1;
  else if (tense == Tense::kFuture && diff < 0) cand.year += 1;
  else if (tense == Tense::kNone && diff > 183) cand.year -= 1;
  else if (tense == Tense::kNone && diff < -183) cand.year += 1;
  SetDay(f, cand);
  return true;
}

bool Recogniser::ResolveMonth(Found* f, int m) {
  f->precision = Precision::kMonth;
  f->relative = true;
  if (!anchor_) return true;
  Date a = *anchor_;
  int y = a.year;
  Tense tense = TenseNear(f->first, f->last);
  if (tense == Tense::kFuture) {
    if (m < a.month) ++y;
  } else if (tense == Tense::kPast) {
    if (m > a.month) --y;
  } else if (m - a.month > 5) {  // no tense: the nearer of the two, as for a month and day
    --y;
  } else if (a.month - m > 6) {
    ++y;
  }
  SetMonth(f, y, m);
  return true;
}

bool Recogniser::ResolveWeekday(Found* f, int wd, int dir) {
  f->precision = Precision::kDay;
  f->relative = true;
  if (!anchor_) return true;
  Date a = *anchor_;
  int aw = calendar::Weekday(a);
  int64_t back = (aw - wd + 7) % 7;  // days since the most recent such day (0 = today)
  // "Monday's ruling will reverberate": a day named as the owner of an event
  // is one that has come, whatever the verb after it says.
  bool owner = WithoutPossessive(toks_[f->last].text).size() != toks_[f->last].text.size();
  Tense tense = dir > 0 ? Tense::kFuture : dir < 0 || owner ? Tense::kPast : TenseNear(f->first, f->last);
  int64_t offset = -back;
  if (dir < 0 && back == 0) offset = -7;
  if (tense == Tense::kFuture) {
    int64_t fwd = (wd - aw + 7) % 7;
    offset = (dir > 0 && fwd == 0) ? 7 : fwd;
  }
  SetDay(f, calendar::AddDays(a, offset));
  return true;
}

bool Recogniser::MatchWeekday(size_t i, Found* f) {
  int wd = Weekday(i);
  if (!wd) return false;
  f->first = f->last = i;
  int dir = 0;
  if (i > 0 && (Is(i - 1, "last") || Is(i - 1, "past"))) dir = -1, f->first = i - 1;
  if (i > 0 && (Is(i - 1, "next") || Is(i - 1, "coming"))) dir = 1, f->first = i - 1;
  if (i > 0 && Is(i - 1, "this")) f->first = i - 1;
  ResolveWeekday(f, wd, dir);
  // "Wednesday afternoon" names the day: a part of day (TIMEX "TAF") would
  // match no reader's date, so the span takes it in and the value stays the day.
  if (Word(i + 1) && PartOfDay(toks_[i + 1].text)) f->last = i + 1;
  return true;
}

bool Recogniser::ResolveUnit(int shift, size_t u, Found* f) {
  if (!Word(u)) return false;
  char buf[24];
  std::string_view w = scan::Lower(WithoutPossessive(toks_[u].text), buf, sizeof(buf));  // "last year's"
  int month = Month(u), season = SeasonOf(w);
  bool known = w == "week" || w == "month" || w == "year" || w == "quarter" || w == "decade" || w == "century" ||
               w == "weekend" || month > 0 || season >= 0;
  if (!known) return false;
  f->relative = true;
  f->last = u;
  if (!anchor_) {
    f->precision = w == "week" || w == "weekend" ? Precision::kWeek
                   : w == "month" || month  ? Precision::kMonth
                   : w == "quarter" || season >= 0 ? Precision::kQuarter
                   : w == "decade"              ? Precision::kDecade
                                                : Precision::kYear;
    return true;
  }
  Date a = *anchor_;
  if (w == "week") {
    SetWeek(f, calendar::AddDays(a, 7 * shift));
  } else if (w == "weekend") {
    Date mon;
    std::string week = calendar::IsoWeek(calendar::AddDays(a, 7 * shift), &mon);
    f->value = week + "-WE";
    f->precision = Precision::kWeek;
    f->begin = calendar::AddDays(mon, 5);
    f->end = calendar::AddDays(mon, 6);
  } else if (w == "month") {
    Date m = calendar::AddMonths(a, shift);
    SetMonth(f, m.year, m.month);
  } else if (w == "year") {
    SetYear(f, a.year + shift);
  } else if (w == "quarter") {
    // "the last quarter century", "quarter-century": 25 years, no quarter.
    if (Is(u + 1, "century") || (Sym(u + 1, '-') && Glued(u + 1) && Is(u + 2, "century"))) {
      anchor_decided_ = true;
      return false;
    }
    int q = a.year * 4 + (a.month - 1) / 3 + shift;
    SetQuarter(f, q / 4, q % 4 + 1);
  } else if (w == "decade") {
    SetDecade(f, (a.year / 10 + shift) * 10);
    f->drop = true;
  } else if (w == "century") {
    SetCentury(f, a.year / 100 + shift);
  } else if (month > 0) {
    int y = a.year;
    if (shift < 0 && month >= a.month) --y;
    if (shift > 0 && month <= a.month) ++y;
    SetMonth(f, y, month);
  } else {
    int current = a.month <= 2 || a.month == 12 ? 3 : (a.month - 3) / 3;
    int y = a.year;
    if (shift < 0 && season >= current) --y;
    if (shift > 0 && season <= current) ++y;
    SetSeason(f, y, season);
  }
  return true;
}

bool Recogniser::TodayIsADay(size_t i) const {
  if (toks_[i].cap && i > 0 && !Boundary(i) && !toks_[i - 1].EndsSentence()) return false;  // "New York Today"
  // Past and future verbs place it ("said today", "will vote today"); the
  // present only describes the times ("tensions that remain unresolved today").
  auto dated = [&](size_t k) { return Word(k) && TenseCue(toks_[k].text) != 0; };
  for (size_t k = i, n = 0; k > 0 && n < 5 && !Boundary(k); ++n) {
    if (Sym(--k, ',')) break;
    if (dated(k)) return true;
  }
  bool opens = i == 0 || Boundary(i);
  for (size_t k = i + 1, n = 0; k < toks_.size() && n < (opens ? 8 : 5) && !Boundary(k); ++k, ++n) {
    if (Sym(k, ',') && !(opens && k == i + 1)) break;
    if (dated(k)) return true;
  }
  return false;
}

bool Recogniser::MatchRelative(size_t i, Found* f) {
  char buf[24];
  std::string_view w = scan::Lower(toks_[i].text, buf, sizeof(buf));
  f->first = f->last = i;
  // today, tonight, yesterday, tomorrow [morning], yesterday's; not the generic "today's"
  std::string_view day = WithoutPossessive(w);
  int day_shift = w == "today" || w == "tonight" ? 0 : day == "yesterday" ? -1 : day == "tomorrow" ? 1 : 99;
  if (day_shift != 99) {
    f->relative = true;
    f->precision = Precision::kDay;
    if (anchor_) SetDay(f, calendar::AddDays(*anchor_, day_shift));
    bool part = w != "tonight" && Word(i + 1) && PartOfDay(toks_[i + 1].text);
    if (part) f->last = i + 1;
    if (w == "today" && !part && !TodayIsADay(i)) f->drop = true;
    // "The World of Tomorrow", "the Today show": a capital inside a sentence makes it a name.
    if (toks_[i].cap && i > 0 && !toks_[i].break_before && !toks_[i - 1].EndsSentence() && !toks_[i - 1].IsSym('"') &&
        !toks_[i - 1].IsSym("\xE2\x80\x9C") && !toks_[i - 1].IsSym(':') && !toks_[i - 1].IsSym('('))
      f->drop = true;
    return true;
  }
  // this morning, last night
  if ((w == "this" || w == "last") && Word(i + 1)) {
    const char* part = PartOfDay(toks_[i + 1].text);
    if (part && (w == "this" || std::string_view(part) == "NI")) {
      f->last = i + 1;
      f->relative = true;
      f->precision = Precision::kDay;
      if (anchor_) SetDay(f, calendar::AddDays(*anchor_, w == "last" ? -1 : 0));
      return true;
    }
  }
  // earlier/later this week|month|year
  if ((w == "earlier" || w == "later") && Is(i + 1, "this") &&
      (Is(i + 2, "week") || Is(i + 2, "month") || Is(i + 2, "year"))) {
    f->last = i + 2;
    f->relative = true;
    f->precision = Is(i + 2, "year") && w == "later" ? Precision::kYear : Precision::kInterval;
    if (!anchor_) return true;
    Date a = *anchor_, b, e;
    if (Is(i + 2, "week")) {
      calendar::IsoWeek(a, &b);
      e = calendar::AddDays(b, 6);
    } else if (Is(i + 2, "month")) {
      b = {a.year, a.month, 1};
      e = {a.year, a.month, calendar::DaysInMonth(a.year, a.month)};
    } else if (w == "earlier" && calendar::DaysFromCivil(a) - calendar::DaysFromCivil({a.year, 1, 1}) > 31) {
      b = {a.year, 1, 1};  // "earlier this year" in April: January 1 to the day before
      e = {a.year, 12, 31};
    } else {  // "later this year", or "earlier this year" in the first days of January: the year
      SetYear(f, a.year);
      return true;
    }
    if (w == "earlier") {
      e = calendar::AddDays(a, -1);
      if (calendar::DaysFromCivil(e) < calendar::DaysFromCivil(b)) e = b;
    } else {
      b = calendar::AddDays(a, 1);
      if (calendar::DaysFromCivil(b) > calendar::DaysFromCivil(e)) b = e;
    }
    SetInterval(f, b, e);
    return true;
  }
  // last|this|next|coming [fiscal] <unit>
  int shift = w == "last" || w == "past" || w == "previous" ? -1
              : w == "this" || w == "current"               ? 0
              : w == "next" || w == "coming"                ? 1
                                                            : 99;
  if (shift != 99) {
    bool after_the = i > 0 && Is(i - 1, "the");
    if (after_the && (w == "past" || w == "last") && MatchPastSpan(i, f)) return true;
    if (after_the && (w == "past" || w == "next" || w == "coming" || w == "previous")) return false;  // durations
    if (!after_the && w == "previous") return false;
    size_t u = i + 1;
    if (Is(u, "fiscal") || Is(u, "financial") || Is(u, "calendar")) ++u;
    if (after_the) f->first = i - 1;
    return ResolveUnit(shift, u, f);
  }
  return MatchAgo(i, f) || MatchAhead(i, f);
}

bool Recogniser::MatchNamed(size_t i, Found* f) {
  auto d = named_days::Match(toks_, i);
  if (!d) return false;
  f->first = i;
  f->last = d->last;
  if (d->year) return SetDayChecked(f, named_days::In(*d, d->year), false);
  size_t j = d->last + 1;
  if (int y = Year(j); y > 0 && !Sym(j + 1, '%')) {  // "Christmas 2019"
    f->last = j;
    return SetDayChecked(f, named_days::In(*d, y), false);
  }
  using named_days::Direction;
  Direction dir = Direction::kNearest;
  if (i > 0 && (Is(i - 1, "last") || Is(i - 1, "next") || Is(i - 1, "this"))) {
    dir = Is(i - 1, "last") ? Direction::kLast : Is(i - 1, "next") ? Direction::kNext : Direction::kThisYear;
    f->first = i - 1;
  }
  f->precision = Precision::kDay;
  f->relative = true;
  if (!anchor_) return true;
  if (dir == Direction::kNearest) {
    Tense tense = TenseNear(f->first, f->last);
    dir = tense == Tense::kPast ? Direction::kPast : tense == Tense::kFuture ? Direction::kFuture : dir;
  }
  SetDay(f, named_days::Resolve(*d, *anchor_, dir));
  return true;
}

void Recogniser::DayAfter(Found* f) {
  size_t i = f->first;
  if (i < 2 || f->precision != Precision::kDay || !(Is(i - 1, "after") || Is(i - 1, "before")) || !Is(i - 2, "day"))
    return;
  int shift = Is(i - 1, "after") ? 1 : -1;
  f->first = i > 2 && Is(i - 3, "the") ? i - 3 : i - 2;
  if (f->value.empty()) return;
  SetDay(f, calendar::AddDays(f->begin, shift));
}

}  // namespace claimkb::extract::timex
