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

std::string_view WithoutPossessive(std::string_view word) {
  if (word.size() > 3 && word.ends_with("'s")) return word.substr(0, word.size() - 2);
  if (word.size() > 5 && word.ends_with("\xE2\x80\x99s")) return word.substr(0, word.size() - 4);
  return word;
}

int WeekdayOf(std::string_view word) {
  static const WordMap<int> kDays = {
      {"monday", 1}, {"tuesday", 2}, {"wednesday", 3}, {"thursday", 4},
      {"friday", 5}, {"saturday", 6}, {"sunday", 7}};
  const int* d = kDays.FindFolded(WithoutPossessive(word));
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
  static constexpr std::string_view kWords[] = {
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight",
      "yesterday", "tomorrow", "this", "last", "next", "past", "coming", "current", "previous", "earlier",
      "later", "a", "an", "q", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "dozens",
      "hundreds", "tens", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
      "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
      "eighteenth", "nineteenth", "twentieth", "twenty-first", "thousands", "millions", "spring", "summer", "fall",
      "autumn", "winter", "end", "beginning", "start"};
  static const scan::Initials kInitials(kWords);
  static const Set kTriggers = [] {
    Set s;
    for (std::string_view w : kWords) s.Add(w);
    return s;
  }();
  return kInitials.May(word) && In(kTriggers, word);
}

bool IsOrdinalSuffix(std::string_view w) { return w == "st" || w == "nd" || w == "rd" || w == "th"; }

int TenseCue(std::string_view word) {
  static const Set kFuture = {"will",     "shall",   "upcoming", "scheduled", "expected", "expects", "plans",
                              "planning", "plan",    "due",      "tomorrow",  "next",     "intends", "aims",
                              "later",    "coming",  "would",    "until",
                              // present tense of travel and schedule verbs: "he travels on Sunday"
                              "begins",   "starts",  "opens",    "reopens",   "travels",  "heads",   "meets",
                              "arrives",  "departs", "hosts",    "resumes",   "launches", "convenes", "expires",
                              "flies",    "lands",   "debuts",   "premieres", "airs",     "kicks"};
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

bool IsPresentVerb(std::string_view word) {
  static const Set kPresent = {"meet",   "begin",  "start",  "resume", "open",   "go",     "head",   "travel",
                               "return", "vote",   "face",   "take",   "play",   "host",   "arrive", "leave",
                               "visit",  "gather", "convene", "land",  "launch", "close",  "end",    "goes",
                               "returns", "visits", "faces", "takes",  "gets",   "closes", "ends",   "plays",
                               "leaves", "hold",   "holds",  "testify", "testifies", "appear", "appears"};
  return In(kPresent, word);
}

bool IsReportingPast(std::string_view word) {
  static const Set kReporting = {"said", "told", "wrote", "added", "explained", "noted", "stated", "recalled"};
  return In(kReporting, word);
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

int QuarterCue(std::string_view word) {
  static const WordMap<int> kCues = {
      {"earnings", 1}, {"revenue", 1},   {"revenues", 1}, {"profit", 1},     {"profits", 1},     {"sales", 1},
      {"growth", 1},   {"gdp", 1},       {"economy", 1},  {"economic", 1},   {"results", 1},     {"quarterly", 1},
      {"fiscal", 1},   {"income", 1},    {"loss", 1},     {"losses", 1},     {"margin", 1},      {"margins", 1},
      {"shares", 1},   {"output", 1},    {"deliveries", 1}, {"shipments", 1}, {"forecast", 1},   {"analysts", 1},
      {"inflation", 1}, {"company", 1},  {"investors", 1}, {"billion", 1},   {"million", 1},     {"spending", 1},
      {"unemployment", 1}, {"demand", 1}, {"prices", 1},  {"exports", 1},    {"imports", 1},     {"percent", 1},
      {"jobs", 1},     {"points", -1},   {"scored", -1},  {"score", -1},     {"touchdown", -1},  {"touchdowns", -1},
      {"goal", -1},    {"goals", -1},    {"game", -1},    {"games", -1},     {"yards", -1},      {"overtime", -1},
      {"period", -1},  {"inning", -1},   {"innings", -1}, {"quarterback", -1}, {"lead", -1},     {"basket", -1},
      {"baskets", -1}, {"rebounds", -1}, {"assists", -1}, {"half", -1},      {"play", -1},       {"match", -1}};
  const int* v = kCues.FindFolded(word);
  return v ? *v : 0;
}

bool IsTimeZone(std::string_view word) {
  static const Set kZones = {"gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt",
                             "mt",  "mst", "mdt", "pt",  "pst",  "pdt", "ist", "jst", "aest", "local"};
  return In(kZones, word);
}

Unit UnitOf(std::string_view word) {
  static const WordMap<Unit> kUnits = {
      {"day", Unit::kDay},         {"days", Unit::kDay},           {"week", Unit::kWeek},
      {"weeks", Unit::kWeek},      {"fortnight", Unit::kFortnight}, {"fortnights", Unit::kFortnight},
      {"month", Unit::kMonth},     {"months", Unit::kMonth},       {"year", Unit::kYear},
      {"years", Unit::kYear},      {"decade", Unit::kDecade},      {"decades", Unit::kDecade},
      {"century", Unit::kCentury}, {"centuries", Unit::kCentury}};
  const Unit* u = kUnits.FindFolded(WithoutPossessive(word));
  return u ? *u : Unit::kNone;
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
