// Word classes the verb-cue rules test (attribution_verbs*.cpp): auxiliaries,
// nouns that look like cue verbs, counting words, prepositions. Not part of the API.
#pragma once

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "core/extract/cues.h"
#include "core/extract/sources.h"

namespace claimkb::extract {

// An auxiliary, copula or modal: "has", "was", "would".
inline bool IsAuxiliary(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kFinite{
      "are", "been", "can", "could", "did", "do", "does", "had", "has", "have",
      "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would"};
  return std::binary_search(kFinite.begin(), kFinite.end(), w);
}

// A modal or "to": the word after it is a bare verb ("will press war crimes
// charges", "to pursue criminal charges"), never the start of a subject.
inline bool TakesBareVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kWords{"can",    "could", "may",  "might", "must",
                                                           "shall", "should", "to", "will",  "would"};
  return std::binary_search(kWords.begin(), kWords.end(), w);
}

// Verbs that state something only with a clause: with a mere object they
// do something ("wrote the software", "acknowledged the contributions of",
// "remembered the seagull", "responded to an online thread", "maintains 90,000
// miles of cable", "knows a thing or two").
inline bool TakesOnlyClause(std::string_view lemma) {
  static constexpr std::array<std::string_view, 15> kVerbs{
      "answer", "assess", "declare", "elaborate", "know",  "learn", "maintain",   "react",
      "reaffirm", "remember", "reply", "respond", "tout", "understand", "write"};
  return std::binary_search(kVerbs.begin(), kVerbs.end(), lemma);
}

// The token of "to" at j, or after "not"/"never" there ("vowed not to
// raise taxes"); j when there is none.
inline size_t NegatedTo(const Words& w, size_t j) {
  return (w.Is(j, "not") || w.Is(j, "never")) && w.Is(j + 1, "to") ? j + 1 : j;
}

// "went", "put", "had", "drew": common irregular past forms that a verb test
// by ending ("-ed", "-s") misses.
inline bool IsIrregularPast(std::string_view l) {
  static constexpr std::array<std::string_view, 20> kPast{"began", "came",  "drew", "fell", "gave", "got",  "had",
                                                          "kept",  "left",  "made", "met",  "put",  "ran",  "said",
                                                          "sent",  "spoke", "stood", "took", "went", "wrote"};
  return std::binary_search(kPast.begin(), kPast.end(), l);
}

// A noun that holds a claim in its "that" clause: "the fear that", "his view that".
inline bool IsStanceNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 22> kNouns{
      "assertion", "belief",  "claim",   "concern", "concerns", "confidence", "conviction", "doubt",
      "doubts",    "fear",    "fears",   "hope",    "hopes",    "idea",       "notion",     "optimism",
      "regret",    "sense",   "suspicion", "view",  "warning",  "worry"};
  return std::binary_search(kNouns.begin(), kNouns.end(), w);
}

// Whether the words from token j on (right after a cue verb) hold a clause
// rather than a mere object: "that", a question word, a subject pronoun, a
// finite verb before any comma or relative pronoun ("wrote the rules were
// unclear"), or punctuation, where the content stands elsewhere ("The plan
// is dead, she wrote.", "wrote: ..."). "wrote to the board that": past a
// short prepositional phrase to its "that".
inline bool ClauseFollows(const Words& w, size_t j) {
  // "learned again that", "wrote recently that": past an adverb.
  while (j < w.size() && (w.low(j).ends_with("ly") || w.Is(j, "again") || w.Is(j, "also") || w.Is(j, "later") ||
                          w.Is(j, "first") || w.Is(j, "then") || w.Is(j, "soon") || w.Is(j, "never")))
    ++j;
  // "wrote for the Herald that": "for" only before "that".
  bool for_that = w.Is(j, "for");
  if (w.Is(j, "to") || w.Is(j, "in") || w.Is(j, "on") || w.Is(j, "at") || w.Is(j, "during") || w.Is(j, "last") ||
      w.Is(j, "this") || w.Is(j, "earlier") || for_that) {
    size_t e = j + 1;
    while (e < w.size() && e < j + 8 && !w.tok(e).Is(kPunct) && !w.Is(e, "that")) ++e;
    if (w.Is(e, "that") || (!for_that && (w.IsPunct(e, ':') || w.IsPunct(e, ',')))) return true;
    if (w.Is(j, "to")) return false;  // "responded to the thread": an object after all
  }
  if (j >= w.size() || w.tok(j).Is(kPunct)) return true;
  std::string_view f = w.low(j);
  if (f == "that" || f == "how" || f == "what" || f == "why" || f == "whether" || f == "if" || f == "when" ||
      f == "where" || f == "who" || f == "he" || f == "she" || f == "they" || f == "we" || f == "i" || f == "there")
    return true;
  if (f == "about" || f == "of") return false;  // "wrote about the war": a topic
  for (size_t e = j; e < w.size() && e < j + 10; ++e) {
    if (w.tok(e).Is(kPunct)) return false;
    std::string_view l = w.low(e);
    // "expressed concern that": a noun of stance takes its clause.
    if (l == "that" && e > j && IsStanceNoun(w.low(e - 1))) return true;
    if (e > j && (l == "that" || l == "which" || l == "who" || l == "whom" || l == "whose" || l == "where"))
      return false;
    if (IsAuxiliary(l) || l.ends_with("n't") || l.ends_with("n\xE2\x80\x99t")) return true;
  }
  return false;
}

