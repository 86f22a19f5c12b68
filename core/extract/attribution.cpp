#include "core/extract/attribution_finder.h"
#include "core/extract/verb_words.h"

#include <array>
#include <cctype>

namespace claimkb::extract {

std::vector<ClaimDraft> AttributionFinder::Run() {
  covered_.assign(sentences_.size(), 0);
  for (size_t si = 0; si < sentences_.size(); ++si) ScanSentence(si);
  emitted_.clear();  // indices into out_, which is sorted from here on
  auto by_sentence = [](const ClaimDraft& a, const ClaimDraft& b) { return a.first_sentence < b.first_sentence; };
  std::stable_sort(out_.begin(), out_.end(), by_sentence);
  ContinuedQuotes();
  IntroducedQuotes();
  AskedQuestions();
  std::stable_sort(out_.begin(), out_.end(), by_sentence);
  Relays();
  AuthorVoice();
  std::stable_sort(out_.begin(), out_.end(), [](const ClaimDraft& a, const ClaimDraft& b) {
    return a.content.begin < b.content.begin;
  });
  return std::move(out_);
}

bool AttributionFinder::CloseQuote(const Token& t) const {
  if (t.text != "\"" && t.text != "''") return t.Is(kCloseQuote);
  const Range* q = quotes_.At(t.begin);
  return q && q->end == t.end;
}

bool AttributionFinder::OpenQuote(const Token& t) const {
  if (t.text != "\"" && t.text != "''") return t.Is(kOpenQuote);
  const Range* q = quotes_.At(t.begin);
  return q && q->begin == t.begin;
}

size_t AttributionFinder::SentenceAt(size_t pos, size_t from) const {
  auto it = std::upper_bound(sentences_.begin() + static_cast<std::ptrdiff_t>(from), sentences_.end(), pos,
                             [](size_t p, const extract::Sentence& s) { return p < s.end; });
  if (it == sentences_.end()) return sentences_.size() - 1;
  return static_cast<size_t>(it - sentences_.begin());
}

void AttributionFinder::Cover(const ClaimDraft& d) {
  size_t a = SentenceAt(std::min(d.content.begin, d.cue.size() ? d.cue.begin : d.content.begin), 0);
  size_t b = SentenceAt(std::max(d.content.end, d.cue.end) - 1, a);
  for (size_t k = a; k <= b && k < covered_.size(); ++k) covered_[k] = 1;
}

Range AttributionFinder::TrimEnd(Range r) const {
  while (r.end > r.begin) {
    char c = text_[r.end - 1];
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == ' ' || c == '\n') --r.end;
    else break;
  }
  return r;
}

namespace {

bool IsModal(std::string_view w) {
  return w == "will" || w == "would" || w == "can" || w == "could" || w == "may" || w == "might" || w == "should" ||
         w == "must" || w == "likely" || w == "also" || w == "not";
}

// "a tally by the Associated Press", "a court filing made by the state",
// "figures released by the board": the author named after "by" when a
// document noun heads the words [first, last] after "according to", past one
// participle of making or issuing; nullopt when none is named.
std::optional<Phrase> DocumentAuthor(const Words& w, size_t first, size_t last) {
  static constexpr std::array<std::string_view, 9> kMaking{"compiled", "conducted", "filed",    "issued", "made",
                                                           "prepared", "provided",  "published", "released"};
  for (size_t k = first; k <= last && k < w.size(); ++k) {
    if (!IsEvidenceNoun(w.low(k)) && !w.Is(k, "calculations") && !w.Is(k, "count") && !w.Is(k, "tally")) continue;
    size_t by = k + 1;
    if (std::binary_search(kMaking.begin(), kMaking.end(), w.low(by))) ++by;
    if (!w.Is(by, "by")) return std::nullopt;
    auto author = PhraseStartingAt(w, by + 1);
    if (!author || author->pronoun) return std::nullopt;
    return author;
  }
  return std::nullopt;
}

}  // namespace

