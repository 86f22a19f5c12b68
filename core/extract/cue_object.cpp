#include "core/extract/cue_object.h"
#include "core/extract/verb_words.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace claimkb::extract {

namespace {

// How a verb's object can carry a statement.
enum class ObjectKind : uint8_t {
  kNone,      // the object is always a claim: "said", "claimed", "believes"
  kJudge,     // condemn, praise: "... X as Y", "... X for Y"
  kName,      // call, describe: "... X as Y", "called X a liar"
  kDirect,    // order, instruct: "... X to do Y" directs, "... that" states
  kPlead,     // urge, implore: "... X to do Y" pleads in public, a stance stated; "urged calm" is an act
  kCite,      // cite, mention, voice: "... the claim that", "... X as Y"
  kStance,    // support, fear, push: "... that", "fear the deal will fail"; "... X to do Y" wishes an act
  kTalk,      // complain, add, talk: only a clause or a quote ("added $5 to the bill" is no report)
  kCommitTo,  // vow, promise: "... that" and "... to do" report a commitment; "pledged $5 to the fund" gives money
  kAsk,       // ask: a question or a request, but "asked him for comment" is neither
  kFeel,      // feel: a belief only with a clause ("felt betrayed" is a feeling)
};

struct KindRow {
  std::string_view lemma;
  ObjectKind kind;
};

constexpr std::array<KindRow, 89> kKinds{{
    {"add", ObjectKind::kTalk},          {"applaud", ObjectKind::kJudge},     {"ask", ObjectKind::kAsk},
    {"assail", ObjectKind::kJudge},      {"attack", ObjectKind::kJudge},      {"back", ObjectKind::kStance},
    {"bark", ObjectKind::kTalk},         {"bemoan", ObjectKind::kCite},       {"blame", ObjectKind::kJudge},
    {"blast", ObjectKind::kJudge},       {"brand", ObjectKind::kName},        {"call", ObjectKind::kName},
    {"chide", ObjectKind::kJudge},       {"cite", ObjectKind::kCite},         {"compare", ObjectKind::kName},
    {"complain", ObjectKind::kTalk},     {"condemn", ObjectKind::kJudge},     {"criticise", ObjectKind::kJudge},
    {"criticize", ObjectKind::kJudge},   {"decry", ObjectKind::kTalk},        {"deem", ObjectKind::kName},
    {"defend", ObjectKind::kJudge},      {"demand", ObjectKind::kStance},     {"denounce", ObjectKind::kTalk},
    {"describe", ObjectKind::kName},     {"discuss", ObjectKind::kCite},      {"dispute", ObjectKind::kCite},
    {"dub", ObjectKind::kName},          {"echo", ObjectKind::kCite},         {"embrace", ObjectKind::kCite},
    {"encourage", ObjectKind::kDirect},  {"endorse", ObjectKind::kCite},      {"exclaim", ObjectKind::kTalk},
    {"express", ObjectKind::kCite},      {"fault", ObjectKind::kJudge},       {"favor", ObjectKind::kStance},
    {"favour", ObjectKind::kStance},     {"fear", ObjectKind::kStance},       {"feel", ObjectKind::kFeel},
    {"fume", ObjectKind::kTalk},         {"gripe", ObjectKind::kTalk},        {"grouse", ObjectKind::kTalk},
    {"grumble", ObjectKind::kTalk},      {"hail", ObjectKind::kJudge},        {"highlight", ObjectKind::kCite},
    {"identify", ObjectKind::kName},     {"implore", ObjectKind::kPlead},     {"imply", ObjectKind::kTalk},
    {"instruct", ObjectKind::kDirect},   {"label", ObjectKind::kName},        {"lambaste", ObjectKind::kJudge},
    {"lament", ObjectKind::kTalk},       {"liken", ObjectKind::kName},        {"marvel", ObjectKind::kTalk},
    {"mention", ObjectKind::kCite},      {"opine", ObjectKind::kTalk},        {"oppose", ObjectKind::kStance},
    {"order", ObjectKind::kDirect},      {"pillory", ObjectKind::kJudge},     {"pledge", ObjectKind::kCommitTo},
    {"portray", ObjectKind::kName},      {"posit", ObjectKind::kTalk},        {"praise", ObjectKind::kJudge},
    {"prefer", ObjectKind::kStance},     {"promise", ObjectKind::kCommitTo},  {"propose", ObjectKind::kStance},
    {"push", ObjectKind::kStance},       {"reaffirm", ObjectKind::kTalk},     {"rebuke", ObjectKind::kJudge},
    {"recommend", ObjectKind::kStance},  {"recount", ObjectKind::kTalk},      {"reject", ObjectKind::kCite},
    {"ridicule", ObjectKind::kJudge},    {"scoff", ObjectKind::kTalk},        {"see", ObjectKind::kName},
    {"speak", ObjectKind::kTalk},        {"speculate", ObjectKind::kTalk},    {"support", ObjectKind::kStance},
    {"talk", ObjectKind::kTalk},         {"testify", ObjectKind::kTalk},      {"thank", ObjectKind::kJudge},
    {"theorize", ObjectKind::kTalk},     {"tout", ObjectKind::kCite},         {"urge", ObjectKind::kPlead},
    {"view", ObjectKind::kName},         {"voice", ObjectKind::kCite},        {"vow", ObjectKind::kCommitTo},
    {"welcome", ObjectKind::kJudge},     {"yell", ObjectKind::kTalk},
}};

constexpr bool SortedKinds() {
  for (size_t i = 1; i < kKinds.size(); ++i)
    if (!(kKinds[i - 1].lemma < kKinds[i].lemma)) return false;
  return true;
}
static_assert(SortedKinds());

ObjectKind KindOf(std::string_view lemma) {
  auto it = std::lower_bound(kKinds.begin(), kKinds.end(), lemma,
                             [](const KindRow& r, std::string_view l) { return r.lemma < l; });
  return it != kKinds.end() && it->lemma == lemma ? it->kind : ObjectKind::kNone;
}

bool IsQuoteMark(const Token& t) {
  return t.Is(kOpenQuote) || t.Is(kCloseQuote) || t.text == "\"" || t.text == "''" || t.text == "``" ||
         t.text == "\xE2\x80\x98";
}

bool IsWh(std::string_view w) {
  return w == "how" || w == "what" || w == "why" || w == "whether" || w == "if" || w == "where" || w == "who";
}

// An auxiliary, copula or modal: a finite clause rather than an object.
bool IsFiniteWord(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kFinite{
      "are", "been", "can", "could", "did", "do", "does", "had", "has", "have",
      "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would"};
  return std::binary_search(kFinite.begin(), kFinite.end(), w) || w.ends_with("n't") ||
         w.ends_with("n\xE2\x80\x99t");
}

bool IsObjectPronoun(std::string_view w) {
  return w == "it" || w == "him" || w == "her" || w == "them" || w == "this" || w == "that" || w == "us" ||
         w == "me";
}

// "to" and a verb: "urged voters to stay home", "asked him to leave", "vowed
// to “take our fight” west".
bool InfinitiveAt(const Words& w, size_t k) {
  if (!w.Is(k, "to")) return false;
  size_t v = k + 1 < w.size() && IsQuoteMark(w.tok(k + 1)) ? k + 2 : k + 1;
  return v < w.size() && w.tok(v).Is(kWord) && !w.tok(v).Is(kCapitalized) && !IsDeterminer(w.low(v)) &&
         !IsObjectPronoun(w.low(v));
}

// "called the plan a disaster", "called it reckless": a second phrase after the object.
bool HasComplement(const Words& w, size_t j, size_t end) {
  if (IsObjectPronoun(w.low(j)) && j + 1 < end && w.tok(j + 1).Is(kWord) && !IsFunctionWord(w.low(j + 1)))
    return true;
  for (size_t k = j + 1; k < end; ++k) {
    std::string_view prev = w.low(k - 1);
    if (IsDeterminer(w.low(k)) && w.tok(k - 1).Is(kWord) && !IsDeterminer(prev) && !IsFunctionWord(prev) &&
        prev != "and" && prev != "or")
      return true;
  }
  return false;
}

// "called on the mayor to resign", "called Monday for the mayor to resign"
// plead, like "urged the mayor to resign"; "called her to arrange a visit"
// telephoned. `j`: the first word after the cue (or its "on"), `k`: the "to".
bool CallPleads(const Words& w, size_t j, size_t k) {
  for (size_t t = j > 0 ? j - 1 : 0; t < k; ++t)
    if (w.Is(t, "on") || w.Is(t, "upon") || w.Is(t, "for")) return true;
  return false;
}

}  // namespace

