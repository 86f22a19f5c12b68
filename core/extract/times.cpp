#include "core/extract/times.h"

#include <initializer_list>

#include "core/extract/times_named.h"
#include "core/extract/times_recogniser.h"

namespace claimkb::extract {

namespace timex {

using namespace time_words;

std::vector<model::TimeRef> Recogniser::Run() {
  for (size_t i = 0; i < toks_.size();) {
    Found f;
    if (Match(i, &f)) {
      DayAfter(&f);
      if (!f.measures) Record(f);
      if (all_ ? !f.measures : !f.drop && !Stamp(f)) Emit(f);
      i = f.last + 1;
    } else {
      ++i;
    }
  }
  return std::move(out_);
}

bool Recogniser::Match(size_t i, Found* f) {
  using Matcher = bool (Recogniser::*)(size_t, Found*);
  auto first_of = [&](std::initializer_list<Matcher> matchers) {
    for (Matcher m : matchers) {
      Found g;
      if ((this->*m)(i, &g)) {
        *f = std::move(g);
        return true;
      }
    }
    return false;
  };
  const Tok& t = toks_[i];
  bool may_name = t.IsNumber() || (t.IsWord() && t.cap);  // MayStart's own first test, without the call
  if (may_name && named_days::MayStart(t) && first_of({&Recogniser::MatchNamed})) return true;
  if (t.IsNumber())
    return first_of({&Recogniser::MatchCentury, &Recogniser::MatchAgo, &Recogniser::MatchAhead,
                     &Recogniser::MatchNumeric});
  if (!t.IsWord() || !IsTrigger(WithoutPossessive(t.text))) return false;
  return first_of({&Recogniser::MatchMonth, &Recogniser::MatchWeekday, &Recogniser::MatchRelative,
                   &Recogniser::MatchCentury, &Recogniser::MatchQuarter, &Recogniser::MatchSeasonYear,
                   &Recogniser::MatchYearPart});
}

bool Recogniser::Stamp(const Found& f) {
  if (f.first < stamp_end_) return true;
  if (f.precision != Precision::kDay || (f.first > 0 && !toks_[f.first].break_before)) return false;
  if (size_t e = DateOnlyLineEnd(f.last + 1); e > f.last + 1) {  // "22 Dec, 2016 22 Dec, 2016"
    stamp_end_ = e;
    return true;
  }
  size_t k = f.last + 1;
  if (k >= toks_.size() || toks_[k].break_before) return true;
  return toks_[k].IsDash() && toks_[k].space_before;
}

size_t Recogniser::DateOnlyLineEnd(size_t k) const {
  size_t j = k;
  for (; j < toks_.size() && !toks_[j].break_before; ++j) {
    const Tok& t = toks_[j];
    bool datey = t.IsNumber() || (t.IsWord() && MonthOf(t.text, nullptr) > 0) || t.IsSym(',') || t.IsSym('.') ||
                 t.IsSym('|') || t.IsDash();
    if (!datey) return k;
  }
  return j;
}

void Recogniser::Record(const Found& f) {
  if (!spans_) return;
  spans_->push_back({static_cast<uint32_t>(toks_[f.first].begin), static_cast<uint32_t>(toks_[f.last].end)});
}

void Recogniser::EmitPart(const Found& f) {
  Record(f);
  Emit(f);
}

void Recogniser::Emit(const Found& f) {
  model::TimeRef t;
  size_t b = toks_[f.first].begin, e = toks_[f.last].end;
  t.text = std::string(text_.substr(b, e - b));
  t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  t.precision = f.precision;
  if (!f.value.empty()) {
    t.value = f.value;
    t.begin = calendar::Iso(f.begin);
    t.end = calendar::Iso(f.end);
    t.anchor = f.relative ? "published" : "absolute";
  }
  out_.push_back(std::move(t));
}

void Recogniser::SetDay(Found* f, Date d) {
  f->value = calendar::Iso(d);
  f->precision = Precision::kDay;
  f->begin = f->end = d;
}

void Recogniser::SetMonth(Found* f, int y, int m) {
  f->value = calendar::IsoMonth(y, m);
  f->precision = Precision::kMonth;
  f->begin = {y, m, 1};
  f->end = {y, m, calendar::DaysInMonth(y, m)};
}

void Recogniser::SetYear(Found* f, int y) {
  f->value = calendar::IsoYear(y);
  f->precision = Precision::kYear;
  f->begin = {y, 1, 1};
  f->end = {y, 12, 31};
}

void Recogniser::SetWeek(Found* f, Date d) {
  Date mon;
  f->value = calendar::IsoWeek(d, &mon);
  f->precision = Precision::kWeek;
  f->begin = mon;
  f->end = calendar::AddDays(mon, 6);
}

void Recogniser::SetQuarter(Found* f, int y, int q) {
  // Written as the interval of its days: gold and TIMEX readers agree on
  // "2018-04-01/2018-06-30", not always on "2018-Q2".
  f->begin = {y, 3 * q - 2, 1};
  f->end = {y, 3 * q, calendar::DaysInMonth(y, 3 * q)};
  f->value = calendar::Iso(f->begin) + "/" + calendar::Iso(f->end);
  f->precision = Precision::kQuarter;
}

// Written as the interval of its days, as news readers give it ("June 1 to August 31"),
// not TimeML's "2012-SU".
void Recogniser::SetSeason(Found* f, int y, int s) {
  int m = 3 + 3 * s;
  f->begin = {y, m, 1};
  f->end = calendar::AddDays(calendar::AddMonths({y, m, 1}, 3), -1);
  f->value = calendar::Iso(f->begin) + "/" + calendar::Iso(f->end);
  f->precision = Precision::kQuarter;
}

void Recogniser::SetDecade(Found* f, int y) {
  f->value = std::to_string(y / 10);
  f->precision = Precision::kDecade;
  f->begin = {y, 1, 1};
  f->end = {y + 9, 12, 31};
}

void Recogniser::SetDecadePart(Found* f, int y, int part) {
  int from = part == 1 ? 0 : part == 2 ? 4 : 7, to = part == 1 ? 3 : part == 2 ? 6 : 9;
  SetInterval(f, {y + from, 1, 1}, {y + to, 12, 31});
}

void Recogniser::SetCentury(Found* f, int c) {
  f->value = std::to_string(c);
  f->precision = Precision::kInterval;
  f->begin = {c * 100, 1, 1};
  f->end = {c * 100 + 99, 12, 31};
}

void Recogniser::SetInterval(Found* f, Date b, Date e) {
  f->value = calendar::Iso(b) + "/" + calendar::Iso(e);
  f->precision = Precision::kInterval;
  f->begin = b;
  f->end = e;
}

void Recogniser::SetYears(Found* f, int y1, int y2, size_t last) {
  f->value = calendar::IsoYear(y1) + "/" + calendar::IsoYear(y2);
  f->precision = Precision::kInterval;
  f->begin = {y1, 1, 1};
  f->end = {y2, 12, 31};
  f->last = last;
}

bool Recogniser::SetDayChecked(Found* f, Date d, bool relative) {
  if (!calendar::Valid(d)) return false;
  SetDay(f, d);
  f->relative = relative;
  return true;
}

}  // namespace timex

std::vector<model::TimeRef> FindTimes(std::string_view text, std::string_view anchor) {
  return FindTimes(text, scan::Lex(text), anchor, TimeSpans::kReported);
}

std::vector<model::TimeRef> FindTimes(std::string_view text, const std::vector<scan::Tok>& toks,
                                      std::string_view anchor, TimeSpans which) {
  return timex::Recogniser(text, toks, anchor, which).Run();
}

TimeScan ScanTimes(std::string_view text, const std::vector<scan::Tok>& toks, std::string_view anchor) {
  TimeScan scan;
  timex::Recogniser anchored(text, toks, anchor, TimeSpans::kReported, &scan.all);
  scan.reported = anchored.Run();
  if (anchored.AnchorDecided()) {
    scan.all.clear();
    timex::Recogniser(text, toks, "", TimeSpans::kReported, &scan.all).Run();
  }
  return scan;
}

}  // namespace claimkb::extract
