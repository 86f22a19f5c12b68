#include <catch2/catch.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>

#include <map>
#include <sstream>

#include "core/graph/graph.h"
#include "tests/graph/fixture.h"

using namespace claimkb;
using namespace claimkb::graph;
using claimkb::testing::SeedStory;
using claimkb::testing::UnrelatedStory;

TEST_CASE("betweenness ranks the bridging actor first, degree the most linked", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());

  // The letter is the only link between the UN study cluster (un-study,
  // rodriguez, united-states) and everyone else: every such pair's shortest
  // paths pass through it.
  Centrality by_between = g.CentralActors({.limit = 3});
  REQUIRE(by_between.actors.size() == 3);
  CHECK(by_between.actors[0].actor.id == "maduro-letter");
  CHECK(by_between.actors[0].betweenness >= 15);
  CHECK(by_between.actors[0].projected_degree == 6);
  CHECK_FALSE(by_between.sampled);
  CHECK(by_between.projected_actors == 9);
  for (size_t i = 1; i < by_between.actors.size(); ++i)
    CHECK(by_between.actors[i - 1].betweenness >= by_between.actors[i].betweenness);

  // Venezuela takes part in four claims and events, more than anyone.
  Centrality by_degree = g.CentralActors({.limit = 1, .by = RankBy::kDegree});
  REQUIRE(by_degree.actors.size() == 1);
  CHECK(by_degree.actors[0].actor.id == "venezuela");
  CHECK(by_degree.actors[0].actor.degree == 4);
}

TEST_CASE("sampled betweenness with every source equals Boost's exact result", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  for (int i = 0; i < 6; ++i)
    REQUIRE(g.Add(UnrelatedStory("doc-" + std::to_string(i), "agency-" + std::to_string(i % 3),
                                 i % 2 ? "venezuela" : "marco-rubio"))
                .ok());
  Centrality exact = g.CentralActors({.limit = 100});
  Centrality all_sources = g.CentralActors({.limit = 100, .exact_max_actors = 0, .pivots = 1000});
  CHECK_FALSE(exact.sampled);
  CHECK_FALSE(all_sources.sampled);
  REQUIRE(exact.actors.size() == all_sources.actors.size());
  std::map<std::string, double> want;
  for (const auto& a : exact.actors) want[a.actor.id] = a.betweenness;
  for (const auto& a : all_sources.actors) CHECK(a.betweenness == Approx(want.at(a.actor.id)));

  Centrality sampled = g.CentralActors({.limit = 100, .exact_max_actors = 0, .pivots = 4});
  CHECK(sampled.sampled);
  CHECK(sampled.pivots == 4);
}

