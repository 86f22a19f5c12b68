#include "api/match.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace claimkb::api {

const char* ToString(Verdict v) {
  switch (v) {
    case Verdict::kAttributed: return "attributed";
    case Verdict::kMisattributed: return "misattributed";
    case Verdict::kRelayed: return "relayed";
    case Verdict::kNotFound: return "not_found";
  }
  return "not_found";
}

namespace {

// Latin-1 supplement letters (U+00C0..U+00FF) without their accents.
constexpr const char* kFold = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";

// Lower-cased ASCII with Latin-1 accents folded and curly apostrophes straightened.
std::string Fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    if (ch == 0xC3 && i + 1 < s.size()) {
      unsigned char nx = static_cast<unsigned char>(s[i + 1]);
      if (nx >= 0x80 && nx <= 0xBF) {
        char f = kFold[nx - 0x80];
        out += static_cast<char>(f >= 'A' && f <= 'Z' ? f - 'A' + 'a' : f);
        ++i;
        continue;
      }
    }
    if (ch == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      out += '\'';
      i += 2;
      continue;
    }
    out += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
  }
  return out;
}

bool IsWordByte(unsigned char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80;
}

bool IsDigit(char ch) { return ch >= '0' && ch <= '9'; }

struct Token {
  std::string text;  // folded
  bool percent = false;
};

// Words of folded text; '%' becomes its own "percent" token; "1,000" and "2.5" stay whole.
std::vector<Token> Tokenize(const std::string& f) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < f.size()) {
    unsigned char ch = static_cast<unsigned char>(f[i]);
    if (ch == '%') {
      out.push_back({"percent", true});
      ++i;
      continue;
    }
    if (!IsWordByte(ch)) {
      ++i;
      continue;
    }
    size_t j = i;
    std::string w;
    while (j < f.size()) {
      unsigned char c = static_cast<unsigned char>(f[j]);
      if (IsWordByte(c)) {
        w += static_cast<char>(c);
        ++j;
      } else if ((c == ',' || c == '.') && j + 1 < f.size() && !w.empty() && IsDigit(w.back()) &&
                 IsDigit(f[j + 1])) {
        if (c == '.') w += '.';
        ++j;
      } else if ((c == '\'' || c == '-') && j + 1 < f.size() && IsWordByte(static_cast<unsigned char>(f[j + 1]))) {
        w += static_cast<char>(c);
        ++j;
      } else {
        break;
      }
    }
    out.push_back({std::move(w)});
    i = j;
  }
  return out;
}

const std::unordered_map<std::string, int>& NumberWords() {
  static const std::unordered_map<std::string, int> m = {
      {"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},      {"eleven", 11},
      {"twelve", 12},  {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},  {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},   {"thirty", 30},   {"forty", 40},    {"fifty", 50},
      {"sixty", 60},   {"seventy", 70},   {"eighty", 80},   {"ninety", 90},   {"dozen", 12}};
  return m;
}

const std::unordered_set<std::string>& StopWords() {
  static const std::unordered_set<std::string> s = {
      "a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "via", "through", "into",
      "onto", "and", "or", "but", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were",
      "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
      "should", "may", "might", "must", "as", "than", "then", "there", "their", "they", "them", "he", "she",
      "his", "her", "him", "we", "our", "you", "your", "i", "me", "my", "who", "whom", "which", "what", "when",
      "where", "why", "how", "also", "only", "just", "so", "such", "very", "some", "any", "all", "about", "up",
      "out", "per", "said", "says", "say", "saying", "claimed", "claims", "claiming", "told", "tells", "stated",
      "according", "asserted", "insisted", "added", "noted", "argued", "alleged", "go", "goes", "going", "went",
      "gone", "get", "gets", "got", "make", "makes", "made", "mr", "mrs", "ms", "not", "no", "s"};
  return s;
}

std::string Stem(std::string w) {
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  if (w.size() > 1 && w.back() == '\'') w.pop_back();
  auto ends = [&](const char* suf) {
    size_t n = std::char_traits<char>::length(suf);
    return w.size() > n && w.compare(w.size() - n, n, suf) == 0;
  };
  auto undouble = [&] {
    size_t n = w.size();
    if (n >= 2 && w[n - 1] == w[n - 2] && w[n - 1] != 'l' && w[n - 1] != 's' && w[n - 1] != 'z' &&
        !IsDigit(w[n - 1]))
      w.pop_back();
  };
  if (w.size() > 4 && ends("ies")) {
    w.resize(w.size() - 3);
    w += 'y';
  } else if (ends("sses")) {
    w.resize(w.size() - 2);
  } else if (w.size() > 3 && w.back() == 's' && !ends("ss") && !ends("us") && !ends("is")) {
    w.pop_back();
  }
  if (w.size() > 5 && ends("ing")) {
    w.resize(w.size() - 3);
    undouble();
  } else if (w.size() > 4 && ends("ed")) {
    w.resize(w.size() - 2);
    undouble();
  }
  return w;
}

// "1,000" -> "1000", "2.50" -> "2.5"
std::string CanonicalNumber(std::string w) {
  if (w.find('.') != std::string::npos) {
    while (!w.empty() && w.back() == '0') w.pop_back();
    if (!w.empty() && w.back() == '.') w.pop_back();
  }
  return w;
}

bool AllDigits(const std::string& w) {
  bool digit = false;
  for (char ch : w) {
    if (IsDigit(ch)) {
      digit = true;
    } else if (ch != '.') {
      return false;
    }
  }
  return digit;
}

// Folded words of a name, possessives removed: "Maduro’s letter" -> {maduro, letter}.
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  for (auto& t : Tokenize(Fold(name))) {
    std::string w = t.text;
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    if (!StopWords().count(w)) out.push_back(w);
  }
  return out;
}

