#include "core/extract/stance.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "core/base/word_table.h"

namespace claimkb::extract {

namespace {

struct Word {
  std::string_view low;  // into WordList::buf
  Range range;
  bool capital = false;
};

// The words of a claim; `low` of each word views `buf`, so a WordList is filled in place and never moved.
struct WordList {
  std::string buf;
  std::vector<Word> w;
};

bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiAlnum(unsigned char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }

// The byte a word keeps for each byte inside it (letters lowercased), or 0
// where the word ends: ASCII letters, digits, '-', UTF-8 continuation bytes
// and the lead bytes 0xC3..0xE1.
constexpr std::array<char, 256> kWordByte = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 'A' && u <= 'Z') t[c] = static_cast<char>(u + ('a' - 'A'));
    else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-') t[c] = static_cast<char>(u);
    else if ((u >= 0x80 && u < 0xC0) || (u >= 0xC3 && u < 0xE2)) t[c] = static_cast<char>(u);
  }
  return t;
}();

// The words of text[r): letters, digits and inner apostrophes, lowercased;
// curly apostrophes become straight ones. Every byte written consumes at
// least one byte of text, so buf never outgrows r and never reallocates.
void WordsOf(std::string_view text, Range r, WordList* list) {
  std::vector<Word>& out = list->w;
  out.reserve(r.size() / 4 + 1);
  list->buf.resize(r.size());
  char* dst = list->buf.data();
  size_t n = 0;
  size_t i = r.begin;
  while (i < r.end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool letter = IsAsciiAlnum(c) || (c >= 0xC3 && c < 0xE2);
    if (!letter) {
      i += (c == 0xE2 ? 3 : 1);
      continue;
    }
    Word w;
    w.range.begin = i;
    w.capital = c >= 'A' && c <= 'Z';
    size_t from = n;
    while (i < r.end) {
      unsigned char d = static_cast<unsigned char>(text[i]);
      if (char kept = kWordByte[d]) {  // a continuation byte never starts a word
        dst[n++] = kept;
        ++i;
      } else if (d == '\'' && i + 1 < r.end && IsAsciiAlpha(static_cast<unsigned char>(text[i + 1]))) {
        dst[n++] = '\'';
        ++i;
      } else if (d == 0xE2 && i + 3 < r.end && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                 static_cast<unsigned char>(text[i + 2]) == 0x99 &&
                 IsAsciiAlpha(static_cast<unsigned char>(text[i + 3]))) {
        dst[n++] = '\'';
        i += 3;
      } else {
        break;
      }
    }
    w.low = std::string_view(dst + from, n - from);
    w.range.end = i;
    out.push_back(w);
  }
  list->buf.resize(n);
}

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

bool IsNegation(std::string_view w) {
  return w == "not" || w == "never" || w == "no" || w == "neither" || w == "nor" || w == "cannot" ||
         w == "nobody" || w == "nothing" || EndsWith(w, "n't");
}

bool IsHedge(std::string_view w) {
  static const WordSet kHedges{
      "allegedly", "apparently", "appear", "appeared", "appears", "could", "likely", "may",
      "might", "perhaps", "possibly", "presumably", "probably", "purportedly", "reportedly",
      "seem", "seemed", "seems", "unconfirmed"};
  return kHedges.Contains(w);
}

bool IsWeakEvidence(const std::vector<Word>& w, size_t i) {
  std::string_view l = w[i].low;  // string_view compares lengths first: no memcmp per word
  if (l != "evidence" && l != "proof" && l != "indication") return false;
  if (i == 0) return false;
  std::string_view p = w[i - 1].low;
  return p == "little" || p == "no" || p == "scant" || p == "insufficient" || p == "limited";
}

std::string Stem(std::string_view w) { return std::string(w.substr(0, std::min<size_t>(w.size(), 4))); }

bool IsCopula(std::string_view w) { return w == "is" || w == "are" || w == "was" || w == "were"; }

// "Maduro is (not) the leader of X" -> subject words, predicate stem, polarity.
struct Prop {
  std::vector<const Word*> subject;
  std::string pred;
  bool negative = false;
  bool doubted = false;  // "little evidence that ..."
  Range words;
};

