// A fast, allocation-light lexer for the time and quantity recognisers:
// words, numbers and single symbols with byte offsets, in one linear pass.
// Unlike Tokenize (text.h) it needs no sentences and splits "10km" into
// "10" + "km" and "G7" into "G" + "7", remembering that they were glued.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimkb::extract::scan {

enum class Kind : uint8_t { kWord, kNumber, kSymbol };

struct Tok {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string_view text;
  Kind kind = Kind::kSymbol;
  bool space_before = false;  // whitespace separates it from the previous token
  bool break_before = false;  // a blank line (paragraph break) precedes it
  bool cap = false;           // a word starting with an upper-case ASCII letter

  bool IsWord() const { return kind == Kind::kWord; }
  bool IsNumber() const { return kind == Kind::kNumber; }
  bool IsSym(char c) const { return kind == Kind::kSymbol && text.size() == 1 && text[0] == c; }
  bool IsSym(std::string_view s) const { return kind == Kind::kSymbol && text == s; }
  // Hyphen, en dash, em dash.
  bool IsDash() const;
  // ".", "!", "?" or a paragraph break ends a sentence.
  bool EndsSentence() const;
};

// Tokens of all of text. Words are runs of letters (ASCII or non-ASCII
// letters) with inner apostrophes; numbers are digits with thousands commas
// ("1,000,000") and one decimal point ("3.5", ".500"). Everything else that is
// not whitespace is a one-character symbol ("$", "€", "%", "-", "–").
std::vector<Tok> Lex(std::string_view text);

// The (length, first letter) pairs of a word list, ASCII case folded: a test
// that turns most words away in a few instructions before a hash lookup.
class Initials {
 public:
  template <typename Words>
  explicit Initials(const Words& words) {
    for (std::string_view w : words) {
      if (w.size() >= kLengths) long_words_ = true;
      else if (!w.empty()) by_length_[w.size()] |= Bit(w[0]);
    }
  }
  // False when no non-empty word of the list can equal w (folded).
  bool May(std::string_view w) const {
    if (w.size() >= kLengths) return long_words_;
    return !w.empty() && (by_length_[w.size()] & Bit(w[0]));
  }

 private:
  static constexpr size_t kLengths = 32;
  static uint32_t Bit(char c) {
    unsigned char f = static_cast<unsigned char>(c | 0x20);
    return f >= 'a' && f <= 'z' ? uint32_t{1} << (f - 'a') : uint32_t{1} << 26;
  }
  uint32_t by_length_[kLengths] = {};
  bool long_words_ = false;
};

// ASCII lower-case copy of a word into buf (truncated to its size).
std::string_view Lower(std::string_view word, char* buf, size_t size);

// Case-insensitive ASCII equality.
bool IEquals(std::string_view a, std::string_view b);

// The numeric value of a number token ("1,000.5" -> 1000.5).
double NumberValue(std::string_view digits);

// True when the number token is plain digits (no comma, no point).
bool PlainDigits(std::string_view digits);

}  // namespace claimkb::extract::scan