Range AttributionFinder::ContentAfter(const Words& w, size_t j, size_t si) const {
  bool colon = false;
  while (j < w.size() && (w.IsPunct(j, ',') || w.IsPunct(j, ':') || w.Is(j, "\xE2\x80\x94"))) colon = w.IsPunct(j++, ':');
  // "Caddell continued:" closing its sentence: the quote that opens the next one.
  if (colon && j >= w.size() && si + 1 < sentences_.size() && !tokens_[si + 1].empty() &&
      OpenQuote(tokens_[si + 1].front()))
    if (const Range* q = quotes_.At(tokens_[si + 1].front().begin); q && q->begin == tokens_[si + 1].front().begin)
      return *q;
  if (j >= w.size() || IsEndPunct(w, j)) return {};
  const Token& t = w.tok(j);
  size_t from = j, end = j;
  if (OpenQuote(t)) {
    const Range* q = quotes_.At(t.begin);
    if (q) {
      // "says “the wind is at our backs” despite the polls": the clause goes on after the quote.
      size_t after = j;
      while (after < w.size() && w.tok(after).begin < q->end) ++after;
      if (after >= w.size() || q->end > sentences_[si].end || !w.tok(after).Is(kWord) ||
          w.tok(after).Is(kCapitalized))
        return *q;
      from = after;
      end = after - 1;
    }
  }
  for (size_t k = from; k < w.size(); ++k) {
    if (w.tok(k).end - w.tok(j).begin > kMaxContentBytes) return {w.tok(j).begin, w.tok(k).end};  // Emit drops it
    if (w.IsPunct(k, ';')) break;
    if (w.IsPunct(k, ',') && k + 1 < w.size()) {
      auto cue = LookupCue(w.low(k + 1));
      if (cue && cue->form == CueForm::kGerund) break;
      // ", but the editor said ...": a contrasting clause with its own cue is
      // someone else's claim, not the rest of this one.
      std::string_view next = w.low(k + 1);
      // "..., but she knows that ...": a pronoun goes on with the same speaker.
      bool same_subject = k + 2 < w.size() && IsSubjectPronoun(w.low(k + 2));
      if (!same_subject &&
          (next == "but" || next == "while" || next == "although" || next == "though" || next == "whereas") &&
          ContrastCue(w, k + 2))
        break;
    }
    // "... and said he would run": a second verb of the same subject.
    if (w.Is(k, "and") && k > j + 1 && k + 1 < w.size()) {
      auto second = LookupCue(w.low(k + 1));
      if (second && (second->form == CueForm::kPast || second->form == CueForm::kPresent) &&
          (second->cls == CueClass::kSpeech || second->cls == CueClass::kTell))
        break;
    }
    end = k;
  }
  Range r = TrimEnd({w.tok(j).begin, w.tok(end).end});
  // A quote opened in the content and running past the sentence goes with it.
  if (const Range* q = quotes_.At(r.end > r.begin ? r.end - 1 : r.begin); q && q->end > r.end && q->begin >= r.begin)
    r.end = q->end;
  return r;
}

bool AttributionFinder::ContrastCue(const Words& w, size_t j) const {
  // With no subject of its own the clause goes on with the claim's, unless
  // its verb comes right away: ", but said ..." is a coordinated cue.
  size_t verb = j;
  if (auto subject = IsSkippableAt(w, j) ? std::nullopt : PhraseStartingAt(w, j)) {
    verb = subject->last + 1;
    while (verb < w.size() && IsSkippableAt(w, verb)) ++verb;
  }
  if (verb >= w.size() || verb == 0 || quotes_.Inside(w.tok(verb).begin)) return false;
  auto c = LookupCue(w.low(verb));
  // "while the U.S. will likely see 2 percent": a bare form after a modal is no report;
  // "but the plan is being dismissed as costly": a passive with no agent names no one.
  return c && (c->form != CueForm::kBase || !IsModal(w.low(verb - 1))) &&
         !(IsPassiveAux(w.low(verb - 1)) && !w.Is(verb + 1, "by"));
}

Range AttributionFinder::ContentBefore(const Words& w, size_t stop, size_t si) const {
  if (stop == 0) return {};
  size_t begin = w.tok(0).begin;
  if (const Range* q = quotes_.At(begin); q && q->begin < begin) begin = q->begin;
  Range r = TrimEnd({begin, w.tok(stop - 1).end});
  return r.size() >= 3 ? r : Range{};
}

