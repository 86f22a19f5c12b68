#include "core/extract/attribution.h"

#include <algorithm>
#include <optional>

#include "core/extract/cues.h"
#include "core/extract/quotes.h"
#include "core/extract/sources.h"

namespace claimkb::extract {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxContentBytes = 4096;

// Verbs that carry a document without speaking for it: "The letter includes a
// map from a UN study that shows ...": the study speaks, via the letter.
bool IsCarryingVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "attached", "attaches", "cited", "cites", "contained", "contains", "featured", "features",
      "included", "includes", "quoted", "quotes", "referenced", "references", "reproduced", "reproduces"};
  return std::binary_search(std::begin(kVerbs), std::end(kVerbs), w);
}

// Prepositions a source phrase already spans ("the head of the agency").
bool IsInnerPrepositionWord(std::string_view w) {
  return w == "of" || w == "for" || w == "at" || w == "from" || w == "with" || w == "in";
}

bool IsPassiveAux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "be" || w == "being" || w == "is" || w == "are";
}

bool IsPreposition(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "before" || w == "last" ||
         w == "this" || w == "earlier" || w == "later" || w == "late" || w == "early" || w == "from" || w == "to";
}

bool IsEndPunct(const Words& w, size_t i) {
  return i >= w.size() || w.IsPunct(i, '.') || w.IsPunct(i, '!') || w.IsPunct(i, '?');
}

class Finder {
 public:
  Finder(std::string_view text, const std::vector<Sentence>& sentences,
         const std::vector<std::vector<Token>>& tokens, SourceResolver& sources)
      : text_(text), sentences_(sentences), tokens_(tokens), actors_(sources.actors()), quotes_(text), sources_(sources) {}

  std::vector<ClaimDraft> Run() {
    covered_.assign(sentences_.size(), 0);
    for (size_t si = 0; si < sentences_.size(); ++si) ScanSentence(si);
    auto by_sentence = [](const ClaimDraft& a, const ClaimDraft& b) { return a.first_sentence < b.first_sentence; };
    std::stable_sort(out_.begin(), out_.end(), by_sentence);
    ContinuedQuotes();
    std::stable_sort(out_.begin(), out_.end(), by_sentence);
    Relays();
    AuthorVoice();
    std::stable_sort(out_.begin(), out_.end(), [](const ClaimDraft& a, const ClaimDraft& b) {
      return a.content.begin < b.content.begin;
    });
    return std::move(out_);
  }

 private:
  // A closing quote mark; a straight one closes when its quote (found per
  // paragraph, so across sentence breaks) ends with it.
  bool CloseQuote(const Token& t) const {
    if (t.text != "\"") return t.Is(kCloseQuote);
    const Range* q = quotes_.At(t.begin);
    return q && q->end == t.end;
  }
  bool OpenQuote(const Token& t) const {
    if (t.text != "\"") return t.Is(kOpenQuote);
    const Range* q = quotes_.At(t.begin);
    return q && q->begin == t.begin;
  }

  // --- content spans -------------------------------------------------------

  // The sentence index holding byte pos (the last one for a pos past the end).
  size_t SentenceAt(size_t pos, size_t from) const {
    auto it = std::upper_bound(sentences_.begin() + static_cast<std::ptrdiff_t>(from), sentences_.end(), pos,
                               [](size_t p, const extract::Sentence& s) { return p < s.end; });
    if (it == sentences_.end()) return sentences_.size() - 1;
    return static_cast<size_t>(it - sentences_.begin());
  }

  // Marks the sentences a claim's cue and content touch as attributed.
  void Cover(const ClaimDraft& d) {
    size_t a = SentenceAt(std::min(d.content.begin, d.cue.size() ? d.cue.begin : d.content.begin), 0);
    size_t b = SentenceAt(std::max(d.content.end, d.cue.end) - 1, a);
    for (size_t k = a; k <= b && k < covered_.size(); ++k) covered_[k] = 1;
  }

  Range TrimEnd(Range r) const {
    while (r.end > r.begin) {
      char c = text_[r.end - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == ' ' || c == '\n') --r.end;
      else break;
    }
    return r;
  }

