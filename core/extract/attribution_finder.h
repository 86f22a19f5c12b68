// The attribution finder's internals, shared by attribution*.cpp: one pass
// per sentence for cues (attribution.cpp, attribution_verbs.cpp), then the
// document-level passes (attribution_document.cpp). Not part of the API.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/extract/attribution.h"
#include "core/extract/cues.h"
#include "core/extract/quotes.h"
#include "core/extract/sources.h"
#include "core/extract/speaker_phrase.h"

namespace claimkb::extract {

inline constexpr size_t kNoIndex = static_cast<size_t>(-1);
inline constexpr size_t kMaxContentBytes = 4096;
inline constexpr size_t kMaxAppositionTokens = 16;

inline bool IsEndPunct(const Words& w, size_t i) {
  return i >= w.size() || w.IsPunct(i, '.') || w.IsPunct(i, '!') || w.IsPunct(i, '?');
}

// "for job growth.", "to the agency's board.": a prepositional phrase at
// token j closing its sentence with no verb or clause of its own.
bool VerblessPhrase(const Words& w, size_t j);

// Finds the claims of one document; single use, not thread-safe.
class AttributionFinder {
 public:
  AttributionFinder(std::string_view text, const std::vector<Sentence>& sentences,
                    const std::vector<std::vector<Token>>& tokens, const SentenceWords& words,
                    const QuoteMap& quotes, SourceResolver& sources)
      : text_(text), sentences_(sentences), tokens_(tokens), words_(words), actors_(sources.actors()),
        quotes_(quotes), sources_(sources) {
    sources_.KeepUnresolved(true);
  }
  ~AttributionFinder() { sources_.KeepUnresolved(false); }
  AttributionFinder(const AttributionFinder&) = delete;
  AttributionFinder& operator=(const AttributionFinder&) = delete;

  std::vector<ClaimDraft> Run();

 private:
  // --- content spans and emission (attribution.cpp)
  // A closing quote mark; a straight one (" or '') closes when its quote
  // (found per paragraph, so across sentence breaks) ends with it.
  bool CloseQuote(const Token& t) const;
  bool OpenQuote(const Token& t) const;
  // Whether a quote closes among the n tokens before token i.
  bool QuoteClosesWithin(const Words& w, size_t i, size_t n) const;
  // "“...,” Lee, who has run the office since 2019, wrote": whether a quote
  // closes before a short source whose aside, set off by commas, ends at token k.
  bool QuoteBeforeAside(const Words& w, size_t k) const;
  // The sentence index holding byte pos (the last one for a pos past the end).
  size_t SentenceAt(size_t pos, size_t from) const;
  // Marks the sentences a claim's cue and content touch as attributed.
  void Cover(const ClaimDraft& d);
  Range TrimEnd(Range r) const;
  // Content from token j to the end of its clause, or the quote opening there.
  Range ContentAfter(const Words& w, size_t j, size_t si) const;
  // ", but the editor said ...": whether the contrasting clause opening at
  // token j has a cue for its own verb, right after its subject, and so is
  // someone else's claim; "but beyond that he doesn't want", "but hasn't
  // decided" and "but never compromise on what they believe" go on with the claim.
  bool ContrastCue(const Words& w, size_t j) const;
  // Content from the sentence start (or the start of a quote it continues)
  // up to token `stop` (exclusive): "CONTENT, SOURCE CUE".
  Range ContentBefore(const Words& w, size_t stop, size_t si) const;
  ClaimDraft* Emit(size_t si, Range cue, std::string_view cue_text, Range content, std::vector<std::string> speakers,
                   std::string rule, double confidence);
  // The speakers of the closest earlier claim in this sentence, if any.
  const ClaimDraft* EarlierClaim(size_t first_claim, size_t before) const;

