// Document-level passes run after the sentence scan: uncued quote paragraphs
// that go on with the speaker of the paragraph before, short list items after
// "SOURCE also said:", the turns of a transcript, and two relays read across
// claims ("X said, according to a transcript"; "X was quoted as saying by the agency").
#include "core/extract/attribution_finder.h"

namespace claimkb::extract {

namespace {

// Imperative page furniture that may follow a list: "Read the full transcript".
bool IsFurnitureVerb(std::string_view l) {
  return l == "read" || l == "watch" || l == "see" || l == "click" || l == "listen" || l == "subscribe" ||
         l == "sign" || l == "follow" || l == "share" || l == "download";
}

}  // namespace

ClaimDraft* AttributionFinder::EmitLocal(size_t si, std::string_view cue_text, Range content,
                                         std::vector<std::string> speakers, std::string rule) {
  ClaimDraft* d = Emit(si, {}, cue_text, content, std::move(speakers), std::move(rule), 0.5);
  if (!d) return nullptr;
  // With no cue range the claim stands in the sentences of its content only.
  size_t first = SentenceAt(content.begin, 0);
  size_t last = SentenceAt(content.end ? content.end - 1 : 0, first);
  d->first_sentence = first;
  d->sentence = {sentences_[first].begin, sentences_[last].end};
  return d;
}

std::vector<AttributionFinder::Paragraph> AttributionFinder::Paragraphs() const {
  std::vector<Paragraph> out;
  for (size_t si = 0; si < sentences_.size(); ++si) {
    if (out.empty() || sentences_[out.back().last].paragraph != sentences_[si].paragraph) out.push_back({si, si});
    out.back().last = si;
  }
  return out;
}

bool AttributionFinder::IsSubheading(const Paragraph& p) const {
  if (p.first != p.last || Covered(p.first)) return false;
  Words w(tokens_[p.first]);
  return w.size() > 0 && w.size() <= 8 && !IsEndPunct(w, w.size() - 1) && !OpenQuote(w.tok(0));
}

bool AttributionFinder::IsQuoteParagraph(const Paragraph& p) const {
  if (tokens_[p.first].empty() || !OpenQuote(tokens_[p.first].front())) return false;
  for (size_t si = p.first; si <= p.last; ++si)
    if (Covered(si) || QuoteHasTail(si)) return false;
  // All quote: words outside it ("..., Vitter demanded") are a cue of their own.
  Range all{sentences_[p.first].begin, sentences_[p.last].end};
  return quotes_.QuotedShare(all) >= 0.98;
}

void AttributionFinder::QuoteParagraphs() {
  std::vector<Paragraph> paras = Paragraphs();
  // The last attributed claim of each paragraph, by where its cue (or content) stands.
  std::vector<size_t> last(paras.size(), kNoIndex);
  std::vector<size_t> para_of(sentences_.size());
  for (size_t p = 0; p < paras.size(); ++p)
    for (size_t si = paras[p].first; si <= paras[p].last; ++si) para_of[si] = p;
  auto anchor = [](const ClaimDraft& d) { return d.cue.size() ? d.cue.begin : d.content.begin; };
  for (size_t k = 0; k < out_.size(); ++k) {
    const ClaimDraft& d = out_[k];
    if (d.attribution.speakers.empty() || d.attribution.kind == model::AttributionKind::kAuthor) continue;
    // A report inside a quote ("“..., which showed that ...”") is not the paragraph's speaker.
    if (IsQuotedReport(d)) continue;
    // A claim whose quote ran on into later paragraphs is their last one too,
    // unless one of their own comes after it.
    size_t first = para_of[SentenceAt(anchor(d), 0)];
    size_t end = d.content.size() ? std::max(first, para_of[SentenceAt(d.content.end - 1, 0)]) : first;
    for (size_t p = first; p <= end; ++p)
      if (last[p] == kNoIndex || anchor(out_[last[p]]) <= anchor(d)) last[p] = k;
  }
  for (size_t p = 1; p < paras.size(); ++p) {
    if (!IsQuoteParagraph(paras[p])) continue;
    size_t prev = p - 1;
    if (IsSubheading(paras[prev]) && prev > 0) --prev;  // a crosshead between the speaker and the quote
    if (last[prev] == kNoIndex) continue;
    const ClaimDraft& l = out_[last[prev]];
    std::vector<std::string> speakers = l.attribution.speakers;
    // The clear last speaker: nobody else named after the claim in its paragraph.
    bool clear = true;
    size_t after = SentenceAt(std::max(l.content.end, l.cue.end) - 1, 0) + 1;
    for (size_t si = after; si <= paras[prev].last && clear; ++si) {
      for (const ActorMention& m : actors_.MentionsIn(sentences_[si])) {
        if (actors_.actors()[m.actor].type != model::ActorType::kPerson) continue;
        if (std::find(speakers.begin(), speakers.end(), actors_.actors()[m.actor].id) == speakers.end()) clear = false;
      }
    }
    bool speaks = false;
    for (const auto& id : speakers) {
      model::ActorType type = sources_.TypeOf(id);
      speaks = speaks || type == model::ActorType::kPerson || type == model::ActorType::kOrganization ||
               type == model::ActorType::kGroup;
    }
    // A speaker rarely names themselves: a quote about them is someone else's.
    Range para{sentences_[paras[p].first].begin, sentences_[paras[p].last].end};
    for (const ActorMention& m : actors_.MentionsIn(para))
      if (std::find(speakers.begin(), speakers.end(), actors_.actors()[m.actor].id) != speakers.end()) clear = false;
    if (!clear || !speaks) continue;
    Range content = TrimEnd(para);
    if (EmitLocal(paras[p].first, "", content, std::move(speakers), "quote-paragraph")) last[p] = out_.size() - 1;
  }
}

void AttributionFinder::TranscriptTurns() {
  std::vector<Paragraph> paras = Paragraphs();
  // The speaker-label claims, by the paragraph their label opens.
  std::vector<size_t> label(paras.size(), kNoIndex);
  size_t p = 0;
  std::vector<size_t> order;
  for (size_t k = 0; k < out_.size(); ++k)
    if (out_[k].rule.rfind("speaker-label", 0) == 0 && out_[k].cue.size()) order.push_back(k);
  std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return out_[a].cue.begin < out_[b].cue.begin; });
  for (size_t k : order) {
    size_t si = SentenceAt(out_[k].cue.begin, 0);
    while (p < paras.size() && paras[p].last < si) ++p;
    if (p < paras.size() && paras[p].first == si) label[p] = k;
  }
  constexpr size_t kMaxGap = 6;
  size_t prev = kNoIndex;
  for (size_t q = 0; q < paras.size(); ++q) {
    if (label[q] == kNoIndex) continue;
    if (prev != kNoIndex && q > prev + 1 && q - prev <= kMaxGap) {
      // Claims inside a turn are relayed by its speaker ("TAPPER: ... Trump has said ...").
      bool open = true;
      for (size_t m = prev + 1; m < q && open; ++m) open = !IsSubheading(paras[m]);
      std::vector<std::string> speakers = out_[label[prev]].attribution.speakers;
      for (size_t m = prev + 1; open && m < q; ++m) {
        Range content = TrimEnd({sentences_[paras[m].first].begin, sentences_[paras[m].last].end});
        EmitLocal(paras[m].first, ":", content, speakers, "transcript-turn");
      }
    }
    prev = q;
  }
}

