// The claim graph: actors, claims, events, documents and dates as vertices of a
// Boost.Graph, with typed edges (model::EdgeType). Filled one extraction at a
// time; answers neighbourhood, path, component and centrality queries and
// exports GraphML/DOT. Results are plain structs for the API to serialise.
//
// Thread-safety: any number of concurrent readers (every const method) and one
// writer (Add) at a time; a std::shared_mutex inside makes this safe to share.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/status.h"
#include "core/model/types.h"

namespace claimkb::store {
class Store;
}

namespace claimkb::graph {

// DO NOT CHANGE THESE ENUM VALUES: exports and API clients see them.
enum class NodeKind : uint8_t {
  kInvalid = 0,
  kActor = 1,
  kClaim = 2,
  kEvent = 3,
  kDocument = 4,
  kDate = 5,  // an ISO 8601 value an event occurred on: "2025-09", "2025-09-05"
};

const char* ToString(NodeKind k);
std::optional<NodeKind> NodeKindFrom(std::string_view s);

struct Node {
  std::string id;          // the model id: actor slug, claim id, event id, document id, ISO date
  NodeKind kind = NodeKind::kInvalid;
  std::string label;       // actor name, document title, event label, claim text (shortened)
  std::string actor_type;  // model::ActorType name for actors, empty otherwise
  uint32_t degree = 0;     // incident edges, both directions
  uint32_t hops = 0;       // distance from the query node (neighbourhoods and paths)
  bool operator==(const Node&) const = default;
};

// An edge keeps its model direction (claim -> actor for said_by) in every result.
struct GraphEdge {
  std::string from;
  std::string to;
  model::EdgeType type = model::EdgeType::kMentions;
  bool operator==(const GraphEdge&) const = default;
};

// A set of nodes and every edge among them.
struct Subgraph {
  std::vector<Node> nodes;
  std::vector<GraphEdge> edges;
  bool truncated = false;  // a node or edge cap cut the result short
};

// A walk: edges[i] joins nodes[i] and nodes[i+1] (in either direction).
struct Path {
  std::vector<Node> nodes;
  std::vector<GraphEdge> edges;
};

// Which edge types a traversal may follow: a bit per model::EdgeType value.
using EdgeMask = uint32_t;
constexpr EdgeMask kAllEdges = 0xFFFFFFFEu;
constexpr EdgeMask Bit(model::EdgeType t) { return EdgeMask{1} << static_cast<unsigned>(t); }

constexpr uint32_t kMaxDepth = 4;

struct NeighbourhoodOptions {
  uint32_t depth = 1;          // 1..kMaxDepth
  size_t max_nodes = 500;      // the start node counts; BFS order decides who is kept
  size_t max_edges = 5000;
  EdgeMask follow = kAllEdges;
};

struct PathOptions {
  uint32_t max_hops = 8;          // edges, 1..32
  size_t max_visited = 1'000'000; // search budget (vertices touched) before giving up
  EdgeMask follow = kAllEdges;
};

struct ComponentSummary {
  Node representative;  // its highest-degree actor (any node when it has no actor)
  size_t size = 0;      // vertices
};

struct ComponentStats {
  size_t count = 0;                     // connected components (undirected view)
  std::vector<ComponentSummary> largest;  // biggest first
};

struct Component {
  size_t size = 0;       // vertices in the whole component
  Subgraph members;      // up to max_nodes of them, nearest to the query node first
};

enum class RankBy : uint8_t { kBetweenness = 0, kDegree = 1 };

struct CentralityOptions {
  size_t limit = 20;
  RankBy by = RankBy::kBetweenness;
  // Betweenness is computed on the actor projection (two actors are linked when a
  // claim or event connects both). Up to exact_max_actors actors it is exact
  // (boost::brandes_betweenness_centrality, O(actors * links)); above, it is
  // estimated from `pivots` sampled sources (Brandes & Pich 2007), scaled by
  // actors / pivots. At 1M synthetic claims (50k actors, 2.2M links) projection
  // plus 64 pivots took 5 s wall on a loaded 2-core box (tests/graph/scale_test.cpp).
  size_t exact_max_actors = 500;
  uint32_t pivots = 64;
  // A ranking computed with the same settings is reused while the graph has
  // grown by at most this fraction of its edges since; 0 always recomputes.
  double max_staleness = 0.01;
};

struct ActorRank {
  Node actor;
  double betweenness = 0;  // on the actor projection, unnormalised
  uint32_t projected_degree = 0;  // distinct actors linked to it
};

struct Centrality {
  std::vector<ActorRank> actors;  // best first
  size_t projected_actors = 0;
  size_t projected_links = 0;
  bool sampled = false;  // betweenness estimated from pivots, not exact
  uint32_t pivots = 0;
  size_t graph_edges = 0;  // edges in the graph when the scores were computed
};

struct GraphStats {
  size_t nodes = 0;
  size_t edges = 0;
  size_t actors = 0;
  size_t claims = 0;
  size_t events = 0;
  size_t documents = 0;
  size_t dates = 0;
  size_t components = 0;
  size_t string_bytes = 0;  // interned ids and labels
};

class ClaimGraph {
 public:
  ClaimGraph();
  ~ClaimGraph();
  ClaimGraph(const ClaimGraph&) = delete;
  ClaimGraph& operator=(const ClaimGraph&) = delete;

  // Adds one document's actors, claims, events and edges. Incremental: cost is
  // proportional to the extraction, not the graph. Idempotent: a document whose
  // id is already in the graph changes nothing (returns OK, *added = false).
  // Returns InvalidArgument when the document id is empty.
  Status Add(const model::Extraction& x, bool* added = nullptr);

  GraphStats Stats() const;

  // NotFound when no node of that kind has that id.
  Result<Node> Find(NodeKind kind, std::string_view id) const;

  // Nodes within `depth` hops of the node (undirected), and the edges among them.
  // NotFound for an unknown node; InvalidArgument for depth 0 or > kMaxDepth.
  Result<Subgraph> Neighbourhood(std::string_view id, const NeighbourhoodOptions& opt = {},
                                 NodeKind kind = NodeKind::kActor) const;

  // A fewest-edges path between two actors over the undirected view.
  // NotFound for an unknown actor or when no path exists within the budget.
  Result<Path> ShortestPath(std::string_view from_actor, std::string_view to_actor,
                            const PathOptions& opt = {}) const;

  // Component count and the `top` largest components. O(vertices).
  ComponentStats Components(size_t top = 10) const;
  // The component holding the node. NotFound for an unknown node.
  Result<Component> ComponentOf(std::string_view id, size_t max_nodes = 500,
                                NodeKind kind = NodeKind::kActor) const;

  // Actors ranked by betweenness or degree. The projection and scores are cached
  // (see CentralityOptions::max_staleness); concurrent callers wait for one computation.
  Centrality CentralActors(const CentralityOptions& opt = {}) const;

  // The whole graph, directed as in the model, with node properties key, kind,
  // label, actor_type and edge property type. GraphML opens in Gephi; DOT in Graphviz.
  Status WriteGraphml(std::ostream& out) const;
  Status WriteDot(std::ostream& out) const;

  struct Impl;

 private:
  friend Status LoadFromStore(const store::Store& store, ClaimGraph* g);
  friend struct SnapshotAccess;  // core/graph/snapshot.cpp
  std::unique_ptr<Impl> impl_;
};

// The same exports for a query result (a neighbourhood, a path's nodes).
Status WriteGraphml(const Subgraph& g, std::ostream& out);
Status WriteDot(const Subgraph& g, std::ostream& out);

}  // namespace claimkb::graph