ClaimDraft* AttributionFinder::Emit(size_t si, Range cue, std::string_view cue_text, Range content, std::vector<std::string> speakers,
                 std::string rule, double confidence) {
  // A single word is no claim, unless it is a quote before its source and
  // cue: "“Absolutely,” he said."
  bool word_quote = rule.starts_with("content-") && quotes_.QuotedShare(content) >= 0.95;
  bool one_word = text_.substr(content.begin, content.size()).find(' ') == std::string_view::npos;
  if (content.size() < 3 || (one_word && !word_quote)) return nullptr;
  // Longer than any real claim: a run-on "sentence" (a list, a table, junk) whose
  // every cue would otherwise claim its whole remainder, quadratic in its length.
  if (content.size() > kMaxContentBytes) return nullptr;
  for (auto [it, end] = emitted_.equal_range(content.begin); it != end; ++it) {
    const ClaimDraft& d = out_[it->second];
    if (d.content.end == content.end && d.attribution.speakers == speakers) return nullptr;
  }
  ClaimDraft d;
  d.content = content;
  d.cue = cue;
  if (cue.size() == 0) cue = {content.begin, content.begin};  // no cue: the claim stands where its content does
  size_t first = std::min(SentenceAt(std::min(content.begin, cue.begin), 0), si);
  size_t last = std::max(SentenceAt(content.end ? content.end - 1 : 0, first), si);
  d.first_sentence = first;
  d.sentence = {sentences_[first].begin, sentences_[last].end};
  // A run-on "sentence" (a list, a table, junk) is clipped around the claim,
  // or every claim in it would repeat all of it.
  if (d.sentence.size() > 2 * kMaxContentBytes) {
    size_t lo = std::min(content.begin, cue.begin), hi = std::max(content.end, cue.end);
    if (lo > d.sentence.begin + kMaxContentBytes / 4) {
      lo -= kMaxContentBytes / 4;
      while (lo < hi && text_[lo] != ' ') ++lo;
      d.sentence.begin = lo;
    }
    if (hi + kMaxContentBytes / 4 < d.sentence.end) {
      hi += kMaxContentBytes / 4;
      while (hi > d.sentence.begin && text_[hi - 1] != ' ') --hi;
      d.sentence.end = hi;
    }
  }
  double share = quotes_.QuotedShare(content);
  d.attribution.kind = share >= 0.95  ? model::AttributionKind::kDirect
                       : share > 0.0 ? model::AttributionKind::kMixed
                                     : model::AttributionKind::kIndirect;
  d.attribution.speakers = std::move(speakers);
  d.attribution.cue = std::string(cue_text);
  d.rule = std::move(rule);
  d.confidence = confidence;
  Cover(d);
  emitted_.emplace(d.content.begin, out_.size());
  out_.push_back(std::move(d));
  return &out_.back();
}

const ClaimDraft* AttributionFinder::EarlierClaim(size_t first_claim, size_t before) const {
  for (size_t k = out_.size(); k > first_claim; --k)
    if (out_[k - 1].cue.begin < before) return &out_[k - 1];
  return nullptr;
}

bool AttributionFinder::IsHeadline(const Words& w, bool own_paragraph) {
  size_t n = w.size();
  if (own_paragraph && n > 0 && w.IsPunct(n - 1, '.')) --n;
  if (n < 3 || IsEndPunct(w, n - 1) || w.tok(n - 1).Is(kCloseQuote)) return false;
  size_t words = 0, caps = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!w.tok(i).Is(kWord) || w.tok(i).Is(kNumber)) continue;
    ++words;
    if (w.tok(i).Is(kCapitalized) || w.low(i).size() <= 3) ++caps;
  }
  return caps * 10 >= words * 8;
}