  // Content from token j to the end of its clause, or the quote opening there.
  Range ContentAfter(const Words& w, size_t j, size_t si) const {
    while (j < w.size() && (w.IsPunct(j, ',') || w.IsPunct(j, ':') || w.Is(j, "\xE2\x80\x94"))) ++j;
    if (j >= w.size() || IsEndPunct(w, j)) return {};
    const Token& t = w.tok(j);
    if (OpenQuote(t)) {
      if (const Range* q = quotes_.At(t.begin)) return *q;
    }
    size_t end = j;
    for (size_t k = j; k < w.size(); ++k) {
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
            (next == "but" || next == "while" || next == "although" || next == "though" || next == "whereas")) {
          bool own_cue = false;
          for (size_t m = k + 2; m < w.size() && !own_cue && w.tok(m).begin - w.tok(k).begin <= kMaxContentBytes; ++m)
            own_cue = !quotes_.Inside(w.tok(m).begin) && LookupCue(w.low(m)).has_value();
          if (own_cue) break;
        }
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

  // Content from the sentence start (or the start of a quote it continues)
  // up to token `stop` (exclusive): "CONTENT, SOURCE CUE".
  Range ContentBefore(const Words& w, size_t stop, size_t si) const {
    if (stop == 0) return {};
    size_t begin = w.tok(0).begin;
    if (const Range* q = quotes_.At(begin); q && q->begin < begin) begin = q->begin;
    Range r = TrimEnd({begin, w.tok(stop - 1).end});
    return r.size() >= 3 ? r : Range{};
  }

  // --- emission --------------------------------------------------------------

  ClaimDraft* Emit(size_t si, Range cue, std::string_view cue_text, Range content, std::vector<std::string> speakers,
                   std::string rule, double confidence) {
    if (content.size() < 3 || text_.substr(content.begin, content.size()).find(' ') == std::string_view::npos)
      return nullptr;
    // Longer than any real claim: a run-on "sentence" (a list, a table, junk) whose
    // every cue would otherwise claim its whole remainder, quadratic in its length.
    if (content.size() > kMaxContentBytes) return nullptr;
    for (const auto& d : out_)
      if (d.content.begin == content.begin && d.content.end == content.end && d.attribution.speakers == speakers)
        return nullptr;
    ClaimDraft d;
    d.content = content;
    d.cue = cue;
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
    out_.push_back(std::move(d));
    return &out_.back();
  }

  // --- patterns --------------------------------------------------------------

  // A headline or caption: words mostly capitalised and no closing punctuation.
  static bool IsHeadline(const Words& w) {
    if (w.size() < 3 || IsEndPunct(w, w.size() - 1) || w.tok(w.size() - 1).Is(kCloseQuote)) return false;
    size_t words = 0, caps = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      if (!w.tok(i).Is(kWord) || w.tok(i).Is(kNumber)) continue;
      ++words;
      if (w.tok(i).Is(kCapitalized) || w.low(i).size() <= 3) ++caps;
    }
    return caps * 10 >= words * 8;
  }

  // "PENCE: Well, look, ..." -- a transcript's speaker label opens the paragraph.
  // In a headline a capitalised name will do: "Pence: Trump Was Mocking Clinton Camp".
  void SpeakerLabel(const Words& w, size_t si, bool headline) {
    if (si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph) return;
    size_t colon = 0;
    while (colon < w.size() && colon < 4 && !w.IsPunct(colon, ':')) ++colon;
    if (colon == 0 || colon >= w.size() || !w.IsPunct(colon, ':') || colon + 1 >= w.size()) return;
    static constexpr std::string_view kLabels[] = {"analysis", "breaking", "correction", "disclosure", "editor",
                                                   "exclusive", "factbox", "live", "note", "opinion", "photo",
                                                   "photos", "q", "read", "related", "report", "source", "update",
                                                   "video", "watch"};
    for (size_t i = 0; i < colon; ++i) {
      bool caps = w.tok(i).Is(kAllCaps) || (headline && w.tok(i).Is(kCapitalized) && w.tok(i).Is(kWord));
      if (!caps && !w.tok(i).Is(kPunct)) return;
      if (std::find(std::begin(kLabels), std::end(kLabels), w.low(i)) != std::end(kLabels)) return;
    }
    auto speakers = sources_.Resolve(w, Phrase{0, colon - 1, false}, si);
    if (speakers.empty()) return;
    size_t end = sentences_[si].end;
    for (size_t k = si + 1; !headline && k < sentences_.size() && sentences_[k].paragraph == sentences_[si].paragraph; ++k)
      end = sentences_[k].end;
    Emit(si, {w.tok(colon).begin, w.tok(colon).end}, ":", TrimEnd({w.tok(colon + 1).begin, end}), std::move(speakers),
         "speaker-label", 0.8);
  }

