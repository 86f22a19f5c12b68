// Private to core/graph: the Boost.Graph type behind ClaimGraph and the state
// its query files share. Callers hold Impl::mu (shared to read, unique to write).
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <array>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <vector>

#include "core/graph/graph.h"
#include "core/graph/strings.h"

namespace claimkb::graph {

// 12 bytes a vertex: the kind and two arena ids; names stay in the arena.
struct VertexProps {
  NodeKind kind = NodeKind::kInvalid;
  uint8_t actor_type = 0;      // model::ActorType for actors
  bool placeholder = false;    // referenced by an edge but not yet described
  uint32_t key = 0;            // arena id of the model id
  uint32_t label = 0;          // arena id of the display label
};

struct EdgeProps {
  model::EdgeType type = model::EdgeType::kMentions;
};

// Directed as in the model; bidirectionalS keeps in-edges so queries can walk
// the undirected view without a second copy. Edges live in one vector (the
// last vecS), not a list node each: no allocation per edge, and a snapshot
// read reserves them all at once. Edges are never removed.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    VertexProps, EdgeProps, boost::no_property, boost::vecS>;
using Vertex = Graph::vertex_descriptor;
using EdgeDesc = Graph::edge_descriptor;

constexpr uint32_t kNoVertex = 0xFFFFFFFFu;

struct CentralityCache {
  uint64_t version = ~uint64_t{0};
  CentralityOptions opt;
  Centrality result;  // every projected actor, ranked by opt.by
};

struct ClaimGraph::Impl {
  mutable std::shared_mutex mu;
  Graph g;
  StringArena strings;
  VertexIndex index;
  // Union-find over vertices, kept current by Add so component counts are O(1).
  std::vector<uint32_t> uf_parent, uf_rank, uf_size;
  size_t components = 0;
  std::array<size_t, 6> kind_count{};
  uint64_t version = 0;  // bumped by every Add that changes the graph

  mutable std::mutex cache_mu;
  mutable CentralityCache cache;

  // A key the writer resolved lately. Vertices never go away, so an entry
  // stays true; a document's claims and popular actors resolve here without
  // the cache misses of the index and the vertex.
  struct Recent {
    NodeKind kind = NodeKind::kInvalid;
    uint32_t vertex = 0xFFFFFFFFu;
    std::string key;
  };
  std::vector<Recent> recent = std::vector<Recent>(1024);

  uint32_t Lookup(NodeKind kind, std::string_view key) const;
  // Lookup for the writer, through `recent`. h is KeyHash(kind, key).
  uint32_t Resolve(NodeKind kind, std::string_view key, uint64_t h);
  uint32_t Resolve(NodeKind kind, std::string_view key);
  // Finds or creates the vertex; a placeholder takes the label/type given later.
  uint32_t Upsert(NodeKind kind, std::string_view key, std::string_view label,
                  uint8_t actor_type, bool placeholder);
  // Adds u -> v unless an edge of that type already joins them. True when added.
  bool AddEdge(uint32_t u, uint32_t v, model::EdgeType t);
  // The steps of Add, shared with LoadFromStore's family-by-family fill.
  void AddActor(const model::Actor& a);
  uint32_t ActorRef(const std::string& id);  // a placeholder until described
  void AddClaim(const model::Claim& c, uint32_t doc);
  void AddEvent(const model::Event& e, uint32_t doc);
  void AddClaimEvents(const model::Claim& c);
  void AddModelEdge(const model::Edge& e);
  uint32_t Root(uint32_t v) const;  // no path compression: safe under a shared lock

  std::string_view Key(Vertex v) const { return strings.Get(g[v].key); }
  Node MakeNode(Vertex v, uint32_t hops = 0) const;
  GraphEdge MakeEdge(const EdgeDesc& e) const;

  // Calls fn(other, edge) for every edge at v, both directions, whose type is
  // in mask, until fn returns false. Returns false when stopped.
  template <typename Fn>
  bool ForEachIncident(Vertex v, EdgeMask mask, Fn&& fn) const {
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it)
      if ((mask & Bit(g[*it].type)) && !fn(boost::target(*it, g), *it)) return false;
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if ((mask & Bit(g[*it].type)) && !fn(boost::source(*it, g), *it)) return false;
    return true;
  }
};

}  // namespace claimkb::graph
