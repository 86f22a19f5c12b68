#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <set>
#include <sstream>
#include <thread>

#include "core/graph/graph.h"
#include "tests/graph/fixture.h"

using namespace claimkb;
using namespace claimkb::graph;
using claimkb::testing::SecondStory;
using claimkb::testing::SeedStory;
using claimkb::testing::UnrelatedStory;
using model::EdgeType;

namespace {

std::set<std::string> Ids(const std::vector<Node>& nodes) {
  std::set<std::string> out;
  for (const Node& n : nodes) out.insert(n.id);
  return out;
}

size_t CountEdges(const Subgraph& s, const std::string& from, const std::string& to, EdgeType t) {
  return std::count(s.edges.begin(), s.edges.end(), GraphEdge{from, to, t});
}

}  // namespace

TEST_CASE("the seed story becomes typed nodes and deduplicated edges", "[graph]") {
  ClaimGraph g;
  bool added = false;
  REQUIRE(g.Add(SeedStory(), &added).ok());
  CHECK(added);
  GraphStats s = g.Stats();
  CHECK(s.actors == 9);
  CHECK(s.claims == 4);
  CHECK(s.events == 2);
  CHECK(s.documents == 1);
  CHECK(s.dates == 1);  // e1 occurred in 2025-02
  CHECK(s.nodes == 17);
  // claims: 4 reported_in + said_by(1+1+0+2) + via(1+2) + mentions(2+1+2+1) = 17;
  // events: 2 reported_in + participants (e1: 2, e2: 2) + 1 occurred_on = 7.
  CHECK(s.edges == 24);
  CHECK(s.components == 1);

  auto maduro = g.Find(NodeKind::kActor, "nicolas-maduro");
  REQUIRE(maduro.ok());
  CHECK(maduro->label == "Nicolás Maduro");
  CHECK(maduro->actor_type == "person");
  CHECK(maduro->degree == 2);
  CHECK(g.Find(NodeKind::kClaim, "nicolas-maduro").status().IsNotFound());
}

TEST_CASE("neighbourhoods contain exactly the nodes within depth", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());

  auto one = g.Neighbourhood("nicolas-maduro", {.depth = 1});
  REQUIRE(one.ok());
  CHECK(Ids(one->nodes) == std::set<std::string>{"nicolas-maduro", "c1", "c3"});
  CHECK(one->nodes.front().id == "nicolas-maduro");
  CHECK(one->nodes.front().hops == 0);
  CHECK(one->edges.size() == 2);
  CHECK(CountEdges(*one, "c1", "nicolas-maduro", EdgeType::kSaidBy) == 1);
  CHECK(CountEdges(*one, "c3", "nicolas-maduro", EdgeType::kMentions) == 1);
  CHECK_FALSE(one->truncated);

  auto two = g.Neighbourhood("nicolas-maduro", {.depth = 2});
  REQUIRE(two.ok());
  CHECK(Ids(two->nodes) == std::set<std::string>{"nicolas-maduro", "c1", "c3", "maduro-letter", "donald-trump",
                                                 "venezuela", "doc-seed", "richard-grenell"});
  for (const Node& n : two->nodes) CHECK(n.hops <= 2);
  CHECK(CountEdges(*two, "c1", "maduro-letter", EdgeType::kVia) == 1);
  CHECK(CountEdges(*two, "c3", "doc-seed", EdgeType::kReportedIn) == 1);

  SECTION("a node cap truncates in BFS order") {
    auto capped = g.Neighbourhood("nicolas-maduro", {.depth = 2, .max_nodes = 3});
    REQUIRE(capped.ok());
    CHECK(capped->truncated);
    CHECK(Ids(capped->nodes) == std::set<std::string>{"nicolas-maduro", "c1", "c3"});
  }
  SECTION("an edge-type filter limits the walk") {
    auto said = g.Neighbourhood("nicolas-maduro", {.depth = 2, .follow = Bit(EdgeType::kSaidBy)});
    REQUIRE(said.ok());
    CHECK(Ids(said->nodes) == std::set<std::string>{"nicolas-maduro", "c1"});
  }
}

