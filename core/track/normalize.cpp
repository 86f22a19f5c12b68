#include "core/track/normalize.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cmath>
#include <unordered_set>

namespace claimkb::track {

namespace {

// Function words, pronouns (direct "I/we" and indirect "he/they" alike),
// auxiliaries and modals (tense shifts in reported speech), reporting verbs.
const std::unordered_set<std::string_view>& StopWords() {
  static const std::unordered_set<std::string_view> kWords = {
      "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "itself",
      "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
      "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs",
      "themselves", "one", "who", "whom", "whose", "which", "what", "when", "where", "why", "how",
      "is", "am", "are", "was", "were", "be", "been", "being", "has", "have", "had", "having", "do", "does",
      "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
      "and", "or", "but", "if", "then", "so", "than", "too", "very", "just", "also", "only", "even", "still",
      "of", "in", "on", "at", "to", "for", "from", "by", "with", "about", "as", "into", "onto", "over", "under",
      "after", "before", "during", "since", "until", "up", "down", "out", "off", "again", "all", "any", "each",
      "across", "along", "among", "around", "behind", "between", "beyond", "near", "through", "toward",
      "towards", "upon", "within", "against", "amid",
      "every", "some", "such", "own", "same", "other", "another", "more", "most", "much", "many", "both",
      "said", "say", "says", "saying", "told", "tell", "according", "added", "stated", "claimed", "noted",
      "s", "t", "mr", "mrs", "ms", "dr", "now", "yet", "while", "because", "whether", "via", "per",
  };
  return kWords;
}

const std::unordered_set<std::string_view>& Negators() {
  static const std::unordered_set<std::string_view> kWords = {
      "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "n't", "nt", "cannot"};
  return kWords;
}

// Small number words, so "eleven" and "11" agree when extraction left one unparsed.
const char* NumberWord(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 20> kNumbers = {{
      {"two", "2"}, {"three", "3"}, {"four", "4"}, {"five", "5"}, {"six", "6"}, {"seven", "7"},
      {"eight", "8"}, {"nine", "9"}, {"ten", "10"}, {"eleven", "11"}, {"twelve", "12"}, {"thirteen", "13"},
      {"fourteen", "14"}, {"fifteen", "15"}, {"sixteen", "16"}, {"seventeen", "17"}, {"eighteen", "18"},
      {"nineteen", "19"}, {"twenty", "20"}, {"hundred", "100"}}};
  for (const auto& [word, digits] : kNumbers)
    if (w == word) return digits;
  return nullptr;
}

std::string FormatNumber(double v) {
  char buf[48];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15)
    std::snprintf(buf, sizeof buf, "%.0f", v);
  else
    std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

bool IsAsciiAlnum(unsigned char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

// Blanks the code points [start, end) of text (relative to the claim's content span).
void Blank(std::string* text, uint32_t start, uint32_t end) {
  uint32_t cp = 0;
  for (size_t i = 0; i < text->size(); ++i) {
    const auto ch = static_cast<unsigned char>((*text)[i]);
    if ((ch & 0xC0) != 0x80 && i > 0) ++cp;
    if (cp >= end) break;
    if (cp >= start) (*text)[i] = ' ';
  }
}

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

void SlugWords(const std::vector<std::string>& ids, std::vector<std::string>* out) {
  for (const auto& id : ids) {
    size_t start = 0;
    while (start <= id.size()) {
      size_t dash = id.find('-', start);
      if (dash == std::string::npos) dash = id.size();
      std::string_view w(id.data() + start, dash - start);
      if (w.size() > 1 && !IsStopWord(w)) out->emplace_back(w);
      start = dash + 1;
    }
  }
  SortUnique(out);
}

}  // namespace

bool IsStopWord(std::string_view w) { return StopWords().count(w) > 0; }

std::string Stem(std::string_view word) {
  std::string w(word);
  auto ends = [&](std::string_view suf) { return w.size() >= suf.size() && w.compare(w.size() - suf.size(), suf.size(), suf) == 0; };
  auto cut = [&](size_t n) { w.resize(w.size() - n); };
  auto undouble = [&] {
    const size_t n = w.size();
    if (n >= 3 && w[n - 1] == w[n - 2] && w[n - 1] != 'l' && w[n - 1] != 's' && w[n - 1] != 'z') cut(1);
  };
  if (w.size() <= 3) return w;
  if (ends("ies") || ends("ied")) {
    cut(3);
    w += 'i';
  } else if (ends("sses") || ends("shes") || ends("ches") || ends("xes")) {
    cut(2);
  } else if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    cut(1);
  } else if (ends("ed") && w.size() > 4) {
    cut(2);
    undouble();
  } else if (ends("ing") && w.size() > 5) {
    cut(3);
    undouble();
  } else if (ends("ly") && w.size() > 5) {
    cut(2);
  }
  if (w.size() > 3 && w.back() == 'e') cut(1);
  return w;
}

Normalized Normalize(const model::Claim& c) {
  Normalized n;
  std::string text = c.text;
  const uint32_t base = c.span.start;
  auto relative = [&](const model::Span& s, uint32_t* a, uint32_t* b) {
    if (s.end <= base || s.start >= c.span.end) return false;
    *a = s.start > base ? s.start - base : 0;
    *b = s.end - base;
    return true;
  };
  uint32_t a = 0, b = 0;
  for (const auto& q : c.quantities) {
    if (relative(q.span, &a, &b)) Blank(&text, a, b);
    Figure f;
    f.value = FormatNumber(q.value);
    if (q.high) f.value += "-" + FormatNumber(*q.high);
    f.unit = q.unit.empty() ? "count" : q.unit;
    std::string counts;
    for (char ch : q.counts) counts += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    f.counts = counts.empty() ? "" : Stem(counts.substr(counts.rfind(' ') == std::string::npos ? 0 : counts.rfind(' ') + 1));
    n.figures.push_back(std::move(f));
  }
  for (const auto& t : c.times) {
    if (relative(t.span, &a, &b)) Blank(&text, a, b);
    // A day, or a part of a day ("2025-09-05TEV"): the day is what two reports can agree on.
    const bool day = t.precision == model::Precision::kDay || t.precision == model::Precision::kTime;
    if (day && t.value.size() >= 10 && t.value[4] == '-' && t.value[7] == '-') n.dates.push_back(t.value.substr(0, 10));
  }
  SortUnique(&n.dates);

  // Tokens: runs of ASCII letters/digits and non-ASCII letters; apostrophes
  // (ASCII or U+2019) join "n't" and drop a possessive "'s".
  size_t neg_count = 0;
  size_t i = 0;
  std::string tok;
  auto flush = [&] {
    if (tok.empty()) return;
    if (Negators().count(tok)) {
      n.negators.push_back(tok);
      ++neg_count;
    } else if (const char* digits = NumberWord(tok)) {
      n.figures.push_back({digits, "count", ""});
    } else if (std::isdigit(static_cast<unsigned char>(tok[0]))) {
      n.figures.push_back({tok, "count", ""});
    } else if (!IsStopWord(tok)) {
      n.words.push_back(Stem(tok));
    }
    tok.clear();
  };
  while (i < text.size()) {
    const auto ch = static_cast<unsigned char>(text[i]);
    const bool curly_apostrophe = ch == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                                  static_cast<unsigned char>(text[i + 2]) == 0x99;
    if (ch == '\'' || curly_apostrophe) {
      const size_t next = i + (curly_apostrophe ? 3 : 1);
      const bool s_follows = next < text.size() && (text[next] == 's' || text[next] == 'S') &&
                             (next + 1 >= text.size() || !IsAsciiAlnum(static_cast<unsigned char>(text[next + 1])));
      const bool t_follows = next < text.size() && (text[next] == 't' || text[next] == 'T') && !tok.empty() &&
                             tok.back() == 'n' &&
                             (next + 1 >= text.size() || !IsAsciiAlnum(static_cast<unsigned char>(text[next + 1])));
      if (t_follows) {
        tok.pop_back();
        flush();
        tok = "n't";
        flush();
        i = next + 1;
        continue;
      }
      flush();
      i = s_follows ? next + 1 : next;
      continue;
    }
    if (IsAsciiAlnum(ch) || (ch == '.' && !tok.empty() && std::isdigit(static_cast<unsigned char>(tok.back())) &&
                             i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
      tok += static_cast<char>(std::tolower(ch));
      ++i;
    } else if (ch >= 0x80 && !(ch == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80)) {
      tok += static_cast<char>(ch);  // a letter outside ASCII (accents are kept, case too)
      ++i;
    } else {
      flush();
      i += ch == 0xE2 ? 3 : 1;  // U+20xx punctuation: dashes, quotes, ellipsis
    }
  }
  flush();
  SortUnique(&n.words);
  std::sort(n.figures.begin(), n.figures.end(),
            [](const Figure& x, const Figure& y) { return x.value != y.value ? x.value < y.value : x.unit < y.unit; });

  // The article's own voice has no source to agree or disagree with (its
  // "speaker" is at most the byline).
  n.attributed = c.attribution.kind != model::AttributionKind::kAuthor && !c.attribution.speakers.empty();
  if (n.attributed) {
    std::vector<std::string> sources = c.attribution.speakers;
    sources.insert(sources.end(), c.attribution.via.begin(), c.attribution.via.end());
    SlugWords(sources, &n.sources);
  }
  SlugWords(c.actors, &n.subjects);
  // The extractor may have set stance.negated from these very words: either says negated.
  n.negated = c.stance.negated || neg_count % 2 == 1;
  n.evidence = c.stance.evidence;
  return n;
}

}  // namespace claimkb::track
