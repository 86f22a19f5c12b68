#include <catch2/catch.hpp>

#include "core/graph/load.h"
#include "tests/graph/fixture.h"
#include "tests/support.h"

using namespace claimkb;
using namespace claimkb::graph;
using claimkb::testing::SecondStory;
using claimkb::testing::Storable;
using claimkb::testing::SeedStory;

namespace {

// Every actor, claim and event of the extractions reads the same (label, type,
// degree) in both graphs.
void CheckSameNodes(const ClaimGraph& a, const ClaimGraph& b, const std::vector<model::Extraction>& xs) {
  auto same = [&](NodeKind kind, const std::string& id) {
    INFO(ToString(kind) << " " << id);
    auto na = a.Find(kind, id), nb = b.Find(kind, id);
    REQUIRE(na.ok());
    REQUIRE(nb.ok());
    CHECK(*na == *nb);
  };
  for (const auto& x : xs) {
    same(NodeKind::kDocument, x.document.id);
    for (const auto& actor : x.actors) same(NodeKind::kActor, actor.id);
    for (const auto& c : x.claims) same(NodeKind::kClaim, c.id);
    for (const auto& e : x.events) same(NodeKind::kEvent, e.id);
  }
}

void CheckSameStats(const ClaimGraph& a, const ClaimGraph& b) {
  GraphStats sa = a.Stats(), sb = b.Stats();
  CHECK(sa.nodes == sb.nodes);
  CHECK(sa.edges == sb.edges);
  CHECK(sa.actors == sb.actors);
  CHECK(sa.claims == sb.claims);
  CHECK(sa.events == sb.events);
  CHECK(sa.dates == sb.dates);
  CHECK(sa.components == sb.components);
}

}  // namespace

TEST_CASE("a load into a graph holding some documents adds the others as Add would", "[graph][store]") {
  claimkb::testing::TempDir dir;
  auto st = store::Store::Open(dir.str());
  REQUIRE(st.ok());
  model::Extraction seed = Storable(SeedStory()), second = Storable(SecondStory());
  seed.claims[3].events = {"e2"};
  REQUIRE((*st)->Ingest(seed).ok());
  REQUIRE((*st)->Ingest(second).ok());

  ClaimGraph loaded;
  REQUIRE(loaded.Add(seed).ok());
  const uint64_t before = loaded.Stats().edges;
  REQUIRE(LoadFromStore(**st, &loaded).ok());
  CHECK(loaded.Stats().edges > before);
  ClaimGraph direct;
  REQUIRE(direct.Add(seed).ok());
  REQUIRE(direct.Add(second).ok());
  CheckSameStats(loaded, direct);
  CheckSameNodes(loaded, direct, {seed, second});

  ClaimGraph cold;
  REQUIRE(LoadFromStore(**st, &cold).ok());
  CheckSameStats(cold, direct);
  CheckSameNodes(cold, direct, {seed, second});
}

TEST_CASE("a graph loaded from the store equals one built by Add", "[graph][store]") {
  claimkb::testing::TempDir dir;
  auto st = store::Store::Open(dir.str());
  REQUIRE(st.ok());
  model::Extraction seed = Storable(SeedStory()), second = Storable(SecondStory());
  auto r1 = (*st)->Ingest(seed);
  INFO(r1.status().ToString());
  REQUIRE(r1.ok());
  auto r2 = (*st)->Ingest(second);
  INFO(r2.status().ToString());
  REQUIRE(r2.ok());

  ClaimGraph loaded;
  REQUIRE(LoadFromStore(**st, &loaded).ok());
  ClaimGraph direct;
  REQUIRE(direct.Add(seed).ok());
  REQUIRE(direct.Add(second).ok());

  GraphStats a = loaded.Stats(), b = direct.Stats();
  CHECK(a.nodes == b.nodes);
  CHECK(a.edges == b.edges);
  CHECK(a.actors == b.actors);
  CHECK(a.claims == b.claims);
  CHECK(a.documents == 2);
  auto path = loaded.ShortestPath("ana-lopez", "donald-trump");
  REQUIRE(path.ok());
  CHECK(path->edges.size() == 4);

  // Loading again adds nothing: documents already present are skipped.
  REQUIRE(LoadFromStore(**st, &loaded).ok());
  CHECK(loaded.Stats().edges == a.edges);
}
