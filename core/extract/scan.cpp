#include "core/extract/scan.h"

#include <cstdlib>

namespace claimkb::extract::scan {

namespace {

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

// Length of the UTF-8 sequence starting with lead byte c (1 for a stray byte).
inline size_t SeqLen(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Code point of the sequence at s[i] (REQUIRES: s[i] >= 0x80 and the sequence fits).
uint32_t Decode(std::string_view s, size_t i, size_t n) {
  auto b = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(s[i + k])); };
  if (n == 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (n == 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  if (n == 4) return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  return b(0);
}

enum class CharClass { kSpace, kLetter, kSymbol };

// Non-ASCII code points: Latin-1 punctuation and symbols, general
// punctuation, currency signs and arrows are symbols; a few are spaces;
// everything else counts as a letter.
CharClass Classify(uint32_t cp) {
  if (cp == 0xA0 || cp == 0x2009 || cp == 0x200A || cp == 0x202F || cp == 0x2002 || cp == 0x2003 || cp == 0x3000)
    return CharClass::kSpace;
  if (cp == 0x200B || cp == 0xFEFF) return CharClass::kSpace;
  if ((cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7) return CharClass::kSymbol;
  if (cp >= 0x2000 && cp <= 0x2BFF) return CharClass::kSymbol;
  return CharClass::kLetter;
}

}  // namespace

bool Tok::IsDash() const {
  return kind == Kind::kSymbol && (text == "-" || text == "\xE2\x80\x93" || text == "\xE2\x80\x94");
}

bool Tok::EndsSentence() const {
  return kind == Kind::kSymbol && text.size() == 1 && (text[0] == '.' || text[0] == '!' || text[0] == '?');
}

std::vector<Tok> Lex(std::string_view s) {
  std::vector<Tok> out;
  out.reserve(s.size() / 5 + 4);
  bool space = true, brk = true;
  int newlines = 0;
  size_t i = 0, n = s.size();
  auto push = [&](size_t b, size_t e, Kind k) {
    Tok t;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.text = s.substr(b, e - b);
    t.kind = k;
    t.space_before = space;
    t.break_before = brk;
    t.cap = k == Kind::kWord && s[b] >= 'A' && s[b] <= 'Z';
    out.push_back(t);
    space = brk = false;
    newlines = 0;
  };
  // Letters from i on (ASCII or non-ASCII letters), with inner apostrophes.
  auto word_end = [&](size_t j) {
    while (j < n) {
      unsigned char c = s[j];
      if (IsAlpha(c)) {
        ++j;
      } else if (c >= 0x80) {
        size_t len = SeqLen(c);
        if (j + len > n) break;
        uint32_t cp = Decode(s, j, len);
        if (cp == 0x2019 && j + len < n && IsAlpha(s[j + len]) && j > 0) {
          j += len;
          continue;
        }
        if (Classify(cp) != CharClass::kLetter) break;
        j += len;
      } else if (c == '\'' && j + 1 < n && IsAlpha(s[j + 1])) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  };
  while (i < n) {
    unsigned char c = s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
      space = true;
      if (c == '\n' && ++newlines >= 2) brk = true;
      ++i;
      continue;
    }
    if (IsDigit(c) || (c == '.' && i + 1 < n && IsDigit(s[i + 1]) && (i == 0 || !IsDigit(s[i - 1])) &&
                       (space || i == 0))) {
      size_t j = i;
      bool point = false;
      if (c == '.') point = true, ++j;
      while (j < n) {
        unsigned char d = s[j];
        if (IsDigit(d)) {
          ++j;
        } else if (d == ',' && !point && j + 3 < n && IsDigit(s[j + 1]) && IsDigit(s[j + 2]) &&
                   IsDigit(s[j + 3]) && (j + 4 >= n || !IsDigit(s[j + 4]))) {
          j += 4;
        } else if (d == '.' && !point && j + 1 < n && IsDigit(s[j + 1])) {
          point = true;
          ++j;
        } else {
          break;
        }
      }
      push(i, j, Kind::kNumber);
      i = j;
      continue;
    }
    if (IsAlpha(c)) {
      size_t j = word_end(i);
      push(i, j, Kind::kWord);
      i = j;
      continue;
    }
    if (c < 0x80) {
      push(i, i + 1, Kind::kSymbol);
      ++i;
      continue;
    }
    size_t len = SeqLen(c);
    if (i + len > n) len = n - i;
    CharClass cls = len > 1 ? Classify(Decode(s, i, len)) : CharClass::kSymbol;
    if (cls == CharClass::kSpace) {
      space = true;
      i += len;
    } else if (cls == CharClass::kSymbol) {
      push(i, i + len, Kind::kSymbol);
      i += len;
    } else {
      size_t j = word_end(i);
      if (j == i) j = i + len;
      push(i, j, Kind::kWord);
      i = j;
    }
  }
  return out;
}

std::string_view Lower(std::string_view word, char* buf, size_t size) {
  size_t n = word.size() < size ? word.size() : size;
  for (size_t i = 0; i < n; ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return {buf, n};
}

bool IEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

double NumberValue(std::string_view digits) {
  // Whole numbers of up to 15 digits convert exactly, as strtod would.
  uint64_t whole = 0;
  size_t n = 0;
  bool plain = true;
  for (char c : digits) {
    if (c == ',') continue;
    if (c < '0' || c > '9' || ++n > 15) {
      plain = false;
      break;
    }
    whole = whole * 10 + static_cast<uint64_t>(c - '0');
  }
  if (plain && n > 0) return static_cast<double>(whole);
  char buf[64];
  size_t k = 0;
  for (char c : digits) {
    if (c == ',') continue;
    if (k + 1 >= sizeof(buf)) break;
    buf[k++] = c;
  }
  buf[k] = 0;
  return std::strtod(buf, nullptr);
}

bool PlainDigits(std::string_view digits) {
  for (char c : digits)
    if (c < '0' || c > '9') return false;
  return !digits.empty();
}

}  // namespace claimkb::extract::scan
