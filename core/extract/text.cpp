#include "core/extract/text.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utf16.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/base/word_table.h"
#include "core/extract/names.h"

namespace claimkb::extract {

namespace {

inline UChar32 DecodeAt(std::string_view s, size_t i, size_t* next) {
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

// "Deadline.com", "MakingStarWars.net": the top-level domain at `at` (after
// the dot) ends a site's name, which is one word.
bool IsDomainEnd(std::string_view text, size_t at, size_t end) {
  static constexpr std::string_view kTlds[] = {"com", "net", "org", "gov", "edu", "io", "tv"};
  for (std::string_view tld : kTlds) {
    size_t after = at + tld.size();
    if (after > end || text.substr(at, tld.size()) != tld) continue;
    if (after == end) return true;
    size_t next;
    if (!IsWordChar(DecodeAt(text, after, &next))) return true;
  }
  return false;
}

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

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

// "the U.S. Navy", "U.S. Secretary of State", "the U.S. Coast Guard": a place
// abbreviation before a body or a title (in its first two words) names it;
// "in the U.S. The talks ..." ends the sentence.
bool PlaceNamesNext(std::string_view next) {
  const Lexicon& lex = Lexicon::Get();
  for (int k = 0; k < 2; ++k) {
    size_t n = 0;
    while (n < next.size() && ((next[n] >= 'a' && next[n] <= 'z') || (next[n] >= 'A' && next[n] <= 'Z'))) ++n;
    if (n < 2 || !IsUpperAscii(next[0])) return false;
    std::string low(next.substr(0, n));
    for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    uint32_t cls = lex.Classes(low);
    if (k == 0 && (cls & kStop)) return false;
    if (cls & (kOrgHead | kOrgPrefix | kTitle | kGroupHead)) return true;
    next.remove_prefix(n);
    if (next.empty() || next[0] != ' ') return false;
    next.remove_prefix(1);
  }
  return false;
}

// Two or more initials ("J.J.", "G.K.", "H.W.") before a capitalised word
// that can start a name: "says J.J. | Abrams". A place abbreviation ("U.S.",
// "D.C.", "N.Y.") or a next word that only starts sentences ("The", "He") is
// a real sentence end.
bool EndsInInitials(std::string_view text, size_t begin, size_t end, std::string_view next) {
  size_t w = end;
  std::string letters;
  while (w >= begin + 2 && text[w - 1] == '.' && IsUpperAscii(text[w - 2]) && letters.size() < 4) {
    letters.insert(letters.begin(), text[w - 2]);
    w -= 2;
  }
  if (letters.size() < 2 || (w > begin && text[w - 1] != ' ' && text[w - 1] != '(' && text[w - 1] != '"'))
    return false;
  static constexpr std::string_view kPlaces[] = {"AD", "AM", "BC", "DC", "EU", "LA", "NC", "ND", "NH", "NJ", "NM",
                                                 "NY", "PM", "PR", "RI", "SC", "SD", "UAE", "UK", "UN", "US",
                                                 "USA", "USSR"};
  for (std::string_view p : kPlaces)
    if (letters == p) return PlaceNamesNext(next);
  size_t n = 0;
  while (n < next.size() && ((next[n] >= 'a' && next[n] <= 'z') || (next[n] >= 'A' && next[n] <= 'Z'))) ++n;
  if (n < 2 || !IsUpperAscii(next[0])) return false;
  std::string low(next.substr(0, n));
  for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return !Lexicon::Get().Is(low, kStop);
}

// A paragraph as UTF-16 for ICU, whose break iterators read UTF-16 much
// faster than UTF-8, with UTF-16 offsets of code points mapped back to byte offsets.
class Utf16Paragraph {
 public:
  ~Utf16Paragraph() { utext_close(&ut_); }
  // False when the bytes are no valid UTF-8.
  bool Set(std::string_view bytes) {
    buf_.resize(bytes.size());
    shifts_.clear();
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t n = 0;
    for (size_t i = 0; i < bytes.size();) {
      if (i + 8 <= bytes.size()) {
        uint64_t v;
        std::memcpy(&v, s + i, 8);
        if ((v & 0x8080808080808080ull) == 0) {
          for (size_t k = 0; k < 8; ++k) buf_[n + k] = s[i + k];
          n += 8;
          i += 8;
          continue;
        }
      }
      if (s[i] < 0x80) {
        buf_[n++] = s[i++];
        continue;
      }
      int32_t at = static_cast<int32_t>(i);
      UChar32 cp;
      U8_NEXT(s, at, static_cast<int32_t>(bytes.size()), cp);
      if (cp < 0) return false;
      if (cp <= 0xFFFF) {
        buf_[n++] = static_cast<UChar>(cp);
      } else {
        buf_[n++] = U16_LEAD(cp);
        buf_[n++] = U16_TRAIL(cp);
      }
      i = static_cast<size_t>(at);
      shifts_.push_back({static_cast<uint32_t>(n), static_cast<uint32_t>(i - n)});
    }
    UErrorCode err = U_ZERO_ERROR;
    utext_openUChars(&ut_, buf_.data(), static_cast<int64_t>(n), &err);
    return U_SUCCESS(err);
  }
  UText* text() { return &ut_; }
  // REQUIRES: unit starts a code point or is the length.
  size_t ByteOf(int32_t unit) const {
    auto after = std::upper_bound(shifts_.begin(), shifts_.end(), static_cast<uint32_t>(unit),
                                  [](uint32_t u, const Shift& x) { return u < x.unit; });
    return static_cast<size_t>(unit) + (after == shifts_.begin() ? 0 : std::prev(after)->extra);
  }

 private:
  // From UTF-16 offset `unit` on (up to the next shift), byte offset = unit + extra.
  struct Shift {
    uint32_t unit, extra;
  };
  std::vector<UChar> buf_;
  std::vector<Shift> shifts_;  // one per non-ASCII code point, ascending
  UText ut_ = UTEXT_INITIALIZER;
};

// True when the word before offset w in [begin, w) is an article: "a Calif.".
bool AfterArticle(std::string_view text, size_t begin, size_t w) {
  if (w < begin + 2 || text[w - 1] != ' ') return false;
  size_t a = w - 1;
  while (a > begin && IsWordChar(static_cast<unsigned char>(text[a - 1]))) --a;
  std::string_view prev = text.substr(a, w - 1 - a);
  return prev == "a" || prev == "A" || prev == "an" || prev == "An" || prev == "the" || prev == "The";
}

// "a Calif. Republican", "the Ariz. Senate": a state's abbreviation after an
// article, or before a body or a title, names what follows; "lives in Calif.
// He" ends the sentence.
bool StateNamesNext(std::string_view text, size_t begin, size_t w, std::string_view word, std::string_view next) {
  static constexpr std::string_view kStates[] = {
      "Ala",  "Ariz", "Ark",  "Calif", "Colo", "Conn", "Fla",  "Ga",   "Ill",  "Ind",  "Kan",  "Kans", "Ky",
      "La",   "Md",   "Mass", "Mich",  "Minn", "Miss", "Mo",   "Mont", "Neb",  "Nev",  "Okla", "Ore",  "Pa",
      "Tenn", "Tex",  "Va",   "Vt",    "Wash", "Wis",  "Wyo"};
  bool state = false;
  for (std::string_view st : kStates) state = state || word == st;
  if (!state || next.empty() || !IsUpperAscii(next[0])) return false;
  return AfterArticle(text, begin, w) || PlaceNamesNext(next);
}

// A span ending in a lone capital letter and a period ("Donald J."), in a
// title abbreviation ICU does not know ("Del.", "Gens.", "then-Sen."), in the
// versus of a case ("Roe v.") or in a state naming what follows, which is no
// end of a sentence.
bool EndsInInitial(std::string_view text, size_t begin, size_t end, std::string_view next) {
  while (end >= begin + 2 && text[end - 2] == '\xC2' && text[end - 1] == '\xA0') end -= 2;  // "Gov.&nbsp;John"
  if (end < begin + 3 || text[end - 1] != '.') return false;
  if (EndsInInitials(text, begin, end, next)) return true;
  size_t w = end - 1;
  while (w > begin && ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z'))) --w;
  bool hyphened = w > begin && text[w - 1] == '-';
  if (w > begin && !hyphened && text[w - 1] != ' ' && text[w - 1] != '(' && text[w - 1] != '"') return false;
  std::string_view word = text.substr(w, end - 1 - w);
  if (!hyphened && (word == "v" || word == "vs")) return !next.empty() && IsUpperAscii(next[0]);
  if (!hyphened && word.size() == 1) return word[0] >= 'A' && word[0] <= 'Z';
  static constexpr std::string_view kTitles[] = {"Adm",  "Amb",  "Atty", "Brig", "Capt", "Cmdr", "Col",  "Del",
                                                 "Dr",   "Gen",  "Gens", "Gov",  "Hon",  "Insp", "Lt",   "Maj",  "Msgr",
                                                 "Prof", "Rep",  "Reps", "Rev",  "Sen",  "Sens", "Sgt",  "Supt"};
  for (std::string_view t : kTitles)
    if (word == t) return true;
  return !hyphened && StateNamesNext(text, begin, w, word, next);
}

// “It was a ‘wow!’ moment”, the line “Lock her up!” that rang out: ICU
// ends a sentence after "!" or "?" and a closing quote even when a lower-case
// word goes on with it. A quoted exclamation or question mid-sentence is no end.
bool EndsInQuotedMark(std::string_view text, size_t begin, size_t end, std::string_view next) {
  if (next.empty() || next[0] < 'a' || next[0] > 'z') return false;
  size_t e = end;
  bool closed = false;
  for (;;) {
    if (e > begin && (text[e - 1] == '"' || text[e - 1] == '\'')) {
      --e;
    } else if (e >= begin + 3 && text[e - 3] == '\xE2' && text[e - 2] == '\x80' &&
               (text[e - 1] == '\x9D' || text[e - 1] == '\x99')) {
      e -= 3;  // ” ’
    } else {
      break;
    }
    closed = true;
  }
  return closed && e > begin && (text[e - 1] == '!' || text[e - 1] == '?');
}

// ICU ends no sentence at "Trump. 81-year-old Eaton said" or "fell. $5 million":
// after a full stop it looks past digits and signs to the next letter, and
// a lower-case one continues the sentence. A full stop after a plain word,
// closing quotes, a space and a token led by a digit or a currency sign ends
// one, unless the word is dotted ("U.S. 2"), one letter ("J. 5") or names
// what a number follows ("No. 5", "Sept. 11", "Vol. 2"). The offset where the
// next sentence starts, or 0 when [begin, end) holds no such end.
size_t DigitLedStart(std::string_view text, size_t begin, size_t end) {
  static const WordSet kBeforeNumbers = {
      "no",  "nos", "nr",  "vol", "vols", "art", "arts", "sec", "secs", "ch",   "fig", "figs", "pp",   "op",
      "ed",  "ext", "tel", "ph",  "apt",  "ste", "rte",  "rt",  "hwy",  "ave",  "st",  "mt",   "ft",   "lb",
      "lbs", "oz",  "in",  "mi",  "yd",   "sq",  "min",  "max", "approx", "est", "ca", "vs",   "al",   "jan",
      "feb", "mar", "apr", "jun", "jul",  "aug", "sep",  "sept", "oct", "nov",  "dec", "inc",  "corp", "co",
      "ltd", "bros", "jr", "sr",  "mr",   "mrs", "ms",   "dr",  "gen",  "gov",  "sen", "rep",  "reps", "sens",
      "col", "capt", "lt", "maj", "sgt",  "prof", "rev", "hon", "adm",  "cmdr", "brig", "atty", "supt", "gens"};
  std::string_view span = text.substr(0, end);
  for (size_t p = span.find('.', begin); p != std::string_view::npos && p + 2 < end; p = span.find('.', p + 1)) {
    size_t q = p + 1;
    for (;;) {
      if (q < end && (text[q] == '"' || text[q] == '\'' || text[q] == ')')) {
        ++q;
      } else if (q + 2 < end && text[q] == '\xE2' && text[q + 1] == '\x80' &&
                 (text[q + 2] == '\x9D' || text[q + 2] == '\x99')) {
        q += 3;  // ” ’
      } else {
        break;
      }
    }
    if (q >= end || text[q] != ' ') continue;
    while (q < end && text[q] == ' ') ++q;
    if (q >= end) break;
    bool led = (text[q] >= '0' && text[q] <= '9') || text[q] == '$' ||
               (q + 1 < end && text[q] == '\xC2' && text[q + 1] == '\xA3') ||                        // £
               (q + 2 < end && text[q] == '\xE2' && text[q + 1] == '\x82' && text[q + 2] == '\xAC');  // €
    if (!led) continue;
    size_t w = p;
    while (w > begin && text[w - 1] != ' ' && text[w - 1] != '(' && text[w - 1] != '"' && text[w - 1] != '\n') --w;
    std::string_view word = text.substr(w, p - w);
    if (word.size() < 2 || word.find('.') != std::string_view::npos) continue;
    if (kBeforeNumbers.ContainsFolded(word)) continue;
    return q;
  }
  return 0;
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
  for (size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    size_t after;
    if (IsBlankLine(text, i, &after)) {
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
  Utf16Paragraph u16;
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    Range para = paragraphs[p];
    std::string_view pt = text.substr(para.begin, para.size());
    err = U_ZERO_ERROR;
    bool utf16 = u16.Set(pt);
    UText* ut = utf16 ? nullptr : utext_openUTF8(nullptr, pt.data(), static_cast<int64_t>(pt.size()), &err);
    if (U_FAILURE(err)) continue;
    iter->setText(utf16 ? u16.text() : ut, err);
    auto byte_of = [&](int32_t i) { return utf16 ? u16.ByteOf(i) : static_cast<size_t>(i); };
    int32_t b = iter->first();
    for (int32_t e = iter->next(); e != icu::BreakIterator::DONE; b = e, e = iter->next()) {
      size_t sb = para.begin + byte_of(b), se = para.begin + byte_of(e);
      while (sb < se && (text[sb] == ' ' || text[sb] == '\n' || text[sb] == '\t')) ++sb;
      while (se > sb && (text[se - 1] == ' ' || text[se - 1] == '\n' || text[se - 1] == '\t')) --se;
      if (se <= sb) continue;
      if (!out.empty() && out.back().paragraph == p &&
          EndsInInitial(text, out.back().begin, out.back().end, text.substr(sb, se - sb))) {
        out.back().end = se;  // "Donald J. | Trump": ICU breaks after a middle initial
        continue;
      }
      if (!out.empty() && out.back().paragraph == p &&
          EndsInQuotedMark(text, out.back().begin, out.back().end, text.substr(sb, se - sb))) {
        out.back().end = se;
        continue;
      }
      for (size_t cut = DigitLedStart(text, sb, se); cut != 0; cut = DigitLedStart(text, sb, se)) {
        size_t prev_end = cut;
        while (prev_end > sb && text[prev_end - 1] == ' ') --prev_end;
        out.push_back(Sentence{{sb, prev_end}, p});
        sb = cut;
      }
      out.push_back(Sentence{{sb, se}, p});
    }
    utext_close(ut);
  }
  return out;
}

namespace {

// "He's", "she'd", "they’ve", "I'll": the length of the subject pronoun
// before its contracted auxiliary, 0 for any other word ("Trump's", "it's").
size_t PronounCliticAt(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return 0;
  char c0 = static_cast<char>(w[0] | 0x20);
  if (c0 != 'h' && c0 != 's' && c0 != 't' && c0 != 'w' && c0 != 'i' && c0 != 'y') return 0;
  size_t p = w.find('\'');
  size_t after = p + 1;
  if (p == std::string_view::npos) {
    p = w.find("\xE2\x80\x99");
    if (p == std::string_view::npos) return 0;
    after = p + 3;
  }
  auto lower_is = [](std::string_view s, std::string_view lw) {
    if (s.size() != lw.size()) return false;
    for (size_t k = 0; k < s.size(); ++k)
      if ((s[k] | 0x20) != lw[k]) return false;
    return true;
  };
  std::string_view stem = w.substr(0, p), clitic = w.substr(after);
  bool pronoun = lower_is(stem, "he") || lower_is(stem, "she") || lower_is(stem, "they") || lower_is(stem, "we") ||
                 lower_is(stem, "i") || lower_is(stem, "you");
  bool aux = lower_is(clitic, "s") || lower_is(clitic, "d") || lower_is(clitic, "ve") || lower_is(clitic, "ll") ||
             lower_is(clitic, "re") || lower_is(clitic, "m");
  return pronoun && aux ? p : 0;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text, Range range) {
  std::vector<Token> out;
  out.reserve(range.size() / 5 + 4);
  bool straight_open = false;
  size_t i = range.begin;
  bool first = true;
  while (i < range.end) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
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
      uint8_t ascii_seen = 0;  // kAscii classes of the ASCII word characters
      size_t j = i;
      while (j < range.end) {
        if (unsigned char b = static_cast<unsigned char>(text[j]); b < 0x80) {  // ASCII letters and digits
          uint8_t k = kAscii[b];
          if (k & (kAsciiDigit | kAsciiUpper | kAsciiLower)) {
            letters += (k & (kAsciiUpper | kAsciiLower)) != 0;
            ascii_seen |= k;
            ++j;
            continue;
          }
          if (b != '\'' && b != '-' && b != '.' && b != ',') break;  // joins nothing
        }
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
          if (d == '.' && !digit_start && letters >= 2) joins = joins || IsDomainEnd(text, n2, range.end);
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
      has_upper |= (ascii_seen & kAsciiUpper) != 0;
      has_lower |= (ascii_seen & kAsciiLower) != 0;
      if (letters >= 2 && has_upper && !has_lower) t.flags |= kAllCaps;
    } else {
      t.end = next;
      t.flags = kPunct;
      if (c == 0x201C || c == 0x201E || c == 0x00AB) t.flags |= kOpenQuote;
      if (c == 0x201D || c == 0x00BB) t.flags |= kCloseQuote;
      // '' is a double quote; in ''' the first mark closes (or opens) a quote inside it.
      if (c == '\'' && next < range.end && text[next] == '\'' && !(next + 1 < range.end && text[next + 1] == '\''))
        t.end = next + 1;
      if (c == '"' || t.end == next + 1) {
        t.flags |= straight_open ? kCloseQuote : kOpenQuote;
        straight_open = !straight_open;
      }
    }
    if (first) t.flags |= kSentenceStart;
    first = false;
    t.text = text.substr(t.begin, t.end - t.begin);
    if (size_t stem = t.Is(kWord) ? PronounCliticAt(t.text) : 0) {
      Token clitic = t;
      t.end = t.begin + stem;
      t.text = t.text.substr(0, stem);
      clitic.begin = t.end;
      clitic.text = text.substr(clitic.begin, clitic.end - clitic.begin);
      clitic.flags = kWord;
      out.push_back(t);
      t = clitic;
    }
    out.push_back(t);
    i = t.end;
  }
  return out;
}

size_t DatelineEnd(const std::vector<Token>& toks) {
  // "CAIRO —", "WASHINGTON (AP) —", "KYIV, Ukraine ―", "WASHINGTON, Dec. 8
  // (UPI) —": a few words and a day, the first in capitals, then a dash.
  // Where and when a story was filed is no actor.
  if (toks.empty() || !toks[0].Is(kAllCaps)) return 0;
  for (size_t i = 1; i < toks.size() && i <= 10; ++i) {
    std::string_view t = toks[i].text;
    if (t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "\xE2\x80\x95" || t == "-") return i + 1;
    if (!toks[i].Is(kWord) && !toks[i].Is(kNumber) && t != "," && t != "(" && t != ")" && t != ".") return 0;
  }
  return 0;
}

}  // namespace claimkb::extract