void AttributionFinder::SpeakerLabel(const Words& w, size_t si, bool headline) {
  if (si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph) return;
  size_t colon = 0;
  while (colon < w.size() && colon < 4 && !w.IsPunct(colon, ':')) ++colon;
  if (colon == 0 || colon >= w.size() || !w.IsPunct(colon, ':') || colon + 1 >= w.size()) return;
  static constexpr std::string_view kLabels[] = {"analysis", "breaking", "correction", "disclosure", "editor",
                                                 "exclusive", "factbox", "live", "note", "opinion", "photo",
                                                 "photos", "q", "read", "related", "source", "update",
                                                 "video", "watch"};
  bool section = std::find(std::begin(kLabels), std::end(kLabels), w.low(0)) != std::end(kLabels);
  // "Poll: Lee leads in Ohio", "Insiders: ...": a title line's lone label
  // may be a source noun, which speaks for the line.
  if (colon == 1 && !section && OwnParagraph(si) && IsSpeakerNoun(w.low(0))) {
    auto speakers = sources_.ResolveAny(w, Phrase{0, 0, false}, si);
    if (!speakers.empty())
      Emit(si, {w.tok(colon).begin, w.tok(colon).end}, ":", TrimEnd({w.tok(colon + 1).begin, sentences_[si].end}),
           std::move(speakers), "source-label", 0.7);
    return;
  }
  // "Trump: My immigration plans aren't set in stone." -- in running text a
  // capitalised label must name a person.
  bool capitalised = false;
  for (size_t i = 0; i < colon; ++i) {
    bool caps = w.tok(i).Is(kAllCaps) || (headline && w.tok(i).Is(kCapitalized) && w.tok(i).Is(kWord));
    bool name = w.tok(i).Is(kCapitalized) && w.tok(i).Is(kWord) && !w.tok(i).Is(kNumber);
    if (LookupCue(w.low(i))) return;  // "Said Marlow: ..." is a cue, not a label
    if (!caps && name) capitalised = true;
    else if (!caps && !w.tok(i).Is(kPunct)) return;
    if (std::find(std::begin(kLabels), std::end(kLabels), w.low(i)) != std::end(kLabels)) return;
  }
  auto speakers = sources_.Resolve(w, Phrase{0, colon - 1, false}, si);
  if (speakers.empty()) return;
  for (const auto& id : speakers)
    if (capitalised && sources_.TypeOf(id) != model::ActorType::kPerson) return;
  // "Tech Enabled: a series on ...", "BOOM: ...", "Busted: ...": a promo
  // line's or an interjection's label names no one the article mentions
  // anywhere else; a transcript's "CLINTON:" is "Clinton" in the running text.
  Range label{w.tok(0).begin, w.tok(colon).end};
  std::string_view last = w.tok(colon - 1).text;
  std::string title(last);
  for (size_t c = 1; c < title.size(); ++c)
    if (title[c] >= 'A' && title[c] <= 'Z') title[c] = static_cast<char>(title[c] - 'A' + 'a');
  if (!NamedElsewhere(last, label) && !(w.tok(colon - 1).Is(kAllCaps) && NamedElsewhere(title, label))) return;
  size_t end = sentences_[si].end;
  for (size_t k = si + 1; !headline && k < sentences_.size() && sentences_[k].paragraph == sentences_[si].paragraph; ++k)
    end = sentences_[k].end;
  Emit(si, {w.tok(colon).begin, w.tok(colon).end}, ":", TrimEnd({w.tok(colon + 1).begin, end}), std::move(speakers),
       "speaker-label", 0.8);
}

bool AttributionFinder::OwnParagraph(size_t si) const {
  uint32_t p = sentences_[si].paragraph;
  return (si == 0 || sentences_[si - 1].paragraph != p) &&
         (si + 1 >= sentences_.size() || sentences_[si + 1].paragraph != p);
}

bool AttributionFinder::NamedElsewhere(std::string_view name, Range except) const {
  for (size_t pos = text_.find(name); pos != std::string_view::npos; pos = text_.find(name, pos + 1)) {
    if (pos >= except.begin && pos < except.end) continue;
    auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    bool starts = pos == 0 || !word_char(text_[pos - 1]);
    bool ends = pos + name.size() >= text_.size() || !word_char(text_[pos + name.size()]);
    if (starts && ends) return true;
  }
  return false;
}

bool AttributionFinder::IsPollAt(const Words& w, size_t first) {
  auto p = PhraseStartingAt(w, first);
  if (!p) return false;
  std::string_view head = w.low(p->last);
  return head == "poll" || head == "polls" || head == "survey" || head == "surveys";
}

void AttributionFinder::ColonQuote(const Words& w, size_t si) {
  for (size_t c = 1; c + 1 < w.size(); ++c) {
    if (!w.IsPunct(c, ':') || quotes_.Inside(w.tok(c).begin) || !OpenQuote(w.tok(c + 1))) continue;
    const Range* q = quotes_.At(w.tok(c + 1).begin);
    auto p = SpeakerBeforeColon(w, c);
    if (!q || !p || p->pronoun || !w.tok(p->last).Is(kCapitalized)) continue;
    if (p->first > 0 && LookupCue(w.low(p->first - 1))) continue;  // "Said Ellis: ...", a verb cue's own
    auto speakers = sources_.Resolve(w, *p, si);
    if (speakers.empty()) continue;
    Emit(si, {w.tok(c).begin, w.tok(c).end}, ":", *q, std::move(speakers), "source-colon-quote", 0.75);
    return;
  }
}

namespace {

// "In a radio interview, Asked about it, But back home,": a scene-setting
// opener before the subject, ended by its comma.
bool IsOpenerWord(const Words& w, size_t i) {
  std::string_view l = w.low(i);
  return IsPreposition(l) || IsTimeWord(l) || l == "back" || l == "then" || l == "later" ||
         (l.size() > 4 && (l.ends_with("ed") || l.ends_with("ing") || l.ends_with("ly")));
}

}  // namespace