TEST_CASE("neighbourhood errors are typed", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  CHECK(g.Neighbourhood("nobody").status().IsNotFound());
  CHECK(g.Neighbourhood("nicolas-maduro", {.depth = 0}).status().IsInvalidArgument());
  CHECK(g.Neighbourhood("nicolas-maduro", {.depth = kMaxDepth + 1}).status().IsInvalidArgument());
  CHECK(g.Neighbourhood("c1", {.depth = 1}, NodeKind::kClaim).ok());
}

TEST_CASE("shortest paths run through claims and events", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());

  auto p = g.ShortestPath("nicolas-maduro", "donald-trump");
  REQUIRE(p.ok());
  REQUIRE(p->nodes.size() == 3);
  CHECK(p->nodes[0].id == "nicolas-maduro");
  CHECK(p->nodes[1].id == "c1");
  CHECK(p->nodes[1].kind == NodeKind::kClaim);
  CHECK(p->nodes[2].id == "donald-trump");
  REQUIRE(p->edges.size() == 2);
  CHECK(p->edges[0] == GraphEdge{"c1", "nicolas-maduro", EdgeType::kSaidBy});
  CHECK(p->edges[1] == GraphEdge{"c1", "donald-trump", EdgeType::kMentions});

  auto q = g.ShortestPath("richard-grenell", "venezuela");
  REQUIRE(q.ok());
  CHECK(q->nodes[1].id == "e1");
  CHECK(q->edges[1].type == EdgeType::kParticipant);

  // Rodríguez only relays c2; reaching Rubio takes letter -> c1 -> ... : 6 hops at least
  // without the document shortcut (rodriguez-c2-letter-c1-venezuela-c4-rubio).
  auto far = g.ShortestPath("delcy-rodriguez", "marco-rubio", {.follow = kAllEdges & ~Bit(EdgeType::kReportedIn)});
  REQUIRE(far.ok());
  CHECK(far->edges.size() == 6);
  auto via_doc = g.ShortestPath("delcy-rodriguez", "marco-rubio");
  REQUIRE(via_doc.ok());
  CHECK(via_doc->edges.size() == 4);  // rodriguez-c2-doc-c4-rubio
  CHECK(via_doc->nodes[2].kind == NodeKind::kDocument);

  CHECK(g.ShortestPath("nicolas-maduro", "donald-trump", {.follow = Bit(EdgeType::kSaidBy)}).status().IsNotFound());
  CHECK(g.ShortestPath("delcy-rodriguez", "marco-rubio", {.max_hops = 3}).status().IsNotFound());
  CHECK(g.ShortestPath("nobody", "donald-trump").status().IsNotFound());
  CHECK(g.ShortestPath("nicolas-maduro", "donald-trump", {.max_hops = 0}).status().IsInvalidArgument());

  auto self = g.ShortestPath("venezuela", "venezuela");
  REQUIRE(self.ok());
  CHECK(self->nodes.size() == 1);
  CHECK(self->edges.empty());
}

TEST_CASE("components follow ingestion", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  REQUIRE(g.Add(UnrelatedStory("doc-port", "port-authority", "cargo")).ok());
  ComponentStats cs = g.Components();
  CHECK(cs.count == 2);
  REQUIRE(cs.largest.size() == 2);
  CHECK(cs.largest[0].size == 17);
  CHECK(cs.largest[0].representative.id == "venezuela");  // highest-degree actor
  CHECK(cs.largest[1].size == 4);

  auto c = g.ComponentOf("cargo");
  REQUIRE(c.ok());
  CHECK(c->size == 4);
  CHECK(Ids(c->members.nodes) == std::set<std::string>{"cargo", "c-doc-port", "port-authority", "doc-port"});

  auto capped = g.ComponentOf("nicolas-maduro", 5);
  REQUIRE(capped.ok());
  CHECK(capped->size == 17);
  CHECK(capped->members.nodes.size() == 5);
  CHECK(capped->members.truncated);

  // A story naming actors of both components joins them.
  model::Extraction bridge = UnrelatedStory("doc-bridge", "port-authority", "venezuela");
  REQUIRE(g.Add(bridge).ok());
  CHECK(g.Components().count == 1);
  CHECK(g.ComponentOf("cargo")->size == 17 + 4 + 2);
  CHECK(g.ComponentOf("nobody").status().IsNotFound());
}

