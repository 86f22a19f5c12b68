// The time recogniser behind FindTimes (times.h), private to it: one pass
// over the tokens, one matcher per shape. Its members live by concept in
// times.cpp (the pass, emitting, values), times_dates.cpp (calendar dates,
// years, clock times), times_anchored.cpp (expressions read from the
// publication date: weekdays, "last week", named days, tense), times_spans.cpp
// (units counted from it: "two years ago", "the past decade", "in a fortnight")
// and times_periods.cpp (centuries, quarters, seasons). Not thread-safe: one per call.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/calendar.h"
#include "core/extract/scan.h"
#include "core/extract/time_words.h"
#include "core/extract/times.h"
#include "core/model/types.h"

namespace claimkb::extract::timex {

using calendar::Date;
using model::Precision;
using scan::Tok;

// One recognised expression before it becomes a TimeRef.
struct Found {
  size_t first = 0, last = 0;  // tokens covered
  std::string value;           // "" when it needs an anchor that is missing
  Precision precision = Precision::kUnknown;
  Date begin, end;             // days covered (when resolved)
  bool relative = false;       // resolved against the anchor
  bool drop = false;           // recognised but not reported: an era ("the late 1800s"), a generic "today"
  bool measures = false;       // its count is also an amount ("the past two years"): quantities may read it
};

class Recogniser {
 public:
  // With `spans`, Run also appends there the span of every match, reported or not.
  Recogniser(std::string_view text, const std::vector<Tok>& toks, std::string_view anchor, TimeSpans which,
             std::vector<model::Span>* spans = nullptr)
      : text_(text), toks_(toks), all_(which == TimeSpans::kAll), spans_(spans) {
    anchor_ = calendar::Parse(anchor);
  }

  std::vector<model::TimeRef> Run();
  // Did the anchor decide whether (or how far) something matched? Then a pass
  // without it finds other spans.
  bool AnchorDecided() const { return anchor_decided_; }

 private:
  // ---- token helpers -------------------------------------------------------
  bool Word(size_t k) const { return k < toks_.size() && toks_[k].IsWord(); }
  bool Is(size_t k, std::string_view lower) const { return Word(k) && scan::IEquals(toks_[k].text, lower); }
  bool Sym(size_t k, char c) const { return k < toks_.size() && toks_[k].IsSym(c); }
  bool Glued(size_t k) const { return k < toks_.size() && !toks_[k].space_before; }
  int Num(size_t k) const {  // small plain integer, or -1
    if (k >= toks_.size() || !toks_[k].IsNumber() || !scan::PlainDigits(toks_[k].text) || toks_[k].text.size() > 4)
      return -1;
    return static_cast<int>(scan::NumberValue(toks_[k].text));
  }
  int Month(size_t k, bool* abbrev = nullptr) const {
    return Word(k) && toks_[k].cap ? time_words::MonthOf(toks_[k].text, abbrev) : 0;
  }
  int Weekday(size_t k) const { return Word(k) && toks_[k].cap ? time_words::WeekdayOf(toks_[k].text) : 0; }
  // Day of month at k ("5", "5th"); *last receives the last token used.
  int Day(size_t k, size_t* last) const {
    int d = Num(k);
    if (d < 1 || d > 31 || toks_[k].text.size() > 2) return -1;
    *last = k;
    if (Word(k + 1) && Glued(k + 1) && time_words::IsOrdinalSuffix(toks_[k + 1].text)) *last = k + 1;
    return d;
  }
  // A four-digit year at k that is not part of a longer number or a quantity.
  int Year(size_t k) const {
    if (k >= toks_.size() || toks_[k].text.size() != 4) return -1;
    int y = Num(k);
    if (y < 1000 || y > 2199) return -1;
    return y;
  }
  // Sentence boundary test used when looking for tense cues.
  bool Boundary(size_t k) const {
    if (toks_[k].break_before) return true;
    if (k == 0 || !toks_[k].space_before) return false;
    const Tok& p = toks_[k - 1];
    // "... of Tomorrow.” Yet": a closing quote or bracket after the full stop.
    return p.EndsSentence() || (k > 1 && (p.IsSym('"') || p.IsSym("\xE2\x80\x9D") || p.IsSym(')')) &&
                                toks_[k - 2].EndsSentence());
  }

  // ---- tense (times_anchored.cpp) -------------------------------------------
  enum class Tense { kNone, kPast, kFuture };
  Tense TenseNear(size_t first, size_t last) const;
  // "is meeting", "are travelling", "is set to": the present with a future sense.
  bool Progressive(size_t k) const;
  // A reporting verb at k after the content ("..., the owner said."), not one that
  // introduces what follows ("he wrote, 'X'", "said that X").
  bool ReportsBefore(size_t k) const;
  static Tense CueTense(std::string_view w);

  // ---- the pass and its output (times.cpp) ---------------------------------
  // A date that is a line of its own or opens a paragraph before a dash
  // ("Feb. 23, 2015 -- Peanut allergies ..."): the page's date stamp or
  // dateline, which says when the story ran, not when anything in it happened.
  bool Stamp(const Found& f);
  // The end of a paragraph that from token k holds nothing but dates (a page
  // printing its date stamp twice); k when anything else follows.
  size_t DateOnlyLineEnd(size_t k) const;
  void Emit(const Found& f);
  // Adds f's span to spans_ (when collecting): every match, reported or not.
  void Record(const Found& f);
  // Emits one part of a longer match ("2019" of "from 2019 to 2024"), always.
  void EmitPart(const Found& f);
  // The first matcher that recognises an expression starting at token i.
  bool Match(size_t i, Found* f);

