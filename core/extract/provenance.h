// Provenance of the documents an article talks about: who wrote a letter or
// report ("the letter from Maduro", "Maduro says in the letter", "Maduro sent a
// letter"), who made it public ("published on Rodríguez's Telegram account")
// and when it was dated. Relay chains then run study -> letter -> its author ->
// its publisher, and a document's events reach its author's timeline.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/actors.h"
#include "core/extract/attribution.h"
#include "core/extract/events.h"
#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

struct Provenance {
  std::string document;   // actor id of the document
  std::string author;     // actor id, may be empty
  std::string publisher;  // actor id, may be empty
  std::optional<EventDraft> dated;  // "dated September 5": the document's writing, with its time
};

// `times` are the document's time expressions with BYTE spans, sorted by start.
std::vector<Provenance> FindProvenance(std::string_view text, const std::vector<Sentence>& sentences,
                                       const ActorTable& actors, const std::vector<model::TimeRef>& times);

// Extends relay chains through documents (document, then its author, then its
// publisher), adds authors and publishers to the events of their documents,
// and adds each document's dated event.
void ApplyProvenance(const std::vector<Provenance>& provenance, std::vector<ClaimDraft>& claims,
                     std::vector<EventDraft>& events);

}  // namespace claimkb::extract