  // --- sentence patterns (attribution.cpp)
  // A headline or caption: words mostly capitalised and no closing
  // punctuation, or only a period when it is a paragraph of its own ("Lee
  // Vows To Fight On.", a title as plain-text corpora print it).
  static bool IsHeadline(const Words& w, bool own_paragraph);
  // Whether sentence si is its paragraph's only sentence.
  bool OwnParagraph(size_t si) const;
  // "PENCE: Well, look, ..." -- a transcript's speaker label opens the paragraph.
  // In a headline a capitalised name will do: "Pence: Trump Was Mocking Clinton Camp".
  void SpeakerLabel(const Words& w, size_t si, bool headline);
  // Whether the word `name` stands in the text outside `except`.
  bool NamedElsewhere(std::string_view name, Range except) const;
  static bool IsPluralPhrase(const Words& w, const Phrase& p);
  static bool IsDash(std::string_view t);
  // “QUOTE.” ― Jane Roe: a quote signed with a dash and a name closing the sentence.
  void DashSignature(const Words& w, size_t si);
  // "... surprise pollster Daron Shaw: “Historically, ...”": a name, a colon and a quote.
  void ColonQuote(const Words& w, size_t si);
  // "In an interview, Reed went further: “...”": a subject, its verb, a colon and a quote closing the sentence.
  void ClauseColonQuote(const Words& w, size_t si);
  // "“This is fantastic!” beamed Ann Roe.", "“Let me talk,” Trump shot back.":
  // a quote opening the sentence, closed by a comma, "!" or "?" and followed
  // by a speaker and a verb of its own (or the verb, then the speaker) with
  // nothing after but a circumstance: whatever the verb, the quote is the
  // speaker's.
  void QuoteTailVerb(const Words& w, size_t si);
  // The phrase starting at `first` is headed by poll(s) or survey(s).
  static bool IsPollAt(const Words& w, size_t first);
  void ScanSentence(size_t si);
  // "it seems that", "X appears to", "X is expected to": a hedge. A subject
  // that speaks ("Stumpf appeared to blame") gets a hedged claim; otherwise the
  // sentence stays in the article's voice. True when token i is such a cue.
  bool Sourceless(const Words& w, size_t si, size_t i);
  // "According to SOURCE, CONTENT", "As reported by SOURCE, CONTENT": the cue
  // spans tokens [i, cue_last], the source follows it.
  void AccordingTo(const Words& w, size_t si, size_t i, size_t cue_last, std::string_view rule);
  // Phrases that frame a claim as someone's (attribution_framing.cpp): "as
  // Smith put it", "In Smith's view,", "In the words of Smith,", "By his
  // count,". True when token i opens one and its claim was emitted.
  bool FramingPhrase(const Words& w, size_t si, size_t i);
  // "his claim that ...", "Lee's warning that ...": a noun of saying or
  // believing owned by a speaker, with its clause (attribution_framing.cpp).
  bool OwnedNounCue(const Words& w, size_t si, size_t i);
  // "in what officials called a hate crime", "what he describes as a hoax":
  // the naming is the source's claim. True when token i ("what") opens one
  // and its claim was emitted.
  bool WhatSourceCalls(const Words& w, size_t si, size_t i);