namespace {

struct ReadNode {
  std::string key, kind, label, actor_type;
};
struct ReadEdge {
  std::string type;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadNode, ReadEdge>;

boost::dynamic_properties ReadProperties(ReadGraph& r) {
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("key", boost::get(&ReadNode::key, r));
  dp.property("kind", boost::get(&ReadNode::kind, r));
  dp.property("label", boost::get(&ReadNode::label, r));
  dp.property("actor_type", boost::get(&ReadNode::actor_type, r));
  dp.property("type", boost::get(&ReadEdge::type, r));
  return dp;
}

// "claim:c1 -said_by-> actor:nicolas-maduro" for every edge.
std::multiset<std::string> EdgeStrings(const ReadGraph& r) {
  std::multiset<std::string> out;
  for (auto [it, end] = boost::edges(r); it != end; ++it) {
    const ReadNode& a = r[boost::source(*it, r)];
    const ReadNode& b = r[boost::target(*it, r)];
    out.insert(a.kind + ":" + a.key + " -" + r[*it].type + "-> " + b.kind + ":" + b.key);
  }
  return out;
}

}  // namespace

TEST_CASE("GraphML export reads back with nodes, labels and edge types", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  std::stringstream xml;
  REQUIRE(g.WriteGraphml(xml).ok());

  ReadGraph r;
  boost::dynamic_properties dp = ReadProperties(r);
  REQUIRE_NOTHROW(boost::read_graphml(xml, r, dp));
  CHECK(boost::num_vertices(r) == g.Stats().nodes);
  CHECK(boost::num_edges(r) == g.Stats().edges);
  bool found = false;
  for (auto [it, end] = boost::vertices(r); it != end; ++it) {
    if (r[*it].key != "delcy-rodriguez") continue;
    found = true;
    CHECK(r[*it].label == "Delcy Rodríguez");
    CHECK(r[*it].kind == "actor");
    CHECK(r[*it].actor_type == "person");
  }
  CHECK(found);
  auto edges = EdgeStrings(r);
  CHECK(edges.count("claim:c1 -said_by-> actor:nicolas-maduro") == 1);
  CHECK(edges.count("claim:c2 -via-> actor:delcy-rodriguez") == 1);
  CHECK(edges.count("event:e1 -occurred_on-> date:2025-02") == 1);
}

TEST_CASE("DOT export reads back, with markup in labels escaped", "[graph]") {
  ClaimGraph g;
  model::Extraction x = SeedStory();
  x.claims[0].text = "he said \"no\" <and> left";
  REQUIRE(g.Add(x).ok());
  std::stringstream dot;
  REQUIRE(g.WriteDot(dot).ok());
  CHECK(dot.str().rfind("digraph", 0) == 0);

  ReadGraph r2;
  boost::dynamic_properties dp2(boost::ignore_other_properties);
  dp2.property("node_id", boost::get(&ReadNode::key, r2));
  dp2.property("label", boost::get(&ReadNode::label, r2));
  dp2.property("kind", boost::get(&ReadNode::kind, r2));
  dp2.property("type", boost::get(&ReadEdge::type, r2));
  REQUIRE_NOTHROW(boost::read_graphviz(dot, r2, dp2, "node_id"));
  CHECK(boost::num_vertices(r2) == g.Stats().nodes);
  CHECK(boost::num_edges(r2) == g.Stats().edges);
  std::multiset<std::string> edges;
  for (auto [it, end] = boost::edges(r2); it != end; ++it)
    edges.insert(r2[boost::source(*it, r2)].key + " " + r2[*it].type + " " + r2[boost::target(*it, r2)].key);
  CHECK(edges.count("claim:c4 said_by actor:marco-rubio") == 1);
  CHECK(edges.count("event:e2 participant actor:venezuela") == 1);
  bool quoted = false;
  for (auto [it, end] = boost::vertices(r2); it != end; ++it)
    quoted |= r2[*it].key == "claim:c1" && r2[*it].label == "he said \"no\" <and> left";
  CHECK(quoted);
}

TEST_CASE("a neighbourhood exports on its own", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  auto sub = g.Neighbourhood("nicolas-maduro", {.depth = 1});
  REQUIRE(sub.ok());
  std::stringstream xml;
  REQUIRE(WriteGraphml(*sub, xml).ok());
  ReadGraph r;
  boost::dynamic_properties dp = ReadProperties(r);
  boost::read_graphml(xml, r, dp);
  CHECK(boost::num_vertices(r) == 3);
  auto edges = EdgeStrings(r);
  CHECK(edges == std::multiset<std::string>{"claim:c1 -said_by-> actor:nicolas-maduro",
                                           "claim:c3 -mentions-> actor:nicolas-maduro"});
  std::stringstream dot;
  REQUIRE(WriteDot(*sub, dot).ok());
  CHECK(dot.str().find("\"actor:nicolas-maduro\"") != std::string::npos);
}

TEST_CASE("a central-actor ranking is reused until the graph grows past the staleness bound", "[graph]") {
  ClaimGraph g;
  REQUIRE(g.Add(SeedStory()).ok());
  const size_t before = g.Stats().edges;
  CHECK(g.CentralActors().graph_edges == before);
  REQUIRE(g.Add(UnrelatedStory("doc-port", "port-authority", "cargo")).ok());
  const size_t after = g.Stats().edges;
  REQUIRE(after > before);
  CHECK(g.CentralActors({.max_staleness = 0.5}).graph_edges == before);
  Centrality fresh = g.CentralActors({.max_staleness = 0});
  CHECK(fresh.graph_edges == after);
  CHECK(fresh.projected_actors == 11);
}
