#include <catch2/catch.hpp>

#include "core/graph/load.h"
#include "tests/graph/fixture.h"
#include "tests/support.h"

using namespace claimkb;
using namespace claimkb::graph;
using claimkb::testing::SecondStory;
using claimkb::testing::SeedStory;

namespace {

// The store checks spans against the text; give each claim a span inside it.
model::Extraction Storable(model::Extraction x) {
  x.document.text = "A paragraph long enough to hold every span of the claims and events of this story.";
  uint32_t at = 0;
  for (auto& c : x.claims) {
    c.span = {at, at + 5};
    c.sentence_span = c.span;
    at += 6;
  }
  for (auto& e : x.events) e.span = {0, 1};
  x.edges.clear();
  return x;
}

}  // namespace

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