  // --- verb cues (attribution_verbs.cpp: is the verb a report; _source.cpp, _content.cpp, _gerund.cpp)
  void VerbCue(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim);
  // "Two files were lost, Lee, the agency's archivist, wrote in a memo.": a
  // clause closed by a comma before the source (whose verb stands at k) and
  // nothing after the cue (`next` on) but its circumstances.
  static bool ClauseThenSource(const Words& w, size_t k, size_t next);
  // "We're told the footage exists", "I'm told that": the reporter's unnamed
  // sources speak; the claim is kept with no speaker. True when emitted.
  bool ToldToReporter(const Words& w, size_t si, size_t i, size_t next);
  // The source of a verb cue and the speakers it resolves to.
  struct VerbSubject {
    Phrase phrase;
    std::vector<std::string> speakers;
    std::string rule;
    bool relative = false;  // the antecedent of "who"/"which" before the cue
  };
  // The source of the verb cue at i: its subject before token k (the cue less
  // the auxiliaries, adverbs and times before it), or the source right after
  // it ("CONTENT, said Smith", emitted here). Empty when the cue has no source
  // or its claim is emitted already; `next`: the token after the cue.
  std::optional<VerbSubject> VerbSource(const Words& w, size_t si, size_t i, size_t k, size_t next, const Cue& cue,
                                        size_t first_claim);
  // "Four local papers, including the Ledger, said he should go": the
  // phrase opening the sentence, set off from the cue at i by its
  // apposition or tail, is the cue's subject.
  std::optional<VerbSubject> SubjectOpeningSentence(const Words& w, size_t si, size_t i, const Cue& cue);
  // Finds the content of the verb cue at i whose source is `subject` and emits the claim.
  void VerbContent(const Words& w, size_t si, size_t i, size_t next, bool call_on, const Cue& cue,
                   VerbSubject subject);
  // The phrase headed by a speaker noun that a prepositional or participle
  // tail ending at p.last hangs from: "experts on North Korea", "a poll
  // released Friday".
  static std::optional<Phrase> SpeakerNounBefore(const Words& w, const Phrase& p);
  // "Cruz urged Republicans to vote and said he was standing on principle":
  // the second verb's subject is the first's, the speaker of the claim just
  // found in this sentence or the phrase that opens it.
  void Coordinated(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim);
  // Skips the listener of a telling verb: "told reporters", "told him", "assured us".
  // "warned Pyongyang to refrain", "told his aides to wait": before an
  // infinitive the listener is part of what was said.
  // A short quote after the listener is a show's title: "told MSNBC's
  // “Morning Joe” that ...".
  size_t SkipListener(const Words& w, size_t j) const;
  // Skips the circumstances after a cue ("in a statement", "on CNN's show",
  // "Monday", "last week"); returns the first token after them.
  static size_t SkipCircumstances(const Words& w, size_t j);
  // "said — on Twitter, as it happens — that", "told the board, while
  // testifying, that": an aside from token j on, closed by a comma or a dash
  // right before "that". Returns the token of that "that", or kNoIndex.
  static size_t ThatAfterAside(const Words& w, size_t j);
  // Skips times only ("on Tuesday", "last week", "Monday"); returns the first token after them.
  static size_t SkipTimes(const Words& w, size_t j);
  // "said Tom Lee, an economist at the bank, would": the comma closing the
  // apposition that the comma at token `comma` opens, or `comma` itself when
  // none does (a clause or a quote resumes right after it).
  static size_t PastApposition(const Words& w, size_t comma);
  // The actor that carries a source named at token `source_first`: the
  // subject of a carrying verb earlier in the same clause.
  std::vector<std::string> CarriedBy(const Words& w, size_t si, size_t source_first);
  // "Roginsky, quoted by the website Vesti, said": the outlet in an aside
  // between the source and its cue relays the claim.
  // "CONTENT, SOURCE CUE", "CONTENT," CUE SOURCE: a comma closes o's content.
  bool CommaEndsContent(const ClaimDraft& o) const;
  bool QuotedReport(const Words& w, size_t i) const;
  std::vector<std::string> QuotedByAside(const Words& w, size_t si, size_t from, size_t cue);
  // A report relayed inside a quote (attribution_relay.cpp): a named subject
  // and a cue of saying or telling with its clause: “Senator Lee told me he
  // would vote no,” Roe said.
  bool QuotedRelay(const Words& w, size_t i) const;
  // “We used a method from earlier studies, which showed that speed and care
  // go together”: a relative clause of saying or showing inside a quote, its
  // antecedent the source (`k`: the first token of the cue with its auxiliaries).
  bool QuotedRelative(const Words& w, size_t i, size_t k, const Cue& cue) const;
  // The quote holding inner's cue lies in o's content, so o relays inner even
  // when inner's content ran on past the quote (attribution_relay.cpp).
  bool QuoteHolds(const ClaimDraft& o, const ClaimDraft& inner) const;
  // "..., saying that", "offering talks": the subject of the clause speaks.
  void Gerund(const Words& w, size_t si, size_t i, const Cue& cue, size_t first_claim);
  // "marchers and spectators" before the gerund at i: the speakers of both
  // conjuncts, the first ending at first.last; none unless the second ends
  // right before i.
  std::vector<std::string> JoinedSubject(const Words& w, size_t si, const Phrase& first, size_t i);
  // The subject of the main clause before token i, with its verb right after
  // it: the phrase opening the sentence, or one after an opening clause
  // ("Amid the protests, Smith wrote ..., saying"); from token `from` on,
  // where a phrase may start with no comma before it.
  std::vector<std::string> MainClauseSubject(const Words& w, size_t si, size_t i, size_t from);
  // --- passive cues (attribution_passive.cpp)
  // "The outlook was described as grim by the agency": emits the claim of the
  // agent after "by"; false when the cue at i is no such passive.
  bool PassiveBy(const Words& w, size_t si, size_t i, const Cue& cue);
  // "Asked whether he would run, Lee said no", "..., she said when asked
  // about the vote": the question is a claim, its asker unnamed (or named
  // after "by"). Run after the quote passes, so that no later cue or quote
  // takes its missing speaker. True when token i opens one and its claim was emitted.
  void AskedQuestions();
  bool AskedQuestion(const Words& w, size_t si, size_t i);

