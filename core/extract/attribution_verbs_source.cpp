// The source of a verb cue: the subject before it ("Smith, a spokesman for
// the agency, said", "a poll released Friday found") or, with none there, the
// source after it ("CONTENT, said Smith"), and the speakers it resolves to.
#include "core/extract/attribution_finder.h"
#include "core/extract/cue_object.h"
#include "core/extract/verb_words.h"

namespace claimkb::extract {

namespace {


// "A poll from Marquette Law School released Wednesday found", "exit polls
// conducted by Edison Research show": the document noun heading a subject
// whose tail (a preposition, a participle, "out this week") runs up to the
// cue at token `cue`. Stops at clause punctuation, pronouns and other cues.
std::optional<Phrase> DocumentHeadBefore(const Words& w, size_t cue) {
  size_t floor = cue > 16 ? cue - 16 : 0;
  for (size_t k = cue; k-- > floor;) {
    const Token& t = w.tok(k);
    std::string_view l = w.low(k);
    if (!t.Is(kWord) && !w.IsPunct(k, '/') && !w.IsPunct(k, '-')) return std::nullopt;
    if (IsSubjectPronoun(l) || IsRelativePronoun(l) || l == "that" || l == "and" || l == "but") return std::nullopt;
    if (IsEvidenceNoun(l) && (!t.Is(kCapitalized) || k == 0)) {
      if (k + 1 < cue) {
        std::string_view tail = w.low(k + 1);
        bool participle = tail.size() > 4 && (tail.ends_with("ed") || tail.ends_with("en"));
        if (tail != "of" && tail != "from" && tail != "by" && tail != "in" && tail != "for" && tail != "on" &&
            tail != "among" && tail != "out" && tail != "this" && tail != "last" && !participle &&
            tail != "there" && tail != "here")
          return std::nullopt;
      }
      return PhraseEndingAt(w, k);
    }
    if (k + 1 < cue && LookupCue(l) && !t.Is(kCapitalized)) return std::nullopt;
  }
  return std::nullopt;
}

// "Greenpeace believe that", "the tribe say the land was taken": British
// usage puts a bare base form after a named body or a collective noun. Only
// sure verbs of saying or thinking with a clause after them ("my bill add
// three taxes" says nothing).
bool CollectiveAgrees(const Words& w, const Phrase& p, const Cue& cue, size_t next) {
  static constexpr std::array<std::string_view, 20> kCollective{
      "agency",  "board",   "club",  "committee",  "community", "company", "council",  "department", "family", "firm",
      "government", "group", "jury", "ministry", "panel",     "party",   "public",   "team",       "tribe",  "union"};
  std::string_view l = cue.lemma;
  if (l != "say" && l != "believe" && l != "think" && l != "argue" && l != "insist" && l != "claim" && l != "fear" &&
      l != "contend" && l != "maintain" && l != "warn")
    return false;
  if (next >= w.size() || !w.tok(next).Is(kWord) || !ClauseFollows(w, next)) return false;
  return w.tok(p.last).Is(kCapitalized) ||
         std::binary_search(kCollective.begin(), kCollective.end(), w.low(p.last));
}

// "Hawkins and others who oppose the plan said": a name joined to "others"
// before a relative clause without commas; the named part speaks.
std::optional<Phrase> OthersBeforeRelative(const Words& w, size_t last, const Cue& cue) {
  if (cue.form != CueForm::kPast && !(cue.form == CueForm::kPresent && cue.lemma == "say")) return std::nullopt;
  if (cue.cls != CueClass::kSpeech && cue.cls != CueClass::kTell) return std::nullopt;
  for (size_t r = last + 1; r-- > 3 && last - r < 16;) {
    if (w.tok(r).Is(kPunct)) return std::nullopt;
    if (!w.Is(r, "who")) continue;
    if (r == last || !w.Is(r - 1, "others") || !w.Is(r - 2, "and")) return std::nullopt;
    auto p = PhraseEndingAt(w, r - 3);
    if (!p || p->pronoun) return std::nullopt;
    return p;
  }
  return std::nullopt;
}

// A word with a plural's ending: "poses", "officials"; not "press", "bus", "crisis", "bias", "politics".
bool PluralLooking(std::string_view l) {
  if (l.size() < 4 || !l.ends_with("s")) return false;
  for (std::string_view end : {"ss", "us", "is", "as", "os", "ics"})
    if (l.ends_with(end)) return false;
  return true;
}

// "The divide poses (challenges)", "the crackdown raises (concerns)": the -s
// form of a cue agrees only with a singular subject, so a plural-looking word
// that is no noun of speaking, closing the subject right after a singular
// word, is that subject's own verb and the cue word its object ("a group of
// protesters claims" agrees with its head before "of", "a textbook for 9th
// graders explains" with its head before the count).
bool EndsOnOwnVerb(const Words& w, const Phrase& p) {
  static constexpr std::array<std::string_view, 5> kSingular{"headquarters", "means", "news", "series", "species"};
  if (p.pronoun || p.last == p.first) return false;
  const Token& t = w.tok(p.last);
  std::string_view l = w.low(p.last);
  if (!t.Is(kWord) || t.Is(kCapitalized) || t.Is(kAllCaps) || !PluralLooking(l) ||
      std::find(kSingular.begin(), kSingular.end(), l) != kSingular.end() || IsSpeakerNoun(l) || IsDocumentNoun(l))
    return false;
  std::string_view before = w.low(p.last - 1);
  return w.tok(p.last - 1).Is(kWord) && !w.tok(p.last - 1).Is(kNumber) && !IsFunctionWord(before) &&
         !IsDeterminer(before) && !PluralLooking(before) && !IsCountWord(w, p.last - 1);
}

// "Stone, along with two aides, say": a companion set off after the subject
// makes it plural for the verb at token i.
bool JoinedByCompanion(const Words& w, const Phrase& p, size_t i) {
  size_t t = p.last + 1;
  return t + 3 < i && w.IsPunct(t, ',') && (w.Is(t + 1, "along") || w.Is(t + 1, "together")) && w.Is(t + 2, "with");
}

// "Ann Roe, 54, a nurse, said she was tired", "..., said Ohio must act",
// "..., says that", "..., thanked the mayor for": what follows a cue set off
// by a comma is its clause or object, not a source put after it ("..., said
// Ann Roe", "..., asked Lee"). `p`: the phrase right after the cue, if any.
bool ClauseAfterCue(const Words& w, const std::optional<Phrase>& p, size_t next, const Cue& cue) {
  if (cue.cls != CueClass::kSpeech && cue.cls != CueClass::kCognition && cue.lemma != "ask") return true;
  if (w.Is(next, "that")) return true;
  if (!p || p->last + 1 >= w.size()) return false;
  size_t after = p->last + 1;
  if (p->pronoun) return !IsEndPunct(w, after) && !w.IsPunct(after, ',');
  return IsAuxiliary(w.low(after));
}

}  // namespace

size_t AttributionFinder::PastApposition(const Words& w, size_t comma) {
  if (!w.IsPunct(comma, ',') || IsAuxiliary(w.low(comma + 1))) return comma;
  for (size_t k = comma + 1; k < w.size() && k <= comma + kMaxAppositionTokens; ++k) {
    if (w.IsPunct(k, ',')) return k > comma + 1 ? k : comma;
    if (!w.tok(k).Is(kWord) && !w.IsPunct(k, '.') && !w.IsPunct(k, '\'')) return comma;
  }
  return comma;
}

std::optional<AttributionFinder::VerbSubject> AttributionFinder::VerbSource(const Words& w, size_t si, size_t i,
                                                                            size_t k, size_t next, const Cue& cue,
                                                                            size_t first_claim) {
  Range cue_range{w.tok(i).begin, w.tok(i).end};
  std::string_view cue_text = w.tok(i).text;
  std::optional<Phrase> source;
  std::string rule = "source-cue";
  bool clause_subject = false;  // found before an aside or a relative clause
  bool relative = false;
  // "Paul Ryan (R-Wis.) said": the name before the parenthesis.
  if (k > 1 && w.IsPunct(k - 1, ')')) {
    size_t open = k - 1;
    while (open > 0 && !w.IsPunct(open, '(')) --open;
    if (open > 0 && k - 1 - open <= 8) k = open;
  }
  // "The plan, say analysts, will cost more": a plural source after a bare
  // form set off by commas inside its content.
  bool inverted_base = false;
  if (cue.form == CueForm::kBase && cue.cls == CueClass::kSpeech && k == i && i > 1 && w.IsPunct(i - 1, ',')) {
    auto p = PhraseStartingAt(w, next);
    inverted_base = p && !p->pronoun && IsPluralPhrase(w, *p) && w.IsPunct(p->last + 1, ',');
  }
  if (k > 0 && !inverted_base && !(k == i && cue.form != CueForm::kBase && SourceFollowsCue(w, i, cue))) {
    size_t last = k - 1;
    // "Apple Inc. said", "Joseph R. Biden Jr. said": the period ends the name's abbreviation.
    if (last > 0 && w.IsPunct(last, '.') && IsNameSuffix(w.low(last - 1))) --last;
    std::string_view lw = w.low(last);
    if (IsRelativePronoun(lw) && last > 0) {
      size_t ante = last - 1;
      if (w.IsPunct(ante, ',') && ante > 0) --ante;
      // "Donald Trump Jr., who said": the period ends the name's abbreviation.
      if (ante > 0 && w.IsPunct(ante, '.') && IsNameSuffix(w.low(ante - 1))) --ante;
      source = PhraseEndingAt(w, ante);
      relative = source.has_value();
      rule = "relative-source-cue";
    } else if (last > 0 && (source = SubjectBeforeAsides(w, last))) {
      clause_subject = true;
      rule = "appositive-source-cue";  // "Ann Compton, who covered ..., said"
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
        // "Rescuers searching for her in Looe, Cornwall, said", "Aid workers
        // in Goma, a border city, said": a place is no speaker; the subject
        // opening the sentence before its modifier is.
        if (source && !source->pronoun && source->first > 0 &&
            (w.Is(source->first - 1, "in") || w.Is(source->first - 1, "at"))) {
          source.reset();
          auto lead = PhraseStartingAt(w, 0);
          if (lead && !lead->pronoun && lead->last + 1 < open &&
              (w.Is(lead->last + 1, "in") || w.Is(lead->last + 1, "at") || w.low(lead->last + 1).ends_with("ing"))) {
            source = lead;
            clause_subject = true;
          }
        }
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
      source = SubjectBeforeRelative(w, last, cue);
      if (!source) source = OthersBeforeRelative(w, last, cue);
      clause_subject = source.has_value();
      if (!source) source = QuantifiedSubject(w, last);
      if (!source) source = PhraseEndingAt(w, last);
      if (!source && last + 1 == i && NameBeforePast(w, last, cue)) source = Phrase{last, last, false};
    }
  }

  if (!source && k > 0 && (w.Is(k - 1, "and") || w.Is(k - 1, "but")) && cue.form != CueForm::kBase &&
      (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell || cue.cls == CueClass::kCommit)) {
    Coordinated(w, si, i, cue, first_claim);
    return std::nullopt;
  }
  if (!source && k > 0 && k < w.size()) {
    // "A poll released Friday shows": no phrase ends before the cue, but a
    // speaker noun heads the words before it.
    if (auto head = SpeakerNounBefore(w, Phrase{k, k, false})) {
      if (!sources_.Resolve(w, *head, si).empty()) source = head;
    }
  }
  if (!source) {
    // "CONTENT, said Smith" / "“...,” said the official." / "Said Ellis: “...”"
    bool after_break = i > 0 && (w.IsPunct(i - 1, ',') || CloseQuote(w.tok(i - 1)));
    // "“Is he running against us?” asked Hale.": the question mark ended the
    // quote's sentence, the cue opens the next one.
    bool after_quote = i == 0 && si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph &&
                       !tokens_[si - 1].empty() && CloseQuote(tokens_[si - 1].back()) &&
                       quotes_.QuotedShare(sentences_[si - 1]) >= 0.8;
    bool opens = i == 0 && cue.form == CueForm::kPast &&
                 (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell || (after_quote && cue.lemma == "ask"));
    if ((!after_break && !opens) || (cue.form == CueForm::kBase && !inverted_base)) return std::nullopt;
    auto p = PhraseStartingAt(w, next);
    // "Ann Roe, a nurse, said she was tired", "Lee, who calls it “a fraud,”
    // said he ...": the cue's clause, not its source, follows it.
    if (!opens && !inverted_base && after_break && ClauseAfterCue(w, p, next, cue)) {
      if (auto subject = SubjectOpeningSentence(w, si, i, cue)) return subject;
      if (w.IsPunct(i - 1, ',')) return std::nullopt;
    }
    if (!p) return std::nullopt;
    if (opens && after_quote && IsEndPunct(w, p->last + 1)) {
      auto speakers = sources_.Resolve(w, *p, si);
      if (speakers.empty()) return std::nullopt;
      Range content = TrimEnd(sentences_[si - 1]);
      if (const Range* q = quotes_.At(tokens_[si - 1].back().begin); q && q->begin < content.begin)
        content.begin = q->begin;
      Emit(si, cue_range, cue_text, content, std::move(speakers), "cue-source-content", 0.85);
      return std::nullopt;
    }
    if (inverted_base) {
      auto speakers = sources_.Resolve(w, *p, si);
      Range before = ContentBefore(w, i - 1, si);
      if (speakers.empty() || before.size() == 0 || IsEndPunct(w, p->last + 2)) return std::nullopt;
      Emit(si, cue_range, cue_text, TrimEnd({before.begin, sentences_[si].end}), std::move(speakers),
           "content-cue-source-content", 0.8);
      return std::nullopt;
    }
    if (opens && !w.IsPunct(p->last + 1, ':') && !w.IsPunct(p->last + 1, ',')) return std::nullopt;
    auto speakers = sources_.Resolve(w, *p, si);
    if (speakers.empty()) {
      if (p->pronoun) covered_[si] = 1;
      return std::nullopt;
    }
    Range content = opens ? ContentAfter(w, p->last + 1, si)
                          : ContentBefore(w, i - 1 + (CloseQuote(w.tok(i - 1)) ? 1 : 0), si);
    // "The contrast, said Doyle and others, would be clear": the claim runs
    // on after the aside with its verb.
    size_t aside_end = p->last + 1;  // past "and others", "and her deputies"
    while (aside_end < w.size() && aside_end <= p->last + 5 && w.tok(aside_end).Is(kWord)) ++aside_end;
    aside_end = PastApposition(w, aside_end);
    if (!opens && content.size() > 0 && w.IsPunct(i - 1, ',') && w.IsPunct(aside_end, ',') &&
        IsAuxiliary(w.low(aside_end + 1)) && !quotes_.Inside(content.begin)) {
      Emit(si, cue_range, cue_text, TrimEnd({content.begin, sentences_[si].end}), std::move(speakers),
           "content-cue-source-content", 0.8);
      return std::nullopt;
    }
    // “... who do you trust?” said David Plouffe, the architect of ...: the
    // quote closed the sentence before; what follows the name is its apposition.
    if (opens && w.IsPunct(p->last + 1, ',') && si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph &&
        !tokens_[si - 1].empty() && CloseQuote(tokens_[si - 1].back()) &&
        quotes_.QuotedShare(sentences_[si - 1]) >= 0.8) {
      content = TrimEnd(sentences_[si - 1]);
      if (const Range* q = quotes_.At(tokens_[si - 1].back().begin); q && q->begin < content.begin)
        content.begin = q->begin;
    }
    // "“We are behind,” said an aide, “and the gap is growing.”": the quote resumes after the source.
    if (!opens && content.size() > 0 && w.IsPunct(aside_end, ',') && aside_end + 1 < w.size() &&
        OpenQuote(w.tok(aside_end + 1)) && quotes_.Inside(content.begin))
      if (const Range* q = quotes_.At(w.tok(aside_end + 1).begin)) content.end = q->end;
    Emit(si, cue_range, cue_text, content, std::move(speakers), opens ? "cue-source-content" : "content-cue-source",
         0.85);
    return std::nullopt;
  }

  // A bare base form needs a plural or pronoun subject: "officials say".
  // "what the campaign sees as": an object relative clause, whose gap is the content.
  if (source->first > 0 && w.Is(source->first - 1, "what") && cue.cls != CueClass::kSpeech &&
      cue.cls != CueClass::kTell)
    return std::nullopt;
  // A bare base form right after its subject agrees only with a plural
  // ("officials say"); after a singular noun it is no verb ("my bill add").
  // "Experts on water policy": the phrase after "on" is the topic, not the speaker.
  if (!source->pronoun && source->first > 0 && w.tok(source->first - 1).Is(kWord) &&
      !IsInnerPrepositionWord(w.low(source->first - 1))) {
    if (auto head = SpeakerNounBefore(w, *source)) source = head;
  }
  // Evidence verbs speak for the document heading their subject, past its tail.
  bool document = false;
  if (cue.cls == CueClass::kEvidential && !source->pronoun && !relative) {
    if (!IsEvidenceNoun(w.low(source->last)))
      if (auto head = DocumentHeadBefore(w, k)) source = head;
    document = IsEvidenceNoun(w.low(source->last));
  }
  if (IsGenericSubject(w.low(source->first))) return std::nullopt;
  // "it will press war crimes charges against": a verb and its object before a
  // plural noun that looks like a cue; no subject of "charges". Not "linked to
  // the report, which notes" nor "a memo relating to Benghazi finds".
  if (cue.form == CueForm::kPresent && !source->pronoun && !relative && !clause_subject && source->first > 0 &&
      TakesBareVerb(w.low(source->first - 1)) && !w.tok(source->first).Is(kCapitalized) &&
      !IsDeterminer(w.low(source->first)))
    return std::nullopt;
  if (cue.form == CueForm::kPresent && !relative && EndsOnOwnVerb(w, *source)) return std::nullopt;
  bool bare_base = cue.form == CueForm::kBase && k == i;
  // "Anna Berg and her family believe": a subject coordinated with "and"; each conjunct speaks.
  std::optional<Phrase> left;
  if (bare_base && !source->pronoun && source->first >= 2 && w.Is(source->first - 1, "and"))
    if ((left = PhraseEndingAt(w, source->first - 2)) && left->pronoun) left.reset();
  bool agrees = !bare_base || left || IsPluralPhrase(w, *source) || JoinedByCompanion(w, *source, i) ||
                CollectiveAgrees(w, *source, cue, next);
  std::vector<std::string> speakers;
  if (left) {
    speakers = sources_.ResolveAny(w, *left, si);
    for (std::string& s : sources_.ResolveAny(w, *source, si))
      if (std::find(speakers.begin(), speakers.end(), s) == speakers.end()) speakers.push_back(std::move(s));
    if (!speakers.empty()) return VerbSubject{Phrase{left->first, source->last, false}, std::move(speakers), std::move(rule), relative};
  }
  bool quantified = IsQuantified(w, *source) && QuantifiedAgrees(w, *source, cue);  // "Nearly half said"
  if (quantified)
    speakers = sources_.ResolveQuantified(w, *source);
  else if (!source->pronoun && agrees)
    speakers = sources_.Resolve(w, *source, si);
  if (speakers.empty() && !source->pronoun) {
    // "Experts on North Korea and arms control said": the speaker noun
    // heads a longer phrase whose tail names no one.
    if (auto head = SpeakerNounBefore(w, *source)) {
      speakers = sources_.Resolve(w, *head, si);
      if (!speakers.empty()) source = head;
    }
  }
  if (!source->pronoun && !agrees && !quantified) return std::nullopt;
  if (source->pronoun) speakers = sources_.Resolve(w, *source, si);
  if (speakers.empty() && !source->pronoun && source->first == source->last && k == i &&
      cue.form != CueForm::kBase)
    speakers = sources_.ResolveBareName(w, source->first, si);  // "In response, Twitter said"
  // A subject set off by its own clause is a source even when no actor is known.
  if (speakers.empty() && !source->pronoun && clause_subject) speakers = sources_.ResolveAny(w, *source, si);
  // "environmentalists worry that", "the city is demanding that": a subject
  // right before a finite cue and its "that" clause speaks, known or not.
  // "The tribe believes the land was taken": a sure verb of saying or
  // thinking after a subject opening its clause does as well.
  bool sure_verb = (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kCognition) &&
                   (cue.form == CueForm::kPast ||
                    ((cue.form == CueForm::kPresent || cue.form == CueForm::kBase) && (cue.lemma == "say" || cue.lemma == "believe" ||
                                                                                cue.lemma == "think" || cue.lemma == "argue" ||
                                                                                cue.lemma == "insist"))) &&
                   cue.lemma != "see" && cue.lemma != "know" && cue.lemma != "view";
  // "A diabetic asked what effect the drug has": a question put by anyone.
  if (cue.lemma == "ask" && cue.form == CueForm::kPast &&
      (w.Is(next, "whether") || w.Is(next, "if") || w.Is(next, "what") || w.Is(next, "why") || w.Is(next, "how") ||
       w.Is(next, "who") || w.Is(next, "when") || w.Is(next, "where")))
    sure_verb = true;
  bool opens_clause = source->first == 0 || w.IsPunct(source->first - 1, ',') || w.Is(source->first - 1, "but") ||
                      w.Is(source->first - 1, "and");
  if (speakers.empty() && !source->pronoun && source->last + 1 == k &&
      (w.Is(next, "that") || (sure_verb && opens_clause && !IsEndPunct(w, next) && !w.IsPunct(next, ','))) &&
      (cue.form != CueForm::kBase || (bare_base ? agrees : IsPluralPhrase(w, *source))) &&
      !(source->first == source->last && IsDeterminer(w.low(source->first))) && !w.Is(source->first, "no") &&
      !w.Is(source->first, "nobody") && !w.Is(source->first, "none") && !w.Is(source->first, "neither"))
    speakers = sources_.ResolveAny(w, *source, si);
  if (speakers.empty() && document) speakers = sources_.ResolveAny(w, *source, si);
  if (speakers.empty()) {
    if (source->pronoun) covered_[si] = 1;
    return std::nullopt;
  }
  return VerbSubject{*source, std::move(speakers), std::move(rule), relative};
}

std::optional<AttributionFinder::VerbSubject> AttributionFinder::SubjectOpeningSentence(const Words& w, size_t si,
                                                                                        size_t i, const Cue& cue) {
  auto lead = PhraseStartingAt(w, 0);
  if (!lead || lead->pronoun || lead->last + 2 >= i || quotes_.Inside(w.tok(0).begin)) return std::nullopt;
  size_t after = lead->last + 1;
  if (!w.IsPunct(after, ',') && !IsPreposition(w.low(after)) && !w.Is(after, "including")) return std::nullopt;
  // "The thaw, welcome to many, worried engineers": only a verb of saying or
  // thinking makes any subject a speaker; others need a name or a speaker noun.
  bool says = cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell || cue.cls == CueClass::kCognition;
  if (!says && !w.tok(lead->last).Is(kCapitalized) && !IsSpeakerNoun(w.low(lead->last))) return std::nullopt;
  auto speakers = sources_.ResolveAny(w, *lead, si);
  if (speakers.empty()) return std::nullopt;
  return VerbSubject{*lead, std::move(speakers), "appositive-source-cue", false};
}

std::optional<Phrase> AttributionFinder::SpeakerNounBefore(const Words& w, const Phrase& p) {
  size_t floor = p.first > 8 ? p.first - 8 : 0;
  for (size_t k = p.first; k-- > floor;) {
    const Token& t = w.tok(k);
    if (!t.Is(kWord)) return std::nullopt;
    std::string_view l = w.low(k);
    if (IsSpeakerNoun(l) && k + 1 <= p.first && k + 1 < w.size()) {
      std::string_view prep = w.low(k + 1);
      // "a poll released Friday", "an official speaking on condition of anonymity".
      bool participle = prep.size() > 4 && (prep.ends_with("ed") || prep.ends_with("en") ||
                                            prep.ends_with("ing"));
      // "a poll out Monday".
      bool out = prep == "out" && IsDocumentNoun(l);
      if (prep != "on" && prep != "of" && prep != "for" && prep != "to" && prep != "at" && prep != "from" &&
          prep != "in" && prep != "with" && prep != "by" && prep != "close" && !participle && !out)
        return std::nullopt;
      return PhraseEndingAt(w, k);
    }
    bool tail = l.size() > 4 && l.ends_with("ing") && k > 0 && IsSpeakerNoun(w.low(k - 1));
    if ((LookupCue(l) && !tail) || IsSubjectPronoun(l) || IsRelativePronoun(l)) return std::nullopt;
  }
  return std::nullopt;
}

std::vector<std::string> AttributionFinder::CarriedBy(const Words& w, size_t si, size_t source_first) {
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

}  // namespace claimkb::extract
