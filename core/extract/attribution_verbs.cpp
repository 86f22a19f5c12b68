// Verb cues: SOURCE CUE CONTENT and its variants, coordinated and gerund cues.
#include "core/extract/attribution_finder.h"
#include "core/extract/cue_object.h"
#include <algorithm>
#include <array>

namespace claimkb::extract {

namespace {

// "maintained the company did nothing wrong": an auxiliary, copula or modal
// within a few words makes what follows a clause rather than an object.
bool HasFiniteVerbSoon(const Words& w, size_t from) {
  static constexpr std::array<std::string_view, 20> kFinite{
      "are", "been", "can", "could", "did", "do", "does", "had", "has", "have",
      "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would"};
  for (size_t k = from; k < w.size() && k < from + 8; ++k) {
    if (w.IsPunct(k, '.') || w.IsPunct(k, ';')) break;
    if (std::binary_search(kFinite.begin(), kFinite.end(), w.low(k))) return true;
  }
  return false;
}
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

// Cues whose -s form is as often a plural noun: "fears", "concerns", "calls".
bool IsNounCue(std::string_view lemma) {
  return lemma == "fear" || lemma == "concern" || lemma == "hope" || lemma == "doubt" || lemma == "claim" ||
         lemma == "worry" || lemma == "call" || lemma == "demand" || lemma == "view" || lemma == "wish" ||
         lemma == "promise" || lemma == "plan";
}

// "-s" forms as common as plural nouns: "two states that vote", "news
// reports that have surfaced", "1,200 Clinton emails".
bool IsPluralNounCue(std::string_view lemma) {
  return IsNounCue(lemma) || lemma == "state" || lemma == "email" || lemma == "report" || lemma == "note" ||
         lemma == "post" || lemma == "tweet" || lemma == "charge" || lemma == "remark" || lemma == "question" ||
         lemma == "point" || lemma == "signal" || lemma == "comment";
}

bool IsAuxiliary(std::string_view w) {
  static constexpr std::array<std::string_view, 20> kFinite{
      "are", "been", "can", "could", "did", "do", "does", "had", "has", "have",
      "is", "may", "might", "must", "shall", "should", "was", "were", "will", "would"};
  return std::binary_search(kFinite.begin(), kFinite.end(), w);
}

// A word that counts a plural noun: "two", "35", "several", "most".
bool IsCountWord(const Words& w, size_t k) {
  static constexpr std::array<std::string_view, 20> kCounts{
      "both", "dozen", "dozens", "eight", "five", "four", "hundreds", "many", "most", "nine",
      "numerous", "other", "several", "seven", "six", "ten", "thousands", "three", "two", "various"};
  std::string_view t = w.tok(k).text;
  bool year = t.size() == 4 && (t.starts_with("19") || t.starts_with("20"));  // "In 2016 Trump tweets"
  return (w.tok(k).Is(kNumber) && !year) || std::binary_search(kCounts.begin(), kCounts.end(), w.low(k));
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

bool IsNameSuffix(std::string_view w) {
  return w == "jr" || w == "sr" || w == "inc" || w == "corp" || w == "co" || w == "ltd" || w == "llc" ||
         w == "plc" || w == "bros";
}

bool IsDiscourseAdverb(std::string_view w) {
  return w == "however" || w == "meanwhile" || w == "too" || w == "though" || w == "instead" ||
         w == "nonetheless" || w == "nevertheless" || w == "moreover" || w == "furthermore" || w == "also";
}

// "Anyone who has run a campaign will tell you": a hypothetical subject names
// no one ("Everyone says" still reports a common view).
bool IsGenericSubject(std::string_view w) {
  return w == "anyone" || w == "anybody" || w == "whoever";
}

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
    if (IsDocumentNoun(l) && (!t.Is(kCapitalized) || k == 0)) {
      if (k + 1 < cue) {
        std::string_view tail = w.low(k + 1);
        bool participle = tail.size() > 4 && (tail.ends_with("ed") || tail.ends_with("en"));
        if (tail != "of" && tail != "from" && tail != "by" && tail != "in" && tail != "for" && tail != "on" &&
            tail != "among" && tail != "out" && tail != "this" && tail != "last" && !participle)
          return std::nullopt;
      }
      return PhraseEndingAt(w, k);
    }
    if (k + 1 < cue && LookupCue(l) && !t.Is(kCapitalized)) return std::nullopt;
  }
  return std::nullopt;
}

bool IsPreposition(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "before" || w == "last" ||
         w == "this" || w == "earlier" || w == "later" || w == "late" || w == "early" || w == "from" || w == "to";
}

}  // namespace