bool IsMereObject(const Words& w, size_t j, const Cue& cue) {
  ObjectKind kind = KindOf(cue.lemma);
  if (kind == ObjectKind::kNone || j >= w.size()) return false;
  std::string_view first = w.low(j);
  if (kind == ObjectKind::kFeel) {
    // "felt betrayed", "feels free to", "feel the sting": a feeling, not a
    // belief; "feels that ...", "felt the deal was ...", "feel like they
    // lost" hold one.
    size_t k = j;
    if (first == "like") k = j + 1;
    else if (first == "as" && (w.Is(j + 1, "if") || w.Is(j + 1, "though"))) k = j + 2;
    return !(IsQuoteMark(w.tok(j)) || w.Is(k, "that") || (k < w.size() && w.tok(k).Is(kWord) && ClauseFollows(w, k)));
  }
  // "vowed to end the program" commits in public, a statement the speaker
  // can be held to; "pledged to the fund" gives.
  if (kind == ObjectKind::kCommitTo) return first == "to" && !InfinitiveAt(w, j);
  // "asked the network to donate", "asked for a recount": a request states
  // nothing; "asked whether ..." and a quoted question do.
  if (kind == ObjectKind::kAsk) {
    for (size_t k = j; k < w.size() && k < j + 6 && w.tok(k).Is(kWord); ++k) {
      std::string_view l = w.low(k);
      if (IsWh(l) || l == "that" || l == "about") return false;
      if (l == "for" || InfinitiveAt(w, k)) return true;
    }
    return false;
  }
  if (IsQuoteMark(w.tok(j)) || w.IsPunct(j, ':')) return false;
  if (first == "that") return false;
  // "which they cited as evidence", "what he was criticized for": the object
  // is a gap before the cue.
  if (first == "as") return true;
  // "pushed for stricter rules" advocates; "called for an inquiry" pleads
  // in public, which the caller can be held to.
  if (first == "for") return cue.lemma != "call";
  // "recommends calling the front desk": advice, like "recommends that ...".
  // "proposed taxing carbon" is a plan, like "proposed a new tax".
  if (cue.lemma == "recommend" && first.size() > 5 && first.ends_with("ing") &&
      !w.tok(j).Is(kCapitalized) && first != "during" && first != "including" && first != "following" &&
      first != "regarding" && first != "concerning" && first != "pending")
    return false;
  bool talk = cue.lemma == "talk" || cue.lemma == "speak";
  if (IsWh(first) && !talk) return false;
  // "complained they were ignored": a subject opens a clause.
  if ((first == "he" || first == "she" || first == "they" || first == "we" || first == "i") && !talk) return false;
  size_t end = j;
  while (end < w.size() && end < j + 40 && !w.IsPunct(end, ';') && !w.IsPunct(end, ','))
    ++end;
  for (size_t k = j; k < end; ++k) {
    std::string_view l = w.low(k);
    // "condemned the attack and said ...": the next verb has its own content.
    if ((l == "and" || l == "but") && k + 1 < end && LookupCue(w.low(k + 1))) break;
    // "endorsed Cruz and has campaigned with him", "supports Lee but is not
    // working for her": a second predicate of the subject, not the object's.
    if ((l == "and" || l == "but") && k > j && k + 1 < end && IsFiniteWord(w.low(k + 1))) break;
    // "condemned the attack by saying ...": the gerund has its own content.
    if (l == "by" && k > j && k + 1 < end)
      if (auto c = LookupCue(w.low(k + 1)); c && c->form == CueForm::kGerund && c->cls == CueClass::kSpeech) break;
    if (IsQuoteMark(w.tok(k)) || w.IsPunct(k, ':')) return false;
    if (talk) continue;
    if (kind == ObjectKind::kCite && l == "that" && k > j) return false;
    // "condemned the attack that was planned abroad", "identified three
    // properties of how fast it was moving": a verb in a relative or question
    // clause belongs to the object.
    if (k > j && (l == "that" || l == "which" || l == "who" || l == "how" || l == "what" || l == "where" ||
                  l == "when" || l == "why"))
      break;
    if (IsFiniteWord(l)) return false;
    switch (kind) {
      case ObjectKind::kJudge:
        if (l == "as" || l == "for") return false;
        break;
      case ObjectKind::kName:
        if (l == "as") return false;
        if (cue.lemma == "call" && InfinitiveAt(w, k)) return !CallPleads(w, j, k);
        if ((cue.lemma == "liken" || cue.lemma == "compare" || cue.lemma == "call") && l == "to") return false;
        break;
      case ObjectKind::kDirect:
        if (InfinitiveAt(w, k)) return true;
        break;
      case ObjectKind::kPlead:
        if (InfinitiveAt(w, k)) return false;
        break;
      case ObjectKind::kStance:
        if (l == "to" && cue.lemma != "propose" && k + 1 < end && w.tok(k + 1).Is(kWord) && !IsDeterminer(w.low(k + 1)) &&
            !w.tok(k + 1).Is(kCapitalized))
          return true;
        break;
      case ObjectKind::kCite:
        if (l == "as") return false;
        break;
      default:
        break;
    }
  }
  // "see premiums go down" perceives, "see the plan as a threat" judges.
  if (kind == ObjectKind::kName && cue.lemma != "describe" && cue.lemma != "portray" && cue.lemma != "identify" &&
      cue.lemma != "see" && cue.lemma != "view" && HasComplement(w, j, end))
    return false;
  return true;
}

}  // namespace claimkb::extract
