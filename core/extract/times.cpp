#include "core/extract/times.h"

#include <cstdio>
#include <initializer_list>
#include <optional>

#include "core/extract/calendar.h"
#include "core/extract/numbers.h"
#include "core/extract/scan.h"
#include "core/extract/time_words.h"
#include "core/extract/times_named.h"

namespace claimkb::extract {

namespace {

using calendar::Date;
using model::Precision;
using scan::Tok;
using namespace time_words;

// One recognised expression before it becomes a TimeRef.
struct Found {
  size_t first = 0, last = 0;  // tokens covered
  std::string value;           // "" when it needs an anchor that is missing
  Precision precision = Precision::kUnknown;
  Date begin, end;             // days covered (when resolved)
  bool relative = false;       // resolved against the anchor
  bool drop = false;           // recognised but not reported: an era ("the 1990s"), a generic "today"
};

class Recogniser {
 public:
  Recogniser(std::string_view text, const std::vector<Tok>& toks, std::string_view anchor, TimeSpans which)
      : text_(text), toks_(toks), all_(which == TimeSpans::kAll) {
    anchor_ = calendar::Parse(anchor);
  }

  std::vector<model::TimeRef> Run() {
    for (size_t i = 0; i < toks_.size();) {
      Found f;
      if (Match(i, &f)) {
        DayAfter(&f);
        if (all_ || (!f.drop && !Stamp(f))) Emit(f);
        i = f.last + 1;
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

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
    return Word(k) && toks_[k].cap ? MonthOf(toks_[k].text, abbrev) : 0;
  }
  int Weekday(size_t k) const { return Word(k) && toks_[k].cap ? WeekdayOf(toks_[k].text) : 0; }
  // Day of month at k ("5", "5th"); *last receives the last token used.
  int Day(size_t k, size_t* last) const {
    int d = Num(k);
    if (d < 1 || d > 31 || toks_[k].text.size() > 2) return -1;
    *last = k;
    if (Word(k + 1) && Glued(k + 1) && IsOrdinalSuffix(toks_[k + 1].text)) *last = k + 1;
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
    return toks_[k].break_before || (k > 0 && toks_[k - 1].EndsSentence() && toks_[k].space_before);
  }

  // ---- tense ---------------------------------------------------------------
  enum class Tense { kNone, kPast, kFuture };
  Tense TenseNear(size_t first, size_t last) const {
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
        if (t != Tense::kNone) return t;
        present |= IsPresentVerb(toks_[k].text);
      }
    }
    for (size_t k = last + 1, n = 0; k < toks_.size() && n < 10 && !Boundary(k); ++k, ++n) {
      if (Word(k)) {
        Tense t = CueTense(toks_[k].text);
        if (t != Tense::kNone) return t;
      }
    }
    return present ? Tense::kFuture : Tense::kNone;
  }
  // "is meeting", "are travelling", "is set to": the present with a future sense.
  bool Progressive(size_t k) const {
    if (!(Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "am"))) return false;
    std::string_view w = toks_[k].text;
    return (w.size() > 4 && w.ends_with("ing")) || Is(k, "set") || Is(k, "slated") || Is(k, "poised");
  }
  static Tense CueTense(std::string_view w) {
    int c = TenseCue(w);
    return c > 0 ? Tense::kFuture : c < 0 ? Tense::kPast : Tense::kNone;
  }