  static bool IsPluralPhrase(const Words& w, const Phrase& p) {
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

  static bool IsDash(std::string_view t) {
    return t == "\xE2\x80\x95" || t == "\xE2\x80\x94" || t == "\xE2\x80\x93" || t == "--";
  }

  // “QUOTE.” ― Jane Roe: a quote signed with a dash and a name closing the sentence.
  void DashSignature(const Words& w, size_t si) {
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

  void ScanSentence(size_t si) {
    Words w(tokens_[si]);
    bool headline = IsHeadline(w);
    SpeakerLabel(w, si, headline);
    DashSignature(w, si);
    size_t first_claim = out_.size();
    for (size_t i = 0; i < w.size(); ++i) {
      const Token& t = w.tok(i);
      if (!t.Is(kWord) || quotes_.Inside(t.begin)) continue;
      if (w.Is(i, "according") && w.Is(i + 1, "to")) {
        AccordingTo(w, si, i);
        ++i;
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
  }

  void AccordingTo(const Words& w, size_t si, size_t i) {
    auto p = PhraseStartingAt(w, i + 2);
    if (!p) return;
    auto speakers = sources_.ResolveAny(w, *p, si);
    if (speakers.empty() && !p->pronoun) return;
    Range cue{w.tok(i).begin, w.tok(i + 1).end};
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
    Emit(si, cue, "according to", content, std::move(speakers), "according-to", 0.9);
  }

  // The speakers of the closest earlier claim in this sentence, if any.
  const ClaimDraft* EarlierClaim(size_t first_claim, size_t before) const {
    for (size_t k = out_.size(); k > first_claim; --k)
      if (out_[k - 1].cue.begin < before) return &out_[k - 1];
    return nullptr;
  }

  void VerbCue(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
    Range cue_range{w.tok(i).begin, w.tok(i).end};
    std::string_view cue_text = w.tok(i).text;
    double conf = cue.cls == CueClass::kAttitude || cue.cls == CueClass::kState ? 0.6
                  : cue.cls == CueClass::kCognition                            ? 0.7
                                                                               : 0.85;
    size_t next = i + 1;
    // "the attack", "a call", "his claims": a noun after a determiner.
    if (i > 0 && cue.form != CueForm::kPast) {
      std::string_view d = w.low(i - 1);
      if (d == "a" || d == "an" || d == "the" || d == "his" || d == "her" || d == "its" || d == "their" ||
          d == "our" || d == "my" || d == "your")
        return;
    }
    // "concludes with", "found by": not a report.
    if (w.Is(next, "with") || w.Is(next, "by")) return;
    // "people accused of fraud": a participle modifying a noun.
    if (cue.form != CueForm::kGerund &&
        ((cue.lemma == "accuse" && w.Is(next, "of")) || (cue.lemma == "charge" && w.Is(next, "with"))))
      return;
    // "police orders and", "the claims were": a plural noun, not a verb.
    if (cue.form == CueForm::kPresent &&
        (w.Is(next, "and") || w.Is(next, "or") || w.Is(next, "of") || w.Is(next, "from") || w.Is(next, "were") ||
         w.Is(next, "are") || w.Is(next, "have") || w.Is(next, "had") || w.Is(next, "is") || w.Is(next, "was")))
      return;
    // Verbs that report only with their particle: "pointed out", "referred
    // to", "spoke about"; "see", "view", "know" only in the present ("Democrats
    // see him as a threat"; "saw a rise" is no stance).
    std::string_view lemma = cue.lemma;
    if (lemma == "point" || lemma == "refer" || lemma == "talk" || lemma == "speak") {
      bool particle = lemma == "point"   ? w.Is(next, "out") || w.Is(next, "to")
                      : lemma == "refer" ? w.Is(next, "to")
                                         : w.Is(next, "about") || w.Is(next, "of");
      if (!particle || cue.form == CueForm::kGerund) return;
      if (w.Is(next, "out")) ++next;
    }
    if ((lemma == "see" || lemma == "view" || lemma == "know") &&
        (cue.form != CueForm::kPresent && cue.form != CueForm::kBase))
      return;
    // "continued:" reports; "continue to support", "continue in Darfur" do not.
    if (cue.lemma == "continue" &&
        !(w.IsPunct(next, ':') || w.IsPunct(next, ',') || w.Is(next, "that") ||
          (next < w.size() && OpenQuote(w.tok(next)))))
      return;
    // "member states to counter": "state" reports only before its content.
    if (lemma == "state" && cue.form != CueForm::kPast && !(w.Is(next, "that") || w.IsPunct(next, ':'))) return;
    // "called into the show", "pushed through the bill": another verb.
    if ((cue.cls == CueClass::kAttitude || cue.cls == CueClass::kAccuse) &&
        (w.Is(next, "into") || w.Is(next, "through") || w.Is(next, "off") || w.Is(next, "up")))
      return;
    // "back down", "worried out loud": a phrasal verb is another verb.
    if (cue.cls == CueClass::kAttitude &&
        (w.Is(next, "down") || w.Is(next, "off") || w.Is(next, "away") || w.Is(next, "out") || w.Is(next, "up") ||
         w.Is(next, "back") || w.Is(next, "in") || w.Is(next, "into") || w.Is(next, "on") || w.Is(next, "from")))
      return;
    if (cue.cls == CueClass::kCommit) {
      bool ok = w.Is(next, "to") || w.Is(next, "talks") || w.Is(next, "negotiations") || w.Is(next, "dialogue");
      if (!ok) return;
    }
    // Skip auxiliaries, adverbs and times back to the source: "The Times on
    // Saturday wrote", "Sanders on Tuesday said".
    size_t k = i;
    while (k > 0) {
      if (IsSkippableAt(w, k - 1)) {
        --k;
      } else if (k >= 2 && IsTimeWord(w.low(k - 1)) && !w.tok(k - 1).Is(kNumber) &&
                 (w.Is(k - 2, "on") || w.Is(k - 2, "this") || w.Is(k - 2, "last") || w.Is(k - 2, "late") ||
                  w.Is(k - 2, "early") || w.Is(k - 2, "earlier"))) {
        k -= 2;
      } else {
        break;
      }
    }
    // Passive "it was reported", "he was told": no source here. But a state
    // of mind is no passive: "she is confident that", "they were worried about".
    bool state = cue.cls == CueClass::kState ||
                 ((cue.cls == CueClass::kAttitude || cue.cls == CueClass::kCognition) &&
                  (w.Is(next, "that") || w.Is(next, "about")));
    if (cue.cls == CueClass::kState && !(w.Is(next, "that") || w.Is(next, "about") || w.Is(next, "of"))) return;
    if (!state && k < i && IsPassiveAux(w.low(k)) && cue.form != CueForm::kGerund) return;
    if (!state && i > 0 && IsPassiveAux(w.low(i - 1)) && cue.form != CueForm::kGerund) return;

    // "Trump is demanding ...", "they have been calling for ...": a
    // progressive is a finite verb with its subject before it.
    bool progressive = false;
    for (size_t a = k; a < i && cue.form == CueForm::kGerund; ++a) progressive = progressive || IsPassiveAux(w.low(a));
    if (cue.form == CueForm::kGerund && !progressive) {
      Gerund(w, si, i, cue, first_claim);
      return;
    }

    std::optional<Phrase> source;
    std::string rule = "source-cue";
    bool relative = false;
    // "Paul Ryan (R-Wis.) said": the name before the parenthesis.
    if (k > 1 && w.IsPunct(k - 1, ')')) {
      size_t open = k - 1;
      while (open > 0 && !w.IsPunct(open, '(')) --open;
      if (open > 0 && k - 1 - open <= 8) k = open;
    }
    if (k > 0) {
      size_t last = k - 1;
      std::string_view lw = w.low(last);
      if (IsRelativePronoun(lw) && last > 0) {
        size_t ante = last - 1;
        if (w.IsPunct(ante, ',') && ante > 0) --ante;
        source = PhraseEndingAt(w, ante);
        relative = source.has_value();
        rule = "relative-source-cue";
      } else if (w.IsPunct(last, ',') && last > 0) {
        // "Smith, a spokesman for the agency, said": the name before the appositive.
        // The appositive may be long ("Jane Roe, president of the teachers'
        // union, said"); the source is the name before its opening comma.
        size_t open = last - 1;
        // The period of an abbreviation ("R-Ky.,") does not end the appositive.
        while (open > 0 && last - open < 40 && !w.IsPunct(open, ',') &&
               (!IsEndPunct(w, open) || w.IsPunct(open + 1, ',')))
          --open;
        if (open > 0 && w.IsPunct(open, ',')) {
          size_t before = open - 1;
          // "Tom Harlan (R-Ohio), a panel member, said": past the party tag too.
          if (w.IsPunct(before, ')')) {
            size_t paren = before;
            while (paren > 0 && before - paren < 8 && !w.IsPunct(paren, '(')) --paren;
            if (paren > 0 && w.IsPunct(paren, '(')) before = paren - 1;
          }
          source = PhraseEndingAt(w, before);
          if (source && !source->pronoun && !w.tok(source->last).Is(kCapitalized) &&
              !IsSpeakerNoun(w.low(source->last)))
            source.reset();
          // "A lawyer for the papers, David Kemp, said", "The city engineer, Jo
          // Kemp, told": after a description the appositive is the name.
          if (!source || (!source->pronoun && !w.tok(source->last).Is(kCapitalized))) {
            auto name = PhraseStartingAt(w, open + 1);
            if (name && !name->pronoun && name->last + 1 == last && w.tok(name->last).Is(kCapitalized))
              source = name;
          }
          // "Roxana Leon, 63, a voter, said", "Johnnie Wilson, of Springfield,
          // Va., said": past an age or a hometown to the name.
          auto hometown = [&](const Phrase& p) {
            return p.first > 0 && (w.Is(p.first - 1, "of") || w.Is(p.first - 1, "from"));
          };
          if (source && !source->pronoun && hometown(*source)) source.reset();
          for (size_t hops = 0, c = open; !source && hops < 3 && c > 1 && open - c < 12; ++hops) {
            size_t prev = c - 1;
            while (prev > 0 && !w.IsPunct(prev, ',') && !IsEndPunct(w, prev) && c - prev < 8) --prev;
            if (prev == 0 || !w.IsPunct(prev, ',')) break;
            auto cand = PhraseEndingAt(w, prev - 1);
            if (cand && !cand->pronoun && w.tok(cand->last).Is(kCapitalized) && !hometown(*cand)) source = cand;
            c = prev;
          }
          if (source) rule = "appositive-source-cue";
        }
      } else {
        source = PhraseEndingAt(w, last);
      }
    }

    if (!source && k > 0 && (w.Is(k - 1, "and") || w.Is(k - 1, "but")) && cue.form != CueForm::kBase &&
        (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell)) {
      Coordinated(w, si, i, cue, first_claim);
      return;
    }
    if (!source && k > 0 && k < w.size()) {
      // "A poll released Friday shows": no phrase ends before the cue, but a
      // speaker noun heads the words before it.
      if (auto head = SpeakerNounBefore(w, Phrase{k, k, false})) {
        if (!sources_.Resolve(w, *head, si).empty()) source = head;
      }
    }
    if (!source) {
      // "CONTENT, said Smith" / "“...,” said the official."
      bool after_break = i > 0 && (w.IsPunct(i - 1, ',') || CloseQuote(w.tok(i - 1)));
      if (!after_break || cue.form == CueForm::kBase) return;
      auto p = PhraseStartingAt(w, next);
      if (!p) return;
      auto speakers = sources_.Resolve(w, *p, si);
      if (speakers.empty()) {
        if (p->pronoun) covered_[si] = 1;
        return;
      }
      Emit(si, cue_range, cue_text, ContentBefore(w, i - 1 + (CloseQuote(w.tok(i - 1)) ? 1 : 0), si),
           std::move(speakers), "content-cue-source", 0.85);
      return;
    }

    // A bare base form needs a plural or pronoun subject: "officials say".
    // "what the campaign sees as": an object relative clause, whose gap is the content.
    if (source->first > 0 && w.Is(source->first - 1, "what") && cue.cls != CueClass::kSpeech &&
        cue.cls != CueClass::kTell)
      return;
    // A bare base form right after its subject agrees only with a plural
    // ("officials say"); after a singular noun it is no verb ("my bill add").
    // "Experts on water policy": the phrase after "on" is the topic, not the speaker.
    if (!source->pronoun && source->first > 0 && w.tok(source->first - 1).Is(kWord) &&
        !IsInnerPrepositionWord(w.low(source->first - 1))) {
      if (auto head = SpeakerNounBefore(w, *source)) source = head;
    }
    std::vector<std::string> speakers;
    if (!source->pronoun && (!(cue.form == CueForm::kBase && k == i) || IsPluralPhrase(w, *source)))
      speakers = sources_.Resolve(w, *source, si);
    if (speakers.empty() && !source->pronoun) {
      // "Experts on North Korea and arms control said": the speaker noun
      // heads a longer phrase whose tail names no one.
      if (auto head = SpeakerNounBefore(w, *source)) {
        speakers = sources_.Resolve(w, *head, si);
        if (!speakers.empty()) source = head;
      }
    }
    if (cue.form == CueForm::kBase && k == i && !source->pronoun && !IsPluralPhrase(w, *source)) return;
    if (source->pronoun) speakers = sources_.Resolve(w, *source, si);
    if (speakers.empty() && !source->pronoun && source->first == source->last && k == i &&
        cue.form != CueForm::kBase)
      speakers = sources_.ResolveBareName(w, source->first, si);  // "In response, Twitter said"
    if (speakers.empty()) {
      if (source->pronoun) covered_[si] = 1;
      return;
    }

    Range content;
    size_t j = next;
    // Stances and intentions take what follows them ("wants the party to
    // ...", "declined to comment"), never the clause before.
    if (cue.cls == CueClass::kAttitude || cue.cls == CueClass::kCommit) {
      content = ContentAfter(w, next, si);
      if (content.size() == 0) return;
      ClaimDraft* d = Emit(si, cue_range, cue_text, content, std::move(speakers), rule, conf);
      if (d && relative) d->attribution.via = CarriedBy(w, si, source->first);
      return;
    }
    if (cue.cls == CueClass::kTell) j = SkipListener(w, j);
    size_t after = SkipCircumstances(w, j);
    // "says at a stop in Toledo, Ohio, that ...": a place after the circumstance.
    if (after > j && w.IsPunct(after, ',')) {
      for (size_t t = after + 1; t < w.size() && t <= after + 6 && !IsEndPunct(w, t); ++t) {
        if (w.Is(t, "that")) {
          if (w.IsPunct(t - 1, ',')) after = t;
          break;
        }
        if (!w.tok(t).Is(kWord) && !w.IsPunct(t, ',')) break;
      }
    }
    // "“...,” Smith said Friday as he entered the talks": the clause after
    // the cue is its circumstance, the content stands before the source.
    std::string_view al = after < w.size() ? w.low(after) : std::string_view();
    bool subordinate = after > next && (al == "as" || al == "when" || al == "while" || al == "after" || al == "before");
    // "“...,” he said, but “...”": the quote resumes after the cue.
    size_t resume = after + 1;
    if (w.Is(resume, "but") || w.Is(resume, "and")) ++resume;
    bool requote = w.IsPunct(after, ',') && resume < w.size() && OpenQuote(w.tok(resume));
    bool bare = IsEndPunct(w, after) || subordinate || (w.IsPunct(after, ',') && !requote);
    // "“...,” Smith said after the vote": a quote closing right before the
    // source is the content, whatever circumstance follows the cue.
    if (!bare && source->first > 0 && CloseQuote(w.tok(source->first - 1)) && !w.Is(after, "that") &&
        !w.IsPunct(after, ':') && !(after < w.size() && OpenQuote(w.tok(after))) && cue.cls != CueClass::kAccuse &&
        w.tok(source->first).begin - w.tok(0).begin <= kMaxContentBytes &&
        quotes_.QuotedShare(ContentBefore(w, source->first, si)) >= 0.6)
      bare = true;
    if (requote && source->first > 0 && CloseQuote(w.tok(source->first - 1))) {
      // "“Every time you say that,” Smith said, “you lose votes.”": one quote, split by its cue.
      Range first = ContentBefore(w, source->first, si);
      const Range* second = quotes_.At(w.tok(resume).begin);
      if (first.size() == 0 || !second) return;
      content = {first.begin, second->end};
      rule = "quote-source-cue-quote";
    } else if (w.IsPunct(after, ',') && source->first == 1 && w.Is(0, "as")) {
      // "As Clinton told the Daily News, CONTENT".
      content = ContentAfter(w, after, si);
      rule = "as-source-cue";
    } else if (w.Is(after, "that")) {
      content = ContentAfter(w, after, si);
    } else if (bare && source->first > 0 &&
               (w.IsPunct(source->first - 1, ',') || CloseQuote(w.tok(source->first - 1)))) {
      size_t stop = source->first - 1;
      if (CloseQuote(w.tok(stop))) ++stop;
      content = ContentBefore(w, stop, si);
      // "which, Smith said, is full": the claim runs on after the aside.
      if (w.IsPunct(after, ',') && !IsEndPunct(w, after + 1) && content.size() > 0 && !quotes_.Inside(content.begin))
        content = TrimEnd({content.begin, sentences_[si].end});
      rule = "content-source-cue";
    } else if (bare) {
      // “We will win.” Smith said. -- the quote stands in the sentence before.
      if (source->first > 1 || si == 0 || sentences_[si - 1].paragraph != sentences_[si].paragraph) return;
      if (quotes_.QuotedShare(sentences_[si - 1]) < 0.8) return;
      content = TrimEnd(sentences_[si - 1]);
      rule = "quote-source-cue";
    } else if (cue.cls == CueClass::kTell || cue.cls == CueClass::kAccuse || cue.cls == CueClass::kCommit) {
      content = ContentAfter(w, j, si);
    } else {
      if (cue.cls == CueClass::kEvidential) {
        // Evidence verbs speak only for studies, polls and data: "a study shows 87%".
        std::string_view head = w.low(source->last);
        if (!IsDocumentNoun(head) && !relative) return;
      }
      content = ContentAfter(w, after < w.size() && (w.IsPunct(after, ':') || w.IsPunct(after, ',')) ? after : next, si);
    }
    if (content.size() == 0) return;
    ClaimDraft* d = Emit(si, cue_range, cue_text, content, std::move(speakers), rule, conf);
    if (d && relative) d->attribution.via = CarriedBy(w, si, source->first);
  }

  // The phrase headed by a speaker noun that a prepositional or participle
  // tail ending at p.last hangs from: "experts on North Korea", "a poll
  // released Friday".
  static std::optional<Phrase> SpeakerNounBefore(const Words& w, const Phrase& p) {
    size_t floor = p.first > 8 ? p.first - 8 : 0;
    for (size_t k = p.first; k-- > floor;) {
      const Token& t = w.tok(k);
      if (!t.Is(kWord)) return std::nullopt;
      std::string_view l = w.low(k);
      if (IsSpeakerNoun(l) && k + 1 <= p.first && k + 1 < w.size()) {
        std::string_view prep = w.low(k + 1);
        bool participle = prep.size() > 4 && (prep.ends_with("ed") || prep.ends_with("en"));  // "a poll released Friday"
        if (prep != "on" && prep != "of" && prep != "for" && prep != "to" && prep != "at" && prep != "from" &&
            prep != "in" && prep != "with" && prep != "by" && prep != "close" && !participle)
          return std::nullopt;
        return PhraseEndingAt(w, k);
      }
      if (LookupCue(l) || IsSubjectPronoun(l) || IsRelativePronoun(l)) return std::nullopt;
    }
    return std::nullopt;
  }

  // "Cruz urged Republicans to vote and said he was standing on principle":
  // the second verb's subject is the first's, the speaker of the claim just
  // found in this sentence or the phrase that opens it.
  void Coordinated(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
    std::vector<std::string> speakers;
    if (const ClaimDraft* outer = EarlierClaim(first_claim, w.tok(i).begin)) {
      if (outer->content.end <= w.tok(i).begin) speakers = outer->attribution.speakers;
    } else if (auto p = PhraseStartingAt(w, 0); p && p->last + 1 < i) {
      // The phrase must be the subject, a verb right after it: "Obama met
      // survivors and said", "The firm keeps its books secret but says".
      auto verb_after = [&](size_t end) {
        const Token& verb = w.tok(end + 1);
        std::string_view vl = w.low(end + 1);
        return verb.Is(kWord) && !verb.Is(kCapitalized) && !(IsFunctionWord(vl) && !IsSkippable(vl)) &&
               !IsDeterminer(vl);
      };
      size_t end = p->last;
      while (end > p->first && !verb_after(end)) --end;
      if (!verb_after(end)) return;
      p->last = end;
      speakers = sources_.Resolve(w, *p, si);
    }
    if (speakers.empty()) return;
    size_t j = i + 1;
    if (cue.cls == CueClass::kTell) j = SkipListener(w, j);
    j = SkipCircumstances(w, j);
    Range content = ContentAfter(w, j, si);
    if (content.size() == 0) return;
    Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), "coordinated-cue", 0.75);
  }

  // Skips the listener of a telling verb: "told reporters", "told him", "assured us".
  // "warned Pyongyang to refrain", "told his aides to wait": before an
  // infinitive the listener is part of what was said.
  // A short quote after the listener is a show's title: "told MSNBC's
  // “Morning Joe” that ...".
  size_t SkipListener(const Words& w, size_t j) const {
    std::string_view l = w.low(j);
    size_t end = j;
    if (l == "me" || l == "him" || l == "her" || l == "us" || l == "them" || l == "you") end = j + 1;
    else if (auto listener = PhraseStartingAt(w, j)) end = listener->last + 1;
    if (end > j && end < w.size() && OpenQuote(w.tok(end))) {
      const Range* q = quotes_.At(w.tok(end).begin);
      size_t after = end;
      while (q && after < w.size() && w.tok(after).begin < q->end) ++after;
      if (q && q->size() < 40 && (w.Is(after, "that") || w.Is(after, "on") || w.Is(after, "in"))) end = after;
    }
    return w.Is(end, "to") ? j : end;
  }

  // Skips the circumstances after a cue ("in a statement", "on CNN's show",
  // "Monday", "last week"); returns the first token after them.
  static size_t SkipCircumstances(const Words& w, size_t j) {
    while (j < w.size() && (IsPreposition(w.low(j)) || IsTimeWord(w.low(j)))) {
      // "this weekend", "last week": a time, not a phrase to skip over.
      if (IsTimeWord(w.low(j)) || (j + 1 < w.size() && IsTimeWord(w.low(j + 1)))) {
        j += IsTimeWord(w.low(j)) ? 1 : 2;
        continue;
      }
      ++j;
      // Quote marks inside circumstances are titles: on CNN's "State of the Union".
      while (j < w.size() && !w.Is(j, "that") && !IsEndPunct(w, j) && !w.IsPunct(j, ',') && !w.IsPunct(j, ':') &&
             !LookupCue(w.low(j)) && !IsPreposition(w.low(j)))
        ++j;
    }
    return j;
  }

  // The actor that carries a source named at token `source_first`: the
  // subject of a carrying verb earlier in the same clause.
  std::vector<std::string> CarriedBy(const Words& w, size_t si, size_t source_first) {
    for (size_t k = source_first; k-- > 0;) {
      if (w.tok(k).Is(kPunct)) break;
      if (!IsCarryingVerb(w.low(k))) continue;
      size_t last = k;
      while (last > 0 && IsSkippableAt(w, last - 1)) --last;
      if (last == 0) break;
      if (auto p = PhraseEndingAt(w, last - 1)) return sources_.Resolve(w, *p, si);
      break;
    }
    return {};
  }

  // "..., saying that", "offering talks": the subject of the clause speaks.
  void Gerund(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
    if (cue.cls != CueClass::kSpeech && cue.cls != CueClass::kCommit && cue.cls != CueClass::kTell &&
        cue.cls != CueClass::kAccuse)
      return;
    // "reporting", "recalling" as nouns after a determiner are no cues.
    if (i > 0 && IsDeterminer(w.low(i - 1))) return;
    std::vector<std::string> speakers;
    std::string rule = "gerund";
    if (i >= 2 && w.Is(i - 2, "with")) {
      // "with Maduro offering to ...": the absolute construction names the speaker.
      if (auto p = PhraseEndingAt(w, i - 1)) speakers = sources_.Resolve(w, *p, si);
    }
    if (speakers.empty()) {
      const ClaimDraft* outer = EarlierClaim(first_claim, w.tok(i).begin);
      if (outer && outer->content.Contains(w.tok(i).begin)) {
        // Inside a reported clause: its own subject speaks ("... confirmed that
        // Maduro sent a letter offering talks").
        size_t start = 0;
        while (start < w.size() && w.tok(start).begin < outer->content.begin) ++start;
        if (w.Is(start, "that")) ++start;
        if (auto p = PhraseStartingAt(w, start)) speakers = sources_.Resolve(w, *p, si);
        rule = "gerund-embedded";
      } else if (outer) {
        speakers = outer->attribution.speakers;
        rule = "gerund-continued";
      } else {
        auto p = PhraseStartingAt(w, 0);
        if (!p || p->last + 1 >= i) {
          for (size_t c = 0; c < i; ++c)
            if (w.IsPunct(c, ',')) {
              p = PhraseStartingAt(w, c + 1);
              break;
            }
        }
        if (p && p->last + 1 < i) speakers = sources_.Resolve(w, *p, si);
      }
    }
    if (speakers.empty()) return;
    size_t j = i + 1;
    if (cue.cls == CueClass::kTell) j = SkipListener(w, j);
    Range content = ContentAfter(w, j, si);
    if (content.size() == 0) return;
    Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), rule, 0.6);
  }

