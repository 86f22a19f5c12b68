// Reports relayed inside a quote: “Senator Lee told me he would vote no,”
// Roe said. The named subject in the quote speaks; Relays() then records the
// quote's speaker as the intermediary.
#include "core/extract/attribution_finder.h"

namespace claimkb::extract {

bool AttributionFinder::QuotedRelay(const Words& w, size_t i) const {
  // Most quoted words follow a lower-case word: no name stands before them.
  if (i < 2 || w.tok(i).Is(kCapitalized) || w.tok(i).Is(kAllCaps)) return false;
  if (!w.tok(i - 1).Is(kCapitalized) && !IsSkippableAt(w, i - 1) && !w.Is(i - 1, "which") && !w.Is(i - 1, "who"))
    return false;
  auto cue = LookupCue(w.low(i));
  if (!cue || (cue->cls != CueClass::kSpeech && cue->cls != CueClass::kTell && cue->cls != CueClass::kEvidential))
    return false;
  if (cue->form != CueForm::kPast && cue->form != CueForm::kPresent) return false;
  size_t k = i;
  while (k > 0 && IsSkippableAt(w, k - 1)) --k;
  if (k == 0) return false;
  const Range* q = quotes_.At(w.tok(i).begin);
  if (QuotedRelative(w, i, k, *cue)) return true;
  if (cue->cls == CueClass::kEvidential) return false;
  auto subject = PhraseEndingAt(w, k - 1);
  // A name, whole inside the quote: "he told me" is the quoted speaker's own
  // account, resolved later with the quote's speaker in view.
  if (!q || !subject || subject->pronoun || !w.tok(subject->last).Is(kCapitalized)) return false;
  if (w.tok(subject->first).begin < q->begin || IsDeterminer(w.low(subject->last))) return false;
  size_t next = i + 1;
  if (cue->cls == CueClass::kTell) {
    std::string_view l = w.low(next);
    bool listener = l == "me" || l == "us" || l == "him" || l == "her" || l == "them" || l == "reporters";
    if (!listener) return false;
    ++next;
  }
  if (next >= w.size() || !quotes_.Inside(w.tok(next).begin)) return false;
  std::string_view n = w.low(next);
  // A reported clause follows: "that ...", "he would ...", "the plan was
  // ..."; a possessive opens an object ("asserted his right").
  bool possessive = n == "his" || n == "her" || n == "its" || n == "their" || n == "our" || n == "my" || n == "your";
  return n == "that" || IsSubjectPronoun(n) || n == "i" || (IsDeterminer(n) && !possessive) ||
         w.tok(next).Is(kCapitalized);
}

bool AttributionFinder::QuotedRelative(const Words& w, size_t i, size_t k, const Cue& cue) const {
  // "..., which showed that ...": a relative pronoun after a comma, so the
  // phrase before the comma is its antecedent.
  if (k < 3 || !(w.Is(k - 1, "which") || w.Is(k - 1, "who")) || !w.IsPunct(k - 2, ',')) return false;
  if (!quotes_.Inside(w.tok(k - 1).begin) || i + 1 >= w.size() || !quotes_.Inside(w.tok(i + 1).begin)) return false;
  if (cue.cls == CueClass::kTell) return false;
  std::string_view n = w.low(i + 1);
  return n == "that" || (cue.cls == CueClass::kEvidential && !IsEndPunct(w, i + 1) && !w.IsPunct(i + 1, ','));
}

}  // namespace claimkb::extract