// A noun for what evidence verbs speak for: the document nouns and records of
// counts and messages ("exit polling shows", "findings show", "audit files show").
inline bool IsEvidenceNoun(std::string_view w) {
  if (IsDocumentNoun(w)) return true;
  static constexpr std::array<std::string_view, 11> kNouns{"analyses", "disclosures", "email", "files",
                                                           "findings", "ledgers",     "logs",  "polling",
                                                           "tallies",  "texts",       "tweets"};
  return std::binary_search(kNouns.begin(), kNouns.end(), w);
}

// Verbs that carry a document without speaking for it: "The letter includes a
// map from a UN study that shows ...": the study speaks, via the letter.
inline bool IsCarryingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "attached", "attaches", "cited", "cites", "contained", "contains", "featured", "features",
      "included", "includes", "quoted", "quotes", "referenced", "references", "reproduced", "reproduces"};
  return std::binary_search(std::begin(kVerbs), std::end(kVerbs), w);
}

// Prepositions a source phrase already spans ("the head of the agency").
inline bool IsInnerPrepositionWord(std::string_view w) {
  return w == "of" || w == "for" || w == "at" || w == "from" || w == "with" || w == "in";
}

// A form of "be" before a participle: "was reported", "is being asked".
inline bool IsPassiveAux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "be" || w == "being" || w == "is" || w == "are";
}

// Cues whose -s form is as often a plural noun: "fears", "concerns", "calls".
inline bool IsNounCue(std::string_view lemma) {
  return lemma == "fear" || lemma == "concern" || lemma == "hope" || lemma == "doubt" || lemma == "claim" ||
         lemma == "worry" || lemma == "call" || lemma == "demand" || lemma == "view" || lemma == "wish" ||
         lemma == "promise" || lemma == "plan";
}

// "-s" forms as common as plural nouns: "two states that vote", "news
// reports that have surfaced", "1,200 Clinton emails".
inline bool IsPluralNounCue(std::string_view lemma) {
  return IsNounCue(lemma) || lemma == "state" || lemma == "email" || lemma == "report" || lemma == "note" ||
         lemma == "post" || lemma == "tweet" || lemma == "charge" || lemma == "remark" || lemma == "question" ||
         lemma == "point" || lemma == "signal" || lemma == "comment" || lemma == "fume";
}

// "her opening remarks", "raised fears": an -s cue form that is as often a
// plural noun, after an -ing or -ed modifier or verb that is no cue itself.
inline bool NounAfterModifier(const Words& w, size_t j) {
  if (j == 0 || !w.tok(j - 1).Is(kWord) || w.tok(j - 1).Is(kCapitalized)) return false;
  auto cue = LookupCue(w.low(j));
  std::string_view prev = w.low(j - 1);
  return cue && cue->form == CueForm::kPresent && IsPluralNounCue(cue->lemma) && prev.size() > 4 &&
         (prev.ends_with("ing") || prev.ends_with("ed")) && !LookupCue(prev) && !IsTimeWord(prev);
}

// A word that counts a plural noun: "two", "35", "several", "most".
inline bool IsCountWord(const Words& w, size_t k) {
  static constexpr std::array<std::string_view, 20> kCounts{
      "both", "dozen", "dozens", "eight", "five", "four", "hundreds", "many", "most", "nine",
      "numerous", "other", "several", "seven", "six", "ten", "thousands", "three", "two", "various"};
  std::string_view t = w.tok(k).text;
  bool year = t.size() == 4 && (t.starts_with("19") || t.starts_with("20"));  // "In 2016 Trump tweets"
  return (w.tok(k).Is(kNumber) && !year) || std::binary_search(kCounts.begin(), kCounts.end(), w.low(k));
}

// "Jr.", "Inc.": a name's suffix whose period ends no sentence.
inline bool IsNameSuffix(std::string_view w) {
  return w == "jr" || w == "sr" || w == "inc" || w == "corp" || w == "co" || w == "ltd" || w == "llc" ||
         w == "plc" || w == "bros";
}