void AttributionFinder::ClauseColonQuote(const Words& w, size_t si) {
  size_t c = 1;
  while (c + 1 < w.size() && !(w.IsPunct(c, ':') && OpenQuote(w.tok(c + 1)))) ++c;
  if (c + 1 >= w.size() || quotes_.Inside(w.tok(c).begin)) return;
  const Range* q = quotes_.At(w.tok(c + 1).begin);
  if (!q || q->begin != w.tok(c + 1).begin) return;
  // The quote closes the sentence.
  size_t after = c + 1;
  while (after < w.size() && w.tok(after).begin < q->end) ++after;
  if (after < w.size() && !IsEndPunct(w, after)) return;
  // A quote running into later sentences closes where its last one does: "“A. B,” reads one".
  if (size_t sj = SentenceAt(q->end - 1, si); sj != si) {
    const std::vector<Token>& rest = tokens_[sj];
    auto next = std::find_if(rest.begin(), rest.end(), [&](const Token& t) { return t.begin >= q->end; });
    if (next != rest.end() && next->text != "." && next->text != "!" && next->text != "?") return;
  }
  for (const ClaimDraft& d : out_)
    if (d.content.begin < q->end && q->begin < d.content.end) return;
  size_t start = w.Is(0, "but") || w.Is(0, "and") || w.Is(0, "so") || w.Is(0, "yet") ? 1 : 0;
  if (IsOpenerWord(w, start) && !IsSubjectPronoun(w.low(start))) {
    size_t comma = start + 1;
    while (comma < c && !w.IsPunct(comma, ',')) ++comma;
    if (comma >= c) return;
    start = comma + 1;
  }
  auto subject = PhraseStartingAt(w, start);
  if (!subject) return;
  size_t verb = subject->last + 1;
  // "Ann Reed, who signed the bill, interjected:": past an aside set off by commas.
  if (w.IsPunct(verb, ',')) {
    size_t close = verb + 1;
    while (close < c && close <= verb + 16 && !w.IsPunct(close, ',')) ++close;
    if (close >= c || !w.IsPunct(close, ',')) return;
    verb = close + 1;
  }
  while (verb < c && IsSkippableAt(w, verb)) ++verb;
  while (verb < c && IsTimeWord(w.low(verb)) && !w.tok(verb).Is(kNumber)) ++verb;
  if (verb >= c || !w.tok(verb).Is(kWord) || w.tok(verb).Is(kCapitalized) || quotes_.Inside(w.tok(verb).begin))
    return;
  std::string_view l = w.low(verb);
  auto cue = LookupCue(l);
  bool finite = IsAuxiliary(l) || IsIrregularPast(l) || (l.size() > 3 && l.ends_with("ed")) ||
                (l.size() > 3 && l.ends_with("s") && !l.ends_with("ss")) ||
                (cue && cue->form != CueForm::kBase && cue->form != CueForm::kGerund);
  if (!finite || IsFunctionWord(l) || IsPreposition(l)) return;
  // "The plan was so odd that a spokesman could only quip:": another clause before the colon.
  if (c > verb + 14) return;
  for (size_t t = verb + 1; t < c; ++t)
    if (w.Is(t, "that") || w.Is(t, "which") || w.Is(t, "who") || !(w.tok(t).Is(kWord) || w.IsPunct(t, ',')) ||
        quotes_.Inside(w.tok(t).begin))
      return;
  auto speakers = sources_.Resolve(w, *subject, si);
  if (speakers.empty()) return;
  Emit(si, {w.tok(c).begin, w.tok(c).end}, ":", *q, std::move(speakers), "clause-colon-quote", 0.75);
}

namespace {

// "back", "in", "up": the particle of a phrasal verb ("shot back", "chimed in").
bool IsParticle(std::string_view l) { return l == "back" || l == "in" || l == "up"; }

// A finite verb in a quote's tail: a cue's past or present ("said", "adds"),
// any past in "-ed" ("beamed"), a common irregular past, or a verb before
// "back" ("shot back").
bool IsTailVerb(const Words& w, size_t v) {
  if (v >= w.size() || !w.tok(v).Is(kWord) || w.tok(v).Is(kCapitalized) || w.tok(v).Is(kAllCaps)) return false;
  std::string_view l = w.low(v);
  if (IsAuxiliary(l) || IsFunctionWord(l) || IsDeterminer(l) || IsTimeWord(l) || IsSubjectPronoun(l)) return false;
  if (auto cue = LookupCue(l)) return cue->form == CueForm::kPast || cue->form == CueForm::kPresent;
  return IsIrregularPast(l) || (l.size() > 4 && l.ends_with("ed")) || w.Is(v + 1, "back");
}

// What may follow a quote's speaker and verb: the sentence's end, a comma,
// or a circumstance ("with a laugh", "on Tuesday", "as he left").
bool TailCloses(const Words& w, size_t t) {
  return IsEndPunct(w, t) || w.IsPunct(t, ',') || IsPreposition(w.low(t)) || w.Is(t, "with") || w.Is(t, "as") ||
         IsTimeWord(w.low(t));
}

}  // namespace

