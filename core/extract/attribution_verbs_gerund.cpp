// Verb cues that borrow their subject: coordinated verbs ("Obama met
// survivors and said ...") and gerunds ("..., saying ...", "with Maduro
// offering talks").
#include <array>

#include "core/extract/attribution_finder.h"
#include "core/extract/cue_object.h"
#include "core/extract/verb_words.h"

namespace claimkb::extract {

namespace {

// The token after the subordinate clause that opens the sentence ("When
// Lee said ..., Roe ...") and holds token j: after its first comma outside
// quotes, or after a quote that a comma closes; w.size() when there is none.
// Opening clauses are short: only their first kOpeningClause tokens are read.
size_t OpeningClauseEnd(const Words& w, const QuoteMap& quotes, size_t j) {
  static constexpr size_t kOpeningClause = 64;
  static constexpr std::array<std::string_view, 11> kSubordinators{
      "after", "although", "as", "because", "before", "once", "since", "though", "until", "when", "while"};
  if (j >= w.size() || j > kOpeningClause ||
      std::find(kSubordinators.begin(), kSubordinators.end(), w.low(0)) == kSubordinators.end())
    return w.size();
  for (size_t k = 1; k < w.size() && k <= kOpeningClause; ++k) {
    if (!w.IsPunct(k, ',')) continue;
    if (k < j) return w.size();
    const Range* q = quotes.At(w.tok(k).begin);
    if (!q) return k + 1;
    if (k + 1 < w.size() && w.tok(k + 1).end >= q->end) return k + 2;
  }
  return w.size();
}

// Whether token i can be the verb right after a subject: a lower-case word,
// no determiner or closed-class word (adverbs aside), no participle
// ("Facing mounting criticism, ...") and no time phrase ("Late last month, ...").
bool VerbFollows(const Words& w, size_t i) {
  if (i >= w.size()) return false;
  const Token& v = w.tok(i);
  std::string_view vl = w.low(i);
  if (!v.Is(kWord) || v.Is(kCapitalized) || IsDeterminer(vl) || (IsFunctionWord(vl) && !IsSkippable(vl))) return false;
  if (vl.size() > 5 && vl.ends_with("ing")) return false;
  return !(IsTimeWord(vl) && IsTimeWord(w.low(i + 1)));
}

// Where the subject of a sentence opens, past a circumstance set off by a
// comma ("In 2016, the agency surveyed ..."; "On Monday, Lee met ...").
size_t SubjectStart(const Words& w, size_t cue) {
  constexpr size_t kMaxOpener = 12;
  if (w.size() == 0 || !(IsPreposition(w.low(0)) || IsInnerPrepositionWord(w.low(0)) || IsTimeWord(w.low(0))))
    return 0;
  for (size_t t = 1; t < w.size() && t < cue && t <= kMaxOpener; ++t) {
    if (w.IsPunct(t, ',')) return t + 1;
    if (w.tok(t).Is(kPunct)) return 0;
  }
  return 0;
}

// "The town released a statement saying", "put out a report saying": whoever
// issues a statement speaks through it, whatever noun names them.
bool IssuesStatement(const Words& w, size_t v) {
  size_t det = w.Is(v, "put") && w.Is(v + 1, "out") ? v + 2 : v + 1;
  if (det == v + 1 && !w.Is(v, "issued") && !w.Is(v, "released")) return false;
  if (!w.Is(det, "a") && !w.Is(det, "an")) return false;
  for (size_t n = det + 1; n < w.size() && n <= det + 3 && w.tok(n).Is(kWord); ++n) {
    std::string_view l = w.low(n);
    if (l == "statement" || l == "report" || l == "release" || l == "memo" || l == "letter") return true;
  }
  return false;
}

}  // namespace

void AttributionFinder::Coordinated(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
  std::vector<std::string> speakers;
  if (const ClaimDraft* outer = EarlierClaim(first_claim, w.tok(i).begin)) {
    if (outer->content.end <= w.tok(i).begin) speakers = outer->attribution.speakers;
  } else if (act_cue_ != kNoIndex && act_cue_ >= sentences_[si].begin && act_cue_ < w.tok(i).begin) {
    speakers = act_speakers_;  // "Earnest condemned the attack and said ..."
  } else if (auto p = PhraseStartingAt(w, SubjectStart(w, i)); p && p->last + 1 < i) {
    // The phrase must be the subject, a verb right after it: "Obama met
    // survivors and said", "The firm keeps its books secret but says".
    // "Cole on Wednesday downplayed the attack and said": past a time.
    auto verb_after = [&](size_t end) { return VerbFollows(w, SkipTimes(w, end + 1)); };
    size_t end = p->last;
    // "Gary Emineth, a former party chairman, became a delegate and said":
    // the subject's verb follows its appositive. A cue's base form there is a
    // noun ("a former state senator").
    size_t close = end + 2;
    auto verb_cue = [&](size_t t) {
      auto c = LookupCue(w.low(t));
      return c && c->form != CueForm::kBase;
    };
    while (close < i && close < end + 20 && !w.IsPunct(close, ',') && !IsEndPunct(w, close) && !verb_cue(close))
      ++close;
    bool appositive = w.IsPunct(end + 1, ',') && close < i && w.IsPunct(close, ',') && verb_after(close);
    while (!appositive && end > p->first && !verb_after(end)) --end;
    if (!appositive && !verb_after(end)) return;
    p->last = end;
    speakers = sources_.Resolve(w, *p, si);
  }
  if (speakers.empty()) return;
  size_t j = i + 1;
  if (cue.cls == CueClass::kTell) j = SkipListener(w, j);
  // "and vowed (not) to ...": a promise from its infinitive, "to" is no circumstance.
  j = cue.cls == CueClass::kCommit ? SkipTimes(w, j) : SkipCircumstances(w, j);
  if (cue.cls == CueClass::kCommit && !w.Is(NegatedTo(w, j), "to") && !w.Is(j, "that")) return;
  if (IsMereObject(w, j, cue)) return;
  Range content = ContentAfter(w, j, si);
  if (content.size() == 0) return;
  Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), "coordinated-cue", 0.75);
}

