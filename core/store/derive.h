// Index entries as a pure function of the records they index. Ingest writes
// them, Import rebuilds them, Check compares them with what is on disk, so
// the three can never disagree about what an index should hold.
#pragma once

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.h"
#include "core/store/keys.h"
#include "core/store/values.h"

namespace claimkb::store::derive {

struct Entry {
  keys::Cf cf;
  std::string key;
  std::string value;
};

struct StoredEdge {
  keys::EdgeKey key;
  std::string why;
};

// The time a claim sorts by: the earliest known time of the events of its
// document that it reports (claim.events, or events listing it in
// event.claims), else the earliest known time it mentions, else its said_on
// day, else unknown (empty begin).
model::TimeRef ClaimTime(const model::Claim& c, const std::vector<model::Event>& doc_events);

// The actors of a claim (speakers, via, mentioned) or an event (agents,
// patients, place) with the distinct roles each plays, ascending; by actor id.
// Views into the claim or event.
struct ActorRoles {
  std::string_view actor;
  std::array<Role, 3> roles;
  uint8_t n = 0;
  std::span<const Role> list() const { return {roles.data(), n}; }
};
void ClaimActors(const model::Claim& c, std::vector<ActorRoles>* out);
void EventActors(const model::Event& e, std::vector<ActorRoles>* out);

// Every index entry of one document and its claims and events (idx_url,
// idx_doc_*, idx_actor_claims, idx_timeline, idx_time, idx_unit, idx_kind),
// appended to out.
void DocumentEntries(const values::DocumentRecord& doc, const std::vector<model::Claim>& claims,
                     const std::vector<model::Event>& events, std::vector<Entry>* out);
// The idx_edges_in (and idx_disputes) entries of one edge; the edges record
// itself is keyed by from, so out-edges need no index.
void EdgeEntries(const keys::EdgeKey& edge, std::vector<Entry>* out);
void EdgeEntries(std::string_view from, model::EdgeType type, std::string_view to, std::string_view owner,
                 std::vector<Entry>* out);
// The idx_alias entries of an actor: its name and every alias, whole and from each later word.
void ActorEntries(const model::Actor& actor, std::vector<Entry>* out);

// Human-readable form of a key of any column family, for Check's messages.
std::string Describe(keys::Cf cf, std::string_view key);

}  // namespace claimkb::store::derive
