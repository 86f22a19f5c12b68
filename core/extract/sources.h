// Source phrases: the noun phrase that names who speaks ("a top Venezuelan
// official", "Trump and Rubio", "he", "a UN study"), found by scanning the
// tokens around a cue, and its resolution to actor ids through ActorTable.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/actors.h"
#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

// One sentence's tokens with their lowercased text (one buffer per sentence).
// Not copyable or movable: the views point into its own buffer.
class LowerTokens {
 public:
  explicit LowerTokens(const std::vector<Token>& tokens);
  LowerTokens(const LowerTokens&) = delete;
  LowerTokens& operator=(const LowerTokens&) = delete;
  const std::vector<Token>& tokens() const { return toks_; }
  const std::vector<std::string_view>& low() const { return low_; }

 private:
  const std::vector<Token>& toks_;
  std::string buf_;
  std::vector<std::string_view> low_;
};

// The lowercased tokens of every sentence of one document, built once and
// read by the passes that scan sentences (attributions, evidence, events).
// `tokens` must outlive it; read-only after construction.
class SentenceWords {
 public:
  explicit SentenceWords(const std::vector<std::vector<Token>>& tokens);
  const LowerTokens& operator[](size_t si) const { return sentences_[si]; }

 private:
  std::deque<LowerTokens> sentences_;  // a deque: elements never move
};

// One sentence's tokens with their lowercased text, and the known names in it.
class Words {
 public:
  // With `actors`, the multi-word mentions the table knows are kept, so that
  // a phrase never starts or ends inside one ("... and Inequality" of "the
  // Center on Poverty and Inequality").
  Words(const std::vector<Token>& tokens, const ActorTable* actors = nullptr);
  // The same over tokens already lowercased; `lower` must outlive it.
  explicit Words(const LowerTokens& lower, const ActorTable* actors = nullptr);
  size_t size() const { return toks_.size(); }
  const Token& tok(size_t i) const { return toks_[i]; }
  // Empty past the last token, like Is() and IsPunct().
  std::string_view low(size_t i) const { return i < n_ ? low_[i] : std::string_view(); }
  bool Is(size_t i, std::string_view lower) const { return i < n_ && low_[i] == lower; }
  bool IsPunct(size_t i, char c) const { return i < n_ && low_[i].size() == 1 && low_[i][0] == c; }
  const std::vector<Token>& tokens() const { return toks_; }
  // The first (last) token of the longest known mention holding token i; i when none does.
  size_t NameFirst(size_t i) const;
  size_t NameLast(size_t i) const;

 private:
  struct Span {
    size_t first = 0;
    size_t last = 0;
  };
  void FindNames(const ActorTable& actors);

  std::optional<LowerTokens> own_;  // when built from bare tokens
  const std::vector<Token>& toks_;
  const std::string_view* low_;  // n_ lowercased tokens, of own_ or a shared LowerTokens
  size_t n_;
  std::vector<Span> names_;  // known mentions of two or more tokens
};

// Word classes (lowercase input).
bool IsDeterminer(std::string_view w);
bool IsSubjectPronoun(std::string_view w);   // he she they we i you it
bool IsRelativePronoun(std::string_view w);  // who which that
bool IsFunctionWord(std::string_view w);     // closed-class words that end a noun phrase
bool IsSpeakerNoun(std::string_view w);      // official, spokesman, study, letter, ...
bool IsDocumentNoun(std::string_view w);     // letter, study, report, statement, ...
bool IsSkippable(std::string_view w);        // auxiliaries and adverbs between source and cue
bool IsSkippableAt(const Words& w, size_t i);  // IsSkippable, but "Kelly" is a name, not an adverb
bool IsTimeWord(std::string_view w);         // monday, month, earlier, yesterday, ...
bool IsTitleDot(const Words& w, size_t i);   // the period of "Mr." or "D." inside a name

// Tokens [first, last] of a sentence that name a source.
struct Phrase {
  size_t first = 0;
  size_t last = 0;
  bool pronoun = false;
};

// The noun phrase ending at token `last` (after skipping nothing); nullopt
// when the words there cannot name a speaker.
std::optional<Phrase> PhraseEndingAt(const Words& w, size_t last);
// The noun phrase starting at token `first`.
std::optional<Phrase> PhraseStartingAt(const Words& w, size_t first);

// The placeholder id a pronoun source stands for while its referent is not
// found: "?" and the pronoun ("?he"); "?" alone for a subject that is no noun
// phrase ("soon", "similar"). Never leaves the attribution finder, whose last
// pass keeps the claim with no speaker.
bool IsUnresolvedSource(std::string_view id);

// Resolves source phrases to actor ids, through ActorTable first and, for
// named or descriptive phrases it does not know, through actors of its own.
class SourceResolver {
 public:
  SourceResolver(std::string_view text, ActorTable& actors) : text_(text), actors_(actors) {}
  // Actor ids of the phrase's referents; "Trump and Rubio" gives two. Empty
  // when it names nobody (an unresolved pronoun, a non-speaker noun).
  std::vector<std::string> Resolve(const Words& w, const Phrase& p, size_t sentence);
  // Resolve, but a phrase in a position that only a source can hold
  // ("according to the top British medical journal") names one even when
  // it is not known: a new actor. A lone modifier ("soon", "similar") names
  // no one; while KeepUnresolved is on it gives the placeholder "?".
  std::vector<std::string> ResolveAny(const Words& w, const Phrase& p, size_t sentence);
  // A lone capitalised word right before a cue ("Verizon said") that the
  // table does not know: an organisation of its own, unless it is a word
  // that only starts sentences, a month, a title or a place word.
  std::vector<std::string> ResolveBareName(const Words& w, size_t i, size_t sentence);
  // The document's own group for a quantified subject ("61 percent",
  // "nearly half", "others"), named in lower case.
  std::vector<std::string> ResolveQuantified(const Words& w, const Phrase& p);
  ActorTable& actors() { return actors_; }
  // The actor type of an id returned by Resolve.
  model::ActorType TypeOf(const std::string& id) const;
  // Actors this resolver created (not in the ActorTable).
  std::vector<model::Actor>& own() { return own_; }
  // While on, Resolve gives a pronoun it cannot resolve the placeholder of
  // IsUnresolvedSource, so that the claim it speaks is kept (the attribution
  // finder turns it on for its run); off, such a pronoun names nobody.
  void KeepUnresolved(bool on) { keep_unresolved_ = on; }

 private:
  std::optional<std::string> ResolveOne(const Words& w, size_t first, size_t last, size_t sentence);
  std::vector<std::string> ResolveAll(const Words& w, const Phrase& p, size_t sentence);

  // The latest source resolved: "Forecasters said X. Y, they said" goes on
  // with a group of this resolver's own, which the table's pronouns never see.
  struct LastSource {
    size_t pos = 0;
    size_t sentence = 0;
    std::string own_group;  // its id when it is one of own_ and a group
    bool set = false;
  };

  std::string_view text_;
  ActorTable& actors_;
  std::vector<model::Actor> own_;
  LastSource last_;
  bool keep_unresolved_ = false;
};

}  // namespace claimkb::extract