TEST_CASE("incremental Add grows the graph and re-adding changes nothing", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  GraphStats before = g.Stats();

  bool added = false;
  REQUIRE(g.Add(SecondStory(), &added).ok());
  CHECK(added);
  GraphStats after = g.Stats();
  CHECK(after.actors == before.actors + 1);  // Ana López; Maduro is shared
  CHECK(after.claims == before.claims + 1);
  CHECK(after.documents == 2);
  CHECK(after.edges == before.edges + 3);  // reported_in, said_by, mentions
  CHECK(g.Find(NodeKind::kActor, "nicolas-maduro")->degree == 3);
  CHECK(g.ShortestPath("ana-lopez", "donald-trump")->edges.size() == 4);

  std::ostringstream first, second;
  REQUIRE(g.WriteGraphml(first).ok());
  REQUIRE(g.Add(SeedStory(), &added).ok());
  CHECK_FALSE(added);
  REQUIRE(g.Add(SecondStory(), &added).ok());
  CHECK_FALSE(added);
  REQUIRE(g.WriteGraphml(second).ok());
  CHECK(first.str() == second.str());
  GraphStats again = g.Stats();
  CHECK(again.nodes == after.nodes);
  CHECK(again.edges == after.edges);

  model::Extraction nameless;
  CHECK(g.Add(nameless).IsInvalidArgument());
}

TEST_CASE("an actor known only by id takes its name when described", "[graph]") {
  ClaimGraph g;
  model::Extraction x = UnrelatedStory("doc-a", "harbour-board", "cargo");
  x.actors.pop_back();  // "cargo" is referenced but not described
  REQUIRE(g.Add(x).ok());
  CHECK(g.Find(NodeKind::kActor, "cargo")->label == "cargo");
  model::Extraction y = UnrelatedStory("doc-b", "harbour-board", "cargo");
  y.actors.back().name = "Cargo traffic";
  REQUIRE(g.Add(y).ok());
  CHECK(g.Find(NodeKind::kActor, "cargo")->label == "Cargo traffic");
  CHECK(g.Stats().actors == 2);
}

TEST_CASE("explicit edges add disputes and same_as between existing nodes", "[graph]") {
  ClaimGraph g;
  model::Extraction x = SeedStory();
  x.edges.push_back({EdgeType::kDisputes, "c3", "c1", "contradicts"});
  x.edges.push_back({EdgeType::kSameAs, "united-states", "venezuela", ""});
  x.edges.push_back({EdgeType::kSameAs, "united-states", "venezuela", ""});
  REQUIRE(g.Add(x).ok());
  CHECK(g.Stats().edges == 24 + 2);
  CHECK(g.Stats().claims == 4);
  auto n = g.Neighbourhood("c3", {.depth = 1, .follow = Bit(EdgeType::kDisputes)}, NodeKind::kClaim);
  REQUIRE(n.ok());
  CHECK(CountEdges(*n, "c3", "c1", EdgeType::kDisputes) == 1);
}

TEST_CASE("readers run while a writer adds documents", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  constexpr int kDocs = 200;
  // Catch assertions are not thread-safe: threads count failures, the test checks them.
  std::atomic<int> write_errors{0}, read_errors{0};
  std::thread writer([&] {
    for (int i = 0; i < kDocs; ++i) {
      model::Extraction x = UnrelatedStory("doc-" + std::to_string(i), "agency-" + std::to_string(i % 7), "venezuela");
      if (!g.Add(x).ok()) ++write_errors;
    }
  });
  std::thread reader([&] {
    for (int i = 0; i < 200; ++i) {
      if (!g.Neighbourhood("venezuela", {.depth = 2}).ok()) ++read_errors;
      if (!g.ShortestPath("nicolas-maduro", "marco-rubio").ok()) ++read_errors;
      if (g.CentralActors({.limit = 3}).actors.size() != 3) ++read_errors;
    }
  });
  writer.join();
  reader.join();
  CHECK(write_errors == 0);
  CHECK(read_errors == 0);
  CHECK(g.Stats().documents == 1 + kDocs);
  CHECK(g.Stats().components == 1);
}
