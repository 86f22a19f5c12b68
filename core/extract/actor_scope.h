// Which actors an extraction keeps and under which ids: descriptions that
// never speak are dropped, described actors get ids scoped to their document.
#pragma once

#include <string_view>
#include <vector>

#include "core/extract/actors.h"
#include "core/extract/provenance.h"
#include "core/extract/sources.h"
#include "core/model/types.h"

namespace claimkb::extract {

// "Tinder", "Quinnipiac University", "Bank of England": every word capitalised
// but the connectors, unlike "officials", "Texas voter" or "Trump’s supporters".
bool ProperName(std::string_view name);

// An actor known only from a source phrase ("officials", "a civil lawsuit",
// "his supporters") is an actor because it speaks: when no attribution keeps
// it as a speaker or intermediary, it leaves the claims' and events' actors.
void DropSilentDescriptions(const ActorTable& actors, SourceResolver& sources, model::Extraction& x);

// Gives described actors ids scoped to the document ("letter" ->
// "letter-4c8577a4"), names documents after their authors ("Nicolás Maduro’s
// letter"), and renames every reference.
void ScopeDescribedActors(model::Extraction& x, const std::vector<Provenance>& provenance);

}  // namespace claimkb::extract
