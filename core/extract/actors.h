// The actors of one document: gazetteer entries and names found by pattern
// (title + name, capitalised names, organisation heads, demonyms, metonymy),
// merged into one actor per referent ("Maduro" = "President Nicolas Maduro").
// Not thread-safe; one table per document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

struct ActorMention {
  Range range;       // bytes of the body text
  size_t actor = 0;  // index into ActorTable::actors()
};

class ActorTable {
 public:
  // `text` must outlive the table.
  ActorTable(std::string_view text, std::string_view author, std::string_view publisher);

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
  // publisher, else a generic "the article" actor.
  size_t AuthorActor();

  const std::vector<model::Actor>& actors() const { return actors_; }
  const std::vector<ActorMention>& mentions() const { return mentions_; }

 private:
  size_t AddActor(model::Actor actor);

  std::string_view text_;
  std::string author_;
  std::string publisher_;
  std::vector<model::Actor> actors_;
  std::vector<ActorMention> mentions_;
  std::optional<size_t> author_actor_;
};

}  // namespace claimkb::extract