void AttributionFinder::VerbCue(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
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
  // "raised fears that", "voicing concerns": a noun after a verb, not a cue.
  if (cue.form == CueForm::kPresent && i > 0 && IsNounCue(cue.lemma) && w.tok(i - 1).Is(kWord) &&
      !w.tok(i - 1).Is(kCapitalized) && w.low(i - 1).size() > 4 &&
      (w.low(i - 1).ends_with("ed") || (w.low(i - 1).ends_with("ing") && !LookupCue(w.low(i - 1)) && !IsTimeWord(w.low(i - 1)))))
    return;
  // "As reported by Western Journalism, CONTENT": the source follows "by".
  if (cue.form == CueForm::kPast && cue.cls == CueClass::kSpeech && w.Is(next, "by")) {
    size_t as = i;
    while (as > 0 && as + 3 > i && !w.Is(as, "as")) --as;  // "as first reported by"
    if (w.Is(as, "as") && (as == 0 || w.IsPunct(as - 1, ',') || w.Is(as - 1, "but") || w.Is(as - 1, "and")))
      AccordingTo(w, si, as, next, "as-reported-by");
    return;
  }
  // "The plan was described as reckless by the agency": the agent speaks.
  if (PassiveBy(w, si, i, cue)) return;
  // "concludes with", "found by": not a report.
  if (w.Is(next, "with") || w.Is(next, "by")) return;
  // "regarding the vote" is a preposition.
  if (cue.lemma == "regard" && cue.form == CueForm::kGerund) return;
  // "a well thought out plan".
  if (cue.lemma == "think" && w.Is(next, "out")) return;
  // "in order to": a purpose, not a command; "in charge of" is a post.
  if ((cue.lemma == "order" || cue.lemma == "charge") && i > 0 && w.Is(i - 1, "in")) return;
  // "called on police to release the video": the listener and the request follow "on".
  bool call_on = cue.lemma == "call" && w.Is(next, "on");
  if (call_on) ++next;
  // "Clinton, asked whether she would run, said": the question is someone
  // else's, put to the subject.
  if (cue.lemma == "ask" && cue.form == CueForm::kPast &&
      (i == 0 || w.IsPunct(i - 1, ',') || w.Is(i - 1, "when") || w.Is(i - 1, "if") || w.Is(i - 1, "once")))
    return;
  // "people accused of fraud": a participle modifying a noun.
  if (cue.form != CueForm::kGerund &&
      ((cue.lemma == "accuse" && w.Is(next, "of")) || (cue.lemma == "charge" && w.Is(next, "with"))))
    return;
  // "police orders and", "the claims were": a plural noun, not a verb ("says of" is no noun).
  if (cue.form == CueForm::kPresent &&
      (w.Is(next, "and") || w.Is(next, "or") || (w.Is(next, "of") && cue.lemma != "say") || w.Is(next, "from") || w.Is(next, "were") ||
       w.Is(next, "are") || w.Is(next, "have") || w.Is(next, "had") || w.Is(next, "is") || w.Is(next, "was")))
    return;
  if (cue.form == CueForm::kPresent && IsPluralNounCue(cue.lemma)) {
    // "states that have voted": a relative clause after a plural noun.
    if (w.Is(next, "that") && IsAuxiliary(w.low(next + 1))) return;
    // "the two states", "35 states", "1,200 Clinton emails": a counted noun.
    for (size_t b = i; b > 0 && b + 4 > i && w.tok(b - 1).Is(kWord); --b)
      if (IsCountWord(w, b - 1)) return;
  }
  // Verbs that report only with their particle: "pointed out", "referred
  // to", "spoke about"; "see", "view", "know" only in the present ("Democrats
  // see him as a threat"; "saw a rise" is no stance).
  std::string_view lemma = cue.lemma;
  if (lemma == "point" || lemma == "refer" || lemma == "talk" || lemma == "speak") {
    bool particle = lemma == "point"   ? w.Is(next, "out") || w.Is(next, "to")
                    : lemma == "refer" ? w.Is(next, "to")
                                       : w.Is(next, "about") || w.Is(next, "of");
    // "..., referring to the senator": the gerund names what the speaker meant.
    if (!particle || (cue.form == CueForm::kGerund && !(lemma == "refer" && w.Is(next, "to")))) return;
    if (w.Is(next, "out")) ++next;
  }
  if ((lemma == "see" || lemma == "view" || lemma == "know" || lemma == "link") &&
      (cue.form != CueForm::kPresent && cue.form != CueForm::kBase))
    return;
  // "swings, which researchers link to the climate": the object is a gap before the cue.
  if (lemma == "link" && w.Is(next, "to")) return;
  // "continued:" reports; "continue to support", "continue in Darfur" do not.
  if (cue.lemma == "continue" &&
      !(w.IsPunct(next, ':') || w.IsPunct(next, ',') || w.Is(next, "that") ||
        (next < w.size() && OpenQuote(w.tok(next)))))
    return;
  // "member states to counter": "state" reports only before its content.
  // "Emery states, “...”" reports too.
  bool quote_next = (next < w.size() && OpenQuote(w.tok(next))) ||
                    (w.IsPunct(next, ',') && next + 1 < w.size() && OpenQuote(w.tok(next + 1)));
  if ((lemma == "state" || lemma == "email") && cue.form != CueForm::kPast &&
      !(w.Is(next, "that") || w.IsPunct(next, ':') || quote_next))
    return;
  // "called into the show", "pushed through the bill": another verb.
  if ((cue.cls == CueClass::kAttitude || cue.cls == CueClass::kAccuse) &&
      (w.Is(next, "into") || w.Is(next, "through") || w.Is(next, "off") || w.Is(next, "up")))
    return;
  // "back down", "worried out loud": a phrasal verb is another verb.
  if (cue.cls == CueClass::kAttitude &&
      (w.Is(next, "down") || w.Is(next, "off") || w.Is(next, "away") || w.Is(next, "out") || w.Is(next, "up") ||
       w.Is(next, "back") || w.Is(next, "in") || w.Is(next, "into") || w.Is(next, "on") || w.Is(next, "from")))
    return;
  // "promised on Tuesday to refrain", "hopes this year to win": a time
  // between the verb and its infinitive.
  if (cue.cls == CueClass::kCommit || cue.cls == CueClass::kAttitude) {
    size_t past = SkipTimes(w, next);
    if (past > next && w.Is(past, "to")) next = past;
  }
  // "plans to lift sanctions", "wants to run", "declined to comment": an
  // intention is reported, nothing is stated.
  if (w.Is(next, "to") && (lemma == "plan" || lemma == "intend" || lemma == "decide" || lemma == "decline" ||
                           lemma == "seek" || lemma == "want" || lemma == "hope" || lemma == "wish"))
    return;
  if (cue.cls == CueClass::kCommit) {
    // "vowed that the city would be rebuilt" promises a state of affairs.
    bool ok = w.Is(next, "to") || w.Is(next, "talks") || w.Is(next, "negotiations") || w.Is(next, "dialogue") ||
              (w.Is(next, "that") && cue.lemma != "decide" && cue.lemma != "plan");
    if (!ok) return;
  }
  // Skip auxiliaries, adverbs and times back to the source: "The Times on
  // Saturday wrote", "Sanders on Tuesday said".
  size_t k = i;
  // "Kaine went on to say", "she began to argue": a verb of going on before
  // the infinitive cue; its subject speaks.
  if (cue.form == CueForm::kBase && (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell) && i >= 3 &&
      w.Is(i - 1, "to")) {
    size_t v = w.Is(i - 2, "on") ? i - 3 : i - 2;
    std::string_view vl = w.low(v);
    if (vl == "went" || vl == "goes" || vl == "go" || vl == "began" || vl == "begins" || vl == "proceeded" ||
        vl == "proceeds" || vl == "hastened" || vl == "rushed" || vl == "moved" || vl == "sought" || vl == "tried" ||
        vl == "took" || vl == "used")
      k = v;
  }
  // "his donors remain confident that": a copula before a state of mind.
  if (cue.cls == CueClass::kState && k > 1 &&
      (w.Is(k - 1, "remain") || w.Is(k - 1, "remains") || w.Is(k - 1, "remained") || w.Is(k - 1, "seem") ||
       w.Is(k - 1, "seems") || w.Is(k - 1, "seemed") || w.Is(k - 1, "appear") || w.Is(k - 1, "appears") ||
       w.Is(k - 1, "appeared") || w.Is(k - 1, "became") || w.Is(k - 1, "become") || w.Is(k - 1, "becomes")))
    --k;
  while (k > 0) {
    // "Trump and Sanders have both argued": a floating quantifier after the subject.
    bool floating = k >= 2 && (w.Is(k - 1, "both") || w.Is(k - 1, "all") || w.Is(k - 1, "each")) &&
                    w.tok(k - 2).Is(kWord) && !IsInnerPrepositionWord(w.low(k - 2)) && !IsDeterminer(w.low(k - 2)) &&
                    !w.Is(k - 2, "and") && !w.Is(k - 2, "but") && !w.Is(k - 2, "or");
    if (IsSkippableAt(w, k - 1) || floating) {
      --k;
    } else if (k >= 2 && IsTimeWord(w.low(k - 1)) && !w.tok(k - 1).Is(kNumber) &&
               (w.Is(k - 2, "on") || w.Is(k - 2, "this") || w.Is(k - 2, "last") || w.Is(k - 2, "late") ||
                w.Is(k - 2, "early") || w.Is(k - 2, "earlier"))) {
      k -= 2;
    } else if (k >= 4 && w.IsPunct(k - 1, ',') && IsDiscourseAdverb(w.low(k - 2)) && w.IsPunct(k - 3, ',')) {
      k -= 3;  // "Proponents of the bill, however, say": the aside is no subject
    } else {
      break;
    }
  }
  // "knows a thing or two", "maintains 90,000 miles of cable", "declared
  // martial law", "touted a discount": with an object and no clause these
  // verbs do something rather than state something. Not when the content
  // came first: "“Our nation is in danger,” Essid declared".
  bool content_before = false;
  for (size_t b = k; b > 0 && b + 6 > k && !content_before; --b)
    content_before = CloseQuote(w.tok(b - 1));
  if (!content_before && (lemma == "know" || lemma == "maintain" || lemma == "declare" || lemma == "tout") &&
      !(w.Is(next, "that") || w.IsPunct(next, ':') || (next < w.size() && OpenQuote(w.tok(next))) ||
        w.Is(next, "how") || w.Is(next, "what") || w.Is(next, "why") || w.Is(next, "whether") ||
        HasFiniteVerbSoon(w, next)))
    return;
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
      clause_subject = source.has_value();
      if (!source) source = QuantifiedSubject(w, last);
      if (!source) source = PhraseEndingAt(w, last);
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
    // "CONTENT, said Smith" / "“...,” said the official." / "Said Ellis: “...”"
    bool after_break = i > 0 && (w.IsPunct(i - 1, ',') || CloseQuote(w.tok(i - 1)));
    bool opens = i == 0 && cue.form == CueForm::kPast && (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell);
    if ((!after_break && !opens) || (cue.form == CueForm::kBase && !inverted_base)) return;
    auto p = PhraseStartingAt(w, next);
    if (!p) return;
    if (inverted_base) {
      auto speakers = sources_.Resolve(w, *p, si);
      Range before = ContentBefore(w, i - 1, si);
      if (speakers.empty() || before.size() == 0 || IsEndPunct(w, p->last + 2)) return;
      Emit(si, cue_range, cue_text, TrimEnd({before.begin, sentences_[si].end}), std::move(speakers),
           "content-cue-source-content", 0.8);
      return;
    }
    if (opens && !w.IsPunct(p->last + 1, ':') && !w.IsPunct(p->last + 1, ',')) return;
    auto speakers = sources_.Resolve(w, *p, si);
    if (speakers.empty()) {
      if (p->pronoun) covered_[si] = 1;
      return;
    }
    Range content = opens ? ContentAfter(w, p->last + 1, si)
                          : ContentBefore(w, i - 1 + (CloseQuote(w.tok(i - 1)) ? 1 : 0), si);
    // "The contrast, said Doyle and others, would be clear": the claim runs
    // on after the aside with its verb.
    size_t aside_end = p->last + 1;  // past "and others", "and her deputies"
    while (aside_end < w.size() && aside_end <= p->last + 5 && w.tok(aside_end).Is(kWord)) ++aside_end;
    if (!opens && content.size() > 0 && w.IsPunct(i - 1, ',') && w.IsPunct(aside_end, ',') &&
        IsAuxiliary(w.low(aside_end + 1)) && !quotes_.Inside(content.begin)) {
      Emit(si, cue_range, cue_text, TrimEnd({content.begin, sentences_[si].end}), std::move(speakers),
           "content-cue-source-content", 0.8);
      return;
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
    if (!opens && content.size() > 0 && w.IsPunct(p->last + 1, ',') && p->last + 2 < w.size() &&
        OpenQuote(w.tok(p->last + 2)) && quotes_.Inside(content.begin))
      if (const Range* q = quotes_.At(w.tok(p->last + 2).begin)) content.end = q->end;
    Emit(si, cue_range, cue_text, content, std::move(speakers), opens ? "cue-source-content" : "content-cue-source",
         0.85);
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
  // Evidence verbs speak for the document heading their subject, past its tail.
  bool document = false;
  if (cue.cls == CueClass::kEvidential && !source->pronoun && !relative) {
    if (!IsDocumentNoun(w.low(source->last)))
      if (auto head = DocumentHeadBefore(w, k)) source = head;
    document = IsDocumentNoun(w.low(source->last));
  }
  if (IsGenericSubject(w.low(source->first))) return;
  std::vector<std::string> speakers;
  bool quantified = IsQuantified(w, *source) && QuantifiedAgrees(w, *source, cue);  // "Nearly half said"
  if (quantified)
    speakers = sources_.ResolveQuantified(w, *source);
  else if (!source->pronoun && (!(cue.form == CueForm::kBase && k == i) || IsPluralPhrase(w, *source)))
    speakers = sources_.Resolve(w, *source, si);
  if (speakers.empty() && !source->pronoun) {
    // "Experts on North Korea and arms control said": the speaker noun
    // heads a longer phrase whose tail names no one.
    if (auto head = SpeakerNounBefore(w, *source)) {
      speakers = sources_.Resolve(w, *head, si);
      if (!speakers.empty()) source = head;
    }
  }
  if (cue.form == CueForm::kBase && k == i && !source->pronoun && !IsPluralPhrase(w, *source) && !quantified)
    return;
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
                    (cue.form == CueForm::kPresent && (cue.lemma == "say" || cue.lemma == "believe" ||
                                                       cue.lemma == "think" || cue.lemma == "argue" ||
                                                       cue.lemma == "insist"))) &&
                   cue.lemma != "see" && cue.lemma != "know" && cue.lemma != "view";
  bool opens_clause = source->first == 0 || w.IsPunct(source->first - 1, ',') || w.Is(source->first - 1, "but") ||
                      w.Is(source->first - 1, "and");
  if (speakers.empty() && !source->pronoun && source->last + 1 == k &&
      (w.Is(next, "that") || (sure_verb && opens_clause && !IsEndPunct(w, next) && !w.IsPunct(next, ','))) &&
      (cue.form != CueForm::kBase || IsPluralPhrase(w, *source)) &&
      !(source->first == source->last && IsDeterminer(w.low(source->first))) && !w.Is(source->first, "no") &&
      !w.Is(source->first, "nobody") && !w.Is(source->first, "none") && !w.Is(source->first, "neither"))
    speakers = sources_.ResolveAny(w, *source, si);
  if (speakers.empty() && document) speakers = sources_.ResolveAny(w, *source, si);
  if (speakers.empty()) {
    if (source->pronoun) covered_[si] = 1;
    return;
  }

  Range content;
  size_t j = next;
  // Stances and intentions take what follows them ("wants the party to
  // ...", "declined to comment"), never the clause before.
  if (cue.cls == CueClass::kAttitude || cue.cls == CueClass::kCommit) {
    if (!IsEndPunct(w, next) && IsMereObject(w, next, cue)) {
      act_cue_ = w.tok(i).begin;
      act_speakers_ = std::move(speakers);
      return;
    }
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
  // "“Did you know?” Todd asked the senator.": after its quote a question's
  // listener is skipped like a telling verb's.
  bool quote_before = source->first > 0 ? CloseQuote(w.tok(source->first - 1))
                                        : si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph &&
                                              !tokens_[si - 1].empty() && CloseQuote(tokens_[si - 1].back());
  if (cue.cls == CueClass::kTell || (cue.lemma == "ask" && quote_before)) j = SkipListener(w, j);
  size_t after = call_on ? j : SkipCircumstances(w, j);
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
  bool subordinate = after > next && (al == "as" || al == "when" || al == "while" || al == "after" || al == "before");
  // "“...,” he said, but “...”": the quote resumes after the cue.
  size_t resume = after + 1;
  if (w.Is(resume, "but") || w.Is(resume, "and")) ++resume;
  bool requote = w.IsPunct(after, ',') && resume < w.size() && OpenQuote(w.tok(resume));
  // "CONTENT, Clinton allies believe — backers she will need": a dash closes the aside too.
  bool bare = IsEndPunct(w, after) || subordinate || (w.IsPunct(after, ',') && !requote) ||
              (after < w.size() && IsDash(w.tok(after).text));
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
  } else if (w.Is(after, "that")) {
    content = ContentAfter(w, after, si);
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
      if (!IsDocumentNoun(head) && !relative) return;
    }
    size_t from = after < w.size() && (w.IsPunct(after, ':') || w.IsPunct(after, ',')) ? after : next;
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
  ClaimDraft* d = Emit(si, cue_range, cue_text, content, std::move(speakers), rule, conf);
  if (d && relative) d->attribution.via = CarriedBy(w, si, source->first);
  if (d && !relative && source->last + 1 < i) {
    d->attribution.via = QuotedByAside(w, si, source->last + 1, i);
    if (!d->attribution.via.empty()) d->rule += "+quoted-by";
  }
}

