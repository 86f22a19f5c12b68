#include "core/extract/numbers.h"

#include "core/base/word_table.h"

namespace claimkb::extract::numbers {

namespace {

using scan::Tok;

const WordMap<int>& Cardinals() {
  static const WordMap<int> kMap = {
      {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},       {"seven", 7},      {"eight", 8},      {"nine", 9},      {"ten", 10},      {"eleven", 11},
      {"twelve", 12},   {"thirteen", 13},  {"fourteen", 14},  {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19},  {"twenty", 20},    {"thirty", 30},   {"forty", 40},    {"fifty", 50},
      {"sixty", 60},    {"seventy", 70},   {"eighty", 80},    {"ninety", 90},   {"dozen", 12},
  };
  return kMap;
}

const WordMap<int>& Ordinals() {
  static const WordMap<int> kMap = {
      {"first", 1},        {"second", 2},        {"third", 3},         {"fourth", 4},       {"fifth", 5},
      {"sixth", 6},        {"seventh", 7},       {"eighth", 8},        {"ninth", 9},        {"tenth", 10},
      {"eleventh", 11},    {"twelfth", 12},      {"thirteenth", 13},   {"fourteenth", 14},  {"fifteenth", 15},
      {"sixteenth", 16},   {"seventeenth", 17},  {"eighteenth", 18},   {"nineteenth", 19},  {"twentieth", 20},
      {"thirtieth", 30},   {"fortieth", 40},     {"fiftieth", 50},     {"sixtieth", 60},    {"seventieth", 70},
      {"eightieth", 80},   {"ninetieth", 90},    {"hundredth", 100},   {"thousandth", 1000},
  };
  return kMap;
}

std::string_view LowerOf(const Tok& t, char* buf, size_t size) { return scan::Lower(t.text, buf, size); }

// Scale words that follow a spelled-out or digit number with a space.
double SpacedScale(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn" || w == "mln" || w == "mil") return 1e6;
  if (w == "billion" || w == "bn" || w == "bln") return 1e9;
  if (w == "trillion" || w == "tn" || w == "trn") return 1e12;
  if (w == "lakh" || w == "lakhs") return 1e5;
  if (w == "crore" || w == "crores") return 1e7;
  return 0;
}

// Vague plural: "hundreds" -> 100 (its range is [100, 1000]).
double VaguePlural(std::string_view w) {
  if (w == "dozens") return 12;
  if (w == "hundreds") return 1e2;
  if (w == "thousands") return 1e3;
  if (w == "millions") return 1e6;
  if (w == "billions") return 1e9;
  return 0;
}

bool IsWordAt(const std::vector<Tok>& toks, size_t i, std::string_view lower) {
  return i < toks.size() && toks[i].IsWord() && scan::IEquals(toks[i].text, lower);
}

std::optional<Number> ParseWords(const std::vector<Tok>& toks, size_t i) {
  char buf[24];
  std::string_view w = LowerOf(toks[i], buf, sizeof(buf));
  Number n;
  n.first = i;
  n.words = true;

  // Vague plurals: "tens of thousands", "hundreds of millions", "dozens of".
  if (w == "tens" || w == "hundreds") {
    char b2[24];
    if (IsWordAt(toks, i + 1, "of") && i + 2 < toks.size() && toks[i + 2].IsWord()) {
      double inner = VaguePlural(LowerOf(toks[i + 2], b2, sizeof(b2)));
      if (inner >= 1e3) {
        double base = (w == "tens" ? 10 : 100) * inner;
        n.value = base;
        n.high = base * 10;
        n.last = i + 2;
        n.scaled = true;
        return n;
      }
    }
  }
  if (double v = VaguePlural(w); v > 0) {
    if (!IsWordAt(toks, i + 1, "of")) return std::nullopt;
    n.value = v;
    n.high = v * 10;
    n.last = i;
    n.scaled = true;
    return n;
  }

  double total = 0, current = 0;
  bool any = false;
  size_t j = i;
  if (w == "a" || w == "an") {
    if (j + 1 >= toks.size() || !toks[j + 1].IsWord() || toks[j + 1].text.size() < 5) return std::nullopt;
    char b2[24];
    std::string_view next = LowerOf(toks[j + 1], b2, sizeof(b2));
    if (next == "dozen") {
      current = 12;
      n.last = j + 1;
      j += 2;
    } else if (SpacedScale(next) >= 100) {
      current = 1;  // the loop below applies the scale
      j += 1;
    } else {
      return std::nullopt;
    }
    any = true;
  } else {
    int c = CardinalWord(w);
    if (c < 0) return std::nullopt;
    current = c;
    any = true;
    n.last = j;
    ++j;
    // "twenty-five"
    if (c >= 20 && c % 10 == 0 && c != 12 && j + 1 < toks.size() && toks[j].IsDash() && !toks[j].space_before &&
        !toks[j + 1].space_before && toks[j + 1].IsWord()) {
      char b2[24];
      std::string_view u = LowerOf(toks[j + 1], b2, sizeof(b2));
      int d = CardinalWord(u);
      if (d >= 1 && d <= 9) {
        current += d;
        n.last = j + 1;
        j += 2;
      } else if (OrdinalWord(u)) {
        return std::nullopt;  // "twenty-first" is an ordinal
      }
    }
  }
  while (j < toks.size() && toks[j].IsWord()) {
    char b2[24];
    std::string_view u = LowerOf(toks[j], b2, sizeof(b2));
    double s = SpacedScale(u);
    if (u == "dozen" && current > 0) {
      current *= 12;
    } else if (s == 100 && u == "hundred") {
      current = (current == 0 ? 1 : current) * 100;
    } else if (s >= 1e3 && u.size() > 3) {
      total += (current == 0 ? 1 : current) * s;
      current = 0;
      n.scaled = true;
      if (s > n.scale) n.scale = s;
    } else if (u == "and" && current >= 100 && j + 1 < toks.size() && toks[j + 1].IsWord()) {
      char b3[24];
      int d = CardinalWord(LowerOf(toks[j + 1], b3, sizeof(b3)));
      if (d < 1 || d > 99) break;
      current += d;
      n.last = j + 1;
      j += 2;
      continue;
    } else if (current >= 100 && static_cast<long long>(current) % 100 == 0 && CardinalWord(u) >= 1 && CardinalWord(u) < 100 &&
               u != "dozen") {
      int tens = CardinalWord(u);
      current += tens;  // "two hundred five"
      // "six hundred forty-two"
      if (tens >= 20 && tens % 10 == 0 && j + 2 < toks.size() && toks[j + 1].IsDash() && !toks[j + 1].space_before &&
          !toks[j + 2].space_before && toks[j + 2].IsWord()) {
        char b3[24];
        int unit = CardinalWord(LowerOf(toks[j + 2], b3, sizeof(b3)));
        if (unit >= 1 && unit <= 9) current += unit, j += 2;
      }
    } else {
      break;
    }
    n.last = j;
    ++j;
  }
  if (!any) return std::nullopt;
  n.value = total + current;
  return n;
}

}  // namespace

int CardinalWord(std::string_view lower) {
  const int* v = Cardinals().Find(lower);
  return v ? *v : -1;
}

int OrdinalWord(std::string_view lower) {
  const int* v = Ordinals().Find(lower);
  return v ? *v : 0;
}

double ScaleWord(std::string_view w, bool glued, bool money) {
  if (double s = SpacedScale(w); s > 0) return s;
  if (!glued) return 0;
  if (w == "k" || w == "K") return 1e3;
  if (!money) return 0;
  if (w == "m") return 1e6;
  if (w == "b") return 1e9;
  return 0;
}

double VulgarFraction(std::string_view s) {
  if (s.size() == 2 && s[0] == '\xC2') {
    if (s[1] == '\xBC') return 0.25;
    if (s[1] == '\xBD') return 0.5;
    if (s[1] == '\xBE') return 0.75;
    return 0;
  }
  if (s.size() != 3 || s[0] != '\xE2' || s[1] != '\x85') return 0;
  static const double kValues[] = {1.0 / 7, 1.0 / 9, 0.1,     1.0 / 3, 2.0 / 3, 0.2,     0.4,  0.6,
                                   0.8,     1.0 / 6, 5.0 / 6, 0.125,   0.375,   0.625,   0.875};
  unsigned char c = static_cast<unsigned char>(s[2]);  // U+2150 .. U+215E
  return c >= 0x90 && c <= 0x9E ? kValues[c - 0x90] : 0;
}

double SlashFraction(const std::vector<Tok>& toks, size_t i, size_t* last) {
  if (i + 2 >= toks.size() || !toks[i].IsNumber() || !scan::PlainDigits(toks[i].text) ||
      !(toks[i + 1].IsSym('/') || toks[i + 1].IsSym("\xE2\x81\x84")) || toks[i + 1].space_before ||
      toks[i + 2].space_before || !toks[i + 2].IsNumber() || !scan::PlainDigits(toks[i + 2].text))
    return 0;
  if (i + 3 < toks.size() && toks[i + 3].IsSym('/')) return 0;  // a date: 9/5/2025
  double a = scan::NumberValue(toks[i].text), b = scan::NumberValue(toks[i + 2].text);
  // Halves to 128ths of imperial measures; other denominators only as "1/10 of".
  bool binary = b == 2 || b == 4 || b == 8 || b == 16 || b == 32 || b == 64 || b == 128;
  bool of = IsWordAt(toks, i + 3, "of") && b <= 1000;
  if (a < 1 || a >= b || !(binary || b == 3 || of)) return 0;
  *last = i + 2;
  return a / b;
}

bool InLink(std::string_view text, const Tok& t) {
  auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  size_t b = t.begin, e = t.end;
  for (size_t n = 0; b > 0 && !space(text[b - 1]) && n < 256; ++n) --b;
  for (size_t n = 0; e < text.size() && !space(text[e]) && n < 256; ++n) ++e;
  std::string_view run = text.substr(b, e - b);
  if (run.find("://") != std::string_view::npos || run.find("www.") != std::string_view::npos) return true;
  size_t at = run.find('@');
  return at != std::string_view::npos && run.find('.', at) != std::string_view::npos;
}

std::optional<Number> ParseAt(const std::vector<Tok>& toks, size_t i, bool money) {
  if (i >= toks.size()) return std::nullopt;
  const Tok& t = toks[i];
  if (t.IsWord()) return ParseWords(toks, i);
  if (double v = VulgarFraction(t.text); v > 0 && t.kind == scan::Kind::kSymbol) {
    Number n;
    n.first = n.last = i;
    n.value = v;
    return n;
  }
  if (!t.IsNumber()) return std::nullopt;
  Number n;
  n.first = n.last = i;
  n.value = scan::NumberValue(t.text);
  if (scan::PlainDigits(t.text) && i + 1 < toks.size()) {
    const Tok& f = toks[i + 1];
    size_t frac_last = 0;
    if (double v = VulgarFraction(f.text); v > 0 && f.kind == scan::Kind::kSymbol) {
      n.value += v;
      n.last = i + 1;
    } else if (double v2 = SlashFraction(toks, i + 1, &frac_last); v2 > 0 && f.space_before) {
      n.value += v2;  // "6 1/2"
      n.last = frac_last;
    } else if (f.IsDash() && !f.space_before && i + 2 < toks.size() && !toks[i + 2].space_before) {
      if (double v3 = SlashFraction(toks, i + 2, &frac_last); v3 > 0) {
        n.value += v3;  // "6-1/2"
        n.last = frac_last;
      }
    }
  }
  size_t j = n.last + 1;
  if (j < toks.size() && toks[j].IsWord()) {
    char buf[24];
    std::string_view w = LowerOf(toks[j], buf, sizeof(buf));
    bool glued = !toks[j].space_before;
    // "1.2m tons": a glued "m" after a decimal is millions; "100m" stays metres.
    bool decimal = t.text.find('.') != std::string_view::npos;
    double s = ScaleWord(w, glued, money || (decimal && w == "m"));
    if (s > 0 && !(s == 100 && glued)) {
      n.value *= s;
      n.scale = s;
      n.scaled = true;
      n.last = j;
      // "1.5 million" may be followed by a second scale: "2 hundred thousand".
      if (s == 100 && j + 1 < toks.size() && toks[j + 1].IsWord()) {
        char b2[24];
        double s2 = SpacedScale(LowerOf(toks[j + 1], b2, sizeof(b2)));
        if (s2 >= 1e3) n.value *= s2, n.scale *= s2, n.last = j + 1;
      }
    }
  }
  return n;
}

}  // namespace claimkb::extract::numbers
