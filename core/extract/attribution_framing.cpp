// Phrases that frame a claim as someone's without a verb of saying: "as Smith
// put it", "In Smith's view, ...", "In the words of Smith, ...", "By her
// count, ...", "his claim that ...".
#include "core/extract/attribution_finder.h"
#include "core/extract/verb_words.h"

#include <algorithm>
#include <array>

namespace claimkb::extract {

namespace {

// The noun of a view after "in" or of a reckoning after "by": "In his view,",
// "By the agency's estimate,".
bool IsFrameNoun(std::string_view opener, std::string_view w) {
  if (opener == "in")
    return w == "view" || w == "words" || w == "opinion" || w == "estimation" || w == "judgment" ||
           w == "judgement" || w == "telling";
  return w == "estimate" || w == "estimates" || w == "count" || w == "calculation" || w == "calculations" ||
         w == "reckoning" || w == "tally";
}

bool IsPossessivePronoun(std::string_view w) { return w == "his" || w == "her" || w == "their" || w == "its"; }

bool IsPossessiveName(std::string_view w) {
  return w.size() > 2 && (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("s'"));
}

// A noun that names what someone said or holds true and takes it as a "that"
// clause: "his claim that", "Lee's warning that". Wishes and plans ("hope",
// "plan") and agentless nouns ("rumors", "speculation") are left out.
bool IsClaimNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 40> kNouns{
      "accusation",  "accusations", "admission",  "allegation",  "allegations", "argument",   "arguments",
      "assertion",   "assertions",  "belief",     "beliefs",     "charge",      "charges",    "claim",
      "claims",      "comment",     "comments",   "complaint",   "complaints",  "conclusion", "contention",
      "conviction",  "denial",      "finding",    "insistence",  "notion",      "prediction", "predictions",
      "remark",      "remarks",     "statement",  "statements",  "suggestion",  "suggestions", "theory",
      "view",        "views",       "warning",    "warnings",    "worry"};
  return std::binary_search(kNouns.begin(), kNouns.end(), w);
}

// Verbs that name a thing as someone sees it: "what critics call a tax",
// "what he described as a hoax".
bool IsNamingCue(const Cue& cue) {
  std::string_view l = cue.lemma;
  return (cue.form == CueForm::kPast || cue.form == CueForm::kPresent) &&
         (l == "call" || l == "describe" || l == "dub" || l == "label" || l == "brand" || l == "deem" ||
          l == "portray");
}

}  // namespace

bool AttributionFinder::WhatSourceCalls(const Words& w, size_t si, size_t i) {
  auto p = PhraseStartingAt(w, i + 1);
  if (!p) return false;
  size_t v = p->last + 1;
  while (v < w.size() && IsSkippableAt(w, v)) ++v;
  if (v >= w.size() || !w.tok(v).Is(kWord)) return false;
  auto cue = LookupCue(w.low(v));
  if (!cue || !IsNamingCue(*cue)) return false;
  size_t from = v + 1;
  // "what he described as a hoax"; "what he described" is only a topic, "what they called for" a demand.
  if (w.Is(from, "as")) ++from;
  else if (cue->lemma == "describe" || cue->lemma == "portray" || IsInnerPrepositionWord(w.low(from)) ||
           w.Is(from, "on") || w.Is(from, "off") || w.Is(from, "up"))
    return false;
  Range content = ContentAfter(w, from, si);
  if (content.size() == 0) return false;
  auto speakers = sources_.Resolve(w, *p, si);
  if (speakers.empty()) return false;
  Emit(si, {w.tok(v).begin, w.tok(v).end}, w.tok(v).text, content, std::move(speakers), "what-source-calls", 0.7);
  return true;
}