// Every word of the query occurs among the words of the actor's name or of one alias.
bool NameMentions(const model::Actor& a, std::string_view query) {
  std::vector<std::string> q = NameWords(query);
  if (q.empty()) return false;
  auto covers = [&](std::string_view name) {
    std::vector<std::string> n = NameWords(name);
    return std::all_of(q.begin(), q.end(), [&](const std::string& w) { return std::find(n.begin(), n.end(), w) != n.end(); });
  };
  if (covers(a.name)) return true;
  return std::any_of(a.aliases.begin(), a.aliases.end(), covers);
}

constexpr std::array<std::string_view, 34> kCues = {
    "said",    "says",     "say",     "claimed",  "claims",    "claim",     "stated",   "states",    "told",
    "tells",   "argued",   "argues",  "asserted", "asserts",   "insisted",  "insists",  "alleged",   "alleges",
    "wrote",   "writes",   "announced", "announces", "declared", "declares", "suggested", "suggests", "believes",
    "believed", "thinks",  "thought", "added",    "warned",    "warns",     "tweeted"};

bool IsCue(std::string_view w) { return std::find(kCues.begin(), kCues.end(), w) != kCues.end(); }

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  auto junk = [](char ch) { return ch == ' ' || ch == ',' || ch == ':' || ch == '\n' || ch == '\t' || ch == '.'; };
  while (b < e && junk(s[b])) ++b;
  while (e > b && junk(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

// Byte offsets of the ASCII words of a lower-cased copy of s.
struct WordPos {
  size_t begin, end;
  std::string word;
};
std::vector<WordPos> AsciiWords(std::string_view s) {
  std::vector<WordPos> out;
  size_t i = 0;
  while (i < s.size()) {
    auto ch = static_cast<unsigned char>(s[i]);
    if (!IsWordByte(ch) && !(ch >= 'A' && ch <= 'Z')) {
      ++i;
      continue;
    }
    size_t j = i;
    std::string w;
    while (j < s.size()) {
      auto c = static_cast<unsigned char>(s[j]);
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      if (!IsWordByte(c) && c != '\'') break;
      w += static_cast<char>(c);
      ++j;
    }
    out.push_back({i, j, std::move(w)});
    i = j;
  }
  return out;
}

}  // namespace

void SplitReported(std::string_view text, std::string* speaker, std::string* content) {
  speaker->clear();
  *content = Trim(text);
  std::vector<WordPos> w = AsciiWords(text);
  if (w.size() < 3) return;
  // According to X, CONTENT
  if (w[0].word == "according" && w[1].word == "to") {
    size_t comma = text.find(',', w[1].end);
    if (comma != std::string_view::npos) {
      *speaker = Trim(text.substr(w[1].end, comma - w[1].end));
      *content = Trim(text.substr(comma + 1));
      return;
    }
  }
  // CONTENT, according to X
  for (size_t i = 1; i + 2 < w.size(); ++i) {
    if (w[i].word == "according" && w[i + 1].word == "to" && w.size() - i <= 8) {
      *speaker = Trim(text.substr(w[i + 1].end));
      *content = Trim(text.substr(0, w[i].begin));
      return;
    }
  }
  // X (has) said (that) CONTENT, with X a short name
  for (size_t i = 1; i < w.size() && i <= 6; ++i) {
    if (!IsCue(w[i].word)) continue;
    if (text.substr(0, w[i].begin).find(',') != std::string_view::npos) break;  // "CONTENT, X said"
    size_t end = i;
    while (end > 0 && (w[end - 1].word == "has" || w[end - 1].word == "have" || w[end - 1].word == "had")) --end;
    if (end == 0 || i + 1 >= w.size()) break;
    size_t from = i + 1;
    if (w[i].word == "told" || w[i].word == "tells") ++from;  // "told reporters"
    if (from < w.size() && w[from].word == "that") ++from;
    if (from >= w.size()) break;
    *speaker = Trim(text.substr(0, w[end - 1].end));
    *content = Trim(text.substr(w[from].begin));
    return;
  }
  // CONTENT, X said.
  size_t comma = text.rfind(',');
  if (comma != std::string_view::npos) {
    std::vector<WordPos> tail = AsciiWords(text.substr(comma + 1));
    if (tail.size() >= 2 && tail.size() <= 6 && IsCue(tail.back().word)) {
      *speaker = Trim(text.substr(comma + 1, tail[tail.size() - 2].end));
      *content = Trim(text.substr(0, comma));
      return;
    }
  }
  // X: CONTENT
  size_t colon = text.find(':');
  if (colon != std::string_view::npos && colon > 0 && AsciiWords(text.substr(0, colon)).size() <= 4) {
    *speaker = Trim(text.substr(0, colon));
    *content = Trim(text.substr(colon + 1));
  }
}

Terms ContentTerms(std::string_view text) {
  Terms t;
  std::vector<std::pair<int, std::string>> ranked;  // (rank, surface) for store queries
  std::vector<Token> toks = Tokenize(Fold(text));
  for (size_t i = 0; i < toks.size(); ++i) {
    std::string w = toks[i].text;
    if (toks[i].percent) {
      t.words.push_back("percent");
      continue;
    }
    // "eighty-seven" -> 87
    size_t dash = w.find('-');
    if (dash != std::string::npos) {
      auto tens = NumberWords().find(w.substr(0, dash));
      auto unit = NumberWords().find(w.substr(dash + 1));
      if (tens != NumberWords().end() && unit != NumberWords().end() && tens->second >= 20 && unit->second < 10) {
        w = std::to_string(tens->second + unit->second);
      } else {
        for (auto& part : Tokenize(std::string(w.substr(0, dash)) + " " + w.substr(dash + 1)))
          toks.insert(toks.begin() + static_cast<long>(i) + 1, part);
        continue;
      }
    }
    if (auto n = NumberWords().find(w); n != NumberWords().end()) {
      ranked.emplace_back(0, w);
      w = std::to_string(n->second);
    }
    if (w == "percent" || w == "per-cent") {
      t.words.push_back("percent");
      ranked.emplace_back(1, "percent");
      continue;
    }
    if (AllDigits(w)) {
      std::string n = CanonicalNumber(w);
      t.numbers.push_back(n);
      t.words.push_back(n);
      ranked.emplace_back(0, toks[i].text);
      continue;
    }
    std::string bare = w;
    if (bare.size() > 2 && bare.compare(bare.size() - 2, 2, "'s") == 0) bare.resize(bare.size() - 2);
    if (StopWords().count(bare) || bare.size() < 2) continue;
    t.words.push_back(Stem(w));
    ranked.emplace_back(2 + (bare.size() >= 7 ? 0 : bare.size() >= 5 ? 1 : 2), bare);
  }
  auto uniq = [](std::vector<std::string>& v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
  };
  uniq(t.words);
  uniq(t.numbers);
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::set<std::string> seen;
  for (auto& [rank, s] : ranked)
    if (seen.insert(s).second) t.surface.push_back(s);
  return t;
}

double Similarity(const Terms& s, const Terms& c) {
  auto weight = [&](const std::string& w) {
    return std::binary_search(s.numbers.begin(), s.numbers.end(), w) ? 2.0 : 1.0;
  };
  double total = 0, shared = 0;
  for (const auto& w : s.words) {
    total += weight(w);
    if (std::binary_search(c.words.begin(), c.words.end(), w)) shared += weight(w);
  }
  if (total == 0 || c.words.empty()) return 0;
  double recall = shared / total;
  double common = 0;
  for (const auto& w : c.words) common += std::binary_search(s.words.begin(), s.words.end(), w) ? 1 : 0;
  double precision = common / static_cast<double>(c.words.size());
  double score = 0.85 * recall + 0.15 * precision;
  if (!s.numbers.empty()) {
    bool agree = std::any_of(s.numbers.begin(), s.numbers.end(), [&](const std::string& n) {
      return std::binary_search(c.numbers.begin(), c.numbers.end(), n);
    });
    if (!agree) score *= c.numbers.empty() ? 0.6 : 0.35;
  }
  return score;
}

Verdict Decide(const model::Claim& c, const std::vector<model::Actor>& named, std::string_view speaker_query,
               const store::Store& store) {
  if (named.empty() && speaker_query.empty()) return Verdict::kAttributed;
  auto is_named = [&](const std::string& id) {
    return std::any_of(named.begin(), named.end(), [&](const model::Actor& a) { return a.id == id; });
  };
  auto mentions_name = [&](const std::string& id) {
    auto a = store.GetActor(id);
    return a.ok() && NameMentions(*a, speaker_query);
  };
  for (const auto& s : c.attribution.speakers)
    if (is_named(s)) return Verdict::kAttributed;
  for (const auto& s : c.attribution.speakers) {
    auto a = store.GetActor(s);
    // "Maduro's letter" says it: Maduro says it.
    if (a.ok() && a->type == model::ActorType::kDocument && NameMentions(*a, speaker_query))
      return Verdict::kAttributed;
  }
  for (const auto& v : c.attribution.via)
    if (is_named(v) || mentions_name(v)) return Verdict::kRelayed;
  return Verdict::kMisattributed;
}

namespace {

int Preference(Verdict v) {
  switch (v) {
    case Verdict::kAttributed: return 0;
    case Verdict::kRelayed: return 1;
    case Verdict::kMisattributed: return 2;
    case Verdict::kNotFound: return 3;
  }
  return 3;
}

std::vector<model::Actor> ResolveSpeaker(const store::Store& store, const std::string& name) {
  std::vector<model::Actor> out;
  if (name.empty()) return out;
  if (auto a = store.GetActor(name); a.ok()) return {*a};
  auto found = store.SearchActors(name, 20);
  if (!found.ok()) return out;
  std::string want = Fold(name);
  for (const auto& a : *found) {
    bool exact = Fold(a.name) == want ||
                 std::any_of(a.aliases.begin(), a.aliases.end(), [&](const std::string& al) { return Fold(al) == want; });
    if (exact) out.push_back(a);
  }
  if (!out.empty()) return out;
  for (const auto& a : *found)
    if (a.type != model::ActorType::kDocument && NameMentions(a, name)) out.push_back(a);
  return out;
}

}  // namespace

Result<CheckResult> CheckStatement(const store::Store& store, std::string_view text, std::string_view speaker,
                                   size_t max_matches) {
  CheckResult r;
  std::string parsed_speaker;
  SplitReported(text, &parsed_speaker, &r.content);
  r.speaker_query = speaker.empty() ? parsed_speaker : Trim(speaker);
  Terms terms = ContentTerms(r.content);
  // The speaker's own name is not what the statement is about.
  if (!r.speaker_query.empty()) {
    Terms name = ContentTerms(r.speaker_query);
    std::erase_if(terms.words, [&](const std::string& w) {
      return std::binary_search(name.words.begin(), name.words.end(), w);
    });
  }
  if (terms.words.empty())
    return Status::InvalidArgument("the statement `" + std::string(text) + "` has no words to look for");
  r.speakers = ResolveSpeaker(store, r.speaker_query);

  std::map<std::string, model::Claim> candidates;
  auto collect = [&](const std::vector<model::Claim>& claims) {
    for (const auto& c : claims) candidates.emplace(c.id, c);
  };
  size_t queries = 0;
  for (const auto& w : terms.surface) {
    if (queries++ == 6) break;
    store::ClaimQuery q;
    q.q = w;
    auto page = store.ListClaims(q, "", 200);
    if (!page.ok()) return page.status();
    collect(page->items);
  }
  for (const auto& a : r.speakers)
    for (store::Role role : {store::Role::kSpeaker, store::Role::kVia}) {
      auto page = store.ActorClaims(a.id, role, "", 200);
      if (page.ok()) collect(page->items);
    }

  size_t need = std::min<size_t>(2, terms.words.size());
  for (auto& [id, c] : candidates) {
    Terms ct = ContentTerms(c.text);
    double score = Similarity(terms, ct);
    if (!c.sentence.empty()) score = std::max(score, 0.9 * Similarity(terms, ContentTerms(c.sentence)));
    size_t shared = 0;
    Terms st = ContentTerms(c.sentence.empty() ? c.text : c.sentence);
    for (const auto& w : terms.words) shared += std::binary_search(st.words.begin(), st.words.end(), w) ? 1 : 0;
    if (score < 0.5 || shared < need) continue;
    r.matches.push_back({c, score, Decide(c, r.speakers, r.speaker_query, store)});
  }
  std::sort(r.matches.begin(), r.matches.end(), [](const Match& a, const Match& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.claim.id < b.claim.id;
  });
  if (r.matches.size() > max_matches) r.matches.resize(max_matches);
  if (!r.matches.empty()) {
    // Among near-equal matches, the one that credits the named speaker decides.
    const Match* best = &r.matches[0];
    for (const auto& m : r.matches)
      if (m.score >= r.matches[0].score - 0.1 && Preference(m.verdict) < Preference(best->verdict)) best = &m;
    r.verdict = best->verdict;
  }
  return r;
}

}  // namespace claimkb::api