  // --- document-level passes ------------------------------------------------

  bool Covered(size_t si) const { return covered_[si] != 0; }

  // A sentence that is all quote, with no cue, right after an attributed
  // quote continues it (into the next paragraph too when the quote was left
  // open, the news convention): the claim's span grows over it.
  void ContinuedQuotes() {
    size_t n = out_.size();
    for (size_t si = 0; si < sentences_.size(); ++si) {
      const extract::Sentence& s = sentences_[si];
      if (Covered(si) || quotes_.QuotedShare(s) < 0.8) continue;
      size_t best = kNone, best_dist = kNone;
      // Claims are in sentence order: look only at those a few sentences away.
      auto lo = std::lower_bound(out_.begin(), out_.begin() + static_cast<std::ptrdiff_t>(n), si > 8 ? si - 8 : 0,
                                 [](const ClaimDraft& d, size_t v) { return d.first_sentence < v; });
      for (size_t k = static_cast<size_t>(lo - out_.begin()); k < n && out_[k].first_sentence <= si + 8; ++k) {
        const ClaimDraft& d = out_[k];
        if (d.attribution.kind == model::AttributionKind::kIndirect || d.attribution.speakers.empty()) continue;
        size_t ds = SentenceAt(d.cue.begin, 0);
        bool same_para = sentences_[ds].paragraph == s.paragraph;
        bool prev_para = sentences_[ds].paragraph + 1 == s.paragraph && ds < si;
        if (!same_para && !prev_para) continue;
        size_t dist = ds > si ? ds - si : si - ds;
        if (!same_para) dist += 10;
        if (dist < best_dist) best = k, best_dist = dist;
      }
      if (best == kNone) continue;
      ClaimDraft& b = out_[best];
      // The next sentence of the same quote, also when an unclosed quote runs
      // on into the next paragraph (the news convention): one claim, one span.
      bool runs_on = si > 0 && (sentences_[si - 1].paragraph == s.paragraph ||
                                (quotes_.At(sentences_[si - 1].end - 1) &&
                                 quotes_.At(sentences_[si - 1].end - 1)->end == sentences_[si - 1].end &&
                                 !tokens_[si - 1].empty() && !CloseQuote(tokens_[si - 1].back())));
      if (si > 0 && b.sentence.end <= s.begin && b.sentence.end >= sentences_[si - 1].begin && runs_on) {
        b.content.end = TrimEnd(s).end;
        b.sentence.end = s.end;
        covered_[si] = 1;
        b.rule += "+continued";
        continue;
      }
      // Further off, a quote with no cue of its own is not reliably anyone's
      // (transcripts, reader comments, a second speaker's quote): leave it.
    }
  }

