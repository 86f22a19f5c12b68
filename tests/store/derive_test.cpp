#include <catch2/catch.hpp>

#include <algorithm>

#include "core/store/derive.h"

using namespace claimkb;
using namespace claimkb::store;

namespace {

std::vector<derive::Entry> Of(const std::vector<derive::Entry>& all, keys::Cf cf) {
  std::vector<derive::Entry> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const derive::Entry& e) { return e.cf == cf; });
  return out;
}

}  // namespace

TEST_CASE("an actor in several roles of a claim gets one timeline entry listing each role once",
          "[store][derive]") {
  model::Claim c;
  c.id = "c-1";
  c.document_id = "d-1";
  c.text = "Prices will rise, the minister said, citing the central bank.";
  c.said_on = "2025-03-04";
  c.attribution.speakers = {"ana-ruiz", "ana-ruiz"};
  c.attribution.via = {"central-bank"};
  c.actors = {"central-bank", "ana-ruiz", "farm-union"};
  std::vector<derive::ActorRoles> actors;
  derive::ClaimActors(c, &actors);
  REQUIRE(actors.size() == 3);
  CHECK(actors[0].actor == "ana-ruiz");
  CHECK(std::vector<Role>(actors[0].list().begin(), actors[0].list().end()) ==
        std::vector<Role>{Role::kSpeaker, Role::kMentioned});
  CHECK(actors[1].actor == "central-bank");
  CHECK(std::vector<Role>(actors[1].list().begin(), actors[1].list().end()) ==
        std::vector<Role>{Role::kVia, Role::kMentioned});
  CHECK(actors[2].actor == "farm-union");

  values::DocumentRecord doc;
  doc.document.id = "d-1";
  doc.document.published = "2025-03-05";
  std::vector<derive::Entry> all;
  derive::DocumentEntries(doc, {c}, {}, &all);
  const auto timeline = Of(all, keys::Cf::kIdxTimeline);
  REQUIRE(timeline.size() == 3);
  keys::TimelineKey k;
  values::TimelineValue v;
  REQUIRE(keys::Decode(timeline[0].key, &k));
  REQUIRE(values::Decode(timeline[0].value, &v).ok());
  CHECK(k.actor == "ana-ruiz");
  CHECK(v.roles == std::vector<Role>{Role::kSpeaker, Role::kMentioned});
  CHECK(v.label == c.text);
  CHECK(v.document_id == "d-1");
  CHECK(Of(all, keys::Cf::kIdxActorClaims).size() == 5);  // ana 2, bank 2, union 1
  // idx_said: the every-claim entry plus one per actor, keyed by the day it was said.
  const auto said = Of(all, keys::Cf::kIdxSaid);
  REQUIRE(said.size() == 4);
  REQUIRE(keys::Decode(said[0].key, &k));
  CHECK(k.actor.empty());
  CHECK(k.time.date == "2025-03-04");
}

TEST_CASE("an event's repeated agent is one role; agent, patient and place come in that order", "[store][derive]") {
  model::Event e;
  e.id = "e-1";
  e.agents = {"army", "army"};
  e.patients = {"rebels", "army"};
  e.place = "army";
  std::vector<derive::ActorRoles> actors;
  derive::EventActors(e, &actors);
  REQUIRE(actors.size() == 2);
  CHECK(actors[0].actor == "army");
  CHECK(std::vector<Role>(actors[0].list().begin(), actors[0].list().end()) ==
        std::vector<Role>{Role::kAgent, Role::kPatient, Role::kPlace});
  CHECK(actors[1].actor == "rebels");
  CHECK(actors[1].n == 1);
}
