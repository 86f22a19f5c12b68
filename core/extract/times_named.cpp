#include "core/extract/times_named.h"

#include <cstdint>
#include <string_view>

#include "core/base/word_table.h"

namespace claimkb::extract::named_days {

namespace {

using calendar::Date;
using scan::Tok;

enum class Kind { kFixed, kEaster, kNth };

// A name as lower-case words without apostrophes ("new years eve") and its date rule:
// kFixed month/day; kEaster days after Easter Sunday; kNth the n-th weekday of a
// month plus `offset` days.
struct Rule {
  std::string_view words[4];
  Kind kind;
  int month = 0, day = 0, weekday = 0, n = 0, offset = 0;
};

// Longer names before the names they start with.
const Rule kRules[] = {
    {{"christmas", "eve"}, Kind::kFixed, 12, 24},
    {{"christmas", "day"}, Kind::kFixed, 12, 25},
    {{"christmas"}, Kind::kFixed, 12, 25},
    {{"new", "years", "eve"}, Kind::kFixed, 12, 31},
    {{"new", "years", "day"}, Kind::kFixed, 1, 1},
    {{"halloween"}, Kind::kFixed, 10, 31},
    {{"valentines", "day"}, Kind::kFixed, 2, 14},
    {{"boxing", "day"}, Kind::kFixed, 12, 26},
    {{"st", "patricks", "day"}, Kind::kFixed, 3, 17},
    {{"saint", "patricks", "day"}, Kind::kFixed, 3, 17},
    {{"fourth", "of", "july"}, Kind::kFixed, 7, 4},
    {{"july", "fourth"}, Kind::kFixed, 7, 4},
    {{"veterans", "day"}, Kind::kFixed, 11, 11},
    {{"armistice", "day"}, Kind::kFixed, 11, 11},
    {{"juneteenth"}, Kind::kFixed, 6, 19},
    {{"bastille", "day"}, Kind::kFixed, 7, 14},
    {{"may", "day"}, Kind::kFixed, 5, 1},
    {{"easter", "sunday"}, Kind::kEaster, 0, 0, 0, 0, 0},
    {{"easter", "monday"}, Kind::kEaster, 0, 0, 0, 0, 1},
    {{"easter"}, Kind::kEaster, 0, 0, 0, 0, 0},
    {{"good", "friday"}, Kind::kEaster, 0, 0, 0, 0, -2},
    {{"maundy", "thursday"}, Kind::kEaster, 0, 0, 0, 0, -3},
    {{"palm", "sunday"}, Kind::kEaster, 0, 0, 0, 0, -7},
    {{"ash", "wednesday"}, Kind::kEaster, 0, 0, 0, 0, -46},
    {{"pentecost"}, Kind::kEaster, 0, 0, 0, 0, 49},
    {{"whit", "monday"}, Kind::kEaster, 0, 0, 0, 0, 50},
    {{"thanksgiving", "day"}, Kind::kNth, 11, 0, 4, 4},
    {{"thanksgiving"}, Kind::kNth, 11, 0, 4, 4},
    {{"black", "friday"}, Kind::kNth, 11, 0, 4, 4, 1},
    {{"cyber", "monday"}, Kind::kNth, 11, 0, 4, 4, 4},
    {{"memorial", "day"}, Kind::kNth, 5, 0, 1, -1},
    {{"labor", "day"}, Kind::kNth, 9, 0, 1, 1},
    {{"presidents", "day"}, Kind::kNth, 2, 0, 1, 3},
    {{"columbus", "day"}, Kind::kNth, 10, 0, 1, 2},
    {{"mothers", "day"}, Kind::kNth, 5, 0, 7, 2},
    {{"fathers", "day"}, Kind::kNth, 6, 0, 7, 3},
};

// Words after a feast's name that make it part of another name or a thing: "Easter Island", "Christmas tree".
bool BlocksName(std::string_view lower) {
  static const WordSet kBlock = {"island", "islands", "rising", "egg",    "eggs",  "bunny",   "tree",  "trees",
                                 "card",   "cards",   "carol",  "carols", "album", "song",    "songs", "movie",
                                 "film",   "special", "lights", "sweater", "jumper", "music", "story", "episode",
                                 "candy",  "candies", "gift",   "gifts",  "shopping", "sales", "decorations",
                                 "ornaments", "costume", "costumes", "chocolates", "menu", "dinner", "market", "markets"};
  return kBlock.Contains(lower);
}

// Lower-case word without apostrophes ("Year’s" -> "years") into buf.
std::string_view Key(std::string_view w, char* buf, size_t size) {
  size_t n = 0;
  for (size_t i = 0; i < w.size() && n < size; ++i) {
    char c = w[i];
    if (c == '\'') continue;
    if (c == '\xE2' && i + 2 < w.size() && w[i + 1] == '\x80' && w[i + 2] == '\x99') {
      i += 2;
      continue;
    }
    buf[n++] = word_table_detail::Fold(c);
  }
  return {buf, n};
}

bool Apostrophe(const Tok& t) { return t.IsSym('\'') || t.IsSym("\xE2\x80\x99") || t.IsSym('.'); }

}  // namespace

bool MayStart(const Tok& t) {
  static constexpr std::string_view kWords[] = {
      "christmas", "new",      "halloween", "valentines", "boxing",     "st",         "saint",    "fourth",
      "july",      "veterans", "armistice", "juneteenth", "bastille",   "may",        "easter",   "good",
      "maundy",    "palm",     "ash",       "pentecost",  "whit",       "thanksgiving", "black",  "cyber",
      "memorial",  "labor",    "presidents", "columbus",  "mothers",    "fathers",    "mother",   "father"};
  static const scan::Initials kInitials(kWords);
  static const WordSet kFirst = [] {
    WordSet s;
    for (std::string_view w : kWords) s.Add(w);
    return s;
  }();
  if (t.IsNumber()) return t.text == "9";
  if (!t.IsWord() || !t.cap) return false;
  // Without apostrophes Key() only folds case (its 24-byte cut is longer than any entry).
  if (t.text.find('\'') == std::string_view::npos && t.text.find('\xE2') == std::string_view::npos)
    return kInitials.May(t.text) && kFirst.ContainsFolded(t.text);
  char buf[24];
  return kFirst.Contains(Key(t.text, buf, sizeof(buf)));
}

std::optional<NamedDay> Match(const std::vector<Tok>& toks, size_t i) {
  const size_t n = toks.size();
  // "9/11": the 2001 attacks, not a slashed date (that needs a year).
  if (toks[i].IsNumber()) {
    if (toks[i].text == "9" && i + 2 < n && toks[i + 1].IsSym('/') && !toks[i + 1].space_before &&
        toks[i + 2].text == "11" && !toks[i + 2].space_before &&
        !(i + 3 < n && (toks[i + 3].IsSym('/') || toks[i + 3].IsNumber()) && !toks[i + 3].space_before))
      return NamedDay{i, i + 2, -1, 2001};
    return std::nullopt;
  }
  for (int r = 0; r < static_cast<int>(std::size(kRules)); ++r) {
    const Rule& rule = kRules[r];
    size_t k = i, last = i;
    bool ok = true;
    for (std::string_view want : rule.words) {
      if (want.empty()) break;
      while (k < n && k > i && Apostrophe(toks[k]) && !toks[k].space_before) ++k;
      char buf[24];
      if (k >= n || !toks[k].IsWord() || Key(toks[k].text, buf, sizeof(buf)) != want ||
          (want != "of" && !toks[k].cap)) {
        ok = false;
        break;
      }
      last = k++;
    }
    if (!ok) continue;
    if (k < n && toks[k].IsWord()) {
      char buf[24];
      if (BlocksName(Key(toks[k].text, buf, sizeof(buf)))) return std::nullopt;
    }
    return NamedDay{i, last, r, 0};
  }
  return std::nullopt;
}

Date In(const NamedDay& d, int year) {
  if (d.rule < 0) return {2001, 9, 11};
  const Rule& r = kRules[d.rule];
  switch (r.kind) {
    case Kind::kFixed:
      return {year, r.month, r.day};
    case Kind::kEaster:
      return calendar::AddDays(calendar::Easter(year), r.offset);
    case Kind::kNth:
      return calendar::AddDays(calendar::NthWeekday(year, r.month, r.weekday, r.n), r.offset);
  }
  return {year, 1, 1};
}

Date Resolve(const NamedDay& d, Date anchor, Direction dir) {
  if (d.year) return In(d, d.year);
  if (dir == Direction::kThisYear) return In(d, anchor.year);
  int64_t today = calendar::DaysFromCivil(anchor);
  Date best = In(d, anchor.year);
  int64_t best_gap = -1;
  for (int y = anchor.year - 1; y <= anchor.year + 1; ++y) {
    Date c = In(d, y);
    int64_t diff = calendar::DaysFromCivil(c) - today;
    if ((dir == Direction::kPast && diff > 0) || (dir == Direction::kLast && diff >= 0)) continue;
    if ((dir == Direction::kFuture && diff < 0) || (dir == Direction::kNext && diff <= 0)) continue;
    int64_t gap = diff < 0 ? -diff : diff;
    if (best_gap < 0 || gap < best_gap) best_gap = gap, best = c;
  }
  return best;
}

}  // namespace claimkb::extract::named_days