std::optional<Prop> PropOf(const std::vector<Word>& w) {
  Prop p;
  size_t i = 0;
  for (size_t k = 0; k + 1 < w.size(); ++k) {
    if (IsWeakEvidence(w, k) && w[k + 1].low == "that") {
      p.doubted = true;
      i = k + 2;
      break;
    }
  }
  if (i < w.size() && w[i].low == "that") ++i;
  size_t start = i;
  for (size_t k = i; k < w.size() && k < i + 8; ++k) {
    bool copula = IsCopula(w[k].low);
    bool accused = w[k].low == "of" && k > i && w[k - 1].capital;
    if (!copula && !accused) continue;
    if (k == start) return std::nullopt;
    for (size_t s = start; s < k; ++s) p.subject.push_back(&w[s]);
    size_t j = k + 1;
    if (j < w.size() && IsNegation(w[j].low)) p.negative = true, ++j;
    while (j < w.size() && (w[j].low == "the" || w[j].low == "a" || w[j].low == "an")) ++j;
    if (j >= w.size()) return std::nullopt;
    p.pred = Stem(w[j].low);
    p.words = {w[k].range.begin, w[j].range.end};
    return p;
  }
  return std::nullopt;
}

bool SameSubject(const Prop& a, const Prop& b) {
  for (const Word* x : a.subject)
    for (const Word* y : b.subject)
      if (x->capital && y->capital && x->low == y->low) return true;
  if (a.subject.size() != b.subject.size()) return false;
  for (size_t i = 0; i < a.subject.size(); ++i)
    if (a.subject[i]->low != b.subject[i]->low) return false;
  return true;
}

}  // namespace

void MarkNegationAndHedges(std::string_view text, ClaimDraft& claim) {
  WordList list;
  WordsOf(text, claim.content, &list);
  const std::vector<Word>& w = list.w;
  for (size_t i = 0; i < w.size(); ++i) {
    if (IsNegation(w[i].low) && !(w[i].low == "no" && i + 1 < w.size() && w[i + 1].low == "longer")) {
      claim.stance.negated = true;
      claim.stance.notes.emplace_back(w[i].low);
    }
    if (IsHedge(w[i].low)) {
      claim.stance.hedged = true;
      claim.stance.notes.emplace_back(w[i].low);
    }
    // "are expected to join", "is rumored to be": a forecast, not a fact.
    std::string_view low = w[i].low;
    bool forecast = (low == "expected" || low == "predicted" || low == "rumored" || low == "rumoured") &&
                    i > 0 && i + 1 < w.size() && w[i + 1].low == "to" &&
                    (IsCopula(w[i - 1].low) || w[i - 1].low == "be" || w[i - 1].low == "been" ||
                     w[i - 1].low == "widely");
    if (forecast) {
      claim.stance.hedged = true;
      claim.stance.notes.push_back(std::string(w[i - 1].low).append(" ").append(w[i].low));
    }
    if (IsWeakEvidence(w, i)) {
      claim.stance.hedged = true;
      claim.stance.notes.push_back(std::string(w[i - 1].low).append(" ").append(w[i].low));
    }
  }
}

std::optional<EvidenceRemark> FindEvidenceRemark(const Words& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    if (!w.Is(i, "evidence") && !w.Is(i, "proof")) continue;
    // "without offering evidence", "without evidence"
    for (size_t k = i; k-- > 0 && k + 3 >= i;) {
      if (w.Is(k, "without")) return EvidenceRemark{{w.tok(k).begin, w.tok(i).end}, std::nullopt};
    }
    // "has not offered evidence", "provided no evidence", "did not provide any evidence"
    size_t k = i;
    while (k > 0 && (w.Is(k - 1, "any") || w.Is(k - 1, "no") || w.Is(k - 1, "further") || w.Is(k - 1, "public"))) --k;
    if (k == 0) continue;
    size_t verb = k - 1;
    std::string_view v = w.low(verb);
    bool offered = v.starts_with("offer") || v.starts_with("provid") || v.starts_with("present") ||
                   v.starts_with("produc") || v.starts_with("give") || v.starts_with("gave") ||
                   v.starts_with("show") || v.starts_with("cite") || v.starts_with("cited");
    if (!offered) continue;
    bool negated = k < i && w.Is(k, "no");
    size_t s = verb;
    while (s > 0 && (IsSkippable(w.low(s - 1)) || w.Is(s - 1, "not") || w.low(s - 1).ends_with("n't") ||
                     w.low(s - 1).ends_with("n\xE2\x80\x99t"))) {
      if (w.Is(s - 1, "not") || w.low(s - 1).ends_with("t")) negated = negated || !w.Is(s - 1, "just");
      --s;
    }
    if (!negated || s == 0) continue;
    EvidenceRemark r{{w.tok(s).begin, w.tok(i).end}, PhraseEndingAt(w, s - 1)};
    return r;
  }
  return std::nullopt;
}