std::vector<std::string> AttributionFinder::JoinedSubject(const Words& w, size_t si, const Phrase& first, size_t i) {
  auto second = PhraseStartingAt(w, first.last + 2);
  if (!second || second->pronoun || second->last + 1 != i) return {};
  std::vector<std::string> speakers = sources_.ResolveAny(w, first, si);
  for (std::string& id : sources_.ResolveAny(w, *second, si))
    if (std::find(speakers.begin(), speakers.end(), id) == speakers.end()) speakers.push_back(std::move(id));
  return speakers;
}

void AttributionFinder::Gerund(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
  if (cue.cls != CueClass::kSpeech && cue.cls != CueClass::kCommit && cue.cls != CueClass::kTell &&
      cue.cls != CueClass::kAccuse)
    return;
  // "reporting", "recalling" as nouns after a determiner are no cues.
  if (i > 0 && IsDeterminer(w.low(i - 1))) return;
  std::vector<std::string> speakers;
  std::string rule = "gerund";
  // "with Maduro offering to ...", "with local officials saying ...",
  // "including a senior adviser admitting ...": the absolute construction
  // names the speaker.
  // "with former Gov. Jo Roe saying": the period of a title stays inside the phrase.
  for (size_t b = i - 1; i >= 2 && b > 0 && b + 12 > i && speakers.empty() && (w.tok(b).Is(kWord) || IsTitleDot(w, b));
       --b) {
    if (!w.Is(b - 1, "with") && !w.Is(b - 1, "including")) continue;
    auto p = PhraseStartingAt(w, b);
    // "including an adviser to his campaign acknowledging": a short
    // prepositional phrase may follow the head.
    bool modifier = p && p->last + 1 < i && p->last + 8 > i && (IsInnerPrepositionWord(w.low(p->last + 1)) || w.Is(p->last + 1, "to"));
    for (size_t t = p ? p->last + 1 : i; modifier && t < i; ++t) modifier = w.tok(t).Is(kWord) && !LookupCue(w.low(t));
    if (auto n = QuantifiedSubject(w, i - 1); n && n->first == b) {
      speakers = sources_.ResolveQuantified(w, *n);  // "with three in 10 saying"
    } else if (p && (p->last + 1 == i || modifier)) {
      speakers = sources_.Resolve(w, *p, si);
    } else if (auto q = PhraseEndingAt(w, i - 1); q && q->first == b) {
      speakers = sources_.Resolve(w, *q, si);
    } else if (p && !p->pronoun && w.Is(p->last + 1, "and")) {
      speakers = JoinedSubject(w, si, *p, i);  // "with marchers and spectators chanting"
    }
    if (!speakers.empty()) rule = "gerund-absolute";
    break;
  }
  if (speakers.empty()) {
    const ClaimDraft* outer = EarlierClaim(first_claim, w.tok(i).begin);
    // "..., telling CNN that Trump is a faker and questioning how": a second
    // gerund inside the first's content goes on with the same speaker;
    // "criticized him for saying", "since announcing his bid" name an act.
    bool after_break = i > 0 && (w.IsPunct(i - 1, ',') || w.Is(i - 1, "and") || w.Is(i - 1, "but") ||
                                 IsDash(w.tok(i - 1).text));
    std::string_view before = i > 0 ? w.low(i - 1) : std::string_view();
    bool after_preposition = IsInnerPrepositionWord(before) || before == "by" || before == "since" ||
                             before == "before" || before == "after" || before == "about" || before == "without";
    if (outer && outer->content.Contains(w.tok(i).begin) && after_preposition) return;
    if (outer && outer->content.Contains(w.tok(i).begin) && after_break) {
      speakers = outer->attribution.speakers;
      rule = "gerund-continued";
    } else if (outer && outer->content.Contains(w.tok(i).begin)) {
      // Inside a reported clause: its own subject speaks ("... confirmed that
      // Maduro sent a letter offering talks").
      size_t start = 0;
      while (start < w.size() && w.tok(start).begin < outer->content.begin) ++start;
      if (w.Is(start, "that")) ++start;
      if (auto p = PhraseStartingAt(w, start)) speakers = sources_.Resolve(w, *p, si);
      rule = "gerund-embedded";
    } else if (outer) {
      // "When Lee said the plan was late, Roe dismissed it, saying": a claim
      // in an opening clause leaves the main clause its own subject.
      size_t cue = 0;
      while (cue < i && w.tok(cue).begin < outer->cue.begin) ++cue;
      size_t from = OpeningClauseEnd(w, quotes_, cue);
      if (from < i) speakers = MainClauseSubject(w, si, i, from);
      if (speakers.empty()) speakers = outer->attribution.speakers;
      rule = "gerund-continued";
    } else if (act_cue_ != kNoIndex && act_cue_ >= sentences_[si].begin && act_cue_ < w.tok(i).begin) {
      // "Smith condemned the attack, saying ...": the act's subject speaks.
      speakers = act_speakers_;
      rule = "gerund-continued";
    } else {
      speakers = MainClauseSubject(w, si, i, 0);
    }
  }
  if (speakers.empty()) return;
  size_t j = i + 1;
  if (cue.cls == CueClass::kTell) j = SkipListener(w, j);
  // "acknowledging to the Times that ...": the listener before the clause.
  if (cue.cls == CueClass::kSpeech && w.Is(j, "to")) {
    size_t t = j + 1;
    while (t < w.size() && t < j + 7 && w.tok(t).Is(kWord) && !w.Is(t, "that") && !LookupCue(w.low(t))) ++t;
    if (w.Is(t, "that") && t > j + 1) j = t;
  }
  // "stating on NBC's show that ...": a circumstance before the clause.
  if (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell)
    if (size_t past = SkipCircumstances(w, j); past > j && w.Is(past, "that")) j = past;
  // "when posting to the board.": where the words went, not what they said
  // ("calling for a ban", "hinting at a deal" keep theirs).
  if (IsMereObject(w, j, cue) || (w.Is(j, "to") && VerblessPhrase(w, j))) return;
  Range content = ContentAfter(w, j, si);
  if (content.size() == 0) return;
  Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), rule, 0.6);
}

