// Reports relayed inside a quote: “Senator Lee told me he would vote no,”
// Roe said; “I think the board knows that the plan failed,” Roe said. The
// named or described subject in the quote speaks; Relays() then records the
// quote's speaker as the intermediary.
#include "core/extract/attribution_finder.h"

namespace claimkb::extract {

namespace {

bool IsHoldingLemma(std::string_view lemma) {
  return lemma == "believe" || lemma == "think" || lemma == "know" || lemma == "understand" ||
         lemma == "suspect" || lemma == "fear" || lemma == "doubt" || lemma == "conclude" || lemma == "recognize";
}

// “I think the American people understood that ...”, “the secretary
// believes that ...”: someone else's belief inside a quote, with its "that".
// The holder is named or described, never a pronoun ("we know that" is the
// quote's own speaker, "they know that" no one a rule can name); Relays()
// records the quote's speaker as the intermediary.
bool QuotedHolder(const Words& w, size_t i, size_t k, const Cue& cue, const QuoteMap& quotes) {
  if (cue.cls != CueClass::kCognition || !IsHoldingLemma(cue.lemma)) return false;
  if (cue.form != CueForm::kPast && cue.form != CueForm::kPresent) return false;
  const Range* q = quotes.At(w.tok(i).begin);
  if (!q || k == 0) return false;
  auto subject = PhraseEndingAt(w, k - 1);
  if (!subject || subject->pronoun || w.tok(subject->first).begin < q->begin) return false;
  std::string_view head = w.low(subject->last);
  if (IsDeterminer(head) || IsFunctionWord(head) || head == "i" || head == "me" || head == "us") return false;
  bool named = w.tok(subject->last).Is(kCapitalized);
  bool described = subject->first < subject->last && IsDeterminer(w.low(subject->first));
  if (!named && !described) return false;
  size_t j = i + 1;
  while (j < w.size() && IsSkippableAt(w, j)) ++j;
  if (!w.Is(j, "that") || j + 1 >= w.size() || !quotes.Inside(w.tok(j + 1).begin)) return false;
  // "knew that about him": "that" stands for a thing, no clause follows.
  std::string_view n = w.low(j + 1);
  return w.tok(j + 1).Is(kWord) && n != "about" && n != "of" && n != "for" && n != "from" && n != "to" &&
         n != "in" && n != "on" && n != "with" && n != "too" && n != "already" && n != "now";
}

}  // namespace

bool AttributionFinder::QuotedRelay(const Words& w, size_t i) const {
  bool that_soon = w.Is(i + 1, "that") || w.Is(i + 2, "that") || w.Is(i + 3, "that");
  if (that_soon && i >= 2 && !w.tok(i).Is(kCapitalized)) {
    if (auto cue = LookupCue(w.low(i)); cue && cue->cls == CueClass::kCognition) {
      size_t k = i;
      while (k > 0 && IsSkippableAt(w, k - 1)) --k;
      return QuotedHolder(w, i, k, *cue, quotes_);
    }
  }
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

bool AttributionFinder::QuoteHolds(const ClaimDraft& o, const ClaimDraft& inner) const {
  if (inner.cue.size() == 0) return false;
  const Range* q = quotes_.At(inner.cue.begin);
  if (!q || q->begin < o.content.begin || q->end > o.content.end + 4) return false;
  if (o.cue.size() && o.cue.begin >= q->begin && o.cue.begin < q->end) return false;
  return inner.content.begin >= q->begin && inner.content.begin < q->end;
}

}  // namespace claimkb::extract
