// What follows a cue verb: a statement ("condemned the attack as cowardly",
// "vowed that the city would be rebuilt"), a public commitment or plea ("vowed
// to rebuild the city", "urged the council to act", "called for an inquiry")
// or a mere object that reports an act, not a claim ("condemned the attack",
// "ordered a strike", "pushed for stricter rules", "citing growth").
#pragma once

#include "core/extract/cues.h"
#include "core/extract/sources.h"

namespace claimkb::extract {

// True when the words from token j on are only the object of the cue, so the
// cue reports nothing said; false for verbs whose object is always a claim
// ("said", "claimed") and whenever a clause, a quote or a predicate
// ("as ...", "for ...", "a disaster") follows.
bool IsMereObject(const Words& w, size_t j, const Cue& cue);

}  // namespace claimkb::extract
