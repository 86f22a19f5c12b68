// Proleptic Gregorian calendar arithmetic for normalising time expressions:
// days since 1970-01-01, weekdays, ISO weeks and ISO 8601 formatting.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimkb::extract::calendar {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool operator==(const Date&) const = default;
};

int64_t DaysFromCivil(Date d);
Date CivilFromDays(int64_t days);
// 1 = Monday .. 7 = Sunday (ISO 8601).
int Weekday(Date d);
int DaysInMonth(int year, int month);
bool Valid(Date d);
Date AddDays(Date d, int64_t n);
// The month `n` months after (or before) d's month, day 1.
Date AddMonths(Date d, int n);

// Easter Sunday of `year` (Gregorian computus, the anonymous algorithm of 1876).
Date Easter(int year);
// The n-th given weekday (1 = Monday) of a month; n = -1 for the last one.
Date NthWeekday(int year, int month, int weekday, int n);

// "YYYY-MM-DD"; nullopt unless it is a valid date.
std::optional<Date> Parse(std::string_view iso);

std::string Iso(Date d);                  // "2025-09-05"
std::string IsoMonth(int year, int month);  // "2025-09"
std::string IsoYear(int year);            // "2025"
// ISO week "2025-W39" of the week containing d; *monday receives its Monday.
std::string IsoWeek(Date d, Date* monday = nullptr);

}  // namespace claimkb::extract::calendar