  // --- document-level passes (attribution_document.cpp)
  // A sentence that is all quote, with no cue, right after an attributed
  // quote continues it (into the next paragraph too when the quote was left
  // open, the news convention): the claim's span grows over it.
  void ContinuedQuotes();
  // A sentence whose only claims report inside a quote ("“..., which showed
  // that ...”") is still an uncued quote for the passes that give quotes their
  // speakers: it is marked uncovered until they are done.
  void UncoverQuotedReports();
  // A claim reported inside a quote: its cue stands in the quote.
  bool IsQuotedReport(const ClaimDraft& d) const;
  // An uncued quote sentence further into a paragraph whose last claim has a
  // clear speaker (nobody else named since) is that speaker's, with the
  // quoted sentences after it: "Lee said the delay was costly. “We lost a
  // season.”" `n`: the claims found by the sentence scan. Returns the last
  // sentence the claim took.
  size_t QuoteRun(size_t si, size_t n);
  // Whether sentence si holds a word, not just marks (". . .").
  bool HasWords(size_t si) const;
  // “...,” wrote user jk84: a quote closed with a comma and followed by
  // words in its sentence has a source of its own there, found or not, so it
  // never goes on with an earlier speaker.
  bool QuoteHasTail(size_t si) const;
  // Whether one of the first `n` claims (those of the sentence scan) has its
  // cue among the first words of sentence si: "Estrada said of the plan.".
  bool OpensWithCue(size_t si, size_t n) const;
  // A quote opening a sentence with no cue anywhere near, right after a
  // sentence or paragraph that names one person outside quotes ("Lee runs the co-op.
  // “We keep losing boats.”"): the news convention makes it that person's.
  void IntroducedQuotes();
  // "Roe said the catch was the smallest in years. The price is “as low as
  // I've ever seen.”": a sentence with no cue whose quote speaks in the first
  // person, right after a sentence whose last cue is a person's, is that
  // person's (a mixed claim), unless it names someone else.
  void MixedQuoteRuns();
  // Sentence indices [first, last] of one paragraph.
  struct Paragraph {
    size_t first = 0;
    size_t last = 0;
  };
  // --- passes of quote_paragraphs.cpp, run at the end of IntroducedQuotes
  std::vector<Paragraph> Paragraphs() const;
  // A short line with no closing punctuation, a crosshead between paragraphs.
  bool IsSubheading(const Paragraph& p) const;
  // A paragraph that is one quote (or several) and has no claim yet.
  bool IsQuoteParagraph(const Paragraph& p) const;
  // An uncued quote paragraph right after a paragraph whose last claim is by
  // a clear last speaker (nobody else named after it) is that speaker's, and
  // so is the next such paragraph: the news convention for long quotes and
  // block quotes.
  void QuoteParagraphs();
  // "Lee put it bluntly in her speech: “We are out of money.”": a quote
  // after a colon that closes a sentence whose subject is a person and whose
  // verb is no cue is that person's.
  void SubjectColonQuote();
  // "President Obama also said:" closing a paragraph, then short one-line
  // paragraphs: each item is the speaker's claim.
  void ListAfterColon();
  // --- interview_answers.cpp
  // A Q&A interview ("Q: ..." and "A: ..." paragraphs, two of each at
  // least): every answer, with the unlabelled paragraphs after it, is the
  // interviewee's, the person its introduction names most often.
  void InterviewAnswers();
  // A transcript: the unlabelled paragraphs between two speaker labels
  // ("PENCE: ...", "BLITZER: ...") go on with the turn of the first.
  void TranscriptTurns();
  // "These deals take time, he said, according to a transcript": the claim is
  // the speaker's, relayed by the transcript; the separate claim of "he said"
  // right before "according to" goes.
  void SaidAccordingTo();
  // Whether the text [from, to) is a few words of circumstance and no clause.
  bool CircumstanceGap(size_t from, size_t to) const;
  // "CONTENT, the regional government was quoted as saying by the Interfax
  // news agency": the government speaks, via the agency.
  void QuotedAsSaying();
  // Emit with no cue range: the claim stands in its content's sentences only.
  ClaimDraft* EmitLocal(size_t si, std::string_view cue_text, Range content, std::vector<std::string> speakers,
                        std::string rule);
  // A claim reported inside another claim's content was relayed by that
  // claim's speakers: innermost first, then their own chain.
  void Relays();
  // --- attribution_unresolved.cpp, run at the end of Relays
  // A claim whose source is a pronoun with no referent found (a placeholder
  // of IsUnresolvedSource) is kept with no speaker, its cue and content, so
  // that no reported statement is lost. The first person outside quotes is
  // the author's own voice ("I think the plan will fail"): its sentence goes
  // back to AuthorVoice.
  void UnresolvedSources();
  void AuthorVoice();

  bool Covered(size_t si) const { return covered_[si] != 0; }

  std::string_view text_;
  const std::vector<extract::Sentence>& sentences_;
  const std::vector<std::vector<Token>>& tokens_;
  const SentenceWords& words_;
  ActorTable& actors_;
  const QuoteMap& quotes_;
  SourceResolver& sources_;
  std::vector<ClaimDraft> out_;
  std::unordered_multimap<size_t, size_t> emitted_;  // content.begin -> index in out_, while scanning
  std::vector<char> covered_;  // per sentence: some attribution's cue or content lies in it
  std::vector<size_t> uncovered_;  // sentences UncoverQuotedReports cleared
  // The last cue that reported an act, not a claim ("condemned the attack"):
  // a gerund after it speaks for the same subject ("..., saying ...").
  size_t act_cue_ = kNoIndex;  // byte where its cue begins
  std::vector<std::string> act_speakers_;
};

}  // namespace claimkb::extract
