// Document-level passes: quotes continued over sentences, relay chains, the
// author's voice. The paragraph passes are in quote_paragraphs.cpp.
#include "core/extract/attribution_finder.h"

namespace claimkb::extract {

bool AttributionFinder::IsQuotedReport(const ClaimDraft& d) const {
  // A speaker label opening a quoted transcript line is its turn, not a report.
  return d.cue.size() && quotes_.Inside(d.cue.begin) && d.rule.rfind("speaker-label", 0) != 0;
}

void AttributionFinder::UncoverQuotedReports() {
  // 1: a report inside a quote touches the sentence; 2: another claim does.
  std::vector<char> by(sentences_.size(), 0);
  for (const ClaimDraft& d : out_) {
    bool inner = IsQuotedReport(d);
    size_t a = SentenceAt(std::min(d.content.begin, d.cue.size() ? d.cue.begin : d.content.begin), 0);
    size_t b = SentenceAt(std::max(d.content.end, d.cue.end) - 1, a);
    for (size_t k = a; k <= b && k < by.size(); ++k) by[k] = std::max<char>(by[k], inner ? 1 : 2);
  }
  for (size_t si = 0; si < sentences_.size(); ++si)
    if (covered_[si] && by[si] == 1) {
      covered_[si] = 0;
      uncovered_.push_back(si);
    }
}

void AttributionFinder::ContinuedQuotes() {
  UncoverQuotedReports();
  size_t n = out_.size();
  for (size_t si = 0; si < sentences_.size(); ++si) {
    const extract::Sentence& s = sentences_[si];
    if (Covered(si)) continue;
    // A sentence opening inside a quote begun before it continues that quote,
    // whatever follows the closing mark: "... just a tax increase'' for the top bracket."
    const Range* open = tokens_[si].empty() ? nullptr : quotes_.At(tokens_[si].front().begin);
    bool inside = open && open->begin < tokens_[si].front().begin;
    if (!inside && quotes_.QuotedShare(s) < 0.8) continue;
    size_t best = kNoIndex, best_dist = kNoIndex;
    // Claims are in sentence order: look only at those a few sentences away.
    auto lo = std::lower_bound(out_.begin(), out_.begin() + static_cast<std::ptrdiff_t>(n), si > 8 ? si - 8 : 0,
                               [](const ClaimDraft& d, size_t v) { return d.first_sentence < v; });
    for (size_t k = static_cast<size_t>(lo - out_.begin()); k < n && out_[k].first_sentence <= si + 8; ++k) {
      const ClaimDraft& d = out_[k];
      if (d.attribution.kind == model::AttributionKind::kIndirect || d.attribution.speakers.empty()) continue;
      // “...” ― Ana Ruiz: the signature closes its quote; the next quote waits for its own.
      if (d.rule.rfind("dash-signature", 0) == 0) continue;
      // A report inside a quote ends with its clause; the quote goes on with its own speaker.
      if (IsQuotedReport(d)) continue;
      size_t ds = SentenceAt(d.cue.begin, 0);
      bool same_para = sentences_[ds].paragraph == s.paragraph;
      bool prev_para = sentences_[ds].paragraph + 1 == s.paragraph && ds < si;
      if (!same_para && !prev_para) continue;
      size_t dist = ds > si ? ds - si : si - ds;
      if (!same_para) dist += 10;
      // The sentence goes on with a quote opened before it: the claim that
      // holds the opening mark is the quote's, however near another claim is.
      if (inside && d.content.begin <= open->begin && open->begin < d.content.end) dist = 0;
      if (dist < best_dist) best = k, best_dist = dist;
    }
    if (best == kNoIndex) {
      if (!inside) si = QuoteRun(si, n);
      continue;
    }
    ClaimDraft& b = out_[best];
    // An ellipsis set off by spaces (". . .") splits into sentences of no words
    // that the quote runs on over.
    size_t prev = si > 0 ? si - 1 : 0;
    while (prev > 0 && sentences_[prev].paragraph == s.paragraph && !Covered(prev) && !HasWords(prev)) --prev;
    // The next sentence of the same quote, also when an unclosed quote runs
    // on into the next paragraph (the news convention): one claim, one span.
    bool runs_on = si > 0 && (sentences_[prev].paragraph == s.paragraph ||
                              (quotes_.At(sentences_[prev].end - 1) &&
                               quotes_.At(sentences_[prev].end - 1)->end == sentences_[prev].end &&
                               !tokens_[prev].empty() && !CloseQuote(tokens_[prev].back())));
    if (si > 0 && b.sentence.end <= s.begin && b.sentence.end >= sentences_[prev].begin && runs_on) {
      b.content.end = TrimEnd(s).end;
      b.sentence.end = s.end;
      for (size_t k = prev + 1; k <= si; ++k) covered_[k] = 1;
      b.rule += "+continued";
      continue;
    }
    // Further off, a quote with no cue of its own is not reliably anyone's
    // (transcripts, reader comments, a second speaker's quote) unless the
    // speaker of its paragraph is clear.
    if (!inside) si = QuoteRun(si, n);
  }
}

bool AttributionFinder::HasWords(size_t si) const {
  return std::any_of(tokens_[si].begin(), tokens_[si].end(), [](const Token& t) { return t.Is(kWord); });
}

size_t AttributionFinder::QuoteRun(size_t si, size_t n) {
  const extract::Sentence& s = sentences_[si];
  // Words before the quote ("The email said, “...”") are a cue of their own.
  if (tokens_[si].empty() || !OpenQuote(tokens_[si].front())) return si;
  // The latest claim of this paragraph before the quote, indirect ones too:
  // "The delay was costly, Lee said. “We lost a season.”" A quote opening its
  // paragraph goes on from the paragraph before.
  bool opens = si == 0 || sentences_[si - 1].paragraph != s.paragraph;
  uint32_t from_para = opens && s.paragraph > 0 ? s.paragraph - 1 : s.paragraph;
  const ClaimDraft* last = nullptr;
  auto lo = std::lower_bound(out_.begin(), out_.begin() + static_cast<std::ptrdiff_t>(n), si > 16 ? si - 16 : 0,
                             [](const ClaimDraft& d, size_t v) { return d.first_sentence < v; });
  for (size_t k = static_cast<size_t>(lo - out_.begin()); k < n && out_[k].first_sentence <= si; ++k) {
    const ClaimDraft& d = out_[k];
    if (d.attribution.speakers.empty() || d.attribution.kind == model::AttributionKind::kAuthor) continue;
    size_t anchor = d.cue.size() ? d.cue.begin : d.content.begin;
    if (anchor >= s.begin || sentences_[SentenceAt(anchor, 0)].paragraph < from_para) continue;
    if (!last || (last->cue.size() ? last->cue.begin : last->content.begin) <= anchor) last = &d;
  }
  if (!last) return si;
  // Quotes are people's: a court or a report before the quote is more often
  // talked about than quoted at length.
  const std::vector<std::string>& speakers = last->attribution.speakers;
  for (const auto& id : speakers)
    if (sources_.TypeOf(id) != model::ActorType::kPerson) return si;
  auto theirs = [&](const ActorMention& m) {
    return std::find(speakers.begin(), speakers.end(), actors_.actors()[m.actor].id) != speakers.end();
  };
  // The clear last speaker: no one else named since, outside quotes, and no
  // other claim in between. A speaker rarely names themselves: a quote about
  // them is someone else's.
  size_t since = std::max(last->content.end, last->cue.end);
  if (since > s.begin) return si;
  for (size_t k = SentenceAt(since - 1, 0) + 1; k < si; ++k)
    if (Covered(k)) return si;
  for (const ActorMention& m : actors_.MentionsIn({since, s.begin})) {
    model::ActorType type = actors_.actors()[m.actor].type;
    if (type == model::ActorType::kCountry || type == model::ActorType::kDocument || quotes_.Inside(m.range.begin))
      continue;
    if (!theirs(m)) return si;
  }
  // The quote and the quoted sentences that follow it in the paragraph.
  if (QuoteHasTail(si)) return si;
  size_t end = si;
  while (end + 1 < sentences_.size() && sentences_[end + 1].paragraph == s.paragraph && !Covered(end + 1) &&
         quotes_.QuotedShare(sentences_[end + 1]) >= 0.8 && !QuoteHasTail(end + 1))
    ++end;
  // “... How do we win?” Estrada said of ...: a question or exclamation mark
  // ended the sentence before the quote's own cue, or the next sentence opens
  // with it. A claim further into the next sentence is its own, not the quote's.
  if (end + 1 < sentences_.size() && sentences_[end + 1].paragraph == s.paragraph && !tokens_[end + 1].empty() &&
      !OpenQuote(tokens_[end + 1].front())) {
    const std::vector<Token>& t = tokens_[end];
    size_t k = t.size() - 1;
    if (k > 0 && CloseQuote(t[k])) --k;
    if (t[k].text == "?" || t[k].text == "!" || (Covered(end + 1) && OpensWithCue(end + 1, n))) return si;
  }
  Range content = TrimEnd({s.begin, sentences_[end].end});
  for (const ActorMention& m : actors_.MentionsIn(content))
    if (theirs(m)) return si;
  if (!EmitLocal(si, "", content, speakers, "quote-run")) return si;
  return end;
}

bool AttributionFinder::OpensWithCue(size_t si, size_t n) const {
  // "Estrada said of the plan.": a source and its cue within the first few words.
  constexpr size_t kOpeningWords = 4;
  const std::vector<Token>& t = tokens_[si];
  size_t limit = t.size() > kOpeningWords ? t[kOpeningWords].begin : sentences_[si].end;
  // Claims are in sentence order; one whose cue stands in si begins at most a few sentences before it.
  auto lo = std::lower_bound(out_.begin(), out_.begin() + static_cast<std::ptrdiff_t>(n), si > 8 ? si - 8 : 0,
                             [](const ClaimDraft& d, size_t v) { return d.first_sentence < v; });
  for (size_t k = static_cast<size_t>(lo - out_.begin()); k < n && out_[k].first_sentence <= si; ++k)
    if (out_[k].cue.size() && out_[k].cue.begin >= sentences_[si].begin && out_[k].cue.begin < limit) return true;
  return false;
}

bool AttributionFinder::QuoteHasTail(size_t si) const {
  const std::vector<Token>& t = tokens_[si];
  for (size_t c = 1; c + 1 < t.size(); ++c) {
    if (!CloseQuote(t[c]) || !(t[c - 1].text == "," || t[c + 1].text == ",")) continue;
    // “...,” he said / said she: a pronoun goes on with the speaker before.
    size_t k = c + 1;
    while (k < t.size() && !t[k].Is(kWord)) ++k;
    if (k >= t.size() || quotes_.Inside(t[k].begin)) continue;
    Words w(t);
    if (IsSubjectPronoun(w.low(k)) || (k + 1 < t.size() && IsSubjectPronoun(w.low(k + 1)))) continue;
    return true;
  }
  return false;
}

namespace {

// "I", "we", "my": words only a speaker's own voice uses.
bool IsFirstPerson(std::string_view l) {
  return l == "i" || l == "we" || l == "me" || l == "us" || l == "my" || l == "our" || l == "myself" ||
         l == "ourselves";
}

}  // namespace

void AttributionFinder::MixedQuoteRuns() {
  // Per sentence, the claim whose cue stands latest in it.
  std::vector<size_t> last(sentences_.size(), kNoIndex);
  for (size_t k = 0; k < out_.size(); ++k) {
    const ClaimDraft& d = out_[k];
    if (d.cue.size() == 0 || d.attribution.speakers.empty() || d.attribution.kind == model::AttributionKind::kAuthor)
      continue;
    size_t s = SentenceAt(d.cue.begin, 0);
    if (last[s] == kNoIndex || out_[last[s]].cue.begin < d.cue.begin) last[s] = k;
  }
  for (size_t si = 1; si < sentences_.size(); ++si) {
    if (Covered(si) || last[si - 1] == kNoIndex || sentences_[si - 1].paragraph != sentences_[si].paragraph ||
        tokens_[si].empty() || OpenQuote(tokens_[si].front()))
      continue;
    Words w(words_[si]);
    bool own_voice = false, own_cue = false;
    size_t quoted = 0;  // words: a quoted "us" alone is a scare quote
    for (size_t i = 0; i < w.size() && !own_cue; ++i) {
      if (quotes_.Inside(w.tok(i).begin)) {
        own_voice = own_voice || IsFirstPerson(w.low(i));
        quoted += w.tok(i).Is(kWord);
      } else if (auto cue = LookupCue(w.low(i))) {
        own_cue = cue->cls == CueClass::kSpeech || cue->cls == CueClass::kTell;
      }
    }
    if (!own_voice || own_cue || quoted < 3) continue;
    const ClaimDraft& before = out_[last[si - 1]];
    std::vector<std::string> speakers = before.attribution.speakers;
    bool people = std::all_of(speakers.begin(), speakers.end(),
                              [&](const std::string& id) { return sources_.TypeOf(id) == model::ActorType::kPerson; });
    if (!people) continue;
    // Another person named outside the quote may be the one quoted.
    bool others = false;
    for (const ActorMention& m : actors_.MentionsIn(sentences_[si])) {
      const model::Actor& a = actors_.actors()[m.actor];
      others = others || (!quotes_.Inside(m.range.begin) && a.type == model::ActorType::kPerson &&
                          std::find(speakers.begin(), speakers.end(), a.id) == speakers.end());
    }
    if (others) continue;
    std::string cue_text = before.attribution.cue;  // a copy: EmitLocal may move out_
    EmitLocal(si, cue_text, TrimEnd(sentences_[si]), std::move(speakers), "mixed-quote-run");
  }
}

void AttributionFinder::IntroducedQuotes() {
  for (size_t si = 1; si < sentences_.size(); ++si) {
    if (Covered(si) || Covered(si - 1) || tokens_[si].empty() || !OpenQuote(tokens_[si].front())) continue;
    const Range* q = quotes_.At(tokens_[si].front().begin);
    if (!q || q->begin != tokens_[si].front().begin || quotes_.QuotedShare(sentences_[si]) < 0.8) continue;
    // The introduction is the sentence right before; a publication or a
    // body named there may be the one quoted ("Time wrote:"), so it must name
    // one person, and bodies only after that person, as context ("Lee,
    // chairman of the Harbor Council, once put it this way.").
    std::optional<size_t> person;
    bool one = true, others = false;
    size_t first_begin = kNoIndex, person_begin = kNoIndex;
    for (const ActorMention& m : actors_.MentionsIn(sentences_[si - 1])) {
      if (quotes_.Inside(m.range.begin)) continue;  // a name quoted is talked about, not talking
      model::ActorType type = actors_.actors()[m.actor].type;
      first_begin = std::min(first_begin, m.range.begin);
      if (type != model::ActorType::kPerson && type != model::ActorType::kCountry) others = true;
      if (type != model::ActorType::kPerson) continue;
      if (person && *person != m.actor) one = false;
      person = m.actor;
      person_begin = std::min(person_begin, m.range.begin);
    }
    if (!person || !one || (others && person_begin != first_begin)) continue;
    // The quote and the sentences it runs on over, within its paragraph.
    size_t last = si;
    while (last + 1 < sentences_.size() && sentences_[last + 1].paragraph == sentences_[si].paragraph &&
           !Covered(last + 1) && sentences_[last + 1].begin < q->end)
      ++last;
    bool tail = false;
    for (size_t k = si; k <= last && !tail; ++k) tail = QuoteHasTail(k);
    if (tail || (last + 1 < sentences_.size() && sentences_[last + 1].begin < q->end && QuoteHasTail(last + 1))) continue;
    Range content = TrimEnd({q->begin, std::min(q->end, sentences_[last].end)});
    EmitLocal(si, "", content, {actors_.actors()[*person].id}, "introduced-quote");
  }
  SaidAccordingTo();
  QuotedAsSaying();
  SubjectColonQuote();
  ListAfterColon();
  InterviewAnswers();
  QuoteParagraphs();
  TranscriptTurns();
  MixedQuoteRuns();
  for (size_t si : uncovered_) covered_[si] = 1;
}

std::vector<std::string> AttributionFinder::QuotedByAside(const Words& w, size_t si, size_t from, size_t cue) {
  for (size_t t = from; t + 3 < cue; ++t) {
    if (!w.IsPunct(t, ',') || !(w.Is(t + 1, "quoted") || w.Is(t + 1, "cited")) || !w.Is(t + 2, "by")) continue;
    auto p = PhraseStartingAt(w, t + 3);
    if (p && !p->pronoun && p->last < cue) return sources_.ResolveAny(w, *p, si);
    break;
  }
  return {};
}

bool AttributionFinder::CommaEndsContent(const ClaimDraft& o) const {
  if (o.content.size() == 0 || o.content.end > o.cue.begin) return false;
  auto quote_at = [this](size_t p) {
    return text_[p] == '"' || (p + 3 <= text_.size() && text_.compare(p, 3, "\xE2\x80\x9D") == 0);
  };
  // "CONTENT, SOURCE CUE" or "CONTENT," CUE: the comma right after the content
  // or closing it, inside its quote.
  size_t p = o.content.end;
  while (p < o.cue.begin && (text_[p] == ' ' || quote_at(p))) p += text_[p] == '"' || text_[p] == ' ' ? 1 : 3;
  if (p < o.cue.begin && text_[p] == ',') return true;
  size_t q = o.content.end;
  while (q > o.content.begin + 3 && (text_[q - 1] == '"' || text_.compare(q - 3, 3, "\xE2\x80\x9D") == 0))
    q -= text_[q - 1] == '"' ? 1 : 3;
  return text_[q - 1] == ',';
}

void AttributionFinder::Relays() {
  // Candidates for the outer claim, by where their content begins: an outer
  // claim's content holds the inner cue, so it begins at most the longest
  // content before it. A window, not a scan of the sentence's claims, which a
  // run-on "sentence" makes quadratic.
  std::vector<size_t> by_begin(out_.size());
  size_t longest = 0;
  for (size_t k = 0; k < out_.size(); ++k) {
    by_begin[k] = k;
    longest = std::max(longest, out_[k].content.size());
  }
  std::sort(by_begin.begin(), by_begin.end(), [this](size_t a, size_t b) {
    return out_[a].content.begin != out_[b].content.begin ? out_[a].content.begin < out_[b].content.begin : a < b;
  });
  for (size_t idx = 0; idx < out_.size(); ++idx) {
    ClaimDraft& inner = out_[idx];
    if (!inner.attribution.via.empty()) continue;
    const ClaimDraft* outer = nullptr;
    size_t outer_idx = 0;
    size_t from = inner.cue.begin > longest ? inner.cue.begin - longest : 0;
    auto lo = std::lower_bound(by_begin.begin(), by_begin.end(), from,
                               [this](size_t k, size_t v) { return out_[k].content.begin < v; });
    size_t first_sentence = inner.first_sentence > 4 ? inner.first_sentence - 4 : 0;
    for (auto it = lo; it != by_begin.end() && out_[*it].content.begin <= inner.cue.begin; ++it) {
      const ClaimDraft& o = out_[*it];
      if (*it == idx || o.attribution.speakers.empty()) continue;
      if (o.first_sentence < first_sentence || o.first_sentence > inner.first_sentence) continue;
      // "X said that CONTENT, Yahoo Finance reported": the inner content ran
      // on over the outer source and cue; it ends where the outer content does.
      // So does "CONTENT, the government was quoted as saying by Interfax".
      // "X told Y that CONTENT, according to the statement": the statement relays X.
      bool content_first = o.rule.rfind("content-", 0) == 0 || o.rule.rfind("quoted-as-saying", 0) == 0 ||
                           o.rule.rfind("according-to", 0) == 0;
      bool overrun = content_first && o.cue.size() && CommaEndsContent(o) &&
                     inner.cue.end <= o.content.end && inner.content.end >= o.cue.end &&
                     inner.content.begin < o.content.end &&
                     std::find_first_of(o.attribution.speakers.begin(), o.attribution.speakers.end(),
                                        inner.attribution.speakers.begin(),
                                        inner.attribution.speakers.end()) == o.attribution.speakers.end();
      if (inner.cue.end <= o.content.end && o.content.begin <= inner.content.begin &&
          (inner.content.end <= o.content.end + 1 || overrun || QuoteHolds(o, inner)) &&
          (!outer || o.content.size() < outer->content.size() ||
           (o.content.size() == outer->content.size() && *it < outer_idx))) {
        outer = &o;
        outer_idx = *it;
      }
    }
    if (!outer) continue;
    if (inner.content.end > outer->content.end + 1) inner.content.end = outer->content.end;
    std::vector<std::string> via = outer->attribution.speakers;
    via.insert(via.end(), outer->attribution.via.begin(), outer->attribution.via.end());
    for (const auto& s : inner.attribution.speakers) via.erase(std::remove(via.begin(), via.end(), s), via.end());
    if (via.empty()) {
      // "Smith said she believes X": one claim by Smith, already recorded.
      inner.attribution.speakers.clear();
      continue;
    }
    // "He said Lee told him X": a speaker not found relays nothing one can name.
    via.erase(std::remove_if(via.begin(), via.end(), [](const std::string& id) { return IsUnresolvedSource(id); }),
              via.end());
    if (via.empty()) continue;
    inner.attribution.via = std::move(via);
    inner.rule += "+relayed";
  }
  out_.erase(std::remove_if(out_.begin(), out_.end(), [](const ClaimDraft& d) { return d.attribution.speakers.empty(); }),
             out_.end());
  UnresolvedSources();
}

void AttributionFinder::AuthorVoice() {
  std::optional<size_t> author = actors_.AuthorActor();
  for (size_t si = 0; si < sentences_.size(); ++si) {
    if (Covered(si)) continue;
    ClaimDraft d;
    d.content = TrimEnd(sentences_[si]);
    if (d.content.size() == 0) d.content = sentences_[si];
    d.sentence = sentences_[si];
    d.first_sentence = si;
    d.attribution.kind = model::AttributionKind::kAuthor;
    if (author) d.attribution.speakers = {actors_.actors()[*author].id};
    d.rule = "author-voice";
    d.confidence = 0.5;
    out_.push_back(std::move(d));
  }
}

}  // namespace claimkb::extract