std::optional<Phrase> AttributionFinder::SpeakerNounBefore(const Words& w, const Phrase& p) {
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

void AttributionFinder::Coordinated(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
  std::vector<std::string> speakers;
  if (const ClaimDraft* outer = EarlierClaim(first_claim, w.tok(i).begin)) {
    if (outer->content.end <= w.tok(i).begin) speakers = outer->attribution.speakers;
  } else if (act_cue_ != kNoIndex && act_cue_ >= sentences_[si].begin && act_cue_ < w.tok(i).begin) {
    speakers = act_speakers_;  // "Earnest condemned the attack and said ..."
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
    // "Gary Emineth, a former party chairman, became a delegate and said":
    // the subject's verb follows its appositive.
    size_t close = end + 2;
    while (close < i && close < end + 20 && !w.IsPunct(close, ',') && !IsEndPunct(w, close) &&
           !LookupCue(w.low(close)))
      ++close;
    bool appositive = w.IsPunct(end + 1, ',') && close < i && w.IsPunct(close, ',') && verb_after(close);
    while (!appositive && end > p->first && !verb_after(end)) --end;
    if (!appositive && !verb_after(end)) return;
    p->last = end;
    speakers = sources_.Resolve(w, *p, si);
  }
  if (speakers.empty()) return;
  size_t j = i + 1;
  if (cue.cls == CueClass::kTell) j = SkipListener(w, j);
  j = SkipCircumstances(w, j);
  if (IsMereObject(w, j, cue)) return;
  Range content = ContentAfter(w, j, si);
  if (content.size() == 0) return;
  Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), "coordinated-cue", 0.75);
}

