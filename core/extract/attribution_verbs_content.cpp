// The content of a verb cue once its source is known: the clause after it
// ("said that ..."), the quote or clause before it ("“...,” Smith said"),
// a quote split by its cue, and the listener and circumstances skipped on the way.
#include "core/extract/attribution_finder.h"
#include "core/extract/cue_object.h"
#include "core/extract/verb_words.h"

namespace claimkb::extract {

namespace {

// "“Who do they think they are?” Trump said of the company in February.",
// "The plan failed, Lee said about the vote.": the topic of a verb of saying,
// from token j ("of", "about") to the sentence end, with no clause, quote or
// comma of its own (or up to a comma, with `to_comma`); the content stands
// before the cue.
bool TopicTail(const Words& w, size_t j, const Cue& cue, bool to_comma = false) {
  if (!w.Is(j, "of") && !w.Is(j, "about")) return false;
  static constexpr std::string_view kSaying[] = {"add", "ask", "explain", "joke", "note", "quip",
                                                  "recall", "remark", "say", "tell", "tweet", "write"};
  if (std::find(std::begin(kSaying), std::end(kSaying), cue.lemma) == std::end(kSaying)) return false;
  for (size_t t = j + 1; t < w.size() && t <= j + 12; ++t) {
    if (IsEndPunct(w, t) || (to_comma && w.IsPunct(t, ','))) return t > j + 1;
    std::string_view l = w.low(t);
    if (!w.tok(t).Is(kWord) || l == "that" || l == "which" || l == "who" || IsClauseSubject(l) || IsAuxiliary(l))
      return false;
  }
  return false;
}

// "ABC's", "CNN’s": a word ending in a possessive.
bool IsPossessiveWord(std::string_view l) { return l.ends_with("'s") || l.ends_with("\xE2\x80\x99s"); }

// "as", "when", "while", "after", "before": a word opening a clause of time.
bool IsTimeSubordinator(std::string_view l) {
  return l == "as" || l == "when" || l == "while" || l == "after" || l == "before";
}

// "Speaking to students at Drexel this week, ...": a clause opening with a
// participle and holding no finite verb up to token `stop`.
bool IsParticipleOpener(const Words& w, size_t stop) {
  std::string_view first = w.low(0);
  if (stop < 2 || first.size() < 6 || !first.ends_with("ing")) return false;
  for (size_t k = 1; k < stop; ++k)
    if (IsAuxiliary(w.low(k)) || (w.low(k).ends_with("ed") && !w.tok(k).Is(kCapitalized)) ||
        !(w.tok(k).Is(kWord) || w.IsPunct(k, ',') || w.IsPunct(k, '.')))
      return false;
  return true;
}

// "Bell said, however, that the budget holds", "Lee said, for example, that",
// "Ripert said, she never expected it": a source opening its
// clause, its cue and a comma; the content follows the comma, past an
// adverb or a circumstance set off by commas. Returns the token the content
// starts at, or kNoIndex when the comma opens an aside of the speaker's own
// ("said, adding", "said, when asked", "said, accompanied by").
size_t ContentAfterCueComma(const Words& w, size_t comma) {
  size_t t = comma + 1;
  if (t >= w.size() || !w.tok(t).Is(kWord)) return kNoIndex;
  std::string_view f = w.low(t);
  if (IsDiscourseAdverb(f) && w.IsPunct(t + 1, ',')) {
    t += 2;
  } else if (IsPreposition(f) || IsTimeWord(f) || f == "with" || f == "without" || f == "for" || f == "among" ||
             f == "by" || f == "despite" || f == "amid") {
    size_t e = t;
    while (e < w.size() && e < t + 10 && w.tok(e).Is(kWord)) ++e;
    if (!w.IsPunct(e, ',')) return kNoIndex;
    t = e + 1;
  }
  if (w.Is(t, "that")) return t + 1;
  if (t >= w.size() || !w.tok(t).Is(kWord)) return kNoIndex;
  // The clause opens with its subject; "said, a point he likes to make",
  // "said, adding", "said, three days after" are asides.
  std::string_view l = w.low(t);
  bool subject = (IsSubjectPronoun(l) && l != "who" && l != "which") || l == "there" || l == "the" || l == "this" ||
                 l == "these" || l == "those" || l == "his" || l == "her" || l == "their" || l == "its" ||
                 l == "our" || l == "my" || l == "some" || l == "many" || l == "most" || l == "no" ||
                 (w.tok(t).Is(kCapitalized) && !LookupCue(l) && !IsPreposition(l));
  if (!subject) return kNoIndex;
  // A clause needs a verb before the sentence ends: "said, the senator" is an apposition.
  for (size_t e = t + 1; e < w.size() && !IsEndPunct(w, e); ++e)
    if (IsAuxiliary(w.low(e)) || (!w.tok(e).Is(kCapitalized) && w.tok(e).Is(kWord) && e > t &&
                                  (w.low(e).ends_with("ed") || w.low(e).ends_with("s"))))
      return t;
  return kNoIndex;
}

// Whether the source opens the sentence: nothing before it but "But", "And".
// ("To cut costs, the officials said, the utility ..." has content before it.)
bool OpensSentence(const Words& w, size_t first) {
  return first == 0 || (first == 1 && (w.Is(0, "but") || w.Is(0, "and") || w.Is(0, "so") || w.Is(0, "yet")));
}

// "Ann Roe, who covered the court for years, said ...", "Cruz, who argued
// cases before the court, will ...": a relative clause set off by commas
// ends at the comma before its antecedent's own verb; the content of a cue
// inside it stops there. Returns the token of that comma, or kNoIndex.
size_t RelativeClauseEnd(const Words& w, size_t from, const QuoteMap& quotes) {
  for (size_t t = from; t + 1 < w.size() && !IsEndPunct(w, t); ++t) {
    if (!w.IsPunct(t, ',')) continue;
    size_t v = t + 1;
    // "who called it “racially toxic,” portrayed ...": the comma closing a quote.
    if (quotes.Inside(w.tok(t).begin)) {
      const Range* q = quotes.At(w.tok(t).begin);
      if (!q || v >= w.size() || w.tok(v).end != q->end) continue;
      ++v;
    }
    // "..., nevertheless played down": a connective before the verb.
    while (v < w.size() && (IsSkippableAt(w, v) || IsDiscourseAdverb(w.low(v))) && !IsAuxiliary(w.low(v))) ++v;
    if (v >= w.size() || !w.tok(v).Is(kWord) || w.tok(v).Is(kCapitalized) || quotes.Inside(w.tok(v).begin)) continue;
    std::string_view l = w.low(v);
    auto cue = LookupCue(l);
    if (IsAuxiliary(l) || (cue && (cue->form == CueForm::kPast || cue->form == CueForm::kPresent)) ||
        (l.size() > 4 && l.ends_with("ed")))
      return t;
  }
  return kNoIndex;
}

// "Cruz, who argued a number of cases before the court": with a mere
// object and no clause or quote, a verb of saying in a relative clause
// reports an act ("who claimed responsibility", "who revealed his plan").
bool RelativeReportsAct(const Words& w, size_t next, const Cue& cue, Range content, const QuoteMap& quotes) {
  if (cue.cls != CueClass::kSpeech) return false;
  if (cue.lemma == "say" || cue.lemma == "tell" || cue.lemma == "add" || cue.lemma == "write") return false;
  if (quotes.FirstIn(content) || quotes.Inside(content.begin)) return false;
  return !ClauseFollows(w, next);
}

// "Residents who oppose the plan said ...": in a relative clause without
// commas a short object runs into the main verb of saying; the stance held
// in the clause states nothing of its own.
bool ObjectBeforeVerbCue(const Words& w, size_t next, const QuoteMap& quotes) {
  for (size_t t = next + 1; t < w.size() && t <= next + 6 && w.tok(t).Is(kWord); ++t) {
    if (quotes.Inside(w.tok(t).begin) || w.Is(t, "that") || IsAuxiliary(w.low(t))) return false;
    auto cue = LookupCue(w.low(t));
    if (cue && !w.tok(t).Is(kCapitalized) && (cue->cls == CueClass::kSpeech || cue->cls == CueClass::kTell) &&
        (cue->form == CueForm::kPast || (cue->form == CueForm::kPresent && (cue->lemma == "say" || cue->lemma == "tell"))))
      return !IsDeterminer(w.low(t - 1));
  }
  return false;
}

// "the divides he promised to bridge", "the plan on which Lee pledged to
// spend": a relative clause without "that" whose object is the gap the
// infinitive leaves; nothing is promised in it.
bool ObjectRelativeBefore(const Words& w, const Phrase& source) {
  if (source.first == 0 || !w.tok(source.first - 1).Is(kWord)) return false;
  std::string_view l = w.low(source.first - 1);
  if (IsRelativePronoun(l)) return l != "that";
  return source.pronoun && !w.tok(source.first - 1).Is(kCapitalized) && !w.tok(source.first - 1).Is(kNumber) &&
         !IsFunctionWord(l) && !IsAuxiliary(l) &&
         !IsPreposition(l) && !IsSkippable(l) && !IsTimeWord(l) && !LookupCue(l);
}

// "Lee promised to", "the union vowed to", "they pledged to": someone who
// can commit; "rising costs promise to swell the deficit" only forecasts.
bool CanCommit(const Words& w, const Phrase& source) {
  return source.pronoun || w.tok(source.last).Is(kCapitalized) || IsSpeakerNoun(w.low(source.last));
}

// "claims to have built", "claimed not to be", "admitted to having lied":
// an infinitive right after a verb of saying is what was said, no
// circumstance like "said to reporters". Only "claim" takes any verb there;
// the others only a form of "be" or "have".
bool InfinitiveIsContent(const Words& w, size_t j, const Cue& cue) {
  if (cue.cls != CueClass::kSpeech) return false;
  size_t to = NegatedTo(w, j);
  if (!w.Is(to, "to") || to + 1 >= w.size() || !w.tok(to + 1).Is(kWord) || w.tok(to + 1).Is(kCapitalized))
    return false;
  // "as rich as she claims to be.", "as rich as she claims to be can buy",
  // "as rich as she claims to be to buy": with no complement before the next
  // verb the infinitive is an ellipsis.
  if (to + 2 >= w.size() || w.tok(to + 2).Is(kPunct) || (IsAuxiliary(w.low(to + 2)) && !w.Is(to + 2, "been")))
    return false;
  std::string_view v = w.low(to + 1);
  if (v == "be" || v == "have" || v == "being" || v == "having") return !w.Is(to + 2, "to");
  return cue.lemma == "claim" && !IsDeterminer(v) && !IsFunctionWord(v) && !IsSpeakerNoun(v) &&
         !w.Is(to + 2, "that");
}

// "in a statement", "during a call on Tuesday": whether tokens [from, to) are a
// few words of circumstance with no verb, unlike "in a statement the plant closed".
bool CircumstanceOnly(const Words& w, size_t from, size_t to) {
  if (to <= from || to > from + 8 || to > w.size()) return false;
  for (size_t t = from; t < to; ++t) {
    std::string_view l = w.low(t);
    if (IsAuxiliary(l) || IsSubjectPronoun(l)) return false;
    if (t > from && l.ends_with("ed") && !IsDeterminer(w.low(t - 1)) && !IsPreposition(w.low(t - 1))) return false;
  }
  return true;
}

}  // namespace

bool VerblessPhrase(const Words& w, size_t j) {
  if (j >= w.size() || !(IsPreposition(w.low(j)) || IsInnerPrepositionWord(w.low(j)))) return false;
  // "to cut taxes" is an infinitive; "to the board", "to Reuters" a place the words went.
  if (w.Is(j, "to") && !(j + 1 < w.size() && (w.tok(j + 1).Is(kCapitalized) || IsDeterminer(w.low(j + 1)))))
    return false;
  size_t t = j + 1;
  for (; t < w.size() && w.tok(t).Is(kWord); ++t)
    if (IsAuxiliary(w.low(t)) || w.Is(t, "that")) return false;
  return IsEndPunct(w, t);
}

void AttributionFinder::VerbContent(const Words& w, size_t si, size_t i, size_t next, bool call_on, const Cue& cue,
                                    VerbSubject subject) {
  Range cue_range{w.tok(i).begin, w.tok(i).end};
  if (size_t first = i; PhrasalCueEnding(w, i, &first)) cue_range.begin = w.tok(first).begin;
  std::string_view cue_text = text_.substr(cue_range.begin, cue_range.size());
  double conf = cue.cls == CueClass::kAttitude || cue.cls == CueClass::kState ? 0.6
                : cue.cls == CueClass::kCognition                            ? 0.7
                                                                             : 0.85;
  const Phrase* source = &subject.phrase;
  std::vector<std::string>& speakers = subject.speakers;
  std::string& rule = subject.rule;
  bool relative = subject.relative;
  Range content;
  size_t j = next;
  // Stances and intentions take what follows them ("wants the party to
  // ...", "declined to comment"), never the clause before.
  if (cue.cls == CueClass::kAttitude || cue.cls == CueClass::kCommit) {
    if ((!IsEndPunct(w, next) && IsMereObject(w, next, cue)) ||
        (relative && ObjectBeforeVerbCue(w, next, quotes_)) ||
        (cue.cls == CueClass::kCommit && w.Is(NegatedTo(w, next), "to") &&
         (ObjectRelativeBefore(w, *source) || (!relative && !CanCommit(w, *source))))) {
      act_cue_ = w.tok(i).begin;
      act_speakers_ = std::move(speakers);
      return;
    }
    // "“We will not back down,” Ochoa vowed Tuesday.": the promise is the quote before.
    size_t after_times = SkipTimes(w, next);
    if (cue.cls == CueClass::kCommit && source->first > 0 && CloseQuote(w.tok(source->first - 1)) &&
        (IsEndPunct(w, after_times) || w.IsPunct(after_times, ',')))
      content = ContentBefore(w, source->first, si);
    else
      content = ContentAfter(w, next, si);
    // "CONTENT, the campaigns agree.": a stance closing the sentence takes the clause before.
    if (content.size() == 0 && cue.cls == CueClass::kAttitude && IsEndPunct(w, next) && source->first > 1 &&
        w.IsPunct(source->first - 1, ','))
      content = ContentBefore(w, source->first - 1, si);
    if (content.size() == 0) return;
    ClaimDraft* d = Emit(si, cue_range, cue_text, content, std::move(speakers), rule, conf);
    if (d && relative) d->attribution.via = CarriedBy(w, si, source->first);
    return;
  }
  // "the goals they claim for data collection": the object is the gap of a
  // relative clause, what follows the cue only its circumstance ("the op-ed
  // in which she called for" gaps the preposition instead).
  if (VerblessPhrase(w, next) && ObjectRelativeBefore(w, *source) &&
      !(source->first >= 2 && IsRelativePronoun(w.low(source->first - 1)) && IsFunctionWord(w.low(source->first - 2))))
    return;
  // "“Did you know?” Todd asked the senator.": after its quote a question's
  // listener is skipped like a telling verb's.
  bool quote_before = source->first > 0 ? CloseQuote(w.tok(source->first - 1))
                                        : si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph &&
                                              !tokens_[si - 1].empty() && CloseQuote(tokens_[si - 1].back());
  if (cue.cls == CueClass::kTell || (cue.lemma == "ask" && quote_before)) j = SkipListener(w, j);
  size_t after = call_on || InfinitiveIsContent(w, j, cue) ? j : SkipCircumstances(w, j);
  // "Sources told the newspaper, however, that ...", "Lee said, however, “...”":
  // an aside between the cue (or its listener) and the clause or quote.
  if (w.IsPunct(after, ',') && IsDiscourseAdverb(w.low(after + 1)) && w.IsPunct(after + 2, ',')) {
    if (w.Is(after + 3, "that")) after += 3;
    else if (after + 3 < w.size() && OpenQuote(w.tok(after + 3))) after += 2;
  }
  // "reacted angrily to the ruling, “...”": a manner adverb before the circumstance.
  if (!call_on && after == j && w.low(j).size() > 4 && w.low(j).ends_with("ly") && j + 1 < w.size() &&
      IsPreposition(w.low(j + 1)))
    if (size_t past = SkipCircumstances(w, j + 1); w.IsPunct(past, ',') || w.Is(past, "that")) after = past;
  // "says at a stop in Toledo, Ohio, that ...", "said, per a spokesman, that ...".
  if (!w.Is(after, "that") && (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell))
    if (size_t that = ThatAfterAside(w, j); that != kNoIndex) after = that;
  // "says of Clinton, “If she gets the chance ...”": the topic before the content.
  if (cue.cls == CueClass::kSpeech && w.Is(after, "of")) {
    size_t t = after + 1;
    while (t < w.size() && t <= after + 6 && w.tok(t).Is(kWord) && !quotes_.Inside(w.tok(t).begin)) ++t;
    if (t > after + 1 && w.IsPunct(t, ',') && t + 1 < w.size() &&
        (OpenQuote(w.tok(t + 1)) || w.Is(t + 1, "that")))
      after = t;
  }
  // "“A,” Tester said, referring to the excuse, “B.”": an aside between the
  // cue and the second half of the quote.
  if (source->first > 0 && CloseQuote(w.tok(source->first - 1)) && after < w.size() &&
      (w.IsPunct(after, ',') || w.Is(after, "of"))) {
    for (size_t t = after + 1; t < w.size() && t <= after + 16 && (w.tok(t).Is(kWord) || w.IsPunct(t, ',')); ++t) {
      if (quotes_.Inside(w.tok(t).begin)) break;
      if (w.IsPunct(t, ',') && t + 1 < w.size() && OpenQuote(w.tok(t + 1))) {
        after = t;
        break;
      }
    }
  }
  // "“...,” Smith said Friday as he entered the talks": the clause after
  // the cue is its circumstance, the content stands before the source.
  std::string_view al = after < w.size() ? w.low(after) : std::string_view();
  bool subordinate = after > next && IsTimeSubordinator(al);
  // "“...,” he said, but “...”": the quote resumes after the cue.
  size_t resume = after + 1;
  if (w.Is(resume, "but") || w.Is(resume, "and")) ++resume;
  bool requote = w.IsPunct(after, ',') && resume < w.size() && OpenQuote(w.tok(resume));
  // "CONTENT, Clinton allies believe — backers she will need": a dash closes the aside too.
  // "“...,” Lee said in a documentary that showed the plane": after a quote
  // and a circumstance, "that" and a verb open a relative clause.
  bool relative_that = after > next && w.Is(after, "that") && source->first > 0 &&
                       CloseQuote(w.tok(source->first - 1)) && after + 1 < w.size() && w.tok(after + 1).Is(kWord) &&
                       !w.tok(after + 1).Is(kCapitalized) &&
                       (IsAuxiliary(w.low(after + 1)) || w.low(after + 1).ends_with("ed"));
  bool bare = IsEndPunct(w, after) || subordinate || relative_that || (w.IsPunct(after, ',') && !requote) ||
              (after < w.size() && IsDash(w.tok(after).text)) || TopicTail(w, after, cue);
  // "“...,” Smith said after the vote": a quote closing right before the
  // source is the content, whatever circumstance follows the cue.
  if (!bare && source->first > 0 && CloseQuote(w.tok(source->first - 1)) && !w.Is(after, "that") &&
      !w.IsPunct(after, ':') && !(after < w.size() && OpenQuote(w.tok(after))) && cue.cls != CueClass::kAccuse &&
      w.tok(source->first).begin - w.tok(0).begin <= kMaxContentBytes &&
      quotes_.QuotedShare(ContentBefore(w, source->first, si)) >= 0.6)
    bare = true;
  // "“Why build here?” Roe said of the plan on Monday, when ...", "“We won!”
  // Lee said as he left": the quote closed the sentence before the source;
  // what follows the cue is only its circumstance.
  if (!bare && source->first == 0 && quote_before &&
      (IsTimeSubordinator(w.low(next)) || TopicTail(w, next, cue, true)) && cue.cls != CueClass::kAccuse &&
      quotes_.QuotedShare(sentences_[si - 1]) >= 0.8)
    bare = true;
  if (requote && source->first > 0 && CloseQuote(w.tok(source->first - 1))) {
    // "“Every time you say that,” Smith said, “you lose votes.”": one quote, split by its cue.
    Range first = ContentBefore(w, source->first, si);
    const Range* second = quotes_.At(w.tok(resume).begin);
    if (first.size() == 0 || !second) return;
    content = {first.begin, second->end};
    rule = "quote-source-cue-quote";
  } else if (requote && source->first >= 5 && w.IsPunct(source->first - 1, ',') && !quotes_.Inside(w.tok(0).begin) &&
             !IsPreposition(w.low(0)) && !IsTimeWord(w.low(0))) {
    // "The club's investment, Ms. Tanzer said, “is a perfect example” of ...":
    // the cue stands inside its content, which runs on past the quote.
    Range first = ContentBefore(w, source->first - 1, si);
    if (first.size() == 0) return;
    content = TrimEnd({first.begin, sentences_[si].end});
    rule = "content-source-cue-content";
  } else if (w.IsPunct(after, ',') && source->first >= 1 && w.Is(source->first - 1, "as") &&
             (source->first == 1 || w.IsPunct(source->first - 2, ','))) {
    // "As Clinton told the Daily News, CONTENT", "In 1980, as Smith reported in his book, CONTENT".
    content = ContentAfter(w, after, si);
    rule = "as-source-cue";
  } else if (w.Is(after, "that") && !relative_that) {
    content = ContentAfter(w, after, si);
  } else if (size_t start = w.IsPunct(after, ',') && !requote && !quotes_.Inside(w.tok(i).begin) &&
                            after == j && j == next && !quote_before && OpensSentence(w, source->first)
                                ? ContentAfterCueComma(w, after)
                                : kNoIndex;
             start != kNoIndex) {
    content = ContentAfter(w, start, si);
    rule = "source-cue-comma";
  } else if (bare && source->first >= 2 && w.Is(source->first - 1, "as") && w.IsPunct(source->first - 2, ',')) {
    // "..., as police have said.": the clause before the aside is the content.
    content = ContentBefore(w, source->first - 2, si);
    rule = "content-as-source-cue";
  } else if (bare && source->first > 0 &&
             (w.IsPunct(source->first - 1, ',') || CloseQuote(w.tok(source->first - 1)))) {
    size_t stop = source->first - 1;
    if (CloseQuote(w.tok(stop))) ++stop;
    content = ContentBefore(w, stop, si);
    // “Is that fair? Does that fly?” Smith asked. -- the quote closing the
    // sentence began in an earlier one.
    if (content.size() == 0 && stop == 1 && CloseQuote(w.tok(0)))
      if (const Range* q = quotes_.At(w.tok(0).begin); q && q->begin < w.tok(0).begin) content = *q;
    // "On Friday, CNN reported six planes filled the sky": the words before
    // the comma only set the scene, the claim follows the cue.
    if (after > next && SkipTimes(w, next) < after && !IsEndPunct(w, next) && !w.IsPunct(next, ',') &&
        source->first <= 6 && content.size() > 0 && !quotes_.Inside(content.begin) &&
        ((IsPreposition(w.low(0)) && !w.Is(0, "this")) || IsTimeWord(w.low(0)) ||
         (w.Is(0, "this") && IsTimeWord(w.low(1))))) {
      // "In the morning, Smith said in a statement.": only circumstances, no claim.
      if ((cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell) && !w.Is(j, "to") && IsEndPunct(w, after) &&
          CircumstanceOnly(w, j, after))
        return;
      content = ContentAfter(w, j, si);
      rule = "source-cue";
    }
    // "Speaking to students this week, Biden responded to ...": a participle
    // clause with no finite verb sets the scene; it is no claim.
    if (content.size() > 0 && !quotes_.Inside(content.begin) && !w.IsPunct(after, ',') &&
        IsParticipleOpener(w, source->first)) {
      if (IsEndPunct(w, next)) return;
      content = ContentAfter(w, j, si);
    }
    // "which, Smith said, is full": the claim runs on after the aside.
    if (w.IsPunct(after, ',') && !IsEndPunct(w, after + 1) && content.size() > 0 && !quotes_.Inside(content.begin))
      content = TrimEnd({content.begin, sentences_[si].end});
    rule = "content-source-cue";
  } else if (bare) {
    // “We will win.” Smith said. -- the quote stands in the sentence before.
    if (source->first > 1 || si == 0 || sentences_[si - 1].paragraph != sentences_[si].paragraph) return;
    if (quotes_.QuotedShare(sentences_[si - 1]) < 0.8) return;
    content = TrimEnd(sentences_[si - 1]);
    // “A. B.” Smith said. -- the whole quote, from its first sentence.
    if (const Range* q = quotes_.At(content.end - 1); q && q->begin < content.begin) content.begin = q->begin;
    rule = "quote-source-cue";
  } else if (cue.cls == CueClass::kTell || cue.cls == CueClass::kAccuse || cue.cls == CueClass::kCommit) {
    // "told his aides as he worked", "asks as a guard walks in": a time clause, no content.
    std::string_view first = w.low(j);
    if (first == "as" || first == "while") return;
    if (IsMereObject(w, j, cue)) {
      act_cue_ = w.tok(i).begin;
      act_speakers_ = std::move(speakers);
      return;
    }
    content = ContentAfter(w, j, si);
  } else {
    std::string_view first = w.low(next);
    // "shows as many as 30 percent": a quantity, not a time clause.
    bool quantity = w.Is(next + 2, "as") && (w.Is(next + 1, "many") || w.Is(next + 1, "much") ||
                                             w.Is(next + 1, "few") || w.Is(next + 1, "little"));
    if ((first == "as" && !quantity) || first == "while") return;
    // "did not show whether he had a gun": a question left open, no finding.
    if (cue.cls == CueClass::kEvidential && (first == "whether" || first == "if")) return;
    if (cue.cls == CueClass::kEvidential) {
      // Evidence verbs speak only for studies, polls and data: "a study shows 87%".
      std::string_view head = w.low(source->last);
      if (!IsEvidenceNoun(head) && !relative) return;
    }
    size_t from = after < w.size() && (w.IsPunct(after, ':') || w.IsPunct(after, ',')) ? after : next;
    // "said on Monday the bridge would reopen": the clause after the circumstance.
    bool verbless = after > next && after <= next + 12;
    for (size_t t = next; t < after && verbless; ++t) verbless = !IsAuxiliary(w.low(t));
    if (verbless && after < w.size() && !quotes_.Inside(w.tok(after).begin) &&
        (IsClauseSubject(w.low(after)) || w.Is(after, "the")) && ClauseFollows(w, after))
      from = after;
    size_t object = from;
    while (w.IsPunct(object, ',')) ++object;
    if (IsMereObject(w, object, cue)) {
      act_cue_ = w.tok(i).begin;
      act_speakers_ = std::move(speakers);
      return;
    }
    content = ContentAfter(w, from, si);
  }
  if (content.size() == 0) return;
  if (relative) {
    // "Cruz, who argued ...," and "Cruz, a lawyer who argued ...,": the clause is set off.
    if (w.IsPunct(source->last + 1, ',') || (source->first > 0 && w.IsPunct(source->first - 1, ',')))
      if (size_t end = RelativeClauseEnd(w, next, quotes_);
          end != kNoIndex && w.tok(end).begin > content.begin && w.tok(end).begin < content.end) {
        const Range* q = quotes_.At(w.tok(end).begin);
        content = TrimEnd({content.begin, q ? q->end : w.tok(end - 1).end});
      }
    if (RelativeReportsAct(w, next, cue, content, quotes_)) return;
  }
  ClaimDraft* d = Emit(si, cue_range, cue_text, content, std::move(speakers), rule, conf);
  if (d && relative) d->attribution.via = CarriedBy(w, si, source->first);
  if (d && !relative && source->last + 1 < i) {
    d->attribution.via = QuotedByAside(w, si, source->last + 1, i);
    if (!d->attribution.via.empty()) d->rule += "+quoted-by";
  }
}

size_t AttributionFinder::SkipListener(const Words& w, size_t j) const {
  // "warned that the party would split": "that" opens the content, never a listener.
  if (j >= w.size() || w.Is(j, "that")) return j;
  std::string_view l = w.low(j);
  size_t end = j;
  if (l == "me" || l == "him" || l == "her" || l == "us" || l == "them" || l == "you") end = j + 1;
  else if (auto listener = PhraseStartingAt(w, j)) end = listener->last + 1;
  // "told her closest aides": a possessive before the listener's noun.
  if (l == "her" && j + 1 < w.size() && !IsDeterminer(w.low(j + 1)) && !IsSubjectPronoun(w.low(j + 1)))
    if (auto listener = PhraseStartingAt(w, j); listener && listener->last > j) end = listener->last + 1;
  if (end > j && end < w.size() && OpenQuote(w.tok(end))) {
    const Range* q = quotes_.At(w.tok(end).begin);
    size_t after = end;
    while (q && after < w.size() && w.tok(after).begin < q->end) ++after;
    // "told ABC’s “This Week.”": a quote owned by the listener is its programme's title.
    bool owned = IsPossessiveWord(w.low(end - 1));
    if (q && q->size() < 40 && (owned || w.Is(after, "that") || w.Is(after, "on") || w.Is(after, "in"))) end = after;
  }
  return w.Is(end, "to") ? j : end;
}

namespace {

// "Thursday night they pulled", "Monday the bridge": a time phrase at token j
// with a clause right after it, so the circumstance before it ends there.
bool TimeThenClause(const Words& w, size_t j) {
  size_t e = j;
  while (e < w.size() && e < j + 3 && IsTimeWord(w.low(e)) && !w.tok(e).Is(kNumber)) ++e;
  return e > j && e < w.size() && (IsClauseSubject(w.low(e)) || w.Is(e, "the"));
}

}  // namespace

size_t AttributionFinder::SkipCircumstances(const Words& w, size_t j) {
  while (j < w.size() && (IsPreposition(w.low(j)) || IsTimeWord(w.low(j)))) {
    // "said this was the only chance": "this" and "last" open a
    // circumstance only with a time word ("this week", "last month").
    if ((w.Is(j, "this") || w.Is(j, "last")) && !IsTimeWord(w.low(j + 1)) && j + 1 < w.size() &&
        w.tok(j + 1).Is(kWord) && !w.Is(j + 1, "past") && !w.Is(j + 1, "summer") && !w.Is(j + 1, "spring") &&
        !w.Is(j + 1, "fall") && !w.Is(j + 1, "winter") && !w.Is(j + 1, "season") && !w.Is(j + 1, "time"))
      break;
    if (w.Is(j, "at") && (w.Is(j + 1, "least") || w.Is(j + 1, "most"))) break;  // "at least six", a quantity
    // "this weekend", "last week": a time, not a phrase to skip over.
    if (IsTimeWord(w.low(j)) || (j + 1 < w.size() && IsTimeWord(w.low(j + 1)))) {
      j += IsTimeWord(w.low(j)) ? 1 : 2;
      continue;
    }
    // "said before he died" subordinates a clause; "said in an interview she
    // was" ends its circumstance at the subject.
    bool subordinator = w.Is(j, "before") || w.Is(j, "after");
    ++j;
    // Quote marks inside circumstances are titles: on CNN's "State of the Union".
    // "said after the attacks": a cue word after a determiner is a noun.
    // "said in a statement Thursday they would": a time before a clause ends it too.
    while (j < w.size() && !w.Is(j, "that") && !IsEndPunct(w, j) && !w.IsPunct(j, ',') && !w.IsPunct(j, ':') &&
           !(LookupCue(w.low(j)) && !IsDeterminer(w.low(j - 1)) && !NounAfterModifier(w, j)) &&
           !IsPreposition(w.low(j)) &&
           !(!subordinator && (IsClauseSubject(w.low(j)) || TimeThenClause(w, j))))
      ++j;
  }
  return j;
}

size_t AttributionFinder::ThatAfterAside(const Words& w, size_t j) {
  auto dash = [&](size_t t) { return w.IsPunct(t, '-') || IsDash(w.tok(t).text); };
  size_t first_mark = kNoIndex;
  size_t dashes = 0;
  for (size_t t = j; t < w.size() && t < j + 18; ++t) {
    if (w.Is(t, "that")) {
      // A lone dash sets off the clause itself ("his charge — that ..."); a
      // comma right after the cue leaves no aside ("It is no surprise, he said, that").
      if (first_mark == kNoIndex || t - 1 == j) return kNoIndex;
      bool closes = dash(first_mark) ? dash(t - 1) && dashes >= 2 : w.IsPunct(t - 1, ',');
      return closes ? t : kNoIndex;
    }
    if (w.IsPunct(t, ',') || dash(t)) {
      // "a recent claim, first made by ..., that": the clause is the noun's.
      if (first_mark == kNoIndex && t > 0 && IsStanceNoun(w.low(t - 1))) return kNoIndex;
      if (first_mark == kNoIndex) first_mark = t;
      if (dash(t)) ++dashes;
    } else if (!w.tok(t).Is(kWord)) {
      return kNoIndex;
    }
  }
  return kNoIndex;
}

size_t AttributionFinder::SkipTimes(const Words& w, size_t j) {
  while (j < w.size()) {
    std::string_view l = w.low(j);
    if (IsTimeWord(l) && !w.tok(j).Is(kNumber)) {
      ++j;
    } else if ((l == "on" || l == "this" || l == "last" || l == "next" || l == "early" || l == "late") &&
               j + 1 < w.size() && IsTimeWord(w.low(j + 1))) {
      j += 2;
    } else {
      break;
    }
  }
  return j;
}

}  // namespace claimkb::extract
