#include "core/extract/time_words.h"

#include "core/base/word_table.h"
#include "core/extract/scan.h"

namespace claimkb::extract::time_words {

namespace {

using Set = WordSet;

template <typename F>
auto WithLower(std::string_view word, F f) {
  char buf[24];
  return f(scan::Lower(word, buf, sizeof(buf)), word.size() <= sizeof(buf));
}

bool In(const Set& set, std::string_view word) { return set.ContainsFolded(word); }

}  // namespace

int MonthOf(std::string_view word, bool* abbrev) {
  static const WordMap<int> kFull = {
      {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
      {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}};
  static const WordMap<int> kShort = {
      {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
      {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  if (const int* m = kFull.FindFolded(word)) {
    if (abbrev) *abbrev = false;
    return *m;
  }
  if (const int* m = kShort.FindFolded(word)) {
    if (abbrev) *abbrev = true;
    return *m;
  }
  return 0;
}

int WeekdayOf(std::string_view word) {
  static const WordMap<int> kDays = {
      {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4},
      {"friday", 5}, {"saturday", 6}, {"sunday", 7}};
  const int* d = kDays.FindFolded(word);
  return d ? *d : 0;
}

int SeasonOf(std::string_view word) {
  return WithLower(word, [](std::string_view w, bool) {
    if (w == "spring") return 0;
    if (w == "summer") return 1;
    if (w == "fall" || w == "autumn") return 2;
    if (w == "winter") return 3;
    return -1;
  });
}

bool IsTrigger(std::string_view word) {
  static const Set kTriggers = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
      "yesterday", "tomorrow", "this", "last", "next", "past", "coming", "current", "previous", "earlier",
      "later", "a", "an", "q", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "dozens",
      "hundreds", "tens", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth", "twenty-first", "thousands", "millions"};
  return In(kTriggers, word);
}

bool IsOrdinalSuffix(std::string_view w) { return w == "st" || w == "nd" || w == "rd" || w == "th"; }

int TenseCue(std::string_view word) {
  static const Set kFuture = {"will",     "shall",   "upcoming", "scheduled", "expected", "expects", "plans",
                              "planning", "plan",    "due",      "tomorrow",  "next",     "intends", "aims",
                              "later",    "coming",  "would",    "until"};
  static const Set kPast = {"was",  "were", "had",    "did",   "said",  "told",  "ago",   "last",   "took",
                            "came", "went", "began",  "met",   "sent",  "left",  "gave",  "made",   "held",
                            "won",  "lost", "saw",    "spoke", "wrote", "got",   "found", "earlier", "died",
                            "fell", "rose", "struck", "hit",   "led",   "paid",  "put",   "set",    "ran",
                            "became", "brought", "bought", "sold", "told", "thought", "felt", "kept", "known"};
  return WithLower(word, [&](std::string_view w, bool fits) {
    if (!fits) return 0;
    if (kFuture.Contains(w) || (w.size() > 3 && w.substr(w.size() - 3) == "'ll")) return 1;
    if (kPast.Contains(w)) return -1;
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && w != "need" && w != "indeed" && w != "speed" &&
        w != "proceed" && w != "succeed" && w != "exceed")
      return -1;
    return 0;
  });
}

bool IsMonthLead(std::string_view word) {
  static const Set kLead = {"in",    "since", "until", "till",  "by",     "from",  "through", "early", "late",
                            "mid",   "last",  "next",  "this",  "during", "before", "after",  "of",    "end",
                            "around", "throughout", "between", "and", "to", "on", "that"};
  return In(kLead, word);
}

bool IsYearPrefix(std::string_view word) {
  static const Set kPrefix = {"mid", "pre", "post", "early", "late", "end", "fiscal", "fy"};
  return In(kPrefix, word);
}

bool IsYearLead(std::string_view word) {
  static const Set kLead = {"in",     "since",  "until", "till", "from",   "before", "after", "during",
                            "circa",  "year",   "by",    "of",   "around", "c",      "ad",    "bc"};
  return In(kLead, word);
}

bool IsCountedAfterYear(std::string_view word) {
  static const Set kCounted = {
      "people", "persons", "residents", "workers", "employees", "jobs",    "members", "troops",   "soldiers",
      "children", "students", "cases",  "deaths",  "units",     "homes",   "houses",  "cars",     "vehicles",
      "km",     "kilometres", "kilometers", "miles", "metres", "meters", "feet",    "yards",    "kg",
      "tonnes", "tons",   "pounds", "dollars",  "euros",     "rupees",  "yuan",    "yen",      "points",
      "hp",     "horsepower", "rpm", "calories", "acres",   "hectares", "votes",  "seats",    "shares",
      "times",  "customers", "users", "patients", "victims", "refugees", "migrants", "prisoners", "civilians",
      "fans",   "runs",   "yards",   "years",   "days",      "hours",   "minutes", "degrees",  "percent",
      "mph",    "words",  "pages",   "items",   "sq",        "square",  "per",     "cc",       "mw",
      "gb",     "mb",     "ft",      "lbs",     "officers",  "mm",      "cm",       "ml",      "hires"};
  return In(kCounted, word);
}

bool IsTimeZone(std::string_view word) {
  static const Set kZones = {"gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt",
                             "mt",  "mst", "mdt", "pt",  "pst",  "pdt", "ist", "jst", "aest", "local"};
  return In(kZones, word);
}

const char* PartOfDay(std::string_view word) {
  return WithLower(word, [](std::string_view w, bool) -> const char* {
    if (w == "morning") return "MO";
    if (w == "afternoon") return "AF";
    if (w == "evening") return "EV";
    if (w == "night") return "NI";
    return nullptr;
  });
}

}  // namespace claimkb::extract::time_words