// "Proponents, however, say", "Moreover, Lee, a nurse, said": a connective set
// off by commas, never part of the subject ("-ly" adverbs are IsSkippable's).
inline bool IsDiscourseAdverb(std::string_view w) {
  static constexpr std::string_view kWords[] = {"also",     "besides",  "elsewhere",    "furthermore", "hence",
                                                 "however",  "indeed",   "instead",      "likewise",    "meanwhile",
                                                 "moreover", "nevertheless", "nonetheless", "otherwise", "overall",
                                                 "still",    "therefore", "though",      "thus",        "too"};
  for (auto x : kWords)
    if (w == x) return true;
  return false;
}

// "Anyone who has run a campaign will tell you": a hypothetical subject names
// no one ("Everyone says" still reports a common view).
inline bool IsGenericSubject(std::string_view w) {
  return w == "anyone" || w == "anybody" || w == "whoever";
}

// A subject pronoun that opens a clause: "said in an interview she was".
// ("it" and "you" also stand as objects: "said in it", "told you".)
inline bool IsClauseSubject(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "i";
}

// "May said", "“...,” Will wrote": right before a verb in the past a
// capitalised word (token t) spelt like a modal or a month can only be a name.
inline bool NameBeforePast(const Words& w, size_t t, const Cue& cue) {
  static constexpr std::array<std::string_view, 7> kNames{"april", "august", "can", "jun", "june", "may", "will"};
  return cue.form == CueForm::kPast && t < w.size() && w.tok(t).Is(kCapitalized) &&
         std::find(kNames.begin(), kNames.end(), w.low(t)) != kNames.end();
}

// Prepositions and time words that open a circumstance after a cue: "said on Monday".
inline bool IsPreposition(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "before" || w == "last" ||
         w == "this" || w == "earlier" || w == "later" || w == "late" || w == "early" || w == "from" || w == "to";
}

// A cue of two or three words ending at token i: "made clear that", "made
// it clear that", "shot back that", "fired back: ...". Sets *first to the
// verb's token; nullopt when token i ends no such cue.
inline std::optional<Cue> PhrasalCueEnding(const Words& w, size_t i, size_t* first) {
  bool clear = w.Is(i, "clear");
  if ((!clear && !w.Is(i, "back")) || i == 0) return std::nullopt;
  size_t v = clear && i >= 2 && w.Is(i - 1, "it") ? i - 2 : i - 1;
  std::string_view l = w.low(v);
  static constexpr std::string_view kMake[] = {"make", "makes", "made", "made", "making"};
  static constexpr std::string_view kFire[] = {"fire", "fires", "fired", "fired", "firing"};
  static constexpr std::string_view kShoot[] = {"shoot", "shoots", "shot", "shot", "shooting"};
  static constexpr std::string_view kHit[] = {"hit", "hits", "hit", "hit", "hitting"};
  static constexpr std::string_view kWrite[] = {"write", "writes", "wrote", "written", "writing"};
  const std::string_view* forms = clear ? kMake : nullptr;
  if (!clear) forms = l.starts_with("f") ? kFire : l.starts_with("s") ? kShoot : l.starts_with("w") ? kWrite : kHit;
  int form = -1;
  for (int f = 4; f >= 0 && form < 0; --f)
    if (l == forms[f]) form = f;
  if (form < 0) return std::nullopt;
  // "made clear that", "fired back that", "shot back: ..."; not "hit back
  // at critics" (an act) nor "made clear progress".
  // "made clear Monday they have no plans": a clause with no "that".
  size_t c = i + 1;
  while (clear && c < w.size() && c < i + 3 && IsTimeWord(w.low(c)) && !w.tok(c).Is(kNumber)) ++c;
  // "wrote back on Twitter that": a short circumstance before the content.
  size_t a = i + 1;
  if (!clear && a < w.size() && IsPreposition(w.low(a)))
    for (size_t t = a + 1; t < w.size() && t < a + 5 && w.tok(t).Is(kWord); ++t)
      if (w.Is(t, "that")) {
        a = t;
        break;
      }
  const Token* after = a < w.size() ? &w.tok(a) : nullptr;
  bool content = w.Is(a, "that") || (clear && IsClauseSubject(w.low(c))) ||
                 (!clear && after && (w.IsPunct(a, ':') || after->Is(kOpenQuote) ||
                                      (w.IsPunct(a, ',') && a + 1 < w.size() && w.tok(a + 1).Is(kOpenQuote))));
  if (!content) return std::nullopt;
  *first = v;
  std::string_view lemma = clear ? "make clear" : forms == kWrite ? "write back" : "fire back";
  return Cue{lemma, CueClass::kSpeech, form == 0 && l == "hit" ? CueForm::kPast : static_cast<CueForm>(form)};
}

}  // namespace claimkb::extract