  // A claim reported inside another claim's content was relayed by that
  // claim's speakers: innermost first, then their own chain.
  void Relays() {
    for (auto& inner : out_) {
      if (!inner.attribution.via.empty()) continue;
      const ClaimDraft* outer = nullptr;
      auto lo = std::lower_bound(out_.begin(), out_.end(), inner.first_sentence > 4 ? inner.first_sentence - 4 : 0,
                                 [](const ClaimDraft& d, size_t v) { return d.first_sentence < v; });
      for (auto it = lo; it != out_.end() && it->first_sentence <= inner.first_sentence; ++it) {
        const ClaimDraft& o = *it;
        if (&o == &inner || o.attribution.speakers.empty()) continue;
        if (o.content.begin <= inner.cue.begin && inner.cue.end <= o.content.end &&
            o.content.begin <= inner.content.begin && inner.content.end <= o.content.end + 1 &&
            (!outer || o.content.size() < outer->content.size()))
          outer = &o;
      }
      if (!outer) continue;
      std::vector<std::string> via = outer->attribution.speakers;
      via.insert(via.end(), outer->attribution.via.begin(), outer->attribution.via.end());
      for (const auto& s : inner.attribution.speakers) via.erase(std::remove(via.begin(), via.end(), s), via.end());
      if (via.empty()) {
        // "Smith said she believes X": one claim by Smith, already recorded.
        inner.attribution.speakers.clear();
        continue;
      }
      inner.attribution.via = std::move(via);
      inner.rule += "+relayed";
    }
    out_.erase(std::remove_if(out_.begin(), out_.end(), [](const ClaimDraft& d) { return d.attribution.speakers.empty(); }),
               out_.end());
  }

