#include "core/extract/metadata.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "core/base/word_table.h"
#include "core/extract/names.h"

namespace claimkb::extract {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsLetterByte(char c) { return IsAsciiAlpha(c) || static_cast<unsigned char>(c) >= 0x80; }

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool ValidDate(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  int max = kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
  return d <= max;
}

std::string Format(int y, int m, int d) {
  if (!ValidDate(y, m, d)) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Month names in the languages news pages most often use, lower case; the
// index modulo 12 is the month.
int MonthFromWord(std::string_view w) {
  static const char* const kNames[][12] = {
      {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
       "november", "december"},
      {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
      {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
       "novembre", "décembre"},
      {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"},
      {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
       "november", "dezember"},
      {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
       "novembro", "dezembro"},
  };
  static const WordMap<int> kMonths = [] {
    WordMap<int> m;
    m.Add("sept", 9);
    m.Add("setiembre", 9);
    for (const auto& lang : kNames)
      for (int i = 0; i < 12; ++i) m.Add(lang[i], i + 1);
    return m;
  }();
  const int* m = kMonths.FindFolded(w);
  return m ? *m : 0;
}

struct Tok {
  enum Kind { kNum, kWord, kSep } kind;
  std::string_view text;
  int value = 0;  // numbers
  char sep = 0;   // the separator character for kSep
};

std::vector<Tok> Tokens(std::string_view s) {
  std::vector<Tok> out;
  size_t i = 0;
  while (i < s.size() && out.size() < 64) {
    char c = s[i];
    if (IsDigit(c)) {
      size_t j = i;
      int v = 0;
      while (j < s.size() && IsDigit(s[j]) && j - i < 9) v = v * 10 + (s[j++] - '0');
      out.push_back({Tok::kNum, s.substr(i, j - i), v});
      // ordinal suffixes: 22nd, 1st, 3rd, 4th, 1er
      size_t k = j;
      while (k < s.size() && IsAsciiAlpha(s[k]) && k - j < 3) ++k;
      std::string suf = Lower(s.substr(j, k - j));
      if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th" || suf == "er") j = k;
      i = j;
    } else if (IsLetterByte(c)) {
      size_t j = i;
      while (j < s.size() && IsLetterByte(s[j])) ++j;
      out.push_back({Tok::kWord, s.substr(i, j - i)});
      i = j;
    } else {
      if (c == '-' || c == '/' || c == '.' || c == ':' || c == 'T' || c == ',') {
        out.push_back({Tok::kSep, s.substr(i, 1), 0, c});
      }
      ++i;
    }
  }
  return out;
}

bool IsNum(const std::vector<Tok>& t, size_t i, size_t min_len, size_t max_len) {
  return i < t.size() && t[i].kind == Tok::kNum && t[i].text.size() >= min_len && t[i].text.size() <= max_len;
}
bool IsSep(const std::vector<Tok>& t, size_t i, char c) {
  return i < t.size() && t[i].kind == Tok::kSep && t[i].sep == c;
}

// "2025年9月22日"
std::string CjkDate(std::string_view s) {
  size_t y = s.find("\xE5\xB9\xB4");  // 年
  if (y == std::string_view::npos || y < 4) return "";
  size_t ys = y;
  while (ys > 0 && IsDigit(s[ys - 1]) && y - ys < 4) --ys;
  if (y - ys != 4) return "";
  int year = std::stoi(std::string(s.substr(ys, 4)));
  size_t p = y + 3, q = p;
  while (q < s.size() && IsDigit(s[q]) && q - p < 2) ++q;
  if (q == p || s.substr(q, 3) != "\xE6\x9C\x88") return "";  // 月
  int month = std::stoi(std::string(s.substr(p, q - p)));
  p = q + 3, q = p;
  while (q < s.size() && IsDigit(s[q]) && q - p < 2) ++q;
  if (q == p) return "";
  return Format(year, month, std::stoi(std::string(s.substr(p, q - p))));
}

// "Brenda Goodman, MA", "Jane Roe, M.D., Ph.D.": degrees and credentials after
// a name are no part of it.
void DropCredentials(std::string* s) {
  static const WordSet kCredentials = {
      "ma",  "ms",   "msc", "md",  "phd",  "dphil", "rn",   "mph",  "mba", "mpa", "do",  "dds",  "dmd",  "pharmd",
      "bsn", "msn",  "lcsw", "lpc", "cpa", "cfa",   "cfp",  "esq",  "facp", "facc", "faap", "mbbs", "frcp", "ba",
      "bs",  "bsc",  "mfa", "jd",  "edd",  "psyd",  "dvm",  "rd",   "ld",  "np",  "cnm", "fnp",  "aprn", "cde"};
  for (;;) {
    size_t comma = s->rfind(", ");
    if (comma == std::string::npos || comma == 0) return;
    std::string word;
    for (char c : std::string_view(*s).substr(comma + 2))
      if (c != '.' && c != ' ') word.push_back(c);
    if (!kCredentials.ContainsFolded(word)) return;
    s->resize(comma);
  }
}

// "NATALIYA VASILYEVA": a byline in capitals is written as a name
// ("Nataliya Vasilyeva", "Sean O'Brien"); mixed case is left as it is.
void TitleCaseCapitals(std::string* s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(*s);
  int upper = 0;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    UChar32 c = u.char32At(i);
    if (u_islower(c)) return;
    upper += u_isupper(c) ? 1 : 0;
  }
  if (upper < 4) return;
  icu::UnicodeString low = u;
  low.toLower(icu::Locale::getRoot());
  icu::UnicodeString out;
  bool start = true;
  for (int32_t i = 0; i < low.length(); i = low.moveIndex32(i, 1)) {
    UChar32 c = low.char32At(i);
    out.append(start ? u_toupper(c) : c);
    // A letter after a hyphen, a space or "O'" / "D'" starts a part of the name.
    start = c == ' ' || c == '-' ||
            ((c == '\'' || c == 0x2019) && i >= 1 && (i == 1 || low.charAt(i - 2) == ' ') && u_isalpha(low.charAt(i - 1)));
  }
  s->clear();
  out.toUTF8String(*s);
}

}  // namespace

std::string Lower(std::string_view text) { return AsciiLower(text); }

bool IsIsoDate(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!IsDigit(t[i])) return false;
  auto num = [&](size_t a, size_t n) { return std::stoi(std::string(t.substr(a, n))); };
  return ValidDate(num(0, 4), num(5, 2), num(8, 2));
}

std::string NormalizeDate(std::string_view text) {
  std::string_view s = text.substr(0, 300);
  if (std::string cjk = CjkDate(s); !cjk.empty()) return cjk;
  std::vector<Tok> t = Tokens(s);
  // Year first: 2025-09-22, 2025/9/22, 2025.09.22 (time and zone ignored).
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!IsNum(t, i, 4, 4) || t[i + 1].kind != Tok::kSep) continue;
    char sep = t[i + 1].sep;
    if ((sep == '-' || sep == '/' || sep == '.') && IsNum(t, i + 2, 1, 2) && IsSep(t, i + 3, sep) &&
        IsNum(t, i + 4, 1, 2)) {
      return Format(t[i].value, t[i + 2].value, t[i + 4].value);
    }
  }
  // A month name with a day on either side and a year after.
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != Tok::kWord) continue;
    int month = MonthFromWord(t[i].text);
    if (!month) continue;
    auto skip = [&](size_t j) {  // past separators and "de"/"of"
      while (j < t.size() && (t[j].kind == Tok::kSep ||
                              (t[j].kind == Tok::kWord && (Lower(t[j].text) == "de" || Lower(t[j].text) == "of"))))
        ++j;
      return j;
    };
    size_t after = skip(i + 1);
    // Month Day, Year
    if (IsNum(t, after, 1, 2)) {
      size_t y = skip(after + 1);
      if (IsNum(t, y, 4, 4)) return Format(t[y].value, month, t[after].value);
    }
    // Day Month Year
    size_t before = i;
    while (before > 0 && (t[before - 1].kind == Tok::kSep ||
                          (t[before - 1].kind == Tok::kWord &&
                           (Lower(t[before - 1].text) == "de" || Lower(t[before - 1].text) == "of"))))
      --before;
    if (before > 0 && IsNum(t, before - 1, 1, 2) && IsNum(t, after, 4, 4)) {
      return Format(t[after].value, month, t[before - 1].value);
    }
  }
  // Numeric day-month-year: 22.09.2025 (day first), 21/12/2018, 9/22/2025.
  for (size_t i = 0; i + 4 < t.size(); ++i) {
    if (!IsNum(t, i, 1, 2) || t[i + 1].kind != Tok::kSep) continue;
    char sep = t[i + 1].sep;
    if ((sep != '.' && sep != '/' && sep != '-') || !IsNum(t, i + 2, 1, 2) || !IsSep(t, i + 3, sep) ||
        !IsNum(t, i + 4, 4, 4))
      continue;
    int a = t[i].value, b = t[i + 2].value, y = t[i + 4].value;
    bool day_first = sep == '.' || a > 12;
    return day_first ? Format(y, b, a) : Format(y, a, b);
  }
  return "";
}