void AttributionFinder::QuoteTailVerb(const Words& w, size_t si) {
  if (covered_[si]) return;  // a claim has the quote already, or its cue stands here
  size_t c = 0;
  while (c < w.size() && !CloseQuote(w.tok(c))) ++c;
  if (c < 2 || c + 2 >= w.size()) return;
  if (!w.IsPunct(c - 1, ',') && !w.IsPunct(c - 1, '!') && !w.IsPunct(c - 1, '?')) return;
  const Range* q = quotes_.At(w.tok(c).begin);
  if (!q || q->begin > w.tok(0).begin) return;
  std::optional<Phrase> p;
  size_t verb = c + 1, after = 0;
  if (IsTailVerb(w, verb)) {
    // "beamed Ann Roe", "chimed in Ann Roe"
    size_t first = IsParticle(w.low(verb + 1)) ? verb + 2 : verb + 1;
    if ((p = PhraseStartingAt(w, first)) && !p->pronoun) after = p->last + 1;
  }
  for (size_t v = c + 2; !after && v < w.size() && v < c + 10; ++v) {
    if (!IsTailVerb(w, v)) continue;
    // "Ann Roe beamed", "the mayor later shot back"
    size_t k = v;
    while (k > c + 1 && IsSkippableAt(w, k - 1)) --k;
    if (k > c + 1 && (p = PhraseEndingAt(w, k - 1)) && p->first == c + 1) {
      verb = v;
      // "chimed in.", but "said in a statement": "in" is a particle only where the tail may end.
      after = IsParticle(w.low(v + 1)) && TailCloses(w, v + 2) ? v + 2 : v + 1;
    }
    break;
  }
  if (!after || !TailCloses(w, after)) return;
  auto speakers = sources_.Resolve(w, *p, si);
  if (speakers.empty()) return;
  Emit(si, {w.tok(verb).begin, w.tok(verb).end}, w.tok(verb).text, *q, std::move(speakers), "quote-tail-verb", 0.7);
}

bool AttributionFinder::IsPluralPhrase(const Words& w, const Phrase& p) {
  for (size_t i = p.first; i <= p.last; ++i) {
    std::string_view h = w.low(i);
    if (h == "and" || (h.size() > 3 && h.back() == 's' && h[h.size() - 2] != 's' && h[h.size() - 2] != '\'' &&
                       h[h.size() - 2] != 'u' && h[h.size() - 2] != 'i') ||
        h == "people" || h == "police" || h == "staff" || h == "media" || h == "data" || h == "public" ||
        h == "men" || h == "women")
      return true;
  }
  return false;
}

bool AttributionFinder::IsDash(std::string_view t) {
  return t == "\xE2\x80\x95" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "--";
}

void AttributionFinder::DashSignature(const Words& w, size_t si) {
  for (size_t d = 0; d + 1 < w.size(); ++d) {
    if (!IsDash(w.tok(d).text) && !(w.IsPunct(d, '-') && w.IsPunct(d + 1, '-'))) continue;
    size_t name = w.IsPunct(d, '-') ? d + 2 : d + 1;
    size_t close_at;
    if (d > 0 && CloseQuote(w.tok(d - 1))) {
      close_at = w.tok(d - 1).begin;
    } else if (d == 0 && si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph &&
               !tokens_[si - 1].empty() && CloseQuote(tokens_[si - 1].back())) {
      close_at = tokens_[si - 1].back().begin;
    } else {
      continue;
    }
    auto p = PhraseStartingAt(w, name);
    if (!p || p->pronoun) continue;
    size_t end = p->last + 1;
    // The signature may go on with an apposition: "― Ana Ruiz, 34, a nurse".
    bool closes = end >= w.size() || IsEndPunct(w, end) || w.IsPunct(end, ',') || OpenQuote(w.tok(end)) ||
                  text_.substr(w.tok(end - 1).end, w.tok(end).begin - w.tok(end - 1).end).find('\n') !=
                      std::string_view::npos;
    if (!closes) continue;
    const Range* q = quotes_.At(close_at);
    if (!q) continue;
    auto speakers = sources_.Resolve(w, *p, si);
    if (speakers.empty()) continue;
    Emit(si, {w.tok(d).begin, w.tok(d).end}, w.tok(d).text, *q, std::move(speakers), "dash-signature", 0.8);
    return;
  }
}

