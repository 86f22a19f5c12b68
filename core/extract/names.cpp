#include "core/extract/names.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace claimkb::extract {
namespace data {
extern const char kLexiconTsv[];
}  // namespace data

namespace {

uint32_t ClassOf(std::string_view name) {
  static const std::pair<std::string_view, uint32_t> kNames[] = {
      {"title", kTitle},
      {"abbrev", kAbbrev},
      {"title_mod", kTitleMod},
      {"org_head", kOrgHead},
      {"org_prefix", kOrgPrefix},
      {"group_head", kGroupHead},
      {"geo_head", kGeoHead},
      {"given", kGiven},
      {"stop", kStop},
      {"month", kMonth},
      {"connector", kConnector},
      {"doc_noun", kDocNoun},
      {"person_noun", kPersonNoun},
      {"org_noun", kOrgNoun},
      {"group_noun", kGroupNoun},
      {"pronoun_person", kPronounPerson},
      {"pronoun_it", kPronounIt},
      {"pronoun_they", kPronounThey},
      {"pronoun_skip", kPronounSkip},
      {"speech", kSpeech},
      {"locative", kLocative},
      {"acronym_stop", kAcronymStop},
      {"government_head", kGovernmentHead},
      {"female_word", kFemaleWord},
      {"male_word", kMaleWord},
      {"female_given", kFemaleGiven},
      {"male_given", kMaleGiven},
  };
  for (const auto& [n, c] : kNames)
    if (n == name) return c;
  return 0;
}


}  // namespace

Lexicon::Lexicon() {
  StringMap<uint32_t> words;
  std::string_view all(data::kLexiconTsv);
  for (std::string_view line : Split(all, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    uint32_t c = ClassOf(line.substr(0, tab));
    if (c == 0) continue;
    for (std::string_view w : Split(line.substr(tab + 1), '|')) {
      if (w.empty()) continue;
      words[std::string(w)] |= c;
      size_t sp = w.find(' ');
      if (sp != std::string_view::npos) {
        words[std::string(w.substr(0, sp))] |= kMultiStart;
        size_t n = 1;
        for (char ch : w) n += ch == ' ';
        if (n > max_words_) max_words_ = n;
      }
    }
  }
  for (const auto& [w, c] : words) words_.Add(w, c);
}

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon;
  return lexicon;
}

uint32_t Lexicon::Classes(std::string_view lower) const {
  const uint32_t* c = words_.Find(lower);
  return c ? *c : 0;
}

uint32_t Lexicon::ClassesFolded(std::string_view word) const {
  const uint32_t* c = words_.FindFolded(word);
  return c ? *c : 0;
}

size_t Lexicon::LongestAt(const std::string_view* lower, size_t n, WordClass c) const {
  if (n == 0) return 0;
  uint32_t first = Classes(lower[0]);
  size_t best = (first & c) ? 1 : 0;
  if (!(first & kMultiStart)) return best;
  std::string key(lower[0]);
  for (size_t k = 1; k < n && k < max_words_; ++k) {
    key += ' ';
    key.append(lower[k]);
    const uint32_t* classes = words_.Find(key);
    if (classes && (*classes & c)) best = k + 1;
  }
  return best;
}

std::string_view StripPossessive(std::string_view w, bool* had) {
  if (had) *had = false;
  auto strip = [&](size_t n) {
    if (had) *had = true;
    return w.substr(0, w.size() - n);
  };
  if (w.size() > 4 && (w.ends_with("\xE2\x80\x99s") || w.ends_with("\xE2\x80\x99S"))) return strip(4);
  if (w.size() > 2 && (w.ends_with("'s") || w.ends_with("'S"))) return strip(2);
  return w;
}

bool IsAdverb(std::string_view lw) {
  static const std::string_view kEnds[] = {"ally", "ibly", "ably", "ously", "ively", "ently", "antly",
                                           "edly", "ingly", "fully", "ately", "ssly"};
  if (lw.size() < 7) return false;
  for (auto e : kEnds)
    if (lw.ends_with(e)) return true;
  return false;
}

bool IsPlacePreposition(std::string_view lw) {
  return lw == "in" || lw == "near" || lw == "outside" || lw == "inside" || lw == "across" || lw == "throughout" ||
         lw == "around";
}

bool IsVagueQuantifier(std::string_view lw) {
  return lw == "many" || lw == "several" || lw == "some" || lw == "few" || lw == "numerous" || lw == "multiple" ||
         lw == "various" || lw == "countless" || lw == "most" || lw == "other";
}

std::string Singular(std::string_view w) {
  if (w == "people") return "person";
  if (w == "children") return "child";
  // "men", "women", "spokesmen", "gunmen"; not "specimen", "abdomen", "acumen".
  if ((w == "men" || w.size() >= 6) && w.ends_with("men") && !w.ends_with("imen") && !w.ends_with("omen") &&
      !w.ends_with("umen"))
    return std::string(w.substr(0, w.size() - 2)) + "an";
  if (w.ends_with("women")) return std::string(w.substr(0, w.size() - 2)) + "an";
  std::string s(w);
  if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 4 && (s.ends_with("sses") || s.ends_with("shes") || s.ends_with("ches") || s.ends_with("xes")))
    return s.substr(0, s.size() - 2);
  if (s.size() > 3 && s.ends_with("s") && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is"))
    return s.substr(0, s.size() - 1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  char* p = out.data();
  size_t n = out.size(), i = 0;
  for (; i + 8 <= n; i += 8) {  // eight bytes at a time: set bit 5 of the bytes 'A'..'Z'
    uint64_t x;
    std::memcpy(&x, p + i, 8);
    uint64_t low7 = x & 0x7F7F7F7F7F7F7F7Full;
    uint64_t from_a = low7 + 0x3F3F3F3F3F3F3F3Full;   // high bit set where the byte is >= 'A'
    uint64_t above_z = low7 + 0x2525252525252525ull;  // high bit set where the byte is > 'Z'
    x |= (~x & (from_a ^ above_z) & 0x8080808080808080ull) >> 2;
    std::memcpy(p + i, &x, 8);
  }
  for (; i < n; ++i)
    if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

}  // namespace claimkb::extract
