// Named days for the time recogniser: fixed holidays ("Christmas Eve"),
// movable feasts and holidays ("Easter Monday", "Thanksgiving") and dated
// events ("9/11"), with the rule that gives each one's date in a year.
#pragma once

#include <optional>
#include <vector>

#include "core/extract/calendar.h"
#include "core/extract/scan.h"

namespace claimkb::extract::named_days {

struct NamedDay {
  size_t first = 0, last = 0;  // tokens of the name
  int rule = 0;                // index into the table of names
  int year = 0;                // the year the name itself fixes ("9/11" -> 2001), else 0
};

// Could a named day start with this token? One cheap test per token.
bool MayStart(const scan::Tok& t);
// The named day whose name starts at toks[i] ("New Year's Eve", "the Fourth of July"), or nullopt.
std::optional<NamedDay> Match(const std::vector<scan::Tok>& toks, size_t i);
// The day's date in `year`.
calendar::Date In(const NamedDay& d, int year);

// Which occurrence a name without a year means, seen from the anchor date.
enum class Direction {
  kNearest,   // the closest one
  kPast,      // the latest on or before the anchor ("we celebrated Easter")
  kFuture,    // the earliest on or after it ("will open on Thanksgiving")
  kLast,      // "last Christmas": strictly before
  kNext,      // "next Easter": strictly after
  kThisYear,  // "this Christmas": the anchor's year
};
calendar::Date Resolve(const NamedDay& d, calendar::Date anchor, Direction dir);

}  // namespace claimkb::extract::named_days
