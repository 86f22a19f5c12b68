#include "core/extract/calendar.h"

#include <cstdio>

namespace claimkb::extract::calendar {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(Date d) {
  int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (d.month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date CivilFromDays(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int Weekday(Date d) {
  int64_t z = DaysFromCivil(d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
  return kDays[(month - 1) % 12];
}

bool Valid(Date d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= DaysInMonth(d.year, d.month);
}

Date AddDays(Date d, int64_t n) { return CivilFromDays(DaysFromCivil(d) + n); }

Date AddMonths(Date d, int n) {
  int m = d.year * 12 + (d.month - 1) + n;
  int y = m >= 0 ? m / 12 : -((11 - m) / 12);  // floored, for months before year 0
  return {y, m - 12 * y + 1, 1};
}

Date Easter(int year) {
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

Date NthWeekday(int year, int month, int weekday, int n) {
  if (n < 0) {
    Date last{year, month, DaysInMonth(year, month)};
    return AddDays(last, -((Weekday(last) - weekday + 7) % 7));
  }
  Date first{year, month, 1};
  return AddDays(first, (weekday - Weekday(first) + 7) % 7 + 7 * (n - 1));
}

std::optional<Date> Parse(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto num = [&](size_t b, size_t len) {
    int v = 0;
    for (size_t i = b; i < b + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  Date d{num(0, 4), num(5, 2), num(8, 2)};
  if (!Valid(d)) return std::nullopt;
  return d;
}

namespace {

// Zero-padded digits of v (0 <= v < 10^width), as "%0*d" prints them; snprintf
// dominated the time recogniser.
void PutDigits(std::string& out, int v, int width) {
  char buf[4];
  for (int i = width - 1; i >= 0; --i, v /= 10) buf[i] = static_cast<char>('0' + v % 10);
  out.append(buf, static_cast<size_t>(width));
}

bool Fits(int v, int limit) { return v >= 0 && v < limit; }

}  // namespace

std::string Iso(Date d) {
  if (Fits(d.year, 10000) && Fits(d.month, 100) && Fits(d.day, 100)) {
    std::string out;
    out.reserve(10);
    PutDigits(out, d.year, 4);
    out += '-';
    PutDigits(out, d.month, 2);
    out += '-';
    PutDigits(out, d.day, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string IsoMonth(int year, int month) {
  if (Fits(year, 10000) && Fits(month, 100)) {
    std::string out;
    PutDigits(out, year, 4);
    out += '-';
    PutDigits(out, month, 2);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02d", year, month);
  return buf;
}

std::string IsoYear(int year) {
  if (Fits(year, 10000)) {
    std::string out;
    PutDigits(out, year, 4);
    return out;
  }
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d", year);
  return buf;
}

std::string IsoWeek(Date d, Date* monday) {
  Date mon = AddDays(d, 1 - Weekday(d));
  Date thu = AddDays(mon, 3);  // the ISO year is the year of the week's Thursday
  int64_t jan1 = DaysFromCivil({thu.year, 1, 1});
  int week = static_cast<int>((DaysFromCivil(thu) - jan1) / 7 + 1);
  if (monday) *monday = mon;
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-W%02d", thu.year, week);
  return buf;
}

}  // namespace claimkb::extract::calendar