namespace {

// Length of the whitespace sequence at text[i] (ASCII, NBSP, U+2000..200A,
// U+2028/9, U+202F, ideographic space), 0 if none.
// A byte that never starts a space (SpaceAt is 0): printable ASCII and most UTF-8 lead and trail bytes.
bool PlainByte(char c) { return static_cast<unsigned char>(c) > ' ' && static_cast<unsigned char>(c) < 0xC2; }

size_t SpaceAt(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0xC2) return 0;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(text[i + 2]);
    if ((d >= 0x80 && d <= 0x8A) || d == 0xAF || d == 0xA8 || d == 0xA9) return 3;
  }
  if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x80)
    return 3;
  return 0;
}

}  // namespace

std::string FoldSpace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  auto word_at = [&](size_t k) { return PlainByte(text[k]) || !SpaceAt(text, k); };
  for (size_t i = 0; i < text.size();) {
    if (size_t n = SpaceAt(text, i)) {
      space = true;
      i += n;
      continue;
    }
    // Words joined by single ASCII spaces stay as they are: copy them in one run.
    size_t j = i + 1;
    for (;;) {
      while (j < text.size() && word_at(j)) ++j;
      if (j + 1 < text.size() && text[j] == ' ' && word_at(j + 1)) {
        j += 2;
        continue;
      }
      break;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(text.data() + i, j - i);
    i = j;
  }
  return out;
}