bool AttributionFinder::OwnedNounCue(const Words& w, size_t si, size_t i) {
  if (!IsClaimNoun(w.low(i)) || !w.Is(i + 1, "that") || i == 0) return false;
  // "his claims that were debunked": a relative clause, not the claim's content.
  std::string_view after = w.low(i + 2);
  if (i + 2 >= w.size() || !w.tok(i + 2).Is(kWord) || IsAuxiliary(after) || LookupCue(after) ||
      (after.size() > 4 && after.ends_with("ed")))
    return false;
  // The owner: "his", "Trump's", "the senator's", up to two modifiers before
  // the noun ("her March comment", "Mr. Trump's repeated claims").
  size_t owner = i - 1;
  auto owns = [&](size_t k) { return IsPossessivePronoun(w.low(k)) || IsPossessiveName(w.low(k)); };
  // A verb before the noun ends the search ("the team dismissed claims
  // that"), but "Trump's repeated claims" goes on to its owner.
  while (owner > 0 && owner + 4 > i && w.tok(owner).Is(kWord) && !owns(owner) && !IsFunctionWord(w.low(owner)) &&
         (!LookupCue(w.low(owner)) || owns(owner - 1)))
    --owner;
  std::string_view o = w.low(owner);
  std::vector<std::string> speakers;
  if (IsPossessivePronoun(o)) {
    speakers = sources_.Resolve(w, Phrase{owner, owner, true}, si);
  } else if (IsPossessiveName(o)) {
    size_t first = owner;
    if (w.tok(owner).Is(kCapitalized)) {
      // "Mr. Trump's", "Senator Jane Roe's": back over the name's words.
      while (first > 0 && owner - first < 5 &&
             ((w.tok(first - 1).Is(kCapitalized) && w.tok(first - 1).Is(kWord)) || w.IsPunct(first - 1, '.')))
        --first;
      speakers = sources_.ResolveAny(w, Phrase{first, owner, false}, si);
    } else if (owner > 0 && w.Is(owner - 1, "the")) {
      // "the senator's claim that": a speaker noun, not "the plan's premise"
      // nor "his father's", whose holder is someone else's kin.
      size_t cut = o.ends_with("s'") ? 1 : o.ends_with("'s") ? 2 : 4;
      if (IsSpeakerNoun(o.substr(0, o.size() - cut)))
        speakers = sources_.Resolve(w, Phrase{owner - 1, owner, false}, si);
    }
  }
  if (speakers.empty()) return false;
  // "Ortiz said in her opening remarks that ...": the verb's claim has it already.
  for (size_t at : {w.tok(i + 1).begin, w.tok(i + 2).begin})
    for (auto [it, end] = emitted_.equal_range(at); it != end; ++it)
      if (out_[it->second].attribution.speakers == speakers) return true;
  Range content = ContentAfter(w, i + 1, si);  // with its "that", as a verb's content
  if (content.size() == 0) return false;
  Range cue{w.tok(i).begin, w.tok(i).end};
  Emit(si, cue, w.tok(i).text, content, std::move(speakers), "owned-noun-that", 0.7);
  return true;
}

bool AttributionFinder::FramingPhrase(const Words& w, size_t si, size_t i) {
  std::string_view l = w.low(i);
  bool first = i == 0 || (i == 1 && (w.Is(0, "but") || w.Is(0, "and")));
  if (l == "as") {
    // "as Smith put it", "as one trader so aptly put it": content on either side.
    auto p = PhraseStartingAt(w, i + 1);
    if (!p) return false;
    // "as Smith puts it": a phrase reads "puts" as a plural noun of its own.
    if (p->last > p->first && w.Is(p->last, "puts") && w.Is(p->last + 1, "it")) --p->last;
    size_t t = p->last + 1;
    while (t < w.size() && t < p->last + 4 && (IsSkippableAt(w, t) || w.Is(t, "so"))) ++t;
    if (!(w.Is(t, "put") || w.Is(t, "puts")) || !w.Is(t + 1, "it")) return false;
    Range content;
    // "But at the time, as Smith put it, “...”": the quote after the aside is what was put.
    bool quote_after = w.IsPunct(t + 2, ',') && t + 3 < w.size() && OpenQuote(w.tok(t + 3));
    if (first || quote_after) {
      content = ContentAfter(w, t + 2, si);
    } else {
      size_t stop = w.IsPunct(i - 1, ',') ? i - 1 : i;
      content = ContentBefore(w, stop, si);
    }
    if (content.size() == 0) return false;
    auto speakers = sources_.ResolveAny(w, *p, si);
    if (speakers.empty()) return false;
    Range cue{w.tok(i).begin, w.tok(t + 1).end};
    Emit(si, cue, text_.substr(cue.begin, cue.size()), content, std::move(speakers), "as-source-put-it", 0.8);
    return true;
  }
  if ((l != "in" && l != "by") || !(first || w.IsPunct(i - 1, ','))) return false;
  // "In the words of Smith, CONTENT": the source follows, as after "according to".
  if (l == "in" && w.Is(i + 1, "the") && IsFrameNoun(l, w.low(i + 2)) && w.Is(i + 3, "of")) {
    size_t before = out_.size();
    AccordingTo(w, si, i, i + 3, "in-the-view-of");
    return out_.size() > before;
  }
  // "In Smith's view, CONTENT", "By her own count, CONTENT", "In Dr. Lee's words, CONTENT".
  size_t n = i + 1;
  while (n < w.size() && n < i + 7 && (w.tok(n).Is(kWord) || (n > i + 1 && w.IsPunct(n, '.'))) &&
         !IsFrameNoun(l, w.low(n)))
    ++n;
  if (n >= w.size() || n < i + 2 || !IsFrameNoun(l, w.low(n)) || !w.IsPunct(n + 1, ',')) return false;
  size_t owner = w.Is(n - 1, "own") ? n - 2 : n - 1;
  if (owner <= i) return false;
  std::string_view o = w.low(owner);
  std::vector<std::string> speakers;
  if (IsPossessivePronoun(o)) {
    if (owner != i + 1) return false;
    speakers = sources_.Resolve(w, Phrase{owner, owner, true}, si);
  } else if (IsPossessiveName(o)) {
    speakers = sources_.ResolveAny(w, Phrase{i + 1, owner, false}, si);
  }
  if (speakers.empty()) return false;
  Range content = ContentAfter(w, n + 1, si);
  if (content.size() == 0) return false;
  Range cue{w.tok(i).begin, w.tok(n).end};
  Emit(si, cue, text_.substr(cue.begin, cue.size()), content, std::move(speakers), "in-source-view", 0.8);
  return true;
}

}  // namespace claimkb::extract