void AttributionFinder::SubjectColonQuote() {
  for (size_t si = 0; si < sentences_.size(); ++si) {
    const std::vector<Token>& toks = tokens_[si];
    bool colon_quote = false;
    for (size_t k = 1; k + 1 < toks.size() && !colon_quote; ++k)
      colon_quote = toks[k].text == ":" && OpenQuote(toks[k + 1]);
    if (!colon_quote) continue;
    Words w(toks, &actors_);
    size_t c = 1;
    while (c + 1 < w.size() && !(w.IsPunct(c, ':') && OpenQuote(w.tok(c + 1)))) ++c;
    if (c + 1 >= w.size() || quotes_.Inside(w.tok(c).begin)) continue;
    const Range* q = quotes_.At(w.tok(c + 1).begin);
    if (!q || q->begin != w.tok(c + 1).begin) continue;
    // The quote closes the sentence (or runs on past it).
    size_t after = c + 1;
    while (after < w.size() && w.tok(after).begin < q->end) ++after;
    if (after < w.size() && !IsEndPunct(w, after)) continue;
    // The subject: a name or a pronoun opening the sentence, and a verb after it.
    size_t first = w.Is(0, "but") || w.Is(0, "and") || w.Is(0, "yet") ? 1 : 0;
    size_t last = first;
    if (!IsSubjectPronoun(w.low(first))) {
      while (last + 1 < c && w.tok(last).Is(kCapitalized) &&
             (w.tok(last + 1).Is(kCapitalized) || w.IsPunct(last + 1, '.')))
        ++last;
      // "Before Trump's speech, ...": a capitalised preposition opens no name.
      if (!w.tok(first).Is(kCapitalized) || w.IsPunct(last, '.') || IsFunctionWord(w.low(first)) ||
          IsDeterminer(w.low(first)))
        continue;
    }
    // "a message that read: “...”": a cue of its own that the scan did not take.
    if (LookupCue(w.low(c - 1))) continue;
    size_t verb = last + 1;
    while (verb < c && IsSkippableAt(w, verb)) ++verb;
    if (verb >= c || !w.tok(verb).Is(kWord) || w.tok(verb).Is(kCapitalized) || IsFunctionWord(w.low(verb))) continue;
    bool claimed = false;
    for (const ClaimDraft& d : out_)
      claimed = claimed || (d.content.begin < q->end && q->begin < d.content.end);
    if (claimed) continue;
    std::vector<std::string> speakers = sources_.Resolve(w, Phrase{first, last, IsSubjectPronoun(w.low(first))}, si);
    if (speakers.size() != 1 || sources_.TypeOf(speakers[0]) != model::ActorType::kPerson) continue;
    EmitLocal(si, ":", TrimEnd(*q), std::move(speakers), "subject-colon-quote");
  }
}

