#include <algorithm>

#include "core/extract/numbers.h"
#include "core/extract/times_recogniser.h"

namespace claimkb::extract::timex {

using namespace time_words;

namespace {

// The date n units after d (before it when n < 0), keeping d's day where the month has it.
Date Shifted(Date d, Unit unit, int n) {
  if (unit == Unit::kDay || unit == Unit::kWeek || unit == Unit::kFortnight)
    return calendar::AddDays(d, static_cast<int64_t>(n) * (unit == Unit::kDay ? 1 : unit == Unit::kWeek ? 7 : 14));
  int per = unit == Unit::kMonth ? 1 : unit == Unit::kYear ? 12 : unit == Unit::kDecade ? 120 : 1200;
  Date m = calendar::AddMonths(d, n * per);
  m.day = std::min(d.day, calendar::DaysInMonth(m.year, m.month));
  return m;
}

bool CountsDays(Unit unit) { return unit == Unit::kDay || unit == Unit::kWeek || unit == Unit::kFortnight; }

}  // namespace

bool Recogniser::CountedUnit(size_t i, int* count, size_t* unit) const {
  if (auto n = numbers::ParseAt(toks_, i, false); n && !n->high && n->value >= 1 && n->value <= 1000) {
    *count = static_cast<int>(n->value);  // also "a dozen"
    *unit = n->last + 1;
  } else if (Is(i, "a") || Is(i, "an")) {
    *count = 1;
    *unit = i + 1;
  } else {
    return false;
  }
  return Word(*unit) && UnitOf(toks_[*unit].text) != Unit::kNone;
}

bool Recogniser::Conditional(size_t k) const {
  for (size_t n = 0; k > 0 && n < 14 && !Boundary(k); ++n) {
    --k;
    if (Is(k, "would") || Is(k, "could") || Is(k, "might")) return true;
  }
  return false;
}

void Recogniser::SetCounted(Found* f, Unit unit, int n) {
  f->relative = true;
  f->precision = CountsDays(unit) ? Precision::kDay : unit == Unit::kMonth ? Precision::kMonth : Precision::kYear;
  if (!anchor_) return;
  Date d = Shifted(*anchor_, unit, n);
  if (CountsDays(unit)) SetDay(f, d);
  else if (unit == Unit::kMonth) SetMonth(f, d.year, d.month);
  else SetYear(f, d.year);
}

bool Recogniser::MatchAgo(size_t i, Found* f) {
  int count = 0;
  size_t u = 0;
  if (!CountedUnit(i, &count, &u)) return false;
  // "half a century ago": a rough span, no date.
  if (i > 0 && Is(i - 1, "half")) return false;
  // "a year and a half ago": the half counts in months.
  size_t ago = u + 1;
  bool half = Is(ago, "and") && Is(ago + 1, "a") && Is(ago + 2, "half");
  if (half) ago += 3;
  Unit unit = UnitOf(toks_[u].text);
  if (!Is(ago, "ago") || (half && unit != Unit::kYear)) return false;
  f->first = i;
  f->last = ago;
  if (!half) {
    SetCounted(f, unit, -count);
    return true;
  }
  f->relative = true;
  f->precision = Precision::kMonth;
  if (anchor_) {
    Date m = calendar::AddMonths(*anchor_, -(12 * count + 6));
    SetMonth(f, m.year, m.month);
  }
  return true;
}

bool Recogniser::MatchPastSpan(size_t i, Found* f) {
  int count = 1;
  size_t u = i + 1;
  if (!Word(u) || UnitOf(toks_[u].text) == Unit::kNone) {
    if (!CountedUnit(i + 1, &count, &u) || count < 2) return false;  // "the past few days": no count
  } else if (WithoutPossessive(toks_[u].text).ends_with("s")) {
    return false;  // "the past months": no count
  }
  Unit unit = UnitOf(toks_[u].text);
  // "the last year" and "the last week" are the calendar's (ResolveUnit); "the past day" is no span.
  if (count == 1 && unit != Unit::kDecade && !(Is(i, "past") && unit != Unit::kDay)) return false;
  // "the last two years of his term", "the past three days before the vote": a span of another time.
  if (Is(u + 1, "of") || Is(u + 1, "before") || Is(u + 1, "after")) return false;
  f->first = i - 1;
  f->last = u;
  f->relative = true;
  f->measures = true;
  f->precision = Precision::kInterval;
  if (anchor_) SetInterval(f, Shifted(*anchor_, unit, -count), calendar::AddDays(*anchor_, -1));
  return true;
}

bool Recogniser::MatchAhead(size_t i, Found* f) {
  int count = 0;
  size_t u = 0;
  if (i == 0 || !(Is(i - 1, "in") || Is(i - 1, "within")) || !CountedUnit(i, &count, &u)) return false;
  Unit unit = UnitOf(toks_[u].text);
  if (unit == Unit::kDecade || unit == Unit::kCentury) return false;  // "in a decade": a rough span
  // "in a year when", "in two years of talks", "in ten years or less": a span of some other time.
  size_t k = u + 1;
  if (Is(k, "when") || Is(k, "of") || Is(k, "in") || Is(k, "that") || Is(k, "which") || Is(k, "or") ||
      Is(k, "and"))
    return false;
  // "will close in two years", "In three weeks the vote comes"; not "the lowest in 33 years",
  // "for the first time in 25 years" or "would know in six months" (reckoned from another time).
  if ((i > 1 && (Is(i - 2, "time") || Is(i - 2, "times"))) || Conditional(i - 1)) return false;
  Tense tense = TenseNear(i - 1, u);
  bool opens = i - 1 == 0 || Boundary(i - 1);
  if (!(tense == Tense::kFuture || (opens && tense == Tense::kNone))) return false;
  f->first = i - 1;
  f->last = u;
  f->measures = true;
  if (Is(i - 1, "in")) {
    SetCounted(f, unit, count);
    return true;
  }
  f->relative = true;
  f->precision = Precision::kInterval;
  if (anchor_) SetInterval(f, *anchor_, Shifted(*anchor_, unit, count));
  return true;
}

bool Recogniser::MatchYearPart(size_t i, Found* f) {
  bool end = Is(i, "end");
  if (!(end || Is(i, "beginning") || Is(i, "start")) || !Is(i + 1, "of")) return false;
  size_t y = i + 2;
  int shift = Is(y, "next") ? 1 : Is(y, "last") ? -1 : 0;
  bool named = Is(y, "this") || shift != 0;
  if (named || Is(y, "the")) ++y;
  if (!Is(y, "year")) return false;
  f->first = i > 0 && Is(i - 1, "the") ? i - 1 : i;
  f->last = y;
  f->relative = true;
  // "since the beginning of the year": January 1 to the day of writing, as "earlier this year" is.
  bool to_date = !end && shift == 0 && f->first > 0 && Is(f->first - 1, "since");
  f->precision = to_date ? Precision::kInterval : Precision::kYear;
  if (!anchor_) return true;
  if (to_date) {
    SetInterval(f, {anchor_->year, 1, 1}, *anchor_);
    return true;
  }
  // "The season peaked by the end of the year" in March is last year's end; "will
  // resume at the beginning of the year" in November, next year's beginning.
  Tense tense = named ? Tense::kNone : TenseNear(i, y);
  if (end && tense == Tense::kPast && anchor_->month < 12) shift = -1;
  if (!end && tense == Tense::kFuture && anchor_->month > 1) shift = 1;
  SetYear(f, anchor_->year + shift);
  return true;
}

}  // namespace claimkb::extract::timex