std::vector<std::string> AttributionFinder::MainClauseSubject(const Words& w, size_t si, size_t i, size_t from) {
  std::vector<std::string> speakers;
  // "Lee on Thursday ratcheted up his attacks, saying": past a time to the verb.
  auto verb_after = [&](size_t end) { return end + 1 < i && VerbFollows(w, SkipTimes(w, end + 1)); };
  // "And then Lee went on the attack, saying": past a conjunction opening the sentence.
  auto opener = [&](size_t t) {
    return w.Is(t, "and") || w.Is(t, "but") || w.Is(t, "so") || w.Is(t, "then") || w.Is(t, "even");
  };
  if (from == 0)
    while (from < 3 && opener(from)) ++from;
  // Opening clauses are short: look back a bounded way, or a run-on
  // "sentence" makes this quadratic.
  size_t floor = std::max(from + 1, i > 60 ? i - 60 : size_t{1});
  for (size_t start = from; start < i && speakers.empty(); start = start == from ? floor : start + 1) {
    if (start > 0 && start != from && !w.IsPunct(start - 1, ',') && !IsDash(w.tok(start - 1).text)) continue;
    auto p = PhraseStartingAt(w, start);
    if (!p || p->last + 1 >= i) continue;
    bool appositive = start == 0 && w.IsPunct(p->last + 1, ',');
    // "the Council, which represents the firms, pushed back, saying":
    // past a relative clause set off by commas to the verb.
    bool relative = false;
    if (!appositive && w.IsPunct(p->last + 1, ',') && (w.Is(p->last + 2, "which") || w.Is(p->last + 2, "who"))) {
      size_t close = p->last + 3;
      while (close < i && !w.IsPunct(close, ',') && !IsEndPunct(w, close)) ++close;
      relative = close < i && w.IsPunct(close, ',') && verb_after(close);
    }
    // "A top adviser on the campaign went further, arguing": past a
    // prepositional modifier of the subject to the verb.
    if (!appositive && !relative && (IsInnerPrepositionWord(w.low(p->last + 1)) || w.Is(p->last + 1, "on")))
      if (auto q = PhraseStartingAt(w, p->last + 2)) relative = verb_after(q->last);
    // "Mitch McConnell (R-Ky.) issued a statement saying": past the party tag to the verb.
    if (!appositive && !relative && w.IsPunct(p->last + 1, '(')) {
      size_t close = p->last + 2;
      while (close < i && close < p->last + 10 && !w.IsPunct(close, ')')) ++close;
      relative = close < i && w.IsPunct(close, ')') && verb_after(close);
    }
    // "Netanyahu and other Israeli leaders shunned Carter, claiming ...":
    // a subject of two conjuncts, each of whom speaks.
    std::optional<Phrase> second;
    if (!appositive && !relative && w.Is(p->last + 1, "and"))
      if ((second = PhraseStartingAt(w, p->last + 2)) && (second->pronoun || !verb_after(second->last)))
        second.reset();
    if (!appositive && !relative && !second) {
      size_t end = p->last;
      while (end > p->first && !verb_after(end)) --end;
      if (!verb_after(end)) continue;
      p->last = end;
    }
    speakers = IssuesStatement(w, SkipTimes(w, p->last + 1)) ? sources_.ResolveAny(w, *p, si)
                                                              : sources_.Resolve(w, *p, si);
    if (second && !speakers.empty())
      for (std::string& id : sources_.ResolveAny(w, *second, si))
        if (std::find(speakers.begin(), speakers.end(), id) == speakers.end()) speakers.push_back(std::move(id));
  }
  return speakers;
}

}  // namespace claimkb::extract