// "“... the head of the bank has admitted that the reserves were gone,” Lund
// said": a named source reporting inside a quote, relayed by its speaker
// (Relays). Only a finite verb of saying with its "that", after a noun.
bool AttributionFinder::QuotedReport(const Words& w, size_t i) const {
  if (QuotedRelay(w, i)) return true;
  if (i < 2 || !w.Is(i + 1, "that")) return false;
  auto cue = LookupCue(w.low(i));
  if (!cue || cue->cls != CueClass::kSpeech) return false;
  if (cue->form != CueForm::kPast && cue->form != CueForm::kPresent) return false;
  if (w.tok(i).Is(kCapitalized) || w.tok(i).Is(kAllCaps)) return false;
  size_t k = i;
  while (k > 0 && IsSkippableAt(w, k - 1)) --k;
  if (k == 0 || !w.tok(k - 1).Is(kWord) || !quotes_.Inside(w.tok(k - 1).begin)) return false;
  std::string_view before = w.low(k - 1);
  return !IsSubjectPronoun(before) && !IsRelativePronoun(before) && !IsFunctionWord(before) &&
         before != "i" && before != "me" && before != "us" && before != "them";
}

void AttributionFinder::ScanSentence(size_t si) {
  Words w(words_[si], &actors_);
  bool headline = IsHeadline(w, OwnParagraph(si));
  SpeakerLabel(w, si, headline);
  DashSignature(w, si);
  ColonQuote(w, si);
  size_t first_claim = out_.size();
  for (size_t i = 0; i < w.size(); ++i) {
    const Token& t = w.tok(i);
    if (!t.Is(kWord)) continue;
    if (quotes_.Inside(t.begin)) {
      if (QuotedReport(w, i)) VerbCue(w, si, i, *LookupCue(w.low(i)), first_claim);
      continue;
    }
    if (w.Is(i, "according") && w.Is(i + 1, "to")) {
      AccordingTo(w, si, i, i + 1, "according-to");
      ++i;
      continue;
    }
    // "In a CNN/ORC poll released Monday, 31% said ...", "... a lead in the polls":
    // a poll speaks for the figures it holds.
    // Only a poll opening the clause: "a drop in national polls" is no source.
    if (w.Is(i, "in") && (i == 0 || w.IsPunct(i - 1, ',') || w.Is(i - 1, "but") || w.Is(i - 1, "and")) &&
        IsPollAt(w, i + 1)) {
      AccordingTo(w, si, i, i, "in-poll");
      continue;
    }
    if ((w.Is(i, "as") || w.Is(i, "in") || w.Is(i, "by")) && FramingPhrase(w, si, i)) continue;
    if (!headline && Sourceless(w, si, i)) continue;
    if (!headline && w.Is(i + 1, "that") && OwnedNounCue(w, si, i)) continue;
    if (!headline && w.Is(i, "what") && WhatSourceCalls(w, si, i)) continue;
    size_t phrase_first = i;
    if (auto phrasal = PhrasalCueEnding(w, i, &phrase_first)) {
      if (!headline) VerbCue(w, si, i, *phrasal, first_claim);
      continue;
    }
    // A capitalised cue word mid-sentence is a name: "United States", "Wayne State".
    auto cue = LookupCue(w.low(i));
    if (!cue) continue;
    // In a headline only "SOURCE Says CONTENT", "SOURCE Vows To ..." count.
    if (headline ? cue->form != CueForm::kPresent
                 : (t.Is(kCapitalized) || t.Is(kAllCaps)) && i > 0)
      continue;
    VerbCue(w, si, i, *cue, first_claim);
  }
  if (!headline) {
    ClauseColonQuote(w, si);
    QuoteTailVerb(w, si);
  }
}

