// Word lists for the time recogniser: month and weekday names, tense cues,
// the words that lead or follow a year. Lookups are case-insensitive unless
// noted; all are O(1) table lookups.
#pragma once

#include <string_view>

namespace claimkb::extract::time_words {

// 1..12 for "January"/"Jan"/"Sept" ...; *abbrev set for abbreviations. 0 if none.
int MonthOf(std::string_view word, bool* abbrev = nullptr);
// "Friday" of "Friday's", "year" of "year’s": a word without its possessive ending.
std::string_view WithoutPossessive(std::string_view word);
// 1 = Monday .. 7 = Sunday, also in the possessive ("Friday's"), 0 if none.
int WeekdayOf(std::string_view word);
// 0 spring, 1 summer, 2 fall/autumn, 3 winter; -1 if none.
int SeasonOf(std::string_view word);
// Could a time expression start with this word? A cheap filter that lets the
// recogniser skip most words with one lookup.
bool IsTrigger(std::string_view word);
// "st", "nd", "rd", "th".
bool IsOrdinalSuffix(std::string_view word);
// +1 for a future cue ("will", "scheduled"), -1 for a past cue ("said", "was", "-ed"), 0 otherwise.
int TenseCue(std::string_view word);
// Present-tense verbs of scheduled events ("resume", "meet", "returns"): future
// when no stronger tense cue is near.
bool IsPresentVerb(std::string_view word);
// A past verb that reports speech ("said", "told").
bool IsReportingPast(std::string_view word);
// Words that make a bare "May"/"March" a month: "in", "since", "early", "last" ...
bool IsMonthLead(std::string_view word);
// Words glued to a year by a hyphen that keep it a year: "mid-2024", "pre-2008".
bool IsYearPrefix(std::string_view word);
// Words before an old year that make it a year: "in 1492", "since 1848".
bool IsYearLead(std::string_view word);
// Words after a year-shaped number that make it a count: "2000 people", "1500 km".
bool IsCountedAfterYear(std::string_view word);
// Words around "the second quarter": +1 for business ("revenue", "profit"),
// -1 for a game ("points", "scored"), 0 otherwise.
int QuarterCue(std::string_view word);
// "GMT", "ET", "UTC" ...
bool IsTimeZone(std::string_view word);
// A calendar unit counted in "two weeks ago", "the past 12 months", "in a fortnight".
enum class Unit { kNone, kDay, kWeek, kFortnight, kMonth, kYear, kDecade, kCentury };
// The unit a word names, singular or plural; kNone if none.
Unit UnitOf(std::string_view word);

// TIMEX3 part-of-day code for "morning" (MO), "afternoon" (AF), "evening" (EV), "night" (NI); else nullptr.
const char* PartOfDay(std::string_view word);

}  // namespace claimkb::extract::time_words
