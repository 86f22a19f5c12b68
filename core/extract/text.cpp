#include "core/extract/text.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <array>
#include <memory>

namespace claimkb::extract {

namespace {

UChar32 DecodeAt(std::string_view s, size_t i, size_t* next) {
  if (static_cast<unsigned char>(s[i]) < 0x80) {
    *next = i + 1;
    return static_cast<unsigned char>(s[i]);
  }
  int32_t pos = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(pos);
  return c;
}

// ASCII answers from a table (the same as ICU's for these code points), the
// rest from ICU: most text is ASCII and ICU's property lookups dominate otherwise.
enum : uint8_t { kAsciiSpace = 1, kAsciiDigit = 2, kAsciiUpper = 4, kAsciiLower = 8 };
constexpr std::array<uint8_t, 128> kAscii = [] {
  std::array<uint8_t, 128> t{};
  for (int c : {'\t', '\n', '\v', '\f', '\r', ' '}) t[c] = kAsciiSpace;
  for (int c = '0'; c <= '9'; ++c) t[c] = kAsciiDigit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAsciiUpper;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAsciiLower;
  return t;
}();
bool IsAscii(UChar32 c) { return c >= 0 && c < 0x80; }
bool IsSpace(UChar32 c) { return IsAscii(c) ? (kAscii[c] & kAsciiSpace) : u_isUWhiteSpace(c); }
bool IsDigit(UChar32 c) { return IsAscii(c) ? (kAscii[c] & kAsciiDigit) : u_isdigit(c); }
bool IsUpper(UChar32 c) { return IsAscii(c) ? (kAscii[c] & kAsciiUpper) : u_isupper(c); }
bool IsLower(UChar32 c) { return IsAscii(c) ? (kAscii[c] & kAsciiLower) : u_islower(c); }
bool IsAlpha(UChar32 c) { return IsAscii(c) ? (kAscii[c] & (kAsciiUpper | kAsciiLower)) : u_isalpha(c); }
bool IsUpperOrTitle(UChar32 c) { return IsAscii(c) ? (kAscii[c] & kAsciiUpper) : (u_isupper(c) || u_istitle(c)); }

bool IsWordChar(UChar32 c) {
  if (IsAscii(c)) return kAscii[c] & (kAsciiDigit | kAsciiUpper | kAsciiLower);
  return c >= 0 && (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK);
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsHyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

bool IsBlankLine(std::string_view text, size_t nl, size_t* after) {
  // text[nl] == '\n'; a paragraph break is a newline followed by optional
  // spaces and another newline.
  size_t j = nl + 1;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
  if (j < text.size() && text[j] == '\n') {
    while (j < text.size() && (text[j] == '\n' || text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    *after = j;
    return true;
  }
  return false;
}

// A span ending in a lone capital letter and a period ("Donald J.") or in a
// title abbreviation ICU does not know ("Del.", "Gens."), which is no end of
// a sentence.
bool EndsInInitial(std::string_view text, size_t begin, size_t end) {
  while (end >= begin + 2 && text[end - 2] == '\xC2' && text[end - 1] == '\xA0') end -= 2;  // "Gov.&nbsp;John"
  if (end < begin + 3 || text[end - 1] != '.') return false;
  size_t w = end - 1;
  while (w > begin && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) --w;
  if (w > begin && text[w - 1] != ' ' && text[w - 1] != '(' && text[w - 1] != '"') return false;
  std::string_view word = text.substr(w, end - 1 - w);
  if (word.size() == 1) return word[0] >= 'A' && word[0] <= 'Z';
  static constexpr std::string_view kTitles[] = {"Adm",  "Amb",  "Atty", "Brig", "Capt", "Cmdr", "Col",  "Del",
                                                 "Gen",  "Gens", "Gov",  "Hon",  "Insp", "Lt",   "Maj",  "Msgr",
                                                 "Prof", "Rep",  "Reps", "Rev",  "Sen",  "Sens", "Sgt",  "Supt"};
  for (std::string_view t : kTitles)
    if (word == t) return true;
  return false;
}

}  // namespace

std::vector<Range> SplitParagraphs(std::string_view text) {
  std::vector<Range> out;
  size_t start = 0;
  auto push = [&](size_t b, size_t e) {
    while (b < e && (text[b] == ' ' || text[b] == '\n' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    if (e > b) out.push_back({b, e});
  };
  for (size_t i = 0; i < text.size(); ++i) {
    size_t after;
    if (text[i] == '\n' && IsBlankLine(text, i, &after)) {
      push(start, i);
      start = after;
      i = after - 1;
    }
  }
  push(start, text.size());
  return out;
}

std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> out;
  UErrorCode err = U_ZERO_ERROR;
  // One iterator per thread: ICU break iterators are not thread-safe but are
  // expensive to create.
  thread_local std::unique_ptr<icu::BreakIterator> iter(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), err));
  if (!iter) return out;
  std::vector<Range> paragraphs = SplitParagraphs(text);
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    Range para = paragraphs[p];
    std::string_view pt = text.substr(para.begin, para.size());
    err = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, pt.data(), static_cast<int64_t>(pt.size()), &err);
    if (U_FAILURE(err)) continue;
    iter->setText(ut, err);
    int32_t b = iter->first();
    for (int32_t e = iter->next(); e != icu::BreakIterator::DONE; b = e, e = iter->next()) {
      size_t sb = para.begin + static_cast<size_t>(b), se = para.begin + static_cast<size_t>(e);
      while (sb < se && (text[sb] == ' ' || text[sb] == '\n' || text[sb] == '\t')) ++sb;
      while (se > sb && (text[se - 1] == ' ' || text[se - 1] == '\n' || text[se - 1] == '\t')) --se;
      if (se <= sb) continue;
      if (!out.empty() && out.back().paragraph == p && EndsInInitial(text, out.back().begin, out.back().end)) {
        out.back().end = se;  // "Donald J. | Trump": ICU breaks after a middle initial
        continue;
      }
      out.push_back(Sentence{{sb, se}, p});
    }
    utext_close(ut);
  }
  return out;
}

std::vector<Token> Tokenize(std::string_view text, Range range) {
  std::vector<Token> out;
  out.reserve(range.size() / 5 + 4);
  bool straight_open = false;
  size_t i = range.begin;
  bool first = true;
  while (i < range.end) {
    size_t next;
    UChar32 c = DecodeAt(text, i, &next);
    if (c < 0) {  // invalid input never reaches here, but never loop forever
      i = next > i ? next : i + 1;
      continue;
    }
    if (IsSpace(c)) {
      if (c == '\n') straight_open = false;
      i = next;
      continue;
    }
    Token t;
    t.begin = i;
    if (IsWordChar(c)) {
      bool digit_start = IsDigit(c);
      bool has_lower = false, has_upper = false;
      bool first_upper = IsUpperOrTitle(c);
      int letters = 0;
      size_t j = i;
      while (j < range.end) {
        size_t n2;
        UChar32 d = DecodeAt(text, j, &n2);
        if (IsWordChar(d)) {
          if (IsAlpha(d)) {
            ++letters;
            if (IsUpper(d)) has_upper = true;
            if (IsLower(d)) has_lower = true;
          }
          j = n2;
          continue;
        }
        // Inner joiners: Trump's, narco-terrorist, U.S., 1,000.5
        if (n2 < range.end) {
          size_t n3;
          UChar32 e = DecodeAt(text, n2, &n3);
          bool joins = false;
          if (IsApostrophe(d) || IsHyphen(d)) joins = IsWordChar(e);
          if ((d == '.' || d == ',') && digit_start) joins = e >= 0 && IsDigit(e);
          if (d == '.' && !digit_start && letters <= 2 && e >= 0 && IsUpper(e)) {
            joins = true;  // U.S, U.N. -- abbreviations of single letters
          }
          if (joins) {
            j = n2;
            continue;
          }
        }
        break;
      }
      // Keep the trailing period of a dotted abbreviation: "U.S."
      if (j < range.end && text[j] == '.' && !digit_start) {
        std::string_view w = text.substr(i, j - i);
        if (w.size() >= 3 && w[1] == '.') ++j;
      }
      t.end = j;
      t.flags = kWord;
      if (digit_start) t.flags |= kNumber;
      if (first_upper) t.flags |= kCapitalized;
      if (letters >= 2 && has_upper && !has_lower) t.flags |= kAllCaps;
    } else {
      t.end = next;
      t.flags = kPunct;
      if (c == 0x201C || c == 0x201E || c == 0x00AB) t.flags |= kOpenQuote;
      if (c == 0x201D || c == 0x00BB) t.flags |= kCloseQuote;
      if (c == '\'' && next < range.end && text[next] == '\'') t.end = next + 1;  // '' is a double quote
      if (c == '"' || t.end == next + 1) {
        t.flags |= straight_open ? kCloseQuote : kOpenQuote;
        straight_open = !straight_open;
      }
    }
    if (first) t.flags |= kSentenceStart;
    first = false;
    t.text = text.substr(t.begin, t.end - t.begin);
    out.push_back(t);
    i = t.end;
  }
  return out;
}

size_t DatelineEnd(const std::vector<Token>& toks) {
  // "CAIRO —", "WASHINGTON (AP) —", "KYIV, Ukraine —": up to six words, the
  // first in capitals, then a dash. Where a story was filed is no actor.
  if (toks.empty() || !toks[0].Is(kAllCaps)) return 0;
  for (size_t i = 1; i < toks.size() && i <= 7; ++i) {
    std::string_view t = toks[i].text;
    if (t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "-") return i + 1;
    if (!toks[i].Is(kWord) && t != "," && t != "(" && t != ")" && t != ".") return 0;
  }
  return 0;
}

}  // namespace claimkb::extract