void AttachEvidence(std::string_view text, const std::vector<Sentence>& sentences,
                    const SentenceWords& words, SourceResolver& sources,
                    std::vector<ClaimDraft>& claims) {
  for (size_t si = 0; si < sentences.size(); ++si) {
    Words w(words[si]);
    auto remark = FindEvidenceRemark(w);
    if (!remark) continue;
    std::string words(text.substr(remark->words.begin, remark->words.size()));
    ClaimDraft* target = nullptr;
    if (!remark->subject) {
      for (auto& c : claims)
        if (c.attribution.kind != model::AttributionKind::kAuthor && c.sentence.Contains(remark->words.begin))
          target = &c;
    } else {
      std::vector<std::string> who = sources.Resolve(w, *remark->subject, si);
      for (auto& c : claims) {
        if (c.attribution.kind == model::AttributionKind::kAuthor || c.first_sentence >= si || c.first_sentence + 3 < si)
          continue;
        bool by = false;
        for (const auto& s : c.attribution.speakers) by = by || std::find(who.begin(), who.end(), s) != who.end();
        if (by || (who.empty() && remark->subject->pronoun)) target = &c;
      }
    }
    if (!target) continue;
    target->stance.evidence = "none_offered";
    target->stance.notes.push_back(words);
  }
}

std::vector<Dispute> FindDisputes(std::string_view text, const std::vector<ClaimDraft>& claims) {
  std::vector<Dispute> out;
  std::vector<WordList> words(claims.size());
  std::vector<std::optional<Prop>> props(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].attribution.kind == model::AttributionKind::kAuthor) continue;
    WordsOf(text, claims[i].content, &words[i]);
    props[i] = PropOf(words[i].w);
  }
  std::map<std::string, std::vector<size_t>> by_pred;
  for (size_t i = 0; i < claims.size(); ++i)
    if (props[i]) by_pred[props[i]->pred].push_back(i);
  // Only a denial disputes, and only a claim near it in the text: a window,
  // or a long run of claims sharing a predicate makes this quadratic.
  constexpr size_t kWindow = 200;
  for (size_t a = 0; a < claims.size(); ++a) {
    if (!props[a] || !(props[a]->negative || props[a]->doubted)) continue;
    const std::vector<size_t>& bucket = by_pred[props[a]->pred];
    auto from = std::lower_bound(bucket.begin(), bucket.end(), a > kWindow ? a - kWindow : 0);
    for (auto it = from; it != bucket.end() && *it <= a + kWindow; ++it) {
      size_t b = *it;
      if (a == b) continue;
      const Prop& pa = *props[a];
      const Prop& pb = *props[b];
      if (pb.negative || pb.doubted) continue;
      if (pa.pred != pb.pred || !SameSubject(pa, pb)) continue;
      if (claims[a].attribution.speakers == claims[b].attribution.speakers) continue;
      // a disputes b: a negates (or doubts) what b asserts; b came first.
      bool a_denies = (pa.negative || pa.doubted) && !pb.negative && !pb.doubted;
      if (!a_denies) continue;
      std::string why = std::string(pa.doubted ? "doubted-predicate" : "opposite-polarity") + ": `" +
                        std::string(text.substr(pa.words.begin, pa.words.size())) + "` vs `" +
                        std::string(text.substr(pb.words.begin, pb.words.size())) + "`";
      out.push_back({a, b, std::move(why)});
    }
  }
  return out;
}

}  // namespace claimkb::extract
