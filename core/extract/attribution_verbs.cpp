// Verb cues, SOURCE CUE CONTENT and its variants: whether a cue verb reports
// at all here (nouns, particles, intentions, passives), then its source
// (attribution_verbs_source.cpp) and its content (attribution_verbs_content.cpp).
#include "core/extract/attribution_finder.h"
#include "core/extract/cue_object.h"
#include "core/extract/verb_words.h"

namespace claimkb::extract {
namespace {

// "’re", "'s": the word less its apostrophe; `l` itself when it has none.
std::string_view PastApostrophe(std::string_view l) {
  if (l.starts_with("\xE2\x80\x99")) l.remove_prefix(3);
  else if (l.starts_with('\'')) l.remove_prefix(1);
  return l;
}

bool IsAuxiliaryClitic(std::string_view l) {
  std::string_view c = PastApostrophe(l);
  return c.size() < l.size() && (c == "s" || c == "d" || c == "ve" || c == "ll");
}

// "Kirk on Thursday said", "Kirk on Thursday evening said", "Kirk last
// week said": the time phrase ending right before token k, with its
// preposition; returns its first token, or k when there is none.
size_t TimeRunStart(const Words& w, size_t k) {
  for (size_t b = k; b > 0 && k - b < 3; --b) {
    std::string_view p = w.low(b - 1);
    if (b < k && (p == "on" || p == "this" || p == "last" || p == "late" || p == "early" || p == "earlier"))
      return b - 1;
    if (!IsTimeWord(p) || w.tok(b - 1).Is(kNumber)) break;
  }
  return k;
}

// "X, on the other hand, said", "X, for her part, said": a connective phrase
// set off by commas between a subject and its verb, closing at the comma at
// token `comma`. Returns the token of its opening comma, or kNoIndex.
size_t DiscourseAsideStart(const Words& w, size_t comma) {
  static constexpr std::string_view kAsides[][4] = {
      {"on", "the", "other", "hand"}, {"for", "his", "part", ""}, {"for", "her", "part", ""},
      {"for", "their", "part", ""},   {"for", "its", "part", ""}, {"in", "turn", "", ""},
      {"by", "contrast", "", ""},     {"in", "contrast", "", ""}, {"of", "course", "", ""},
      {"in", "fact", "", ""},         {"for", "example", "", ""}, {"for", "instance", "", ""},
      {"in", "particular", "", ""},   {"at", "the", "same", "time"}};
  for (const auto& a : kAsides) {
    size_t n = a[3].empty() ? (a[2].empty() ? 2 : 3) : 4;
    if (comma < n + 2) continue;
    size_t open = comma - n - 1;
    if (!w.IsPunct(open, ',')) continue;
    bool match = true;
    for (size_t t = 0; t < n && match; ++t) match = w.Is(open + 1 + t, a[t]);
    if (match) return open;
  }
  return kNoIndex;
}

// "Pence's call for", "Lee's pledge to": a name owning the noun after it.
bool OwnedByName(const Words& w, size_t i) {
  std::string_view l = w.low(i);
  return w.tok(i).Is(kCapitalized) && l.size() > 2 && (l.ends_with("'s") || l.ends_with("\xE2\x80\x99s"));
}

}  // namespace

bool AttributionFinder::ClauseThenSource(const Words& w, size_t k, size_t next) {
  if (!IsEndPunct(w, SkipCircumstances(w, next))) return false;
  size_t comma = 0;
  while (comma < k && !w.IsPunct(comma, ',')) ++comma;
  return comma < k && comma >= 4 && !IsPreposition(w.low(0)) && !IsTimeWord(w.low(0));
}

bool AttributionFinder::ToldToReporter(const Words& w, size_t si, size_t i, size_t next) {
  if (!w.Is(i, "told") || i < 2) return false;
  size_t aux = i - 1;
  if (w.Is(aux, "been") && aux >= 2) --aux;  // "we've been told"
  std::string_view a = PastApostrophe(w.low(aux));
  bool first_person = (w.Is(aux - 1, "we") && (a == "re" || a == "are" || a == "were" || a == "ve" || a == "have")) ||
                      (w.Is(aux - 1, "i") && (a == "m" || a == "am" || a == "was" || a == "ve" || a == "have"));
  if (!first_person || w.Is(next, "to") || !ClauseFollows(w, next)) return false;
  if (aux - 1 > 0 && !w.IsPunct(aux - 2, ',') && !w.Is(aux - 2, "and") && !w.Is(aux - 2, "but")) return false;
  Range content = ContentAfter(w, next, si);
  if (content.size() == 0) return false;
  Range cue{w.tok(aux - 1).begin, w.tok(i).end};
  Emit(si, cue, text_.substr(cue.begin, cue.size()), content, {"?"}, "told-to-reporter", 0.5);
  return true;
}

bool AttributionFinder::QuoteClosesWithin(const Words& w, size_t i, size_t n) const {
  for (size_t b = i; b > 0 && b + n > i; --b)
    if (CloseQuote(w.tok(b - 1))) return true;
  return false;
}

bool AttributionFinder::QuoteBeforeAside(const Words& w, size_t k) const {
  if (k < 4 || k > w.size() || !w.IsPunct(k - 1, ',')) return false;
  size_t source = kNoIndex;
  for (size_t b = k - 1; b > 0 && b + 40 > k && source == kNoIndex; --b) {
    if (CloseQuote(w.tok(b - 1))) source = b;
    else if (IsEndPunct(w, b - 1) || OpenQuote(w.tok(b - 1))) return false;
  }
  if (source == kNoIndex) return false;
  size_t comma = source;
  while (comma < source + 5 && comma + 2 < k && !w.IsPunct(comma, ',')) ++comma;
  if (comma == source || comma + 2 >= k || !w.IsPunct(comma, ',')) return false;
  std::string_view opener = w.low(comma + 1);
  return IsRelativePronoun(opener) || IsDeterminer(opener);
}

void AttributionFinder::VerbCue(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim) {
  // "the email read", "one sign read": spelt like its base form, "read"
  // after a document is its past.
  if (cue.lemma == "read" && cue.form == CueForm::kBase && !w.Is(i - 1, "to")) {
    Cue past = cue;
    past.form = CueForm::kPast;
    return VerbCue(w, si, i, past, first_claim);
  }
  size_t next = i + 1;
  // "the attack", "a call", "his claims": a noun after a determiner.
  if (i > 0 && cue.form != CueForm::kPast) {
    std::string_view d = w.low(i - 1);
    if (d == "a" || d == "an" || d == "the" || d == "his" || d == "her" || d == "its" || d == "their" ||
        d == "our" || d == "my" || d == "your" || OwnedByName(w, i - 1))
      return;
  }
  // "raised fears that", "voicing concerns": a noun after a verb, not a cue.
  if (cue.form == CueForm::kPresent && i > 0 && IsPluralNounCue(cue.lemma) && w.tok(i - 1).Is(kWord) &&
      !w.tok(i - 1).Is(kCapitalized) && w.low(i - 1).size() > 4 &&
      (w.low(i - 1).ends_with("ed") || (w.low(i - 1).ends_with("ing") && !LookupCue(w.low(i - 1)) && !IsTimeWord(w.low(i - 1)))))
    return;
  // "As reported by Western Journalism, CONTENT": the source follows "by".
  if (cue.form == CueForm::kPast && cue.cls == CueClass::kSpeech && w.Is(next, "by")) {
    size_t as = i;
    while (as > 0 && as + 3 > i && !w.Is(as, "as")) --as;  // "as first reported by"
    if (w.Is(as, "as") && (as == 0 || w.IsPunct(as - 1, ',') || w.Is(as - 1, "but") || w.Is(as - 1, "and")))
      AccordingTo(w, si, as, next, "as-reported-by");
    else
      PassiveBy(w, si, i, cue);  // "The meeting was first reported by Politico"
    return;
  }
  // "The plan was described as reckless by the agency": the agent speaks.
  if (PassiveBy(w, si, i, cue)) return;
  // "concludes with", "found by": not a report; "argued over the bill" quarrels.
  // "“...,” Lee said with a grin": the manner of a quote's cue.
  bool manner = w.Is(next, "with") && cue.cls == CueClass::kSpeech && QuoteClosesWithin(w, i, 8);
  if ((w.Is(next, "with") && !manner) || w.Is(next, "by") || (cue.lemma == "argue" && w.Is(next, "over"))) return;
  // "regarding the vote" is a preposition.
  if (cue.lemma == "regard" && cue.form == CueForm::kGerund) return;
  // "a well thought out plan".
  if (cue.lemma == "think" && w.Is(next, "out")) return;
  // "in order to": a purpose, not a command; "in charge of" is a post.
  if ((cue.lemma == "order" || cue.lemma == "charge") && i > 0 && w.Is(i - 1, "in")) return;
  // "called on police to release the video": the listener and the request follow "on".
  bool call_on = cue.lemma == "call" && (w.Is(next, "on") || w.Is(next, "upon"));
  if (call_on) ++next;
  // "an elder called on by the tribes for guidance": the one asked, in the passive.
  if (call_on && w.Is(next, "by")) return;
  // "Clinton, asked whether she would run, said": the question is someone
  // else's, put to the subject.
  // But "“Is he serious?” asked Hale.": the quote before is the question.
  bool asker_follows = i == 0 && si > 0 && sentences_[si - 1].paragraph == sentences_[si].paragraph &&
                       !tokens_[si - 1].empty() && CloseQuote(tokens_[si - 1].back()) && next < w.size() &&
                       w.tok(next).Is(kCapitalized) && !w.Is(next, "about") && !w.Is(next, "if");
  if (cue.lemma == "ask" && cue.form == CueForm::kPast && !asker_follows &&
      (i == 0 || w.IsPunct(i - 1, ',') || w.Is(i - 1, "when") || w.Is(i - 1, "if") || w.Is(i - 1, "once")))
    return;
  // "a play called “Sons of Trump”", "a book called “Work”": a reduced
  // relative names the noun before it; nobody speaks.
  if (cue.lemma == "call" && cue.form == CueForm::kPast && i > 1 && next < w.size() &&
      OpenQuote(w.tok(next)) && w.tok(i - 1).Is(kWord) && !w.tok(i - 1).Is(kCapitalized) &&
      !IsSpeakerNoun(w.low(i - 1)) && !IsClauseSubject(w.low(i - 1)) && !IsAuxiliary(w.low(i - 1)) &&
      !IsFunctionWord(w.low(i - 1)) && !w.Is(i - 2, "what"))
    return;
  // "a reporter asked if ...", "asked him whether ...": a question put, nothing stated.
  if (cue.lemma == "ask")
    for (size_t t = next; t < w.size() && t < next + 4 && w.tok(t).Is(kWord); ++t)
      if (w.Is(t, "if") || w.Is(t, "whether")) return;
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
    // "..., referring to the senator": the gerund names whom the speaker
    // meant, no claim of its own.
    if (!particle || cue.form == CueForm::kGerund) return;
    if (w.Is(next, "out")) ++next;
  }
  if ((lemma == "see" || lemma == "view" || lemma == "know" || lemma == "link") &&
      (cue.form != CueForm::kPresent && cue.form != CueForm::kBase))
    return;
  // "swings, which researchers link to the climate": the object is a gap before the cue.
  if (lemma == "link" && w.Is(next, "to")) return;
  // "continued:" reports; "continue to support", "continue in Darfur" do not.
  // "“...,” Sanders continued.": the quote before is what went on being said.
  bool quote_before_cue = cue.lemma == "continue" && QuoteClosesWithin(w, i, 5);
  if (cue.lemma == "continue" && !(quote_before_cue && IsEndPunct(w, next)) &&
      !(w.IsPunct(next, ':') || w.IsPunct(next, ',') || w.Is(next, "that") ||
        (next < w.size() && OpenQuote(w.tok(next)))))
    return;
  // "reacted sharply to the deal, “...”" reports; "people react to peanuts" does not.
  if (cue.lemma == "react") {
    size_t t = next;
    while (t < w.size() && t < next + 12 && !IsEndPunct(w, t) && !w.IsPunct(t, ',') && !w.IsPunct(t, ':')) ++t;
    if (!(t + 1 < w.size() && (w.IsPunct(t, ',') || w.IsPunct(t, ':')) && OpenQuote(w.tok(t + 1)))) return;
  }
  // "member states to counter": "state" reports only before its content.
  // "Emery states, “...”" and "stating on NBC that" report too.
  bool quote_next = (next < w.size() && OpenQuote(w.tok(next))) ||
                    (w.IsPunct(next, ',') && next + 1 < w.size() && OpenQuote(w.tok(next + 1)));
  if ((lemma == "state" || lemma == "email") && cue.form != CueForm::kPast &&
      !(w.Is(next, "that") || w.IsPunct(next, ':') || quote_next || w.Is(SkipCircumstances(w, next), "that")))
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
    if (past > next && w.Is(NegatedTo(w, past), "to")) next = past;
  }
  // "plans to lift sanctions", "wants to run", "declined to comment",
  // "agreed to plead guilty", "agreed to the cancellation": an intention or a
  // deal is reported, nothing is stated.
  size_t to = cue.cls == CueClass::kCommit || cue.cls == CueClass::kAttitude ? NegatedTo(w, next) : next;
  if (w.Is(to, "to") && (lemma == "plan" || lemma == "intend" || lemma == "decide" || lemma == "decline" ||
                           lemma == "refuse" || lemma == "seek" || lemma == "want" || lemma == "hope" ||
                           lemma == "wish" || lemma == "agree"))
    return;
  // "wanted his wife to collect the insurance", "want you to know": a wish
  // about someone else states nothing either; only "wants that ..." may.
  if ((lemma == "want" || lemma == "wish") && !w.Is(next, "that")) return;
  if (cue.cls == CueClass::kCommit) {
    // "vowed that the city would be rebuilt" promises a state of affairs;
    // "“We will not back down,” Ochoa vowed." promises in its quote.
    bool quote_before = QuoteClosesWithin(w, i, 8);
    bool ok = w.Is(to, "to") || w.Is(next, "talks") || w.Is(next, "negotiations") || w.Is(next, "dialogue") ||
              (w.Is(next, "that") && cue.lemma != "decide" && cue.lemma != "plan") ||
              (quote_before && cue.form == CueForm::kPast && cue.lemma != "decide" && cue.lemma != "plan" &&
               cue.lemma != "decline" && cue.lemma != "refuse" && cue.lemma != "seek" && cue.lemma != "intend" &&
               (IsEndPunct(w, SkipTimes(w, next)) || w.IsPunct(SkipTimes(w, next), ',')));
    if (!ok) return;
  }
  // Skip auxiliaries, adverbs and times back to the source: "The Times on
  // Saturday wrote", "Sanders on Tuesday said".
  size_t k = i;
  // "Lee made it clear that": the subject stands before the phrase's verb.
  if (size_t first = i; PhrasalCueEnding(w, i, &first)) k = first;
  bool aux_frame = false;
  // "Kaine went on to say", "she began to argue", "he continued to insist":
  // a verb of going on before the infinitive cue; its subject speaks.
  if (cue.form == CueForm::kBase && (cue.cls == CueClass::kSpeech || cue.cls == CueClass::kTell) && i >= 3 &&
      w.Is(i - 1, "to")) {
    size_t v = w.Is(i - 2, "on") ? i - 3 : i - 2;
    std::string_view vl = w.low(v);
    bool going_on = vl == "continued" || vl == "continues" || vl == "continue" || vl == "continuing";
    if (vl == "went" || vl == "goes" || vl == "go" || vl == "began" || vl == "begins" || vl == "proceeded" ||
        vl == "proceeds" || vl == "hastened" || vl == "rushed" || vl == "moved" || vl == "sought" || vl == "tried" ||
        vl == "took" || vl == "used" || going_on)
      k = v;
    // "she is continuing to insist": the auxiliary makes a progressive, no passive.
    aux_frame = vl == "continuing";
    // "Caudevilla was keen to stress that", "she was quick to point out": an
    // adjective of readiness after a copula; the copula's subject speaks.
    if ((vl == "keen" || vl == "quick" || vl == "careful" || vl == "eager" || vl == "anxious" || vl == "swift") &&
        v > 1 && IsPassiveAux(w.low(v - 1))) {
      k = v - 1;
      aux_frame = true;
    }
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
    // "He's said", "they’ve argued": the tokeniser splits the pronoun from its auxiliary.
    bool clitic = k >= 2 && IsSubjectPronoun(w.low(k - 2)) && IsAuxiliaryClitic(w.low(k - 1));
    // "Officials there said", "her campaign workers here said": a place adverb after the subject.
    bool place = k >= 2 && (w.Is(k - 1, "here") || w.Is(k - 1, "there")) &&
                 w.tok(k - 2).Is(kWord) && !IsAuxiliary(w.low(k - 2)) && !IsFunctionWord(w.low(k - 2)) &&
                 !LookupCue(w.low(k - 2));
    // "Carter however said", "the mayor meanwhile argued": a connective without commas.
    // ("are too concerned" intensifies instead.)
    bool connective = k == i && k >= 2 && IsDiscourseAdverb(w.low(k - 1)) && !w.Is(k - 1, "too") &&
                      w.tok(k - 2).Is(kWord) && !IsAuxiliary(w.low(k - 2));
    if ((IsSkippableAt(w, k - 1) && !(k == i && NameBeforePast(w, k - 1, cue))) || floating || clitic || place ||
        connective) {
      --k;
    } else if (size_t b = TimeRunStart(w, k); b < k) {
      k = b;
    } else if (k >= 4 && w.IsPunct(k - 1, ',') && IsDiscourseAdverb(w.low(k - 2)) && w.IsPunct(k - 3, ',')) {
      k -= 3;  // "Proponents of the bill, however, say": the aside is no subject
    } else if (size_t a = k >= 5 && w.IsPunct(k - 1, ',') ? DiscourseAsideStart(w, k - 1) : kNoIndex;
               a != kNoIndex) {
      k = a;  // "Supporters, on the other hand, argued", "Lee, for his part, said"
    } else {
      break;
    }
  }
  // "knows a thing or two", "maintains 90,000 miles of cable", "declared
  // martial law", "wrote the software", "acknowledged the contributions of":
  // with an object and no clause these verbs do something rather than state
  // something. Not when the content came first: "“Our nation is in danger,”
  // Essid declared", "The plan is dead, she wrote".
  // "the team that wrote ...": after a relative pronoun the content follows.
  // "“...,” his wife, Ana Lazar, wrote": past a source with its appositive.
  bool content_before = !(k > 0 && IsRelativePronoun(w.low(k - 1))) &&
                        (QuoteClosesWithin(w, k, 10) || QuoteBeforeAside(w, k) || ClauseThenSource(w, k, next));
  if (!content_before && TakesOnlyClause(lemma) && !ClauseFollows(w, next) &&
      !(cue.cls == CueClass::kSpeech && ThatAfterAside(w, next) != kNoIndex))
    return;
  // "learn how to fix it", "knows how to win": a skill, not a finding.
  if ((lemma == "learn" || lemma == "know") && w.Is(next, "how") && w.Is(next + 1, "to")) return;
  // Passive "it was reported", "he was told": no source here. But a state
  // of mind is no passive: "she is confident that", "they were worried about".
  bool state = cue.cls == CueClass::kState ||
               ((cue.cls == CueClass::kAttitude || cue.cls == CueClass::kCognition) &&
                (w.Is(next, "that") || w.Is(next, "about")));
  if (cue.cls == CueClass::kState && !(w.Is(next, "that") || w.Is(next, "about") || w.Is(next, "of"))) return;
  if (ToldToReporter(w, si, i, next)) return;
  if (!state && !aux_frame && k < i && IsPassiveAux(w.low(k)) && cue.form != CueForm::kGerund) return;
  if (!state && i > 0 && IsPassiveAux(w.low(i - 1)) && cue.form != CueForm::kGerund) return;

  // "Trump is demanding ...", "they have been calling for ...": a
  // progressive is a finite verb with its subject before it.
  bool progressive = false;
  for (size_t a = k; a < i && cue.form == CueForm::kGerund; ++a) progressive = progressive || IsPassiveAux(w.low(a));
  if (cue.form == CueForm::kGerund && !progressive) {
    Gerund(w, si, i, cue, first_claim);
    return;
  }

  std::optional<VerbSubject> subject = VerbSource(w, si, i, k, next, cue, first_claim);
  if (!subject) return;
  VerbContent(w, si, i, next, call_on, cue, std::move(*subject));
}

}  // namespace claimkb::extract