  // Fills f as a day / month / year ... (value and covered days).
  static void SetDay(Found* f, Date d);
  static void SetMonth(Found* f, int y, int m);
  static void SetYear(Found* f, int y);
  static void SetWeek(Found* f, Date d);
  static void SetQuarter(Found* f, int y, int q);
  static void SetSeason(Found* f, int y, int s);  // s: 0 spring .. 3 winter
  static void SetDecade(Found* f, int y);
  // The years of a decade's part (PeriodPart): early 0-3, mid 4-6, late 7-9 ("the early 1990s": 1990-1993).
  static void SetDecadePart(Found* f, int y, int part);
  static void SetCentury(Found* f, int c);  // c: "19" for the 1900s
  static void SetInterval(Found* f, Date b, Date e);
  // Years y1 through y2, written "2008/2009"; the span ends at token last.
  static void SetYears(Found* f, int y1, int y2, size_t last);
  bool SetDayChecked(Found* f, Date d, bool relative);

  // ---- calendar dates, years, clock times (times_dates.cpp) ----------------
  // A month with an optional day and year, resolved from the anchor when the year is missing.
  bool MatchMonth(size_t i, Found* f);
  // The part of the month or decade at i: "early June" / "the beginning of June" / "early-1990s" 1,
  // "mid-June" 2, "late June" / "the end of June" 3, else 0; *first is where those words begin.
  int PeriodPart(size_t i, size_t* first) const;
  // Narrows a resolved month in f to the days of its part (1-10, 11-20, 21-end).
  static void SetMonthPart(Found* f, int part);
  // A decade from year y written at f->first ("1990s", "’90s"), or the part of it
  // the words before name ("the early 1990s"), as the interval of its days.
  void SetDecadeOrPart(Found* f, int y);
  // Numbers: ISO and slashed dates, years, decades, "5 September 2025", times of day.
  bool MatchNumeric(size_t i, Found* f);
  // Is the year-shaped number at i really a year (not "2000 people", "$1500")?
  bool YearContext(size_t i) const;
  // hh:mm [am|pm] [GMT] (on) Saturday / today
  bool MatchClock(size_t i, Found* f);

  // ---- read from the anchor (times_anchored.cpp) ---------------------------
  // A month and day / a month without a year, placed in the year the tense points to.
  bool ResolveMonthDay(Found* f, int m, int d);
  bool ResolveMonth(Found* f, int m);
  // dir: -1 "last", +1 "next", 0 from tense.
  bool ResolveWeekday(Found* f, int wd, int dir);
  bool MatchWeekday(size_t i, Found* f);
  // today, yesterday, last week, this month, next year, two weeks ago, earlier this month ...
  bool MatchRelative(size_t i, Found* f);
  // Is "today" at i the day of publication ("said today", "will vote today")
  // rather than "nowadays" ("the hottest trend today")?
  bool TodayIsADay(size_t i) const;
  // Christmas, Easter Monday, last Thanksgiving, 9/11
  bool MatchNamed(size_t i, Found* f);
  // "the day after Easter": moves a resolved day found at f one day on or back.
  void DayAfter(Found* f);
  // "(last|this|next) <unit>" at i (the unit token at u); false if not a unit.
  bool ResolveUnit(int shift, size_t u, Found* f);

  // ---- units counted from the anchor (times_spans.cpp) ---------------------
  // "two weeks", "a fortnight", "12 months" at i: *count and the unit's token *unit.
  bool CountedUnit(size_t i, int* count, size_t* unit) const;
  // A "would", "could" or "might" before token k in its sentence: a time reckoned from another moment.
  bool Conditional(size_t k) const;
  // The point n units from the anchor: the day for days and weeks ("two weeks ago" is
  // the day fourteen days back), else the month or the year it falls in.
  void SetCounted(Found* f, time_words::Unit unit, int n);
  // two weeks ago, a year ago, a year and a half ago
  bool MatchAgo(size_t i, Found* f);
  // "the past two years", "the last 12 months", "the past decade", "the past year" at the
  // "past"/"last" token i: the days from that far back to the day before publication.
  bool MatchPastSpan(size_t i, Found* f);
  // "in a fortnight", "in two years" (the day, month or year ahead), "within a month" (the
  // days from publication to then), at the count token i; only when the sentence looks ahead.
  bool MatchAhead(size_t i, Found* f);
  // "by the end of the year", "the beginning of next year": that year.
  bool MatchYearPart(size_t i, Found* f);

  // ---- centuries, quarters, seasons (times_periods.cpp) --------------------
  // Is the sentence around token i about business figures rather than a game?
  bool BusinessContext(size_t i) const;
  // the 20th century, the nineteenth century
  bool MatchCentury(size_t i, Found* f);
  // Q3 2024, the third quarter of 2024
  bool MatchQuarter(size_t i, Found* f);
  // "the summer of 1898", "spring 2020": the season's days that year.
  bool MatchSeasonYear(size_t i, Found* f);

  std::string_view text_;
  const std::vector<Tok>& toks_;
  bool all_ = false;
  std::vector<model::Span>* spans_ = nullptr;
  bool anchor_decided_ = false;
  std::optional<Date> anchor_;
  std::vector<model::TimeRef> out_;
  size_t stamp_end_ = 0;  // tokens before this belong to a date-stamp line
};

}  // namespace claimkb::extract::timex
