// The actors of one document: gazetteer entries and names found by pattern
// (title + name, capitalised names, organisation heads, demonyms, metonymy),
// merged into one actor per referent ("Maduro" = "President Nicolas Maduro").
// Not thread-safe; one table per document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/actor_scan.h"
#include "core/extract/names.h"
#include "core/extract/quotes.h"
#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

struct ActorMention {
  Range range;       // bytes of the body text
  size_t actor = 0;  // index into ActorTable::actors()
};

class ActorTable {
 public:
  // `text` and `quotes` (the quotes of text) must outlive the table.
  ActorTable(std::string_view text, std::string_view author, std::string_view publisher, const QuoteMap& quotes);

  // Finds every actor mention; `tokens[i]` are the tokens of `sentences[i]`.
  void FindMentions(const std::vector<Sentence>& sentences,
                    const std::vector<std::vector<Token>>& tokens);

  // The actor a source phrase text[range) in sentence `sentence` refers to: a
  // name or alias, a description ("the Venezuelan President"), a pronoun
  // (resolved to the nearest fitting earlier actor) or a document ("the
  // letter"). An unknown noun phrase that can speak ("a top Venezuelan
  // official", "officials") becomes a new actor. nullopt when it is no actor.
  std::optional<size_t> ResolveSource(Range range, size_t sentence);

  // Mentions that lie inside range, in text order.
  std::vector<ActorMention> MentionsIn(Range range) const;

  // The actor speaking in the article's own voice: its author, else its
  // publisher; nullopt when neither is known (the voice is then the document's).
  std::optional<size_t> AuthorActor();

  // Whether the actor was found by its name (gazetteer entry or name pattern),
  // not only described in a source phrase ("officials", "a civil lawsuit").
  bool Named(size_t actor) const { return info_[actor].named; }

  const std::vector<model::Actor>& actors() const { return actors_; }
  const std::vector<ActorMention>& mentions() const { return mentions_; }

 private:
  // What the table knows about an actor beyond model::Actor.
  struct Info {
    std::string country;       // country id of a person or body
    std::string doc_head;      // "letter" for a document actor
    size_t last = kNever;      // byte offset of the latest resolved mention
    size_t last_sentence = 0;
    bool plural = false;       // "officials", "analysts"
    bool named = false;
  };
  struct Found {
    Range range;
    size_t actor = 0;
    size_t sentence = 0;
  };
  static constexpr size_t kNever = static_cast<size_t>(-1);

  // A source phrase: where it starts, its sentence and the actor it named.
  struct Spoke {
    size_t pos = 0;
    size_t sentence = 0;
    size_t actor = 0;
  };

  std::optional<size_t> ResolveSourcePhrase(Range range, size_t sentence);
  // "the officials" after "Con Edison officials": the actor mentioned last, in this
  // sentence or the three before, whose name ends on the plural noun.
  std::optional<size_t> NamedGroup(std::string_view plural, size_t before, size_t sentence) const;
  // "data analysis firm | 1010data": the mention right after a phrase that ends on a
  // descriptive noun (`last`, its last token, ending at `end`), which the phrase left out.
  std::optional<Found> NameAfterDescription(const Token& last, size_t end) const;
  // "his spokesman": the owner the possessive refers to, named in the actor ("Morgan Tsvangirai’s spokesman").
  std::optional<size_t> ResolveOwned(std::string_view possessive, Range phrase, Range rest, bool person,
                                     size_t sentence);
  size_t AddActor(model::Actor actor);
  size_t FromGazetteer(int entry);
  size_t FromCandidate(const Candidate& c);
  void AddTitle(size_t actor, std::string_view title);
  void AddAlias(size_t actor, std::string_view surface);
  void AddMention(Range range, size_t actor, size_t sentence);
  void Mention(const Candidate& c, size_t actor);
  std::optional<size_t> ResolveSingle(const Candidate& c);
  // The person whose surname `name` is, named nearest before `pos` (else after).
  std::optional<size_t> BySurname(std::string_view name, size_t pos) const;
  // The latest person mentioned before `before` whose title fits ("president"
  // fits "President", not "Vice President"), in `country` when given.
  std::optional<size_t> Describe(std::string_view title, std::string_view country, size_t before);
  // "the gang": the latest fitting actor within a few sentences.
  std::optional<size_t> ReferBack(std::string_view noun, size_t before, size_t sentence);
  // `speaker`: the pronoun is a source, so the latest speaker comes first.
  std::optional<size_t> ResolvePronoun(std::string_view lower, size_t before, size_t sentence, bool speaker = true);
  // `noun` is the head in the singular, which finds the document again; `word`
  // the head as written, which names it ("election results").
  std::optional<size_t> ResolveDocument(Range phrase, Range head, std::string_view modifier, std::string_view noun,
                                        std::string_view word, size_t sentence);
  size_t SentenceOf(size_t pos) const;
  bool SentenceStart(size_t pos) const;
  // Whether pos lies in a phrase that opens its sentence before its first
  // comma: "Appearing on Face the Nation", "In an interview with Lee", "As Lee spoke".
  bool InOpeningPhrase(size_t pos) const;

  std::string_view text_;
  std::string author_;
  std::string publisher_;
  std::vector<model::Actor> actors_;
  std::vector<ActorMention> mentions_;
  std::optional<size_t> author_actor_;

  std::string lower_;  // ASCII-lower-cased text_, same offsets
  std::vector<Sentence> sentences_;
  std::vector<DocPhrase> documents_;
  const QuoteMap& quotes_;
  std::vector<Info> info_;          // parallel to actors_
  std::vector<Found> found_;        // parallel to mentions_, in text order
  std::vector<Spoke> spoke_;        // resolved source phrases, in the order resolved
  StringMap<size_t> by_id_;
  StringMap<size_t> by_surface_;    // name or alias as written -> actor
  StringMap<std::vector<std::pair<size_t, size_t>>> surnames_;  // last name -> (offset, person)
  StringMap<size_t> first_names_;   // given name -> the latest full-name person with it
  WordSet acronyms_;                // capitals that speak or stand among names somewhere in the text
};

}  // namespace claimkb::extract