size_t AttributionFinder::SkipListener(const Words& w, size_t j) const {
  if (j >= w.size()) return j;
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
    if (q && q->size() < 40 && (w.Is(after, "that") || w.Is(after, "on") || w.Is(after, "in"))) end = after;
  }
  return w.Is(end, "to") ? j : end;
}

size_t AttributionFinder::SkipCircumstances(const Words& w, size_t j) {
  while (j < w.size() && (IsPreposition(w.low(j)) || IsTimeWord(w.low(j)))) {
    if (w.Is(j, "at") && (w.Is(j + 1, "least") || w.Is(j + 1, "most"))) break;  // "at least six", a quantity
    // "this weekend", "last week": a time, not a phrase to skip over.
    if (IsTimeWord(w.low(j)) || (j + 1 < w.size() && IsTimeWord(w.low(j + 1)))) {
      j += IsTimeWord(w.low(j)) ? 1 : 2;
      continue;
    }
    ++j;
    // Quote marks inside circumstances are titles: on CNN's "State of the Union".
    // "said after the attacks": a cue word after a determiner is a noun.
    while (j < w.size() && !w.Is(j, "that") && !IsEndPunct(w, j) && !w.IsPunct(j, ',') && !w.IsPunct(j, ':') &&
           !(LookupCue(w.low(j)) && !IsDeterminer(w.low(j - 1))) && !IsPreposition(w.low(j)))
      ++j;
  }
  return j;
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

void AttributionFinder::Gerund(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
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
    } else if (act_cue_ != kNoIndex && act_cue_ >= sentences_[si].begin && act_cue_ < w.tok(i).begin) {
      // "Smith condemned the attack, saying ...": the act's subject speaks.
      speakers = act_speakers_;
      rule = "gerund-continued";
    } else {
      // The subject of the main clause: the phrase opening the sentence, or
      // one after an opening clause ("Amid the protests, Smith wrote ...,
      // saying"), with its verb right after it.
      auto verb_after = [&](size_t end) {
        if (end + 1 >= i) return false;
        const Token& v = w.tok(end + 1);
        std::string_view vl = w.low(end + 1);
        return v.Is(kWord) && !v.Is(kCapitalized) && !IsDeterminer(vl) && !(IsFunctionWord(vl) && !IsSkippable(vl));
      };
      // Opening clauses are short: look back a bounded way, or a run-on
      // "sentence" makes this quadratic.
      size_t floor = i > 60 ? i - 60 : 1;
      for (size_t start = 0; start < i && speakers.empty(); start = start == 0 ? floor : start + 1) {
        if (start > 0 && !w.IsPunct(start - 1, ',') && !IsDash(w.tok(start - 1).text)) continue;
        auto p = PhraseStartingAt(w, start);
        if (!p || p->last + 1 >= i) continue;
        bool appositive = start == 0 && w.IsPunct(p->last + 1, ',');
        // "the Council, which represents the firms, pushed back, saying":
        // past a relative clause set off by commas to the verb.
        bool relative = false;
        if (!appositive && w.IsPunct(p->last + 1, ',') && (w.Is(p->last + 2, "which") || w.Is(p->last + 2, "who"))) {
          size_t close = p->last + 3;
          while (close < i && !w.IsPunct(close, ',') && !IsEndPunct(w, close)) ++close;
          relative = close < i && w.IsPunct(close, ',') && verb_after(close);
        }
        if (!appositive && !relative) {
          size_t end = p->last;
          while (end > p->first && !verb_after(end)) --end;
          if (!verb_after(end)) continue;
          p->last = end;
        }
        speakers = sources_.Resolve(w, *p, si);
      }
    }
  }
  if (speakers.empty()) return;
  size_t j = i + 1;
  if (cue.cls == CueClass::kTell) j = SkipListener(w, j);
  if (IsMereObject(w, j, cue)) return;
  Range content = ContentAfter(w, j, si);
  if (content.size() == 0) return;
  Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), rule, 0.6);
}

}  // namespace claimkb::extract