bool AttributionFinder::Sourceless(const Words& w, size_t si, size_t i) {
  std::string_view l = w.low(i);
  bool seems = l == "seems" || l == "seemed" || l == "seem" || l == "appears" || l == "appeared" || l == "appear";
  bool expected = (l == "expected" || l == "predicted" || l == "rumored" || l == "rumoured") && i > 0 &&
                  (w.Is(i - 1, "is") || w.Is(i - 1, "are") || w.Is(i - 1, "was") || w.Is(i - 1, "were") ||
                   w.Is(i - 1, "widely") || w.Is(i - 1, "be") || w.Is(i - 1, "been"));
  if (!seems && !expected) return false;
  // "it seems that ...", "X appears to ...", "X is expected to ...": the
  // article hedges; the claim has no named source.
  size_t next = i + 1;
  if (!(w.Is(next, "to") || (seems && w.Is(next, "that") && i > 0 && w.Is(i - 1, "it")))) return false;
  Range content = ContentAfter(w, next, si);
  if (content.size() == 0) return false;
  // "Stumpf appeared to blame workers": a known subject is the one who speaks.
  size_t k = expected ? i - 1 : i;
  while (k > 0 && IsSkippableAt(w, k - 1)) --k;
  std::vector<std::string> speakers;
  if (k > 0 && !expected)
    if (auto p = PhraseEndingAt(w, k - 1)) speakers = sources_.Resolve(w, *p, si);
  // With no subject that speaks, the sentence stays in the article's voice
  // (stance marks its hedge); the article is not a source of its own claim.
  if (speakers.empty()) return true;
  // "Stumpf appeared to blame workers" hedges what Stumpf said; "Yellen
  // seems to be steering carefully" hedges the article's own view of her.
  if (w.Is(next, "to")) {
    auto act = LookupCue(w.low(next + 1));
    if (!act || act->form != CueForm::kBase ||
        (act->cls != CueClass::kSpeech && act->cls != CueClass::kTell && act->cls != CueClass::kAccuse &&
         act->cls != CueClass::kCognition && act->cls != CueClass::kEvidential))
      return true;
  }
  if (ClaimDraft* d = Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers),
                           "seeming-source", 0.4))
    d->stance.hedged = true;
  return true;
}

void AttributionFinder::AccordingTo(const Words& w, size_t si, size_t i, size_t cue_last, std::string_view rule) {
  auto p = PhraseStartingAt(w, cue_last + 1);
  if (!p) {
    // "according to a 2014 study", "according to a publishing executive
    // familiar with the talks": only a source stands here, up to the clause break.
    size_t last = cue_last + 1;
    while (last + 1 < w.size() && last < cue_last + 12 && !w.IsPunct(last + 1, ',') && !IsEndPunct(w, last + 1) &&
           !w.IsPunct(last + 1, ':') && !w.IsPunct(last + 1, ';') && !IsRelativePronoun(w.low(last + 1)))
      ++last;
    if (last >= w.size() || !w.tok(last).Is(kWord) || IsFunctionWord(w.low(last))) return;
    p = Phrase{cue_last + 1, last, false};
  }
  auto speakers = sources_.ResolveAny(w, *p, si);
  if (speakers.empty() && !p->pronoun) return;
  // The author speaks through the document: "according to a tally by the AP".
  std::vector<std::string> via;
  if (auto author = DocumentAuthor(w, p->first, p->last + 1); author && !p->pronoun) {
    if (auto authors = sources_.ResolveAny(w, *author, si); !authors.empty()) {
      via = std::move(speakers);
      speakers = std::move(authors);
    }
  }
  Range cue{w.tok(i).begin, w.tok(cue_last).end};
  Range content;
  size_t after = p->last + 1;
  while (after < w.size() && !w.IsPunct(after, ',') && !IsEndPunct(w, after)) ++after;
  if (i == 0 || (i == 1 && (w.Is(0, "but") || w.Is(0, "and")))) {
    content = ContentAfter(w, after, si);
  } else {
    size_t stop = i;
    if (stop > 0 && w.IsPunct(stop - 1, ',')) --stop;
    Range before = ContentBefore(w, stop, si);
    Range rest = IsEndPunct(w, after) ? Range{} : ContentAfter(w, after, si);
    content = before;
    if (rest.size() > before.size()) content = rest;
    // "X, according to Y, is Z": the claim is the whole sentence around Y.
    if (rest.size() > 0 && before.size() > 0) content = TrimEnd({before.begin, rest.end});
  }
  if (speakers.empty()) {
    covered_[si] = 1;
    return;
  }
  std::string_view cue_text = text_.substr(cue.begin, cue.size());
  ClaimDraft* d =
      Emit(si, cue, rule == "according-to" ? "according to" : cue_text, content, std::move(speakers), std::string(rule), 0.9);
  if (d && !via.empty()) d->attribution.via = std::move(via);
}

std::vector<ClaimDraft> FindAttributions(std::string_view text, const std::vector<Sentence>& sentences,
                                         const std::vector<std::vector<Token>>& tokens, const SentenceWords& words,
                                         const QuoteMap& quotes, SourceResolver& sources) {
  return AttributionFinder(text, sentences, tokens, words, quotes, sources).Run();
}

}  // namespace claimkb::extract