void AttributionFinder::ListAfterColon() {
  std::vector<Paragraph> paras = Paragraphs();
  for (size_t p = 0; p + 1 < paras.size(); ++p) {
    size_t si = paras[p].last;
    if (tokens_[si].size() < 3 || tokens_[si].back().text != ":") continue;
    Words w(tokens_[si], &actors_);
    if (w.size() < 3 || !w.IsPunct(w.size() - 1, ':')) continue;
    size_t c = w.size() - 2;
    auto cue = LookupCue(w.low(c));
    if (!cue || cue->cls != CueClass::kSpeech || (cue->form != CueForm::kPast && cue->form != CueForm::kPresent))
      continue;
    size_t k = c;
    while (k > 0 && IsSkippableAt(w, k - 1)) --k;
    if (k == 0) continue;
    auto subject = PhraseEndingAt(w, k - 1);
    if (!subject) continue;
    std::vector<std::string> speakers = sources_.Resolve(w, *subject, si);
    if (speakers.empty()) continue;
    // Each short one-sentence paragraph after it is one item of what was
    // said, as long as the items keep the first one's style (closing
    // punctuation or none). An item with a cue of its own ("He would defend
    // ...") is still an item: the inner claim becomes the same speaker's.
    std::optional<bool> punctuated;
    for (size_t q = p + 1; q < paras.size(); ++q) {
      const Paragraph& item = paras[q];
      if (item.first != item.last || tokens_[item.first].size() > 40) break;
      Words iw(tokens_[item.first]);
      if (iw.size() < 3 || IsFurnitureVerb(iw.low(0)) || iw.IsPunct(iw.size() - 1, ':')) break;
      bool ends = IsEndPunct(iw, iw.size() - 1);
      if (punctuated && *punctuated != ends) break;
      punctuated = ends;
      Range content = TrimEnd(sentences_[item.first]);
      if (!EmitLocal(item.first, w.tok(c).text, content, speakers, "list-after-colon")) break;
      covered_[si] = 1;
    }
  }
}

bool AttributionFinder::CircumstanceGap(size_t from, size_t to) const {
  // "in his book", "at a rally Monday", "reporters": a few words, no clause.
  constexpr size_t kMaxGap = 48;
  if (to < from || to - from > kMaxGap) return false;
  std::string_view gap = text_.substr(from, to - from);
  while (!gap.empty() && (gap.back() == ' ' || gap.back() == ',')) gap.remove_suffix(1);
  if (gap.find_first_of(",.;:\"") != std::string_view::npos || gap.find("\xE2\x80") != std::string_view::npos)
    return false;
  return gap.find(" that") == std::string_view::npos;
}