  void AuthorVoice() {
    std::string author = actors_.actors()[actors_.AuthorActor()].id;
    for (size_t si = 0; si < sentences_.size(); ++si) {
      if (Covered(si)) continue;
      ClaimDraft d;
      d.content = TrimEnd(sentences_[si]);
      if (d.content.size() == 0) d.content = sentences_[si];
      d.sentence = sentences_[si];
      d.first_sentence = si;
      d.attribution.kind = model::AttributionKind::kAuthor;
      d.attribution.speakers = {author};
      d.rule = "author-voice";
      d.confidence = 0.5;
      out_.push_back(std::move(d));
    }
  }

  std::string_view text_;
  const std::vector<extract::Sentence>& sentences_;
  const std::vector<std::vector<Token>>& tokens_;
  ActorTable& actors_;
  QuoteMap quotes_;
  SourceResolver& sources_;
  std::vector<ClaimDraft> out_;
  std::vector<char> covered_;  // per sentence: some attribution's cue or content lies in it
};

}  // namespace

std::vector<ClaimDraft> FindAttributions(std::string_view text, const std::vector<Sentence>& sentences,
                                         const std::vector<std::vector<Token>>& tokens, SourceResolver& sources) {
  return Finder(text, sentences, tokens, sources).Run();
}

}  // namespace claimkb::extract
