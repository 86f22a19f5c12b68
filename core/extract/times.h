// Temporal expressions: absolute, partial, weekday, relative and intervals,
// normalised TIMEX3-style against an anchor date.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/extract/scan.h"
#include "core/model/types.h"

namespace claimkb::extract {

// Which expressions FindTimes returns: those worth reporting, or also the
// ones it recognises but does not report (decades such as "the 1990s", date
// stamps and datelines, generic "today"), whose numbers are no quantities either.
enum class TimeSpans { kReported, kAll };

// Finds the time expressions in text. `anchor` is the publication date
// (YYYY-MM-DD) or empty: relative expressions then stay unresolved
// (value "", anchor ""). Spans in the result are BYTE offsets of text.
std::vector<model::TimeRef> FindTimes(std::string_view text, std::string_view anchor);
// The same over `toks` = scan::Lex(text), for callers that lex once for several recognisers.
std::vector<model::TimeRef> FindTimes(std::string_view text, const std::vector<scan::Tok>& toks,
                                      std::string_view anchor, TimeSpans which = TimeSpans::kReported);

// One pass serving two readers: `reported` is FindTimes(text, toks, anchor);
// `all` the byte spans of FindTimes(text, toks, "", TimeSpans::kAll), the
// expressions whose numbers are no quantities. A second, anchorless pass runs
// only when the anchor decided a match (a clock time "on Monday", "Feb. 30").
struct TimeScan {
  std::vector<model::TimeRef> reported;
  std::vector<model::Span> all;
};
TimeScan ScanTimes(std::string_view text, const std::vector<scan::Tok>& toks, std::string_view anchor);

}  // namespace claimkb::extract