void AttributionFinder::SaidAccordingTo() {
  std::vector<std::pair<size_t, size_t>> by_cue_end;  // (cue.end, claim), sorted
  for (size_t k = 0; k < out_.size(); ++k)
    if (out_[k].cue.size()) by_cue_end.emplace_back(out_[k].cue.end, k);
  std::sort(by_cue_end.begin(), by_cue_end.end());
  for (ClaimDraft& a : out_) {
    if (a.rule.rfind("according-to", 0) != 0 || a.cue.size() == 0 || !a.attribution.via.empty()) continue;
    // "..., he said according to", "..., Mendez said, according to", "Roe
    // writes in her book, according to": the cue right before, or a few
    // words of circumstance before.
    auto it = std::lower_bound(by_cue_end.begin(), by_cue_end.end(), std::make_pair(a.cue.begin + 1, size_t{0}));
    if (it == by_cue_end.begin()) continue;
    --it;
    if (!CircumstanceGap(it->first, a.cue.begin)) continue;
    ClaimDraft& said = out_[it->second];
    auto cue = LookupCue(said.attribution.cue);
    if (&said == &a || said.attribution.speakers.empty() || !cue) continue;
    if (cue->cls != CueClass::kSpeech && cue->cls != CueClass::kTell) continue;
    if (said.cue.begin < a.content.begin || said.cue.end > a.content.end) continue;  // the cue stands inside A's content
    Range relayed{std::min(a.content.begin, said.content.begin), std::max(a.content.end, said.cue.end)};
    a.attribution.via = std::move(a.attribution.speakers);
    a.attribution.speakers = std::move(said.attribution.speakers);
    a.attribution.cue = said.attribution.cue;
    a.attribution.kind = said.attribution.kind;
    a.rule += "+said";
    // “... ?” Lee said, according to: a quote ended by its own mark stands
    // in the sentence before; the claim is that quote.
    if (said.content.begin < a.content.begin) {
      a.content = said.content;
      a.sentence.begin = std::min(a.sentence.begin, said.sentence.begin);
      a.first_sentence = std::min(a.first_sentence, said.first_sentence);
    }
    // A quote that ran on past the cue over further sentences is still the
    // speaker's: the claim keeps them.
    if (said.content.end > sentences_[SentenceAt(a.cue.begin, 0)].end) {
      a.content.end = said.content.end;
      a.sentence.end = std::max(a.sentence.end, said.sentence.end);
    }
    // The source after "according to" reports the statement, the speaker's
    // cue with it: "“...,” Lee said, according to the paper".
    said.attribution.speakers = a.attribution.via;
    said.attribution.cue = "according to";
    said.attribution.kind = model::AttributionKind::kIndirect;
    said.content = relayed;
    said.cue = a.cue;
    said.rule = "according-to-relay";
  }
}

void AttributionFinder::QuotedAsSaying() {
  for (size_t si = 0; si < sentences_.size(); ++si) {
    const std::vector<Token>& toks = tokens_[si];
    if (std::none_of(toks.begin(), toks.end(), [](const Token& t) { return t.text == "quoted"; })) continue;
    Words w(toks, &actors_);
    for (size_t i = 2; i + 2 < w.size(); ++i) {
      if (!w.Is(i, "quoted") || !w.Is(i + 1, "as") || !w.Is(i + 2, "saying")) continue;
      if (!(w.Is(i - 1, "was") || w.Is(i - 1, "were") || w.Is(i - 1, "is") || w.Is(i - 1, "are"))) continue;
      auto subject = PhraseEndingAt(w, i - 2);
      if (!subject || subject->pronoun) continue;
      std::vector<std::string> speakers = sources_.Resolve(w, *subject, si);
      if (speakers.empty()) continue;
      // The outlet: "... by the Interfax news agency", after any times.
      size_t j = SkipTimes(w, i + 3);
      std::vector<std::string> via;
      size_t after = j;
      if (w.Is(j, "by")) {
        if (auto outlet = PhraseStartingAt(w, j + 1)) {
          via = sources_.ResolveAny(w, *outlet, si);
          after = outlet->last + 1;
        }
      }
      // "CONTENT, X was quoted as saying by Y" or "X was quoted as saying CONTENT".
      Range content;
      if (subject->first > 0 && w.IsPunct(subject->first - 1, ',')) content = ContentBefore(w, subject->first - 1, si);
      else if (via.empty()) content = ContentAfter(w, i + 3, si);
      else content = ContentAfter(w, after, si);
      ClaimDraft* d = Emit(si, {w.tok(i).begin, w.tok(i + 2).end}, "quoted as saying", content, std::move(speakers),
                           "quoted-as-saying", 0.7);
      if (d && !via.empty()) {
        d->attribution.via = std::move(via);
        d->rule += "+relayed";
      }
      break;
    }
  }
}

}  // namespace claimkb::extract