  // A date that is a line of its own or opens a paragraph before a dash
  // ("Feb. 23, 2015 -- Peanut allergies ..."): the page's date stamp or
  // dateline, which says when the story ran, not when anything in it happened.
  bool Stamp(const Found& f) {
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

  // The end of a paragraph that from token k holds nothing but dates (a page
  // printing its date stamp twice); k when anything else follows.
  size_t DateOnlyLineEnd(size_t k) const {
    size_t j = k;
    for (; j < toks_.size() && !toks_[j].break_before; ++j) {
      const Tok& t = toks_[j];
      bool datey = t.IsNumber() || (t.IsWord() && MonthOf(t.text, nullptr) > 0) || t.IsSym(',') || t.IsSym('.') ||
                   t.IsSym('|') || t.IsDash();
      if (!datey) return k;
    }
    return j;
  }

  // ---- emit ----------------------------------------------------------------
  void Emit(const Found& f) {
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

  // Fills f as a day / month / year ... (value and covered days).
  static void SetDay(Found* f, Date d) {
    f->value = calendar::Iso(d);
    f->precision = Precision::kDay;
    f->begin = f->end = d;
  }
  static void SetMonth(Found* f, int y, int m) {
    f->value = calendar::IsoMonth(y, m);
    f->precision = Precision::kMonth;
    f->begin = {y, m, 1};
    f->end = {y, m, calendar::DaysInMonth(y, m)};
  }
  static void SetYear(Found* f, int y) {
    f->value = calendar::IsoYear(y);
    f->precision = Precision::kYear;
    f->begin = {y, 1, 1};
    f->end = {y, 12, 31};
  }
  static void SetWeek(Found* f, Date d) {
    Date mon;
    f->value = calendar::IsoWeek(d, &mon);
    f->precision = Precision::kWeek;
    f->begin = mon;
    f->end = calendar::AddDays(mon, 6);
  }
  static void SetQuarter(Found* f, int y, int q) {
    // Written as the interval of its days: gold and TIMEX readers agree on
    // "2018-04-01/2018-06-30", not always on "2018-Q2".
    f->begin = {y, 3 * q - 2, 1};
    f->end = {y, 3 * q, calendar::DaysInMonth(y, 3 * q)};
    f->value = calendar::Iso(f->begin) + "/" + calendar::Iso(f->end);
    f->precision = Precision::kQuarter;
  }
  static void SetSeason(Found* f, int y, int s) {  // s: 0 spring .. 3 winter
    static const char* kCode[] = {"SP", "SU", "FA", "WI"};
    f->value = calendar::IsoYear(y) + "-" + kCode[s];
    f->precision = Precision::kQuarter;
    int m = 3 + 3 * s;
    f->begin = {y, m, 1};
    Date end = calendar::AddMonths({y, m, 1}, 3);
    f->end = calendar::AddDays(end, -1);
  }
  static void SetDecade(Found* f, int y) {
    f->value = std::to_string(y / 10);
    f->precision = Precision::kDecade;
    f->begin = {y, 1, 1};
    f->end = {y + 9, 12, 31};
  }
  static void SetCentury(Found* f, int c) {  // c: "19" for the 1900s
    f->value = std::to_string(c);
    f->precision = Precision::kInterval;
    f->begin = {c * 100, 1, 1};
    f->end = {c * 100 + 99, 12, 31};
  }
  static void SetInterval(Found* f, Date b, Date e) {
    f->value = calendar::Iso(b) + "/" + calendar::Iso(e);
    f->precision = Precision::kInterval;
    f->begin = b;
    f->end = e;
  }

  // ---- matchers ------------------------------------------------------------
  bool Match(size_t i, Found* f) {
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
    if (t.IsNumber()) return first_of({&Recogniser::MatchCentury, &Recogniser::MatchAgo, &Recogniser::MatchNumeric});
    if (!t.IsWord() || !IsTrigger(t.text)) return false;
    return first_of({&Recogniser::MatchMonth, &Recogniser::MatchWeekday, &Recogniser::MatchRelative,
                     &Recogniser::MatchCentury, &Recogniser::MatchQuarter, &Recogniser::MatchSeasonYear});
  }

  // A month with an optional day and year, resolved from the anchor when the year is missing.
  bool MatchMonth(size_t i, Found* f) {
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
    size_t j = k;
    if (Is(j, "of") || Sym(j, ',')) ++j;
    if (int y = Year(j); y > 0) {
      f->first = i;
      f->last = j;
      SetMonth(f, y, m);
      return true;
    }
    // A bare month: abbreviations and the ambiguous "May"/"March" need a cue.
    if (abbrev) return false;
    bool prefixed = i > 1 && toks_[i - 1].IsDash() && Glued(i - 1) && Glued(i) && IsYearPrefix(toks_[i - 2].text);
    if ((m == 5 || m == 3) && !prefixed && !(i > 0 && IsMonthLead(toks_[i - 1].text))) return false;  // "mid-May"
    f->first = f->last = i;
    return ResolveMonth(f, m);
  }

  bool SetDayChecked(Found* f, Date d, bool relative) {
    if (!calendar::Valid(d)) return false;
    SetDay(f, d);
    f->relative = relative;
    return true;
  }

  bool ResolveMonthDay(Found* f, int m, int d) {
    f->precision = Precision::kDay;
    f->relative = true;
    if (!anchor_) return true;
    Date a = *anchor_;
    Tense tense = TenseNear(f->first, f->last);
    Date cand{a.year, m, d};
    if (!calendar::Valid({2000, m, d})) return false;
    if (!calendar::Valid(cand)) cand.day = 28;
    int64_t diff = calendar::DaysFromCivil(cand) - calendar::DaysFromCivil(a);
    if (tense == Tense::kPast && diff > 0) cand.year -= 1;
    else if (tense == Tense::kFuture && diff < 0) cand.year += 1;
    else if (tense == Tense::kNone && diff > 183) cand.year -= 1;
    else if (tense == Tense::kNone && diff < -183) cand.year += 1;
    SetDay(f, cand);
    return true;
  }

  bool ResolveMonth(Found* f, int m) {
    f->precision = Precision::kMonth;
    f->relative = true;
    if (!anchor_) return true;
    Date a = *anchor_;
    int y = a.year;
    if (TenseNear(f->first, f->last) == Tense::kFuture) {
      if (m < a.month) ++y;
    } else if (m > a.month) {
      --y;
    }
    SetMonth(f, y, m);
    return true;
  }

  // Numbers: ISO and slashed dates, years, decades, "5 September 2025", times of day.
  bool MatchNumeric(size_t i, Found* f) {
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
    int y = Year(i);
    if (y < 0) return false;
    // The 1990s, the 1800s (a century)
    if (Word(i + 1) && Glued(i + 1) && (toks_[i + 1].text == "s")) {
      f->first = i;
      f->last = i + 1;
      if (y % 100 == 0 && !(i > 0 && Sym(i - 1, '\''))) SetCentury(f, y / 100);
      else if (y % 10 == 0) SetDecade(f, y);
      else return false;
      f->drop = true;  // "the 1990s", "the late 1800s": an era, not a date a reader can place
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
    Emit(*f);
    f->first = f->last = i + 2;
    SetYear(f, y2);
    if (!from) return true;
    Emit(*f);
    f->first = i - 1;
    SetYears(f, y, y2, i + 2);
    return true;
  }

  // Years y1 through y2, written "2008/2009"; the span ends at token last.
  static void SetYears(Found* f, int y1, int y2, size_t last) {
    f->value = calendar::IsoYear(y1) + "/" + calendar::IsoYear(y2);
    f->precision = Precision::kInterval;
    f->begin = {y1, 1, 1};
    f->end = {y2, 12, 31};
    f->last = last;
  }

  // Is the year-shaped number at i really a year (not "2000 people", "$1500")?
  bool YearContext(size_t i) const {
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

  bool MatchClock(size_t i, Found* f) {
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
    char buf[8];
    std::snprintf(buf, sizeof(buf), "T%02d:%02d", h, mi);
    *f = day;
    f->value += buf;
    f->precision = Precision::kTime;
    f->first = i;
    f->last = k;
    return true;
  }

  // dir: -1 "last", +1 "next", 0 from tense.
  bool ResolveWeekday(Found* f, int wd, int dir) {
    f->precision = Precision::kDay;
    f->relative = true;
    if (!anchor_) return true;
    Date a = *anchor_;
    int aw = calendar::Weekday(a);
    int64_t back = (aw - wd + 7) % 7;  // days since the most recent such day (0 = today)
    Tense tense = dir > 0 ? Tense::kFuture : dir < 0 ? Tense::kPast : TenseNear(f->first, f->last);
    int64_t offset = -back;
    if (dir < 0 && back == 0) offset = -7;
    if (tense == Tense::kFuture) {
      int64_t fwd = (wd - aw + 7) % 7;
      offset = (dir > 0 && fwd == 0) ? 7 : fwd;
    }
    SetDay(f, calendar::AddDays(a, offset));
    return true;
  }

  bool MatchWeekday(size_t i, Found* f) {
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

  // today, yesterday, last week, this month, next year, two weeks ago, earlier this month ...
  bool MatchRelative(size_t i, Found* f);
  // Is "today" at i the day of publication ("said today", "will vote today")
  // rather than "nowadays" ("the hottest trend today")?
  bool TodayIsADay(size_t i) const;
  // two weeks ago, a year ago
  bool MatchAgo(size_t i, Found* f);
  // Christmas, Easter Monday, last Thanksgiving, 9/11
  bool MatchNamed(size_t i, Found* f);
  // "the day after Easter": moves a resolved day found at f one day on or back.
  void DayAfter(Found* f);
  // Is the sentence around token i about business figures rather than a game?
  bool BusinessContext(size_t i) const;
  // the 20th century, the nineteenth century
  bool MatchCentury(size_t i, Found* f);
  // Q3 2024, the third quarter of 2024
  bool MatchQuarter(size_t i, Found* f);
  // "the summer of 1898", "spring 2020": the season's days that year.
  bool MatchSeasonYear(size_t i, Found* f);
  // "(last|this|next) <unit>" at i (the unit token at u); false if not a unit.
  bool ResolveUnit(int shift, size_t u, Found* f);

  std::string_view text_;
  const std::vector<Tok>& toks_;
  bool all_ = false;
  std::optional<Date> anchor_;
  std::vector<model::TimeRef> out_;
  size_t stamp_end_ = 0;  // tokens before this belong to a date-stamp line
};


bool Recogniser::ResolveUnit(int shift, size_t u, Found* f) {
  if (!Word(u)) return false;
  char buf[24];
  std::string_view w = scan::Lower(toks_[u].text, buf, sizeof(buf));
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
    if (Is(u + 1, "century") || (Sym(u + 1, '-') && Glued(u + 1) && Is(u + 2, "century"))) return false;
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
  auto dated = [&](size_t k) {
    return Word(k) && (TenseCue(toks_[k].text) != 0 || IsPresentVerb(toks_[k].text));
  };
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
  // today, tonight, yesterday, tomorrow [morning]
  int day_shift = w == "today" || w == "tonight" ? 0 : w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 99;
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
    if (after_the && (w == "past" || w == "next" || w == "coming" || w == "previous")) return false;  // durations
    if (!after_the && w == "previous") return false;
    size_t u = i + 1;
    if (Is(u, "fiscal") || Is(u, "financial") || Is(u, "calendar")) ++u;
    if (after_the) f->first = i - 1;
    return ResolveUnit(shift, u, f);
  }
  return MatchAgo(i, f);
}

bool Recogniser::MatchAgo(size_t i, Found* f) {
  auto n = numbers::ParseAt(toks_, i, false);
  double count = 0;
  size_t u = 0;
  if (n && !n->high && n->value >= 1 && n->value <= 1000) {
    count = n->value;
    u = n->last + 1;
  } else if (Is(i, "a") || Is(i, "an")) {
    count = 1;
    u = i + 1;
  } else {
    return false;
  }
  if (!Word(u) || !Is(u + 1, "ago")) return false;
  char buf[24];
  std::string_view w = scan::Lower(toks_[u].text, buf, sizeof(buf));
  if (w.size() > 1 && w.back() == 's') w.remove_suffix(1);
  int k = static_cast<int>(count);
  f->first = i;
  f->last = u + 1;
  f->relative = true;
  f->precision = w == "day" ? Precision::kDay : w == "week" ? Precision::kWeek : w == "month" ? Precision::kMonth
                                                                                                : Precision::kYear;
  if (w == "centurie") w = "century";
  if (w != "day" && w != "week" && w != "month" && w != "year" && w != "decade" && w != "century") return false;
  if (w == "week") f->precision = Precision::kDay;
  if (!anchor_) return true;
  Date a = *anchor_;
  if (w == "day") SetDay(f, calendar::AddDays(a, -k));
  else if (w == "week") SetDay(f, calendar::AddDays(a, -7 * k));  // "a week ago": that day, as readers count it
  else if (w == "month") {
    Date m = calendar::AddMonths(a, -k);
    SetMonth(f, m.year, m.month);
  } else {
    SetYear(f, a.year - (w == "century" ? 100 * k : w == "decade" ? 10 * k : k));
  }
  return true;
}

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

}  // namespace

std::vector<model::TimeRef> FindTimes(std::string_view text, std::string_view anchor) {
  return FindTimes(text, scan::Lex(text), anchor, TimeSpans::kReported);
}

std::vector<model::TimeRef> FindTimes(std::string_view text, const std::vector<scan::Tok>& toks,
                                      std::string_view anchor, TimeSpans which) {
  return Recogniser(text, toks, anchor, which).Run();
}

}  // namespace claimkb::extract