std::string CleanByline(std::string_view text) {
  std::string s = FoldSpace(text);
  // Cut at a separator that introduces a date or role: "Jane Roe | Sep 22", "Jane Roe, Reuters".
  for (std::string_view sep : {" | ", "|", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", " \xC2\xB7 ", "\n"}) {
    size_t p = s.find(sep);
    if (p == std::string::npos) continue;
    std::string head = FoldSpace(s.substr(0, p));
    std::string lh = Lower(head);
    if (head.empty() || lh == "by" || lh == "par" || lh == "por" || lh == "von" || lh == "di") {
      s = FoldSpace(s.substr(p + sep.size()));
    } else {
      s = head;
    }
  }
  // "Tech Industry by Jane Roe": a short label before " by " is not the name.
  if (size_t by = Lower(s).find(" by "); by != std::string::npos && std::count(s.begin(), s.begin() + by, ' ') < 4) {
    s = FoldSpace(s.substr(by + 4));
  }
  static const char* const kPrefixes[] = {"by ", "by: ", "written by ", "words by ", "story by ", "par ",
                                          "por ", "von ", "di ", "posted by ", "author: ", "autor: "};
  for (bool again = true; again;) {
    again = false;
    std::string ls = Lower(s);
    for (const char* p : kPrefixes) {
      std::string_view pv(p);
      if (ls.size() > pv.size() && ls.compare(0, pv.size(), pv) == 0) {
        s = FoldSpace(s.substr(pv.size()));
        again = true;
        break;
      }
    }
  }
  std::string ls = Lower(s);
  if (ls == "by" || ls == "admin" || s.find("://") != std::string::npos) return "";
  // A date stuck to the name ("Jane Roe Sep 22, 2025") is not part of the name.
  if (!NormalizeDate(s).empty()) {
    size_t cut = s.size();
    for (size_t i = 0; i < s.size(); ++i) {
      if (IsDigit(s[i])) {
        cut = i;
        break;
      }
      if (i > 0 && s[i - 1] != ' ') continue;
      size_t e = std::min(s.find(' ', i), s.size());
      std::string_view word = std::string_view(s).substr(i, e - i);
      while (!word.empty() && word.back() == '.') word.remove_suffix(1);
      if (MonthFromWord(word) && e + 1 < s.size() && IsDigit(s[e + 1])) {
        cut = i;
        break;
      }
    }
    s = FoldSpace(s.substr(0, cut));
    while (!s.empty() && (s.back() == ',' || s.back() == '|' || s.back() == '-' || s.back() == ' ')) s.pop_back();
  }
  // "Jane Roe22 Dec 2016651": markup without spaces glued a date and a comment count to the name.
  for (size_t i = 1; i < s.size(); ++i) {
    if (IsDigit(s[i]) && IsAsciiAlpha(s[i - 1]) && i >= 3) {
      s = FoldSpace(s.substr(0, i));
      break;
    }
  }
  if (s.size() > 200) return "";
  DropCredentials(&s);
  TitleCaseCapitals(&s);
  return s;
}

namespace {

// Per byte: the byte LooseKey writes and whether it keeps it.
struct LooseTable {
  char to[256];
  uint8_t keep[256];
  LooseTable() {
    for (int b = 0; b < 256; ++b) {
      char c = static_cast<char>(b);
      bool alpha = IsAsciiAlpha(c);
      to[b] = alpha ? static_cast<char>(c | 0x20) : c;
      keep[b] = alpha || IsDigit(c) || b >= 0x80;
    }
  }
};

const LooseTable& Loose() {
  static const LooseTable kLoose;
  return kLoose;
}

}  // namespace

std::string LooseKey(std::string_view text) {
  const LooseTable& loose = Loose();
  std::string out(text.size(), '\0');
  char* o = out.data();
  size_t n = 0;
  for (char c : text) {  // branch-free: write every byte, advance past the kept ones
    auto b = static_cast<unsigned char>(c);
    o[n] = loose.to[b];
    n += loose.keep[b];
  }
  out.resize(n);
  return out;
}

bool HasLooseKey(std::string_view text, std::string_view key) {
  const LooseTable& loose = Loose();
  size_t n = 0;
  for (char c : text) {
    auto b = static_cast<unsigned char>(c);
    if (!loose.keep[b]) continue;
    if (n == key.size() || key[n] != loose.to[b]) return false;
    ++n;
  }
  return n == key.size();
}

}  // namespace claimkb::extract
