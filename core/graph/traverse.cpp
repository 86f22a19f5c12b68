// Breadth-first queries over the undirected view: neighbourhoods, shortest
// paths, components. Visited sets are hash maps sized by what a query touches,
// never by the graph, so concurrent readers stay cheap.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "core/graph/impl.h"

namespace claimkb::graph {

namespace {

struct Reached {
  std::vector<uint32_t> order;  // BFS order, start first
  std::unordered_map<uint32_t, uint32_t> hops;
  bool truncated = false;
};

Reached Bfs(const ClaimGraph::Impl& m, uint32_t start, uint32_t max_depth, size_t max_nodes,
            EdgeMask mask) {
  Reached r;
  r.order.push_back(start);
  r.hops.emplace(start, 0);
  for (size_t i = 0; i < r.order.size() && !r.truncated; ++i) {
    const uint32_t v = r.order[i];
    const uint32_t h = r.hops[v];
    if (h >= max_depth) break;
    m.ForEachIncident(v, mask, [&](Vertex other, const EdgeDesc&) {
      const uint32_t o = static_cast<uint32_t>(other);
      if (r.hops.count(o)) return true;
      if (r.order.size() >= max_nodes) {
        r.truncated = true;
        return false;
      }
      r.hops.emplace(o, h + 1);
      r.order.push_back(o);
      return true;
    });
  }
  return r;
}

// The reached nodes and every edge (of the mask) among them.
Subgraph ToSubgraph(const ClaimGraph::Impl& m, const Reached& r, size_t max_edges, EdgeMask mask) {
  Subgraph out;
  out.truncated = r.truncated;
  out.nodes.reserve(r.order.size());
  for (uint32_t v : r.order) out.nodes.push_back(m.MakeNode(v, r.hops.at(v)));
  for (uint32_t v : r.order) {
    for (auto [it, end] = boost::out_edges(v, m.g); it != end; ++it) {
      if (!(mask & Bit(m.g[*it].type)) || !r.hops.count(static_cast<uint32_t>(boost::target(*it, m.g))))
        continue;
      if (out.edges.size() >= max_edges) {
        out.truncated = true;
        return out;
      }
      out.edges.push_back(m.MakeEdge(*it));
    }
  }
  return out;
}

Status UnknownNode(NodeKind kind, std::string_view id) {
  return Status::NotFound(std::string(ToString(kind)) + " `" + std::string(id) + "` is not in the graph");
}

}  // namespace

Result<Subgraph> ClaimGraph::Neighbourhood(std::string_view id, const NeighbourhoodOptions& opt,
                                           NodeKind kind) const {
  if (opt.depth == 0 || opt.depth > kMaxDepth)
    return Status::InvalidArgument("depth must be 1.." + std::to_string(kMaxDepth) + ", got " +
                                   std::to_string(opt.depth));
  if (opt.max_nodes == 0) return Status::InvalidArgument("max_nodes must be positive");
  std::shared_lock lock(impl_->mu);
  const Impl& m = *impl_;
  const uint32_t start = m.Lookup(kind, id);
  if (start == kNoVertex) return UnknownNode(kind, id);
  return ToSubgraph(m, Bfs(m, start, opt.depth, opt.max_nodes, opt.follow), opt.max_edges, opt.follow);
}

namespace {

struct Visit {
  uint32_t parent;
  uint32_t depth;
  EdgeDesc edge;  // joins the vertex to its parent
};

using Visits = std::unordered_map<uint32_t, Visit>;

}  // namespace

Result<Path> ClaimGraph::ShortestPath(std::string_view from_actor, std::string_view to_actor,
                                      const PathOptions& opt) const {
  if (opt.max_hops == 0 || opt.max_hops > 32)
    return Status::InvalidArgument("max_hops must be 1..32, got " + std::to_string(opt.max_hops));
  std::shared_lock lock(impl_->mu);
  const Impl& m = *impl_;
  const uint32_t s = m.Lookup(NodeKind::kActor, from_actor);
  if (s == kNoVertex) return UnknownNode(NodeKind::kActor, from_actor);
  const uint32_t t = m.Lookup(NodeKind::kActor, to_actor);
  if (t == kNoVertex) return UnknownNode(NodeKind::kActor, to_actor);

  Path path;
  if (s == t) {
    path.nodes.push_back(m.MakeNode(s));
    return path;
  }

  // Bidirectional BFS: expand the smaller frontier a whole level at a time and
  // keep the best meeting point of that level.
  Visits from_s{{s, {s, 0, {}}}}, from_t{{t, {t, 0, {}}}};
  std::vector<uint32_t> frontier_s{s}, frontier_t{t};
  uint32_t depth_s = 0, depth_t = 0;
  size_t visited = 2;
  uint32_t meet = kNoVertex, best = ~0u;
  bool exhausted = false;
  while (meet == kNoVertex && !exhausted && !frontier_s.empty() && !frontier_t.empty() &&
         depth_s + depth_t < opt.max_hops) {
    const bool grow_s = frontier_s.size() <= frontier_t.size();
    Visits& mine = grow_s ? from_s : from_t;
    const Visits& theirs = grow_s ? from_t : from_s;
    std::vector<uint32_t>& frontier = grow_s ? frontier_s : frontier_t;
    uint32_t& depth = grow_s ? depth_s : depth_t;
    std::vector<uint32_t> next;
    for (uint32_t v : frontier) {
      bool more = m.ForEachIncident(v, opt.follow, [&](Vertex other, const EdgeDesc& e) {
        const uint32_t o = static_cast<uint32_t>(other);
        if (mine.count(o)) return true;
        mine.emplace(o, Visit{v, depth + 1, e});
        if (auto it = theirs.find(o); it != theirs.end()) {
          const uint32_t total = depth + 1 + it->second.depth;
          if (total < best && total <= opt.max_hops) best = total, meet = o;
        }
        next.push_back(o);
        if (++visited > opt.max_visited) exhausted = true;
        return !exhausted;
      });
      if (!more) break;
    }
    frontier = std::move(next);
    ++depth;
  }
  if (meet == kNoVertex) {
    return Status::NotFound("no path between `" + std::string(from_actor) + "` and `" + std::string(to_actor) +
                            "` within " + std::to_string(opt.max_hops) + " hops" +
                            (exhausted ? " (search budget exhausted)" : ""));
  }

  std::vector<uint32_t> chain;
  std::vector<EdgeDesc> links;
  for (uint32_t v = meet; v != s; v = from_s.at(v).parent) {
    chain.push_back(v);
    links.push_back(from_s.at(v).edge);
  }
  chain.push_back(s);
  std::reverse(chain.begin(), chain.end());
  std::reverse(links.begin(), links.end());
  for (uint32_t v = meet; v != t; v = from_t.at(v).parent) {
    links.push_back(from_t.at(v).edge);
    chain.push_back(from_t.at(v).parent);
  }
  for (size_t i = 0; i < chain.size(); ++i) path.nodes.push_back(m.MakeNode(chain[i], static_cast<uint32_t>(i)));
  for (const EdgeDesc& e : links) path.edges.push_back(m.MakeEdge(e));
  return path;
}

ComponentStats ClaimGraph::Components(size_t top) const {
  std::shared_lock lock(impl_->mu);
  const Impl& m = *impl_;
  ComponentStats out;
  out.count = m.components;
  const uint32_t n = static_cast<uint32_t>(boost::num_vertices(m.g));
  std::vector<uint32_t> roots;
  for (uint32_t v = 0; v < n; ++v)
    if (m.uf_parent[v] == v) roots.push_back(v);
  top = std::min(top, roots.size());
  std::partial_sort(roots.begin(), roots.begin() + top, roots.end(), [&](uint32_t a, uint32_t b) {
    return m.uf_size[a] != m.uf_size[b] ? m.uf_size[a] > m.uf_size[b] : a < b;
  });
  roots.resize(top);

  // Representative: the highest-degree actor of each listed component.
  std::unordered_map<uint32_t, uint32_t> best;  // root -> vertex
  for (uint32_t r : roots) best[r] = r;
  auto degree = [&](uint32_t v) { return boost::out_degree(v, m.g) + boost::in_degree(v, m.g); };
  for (uint32_t v = 0; v < n && top > 0; ++v) {
    if (m.g[v].kind != NodeKind::kActor) continue;
    auto it = best.find(m.Root(v));
    if (it == best.end()) continue;
    const uint32_t cur = it->second;
    if (m.g[cur].kind != NodeKind::kActor || degree(v) > degree(cur)) it->second = v;
  }
  for (uint32_t r : roots) out.largest.push_back({m.MakeNode(best[r]), m.uf_size[r]});
  return out;
}

Result<Component> ClaimGraph::ComponentOf(std::string_view id, size_t max_nodes, NodeKind kind) const {
  if (max_nodes == 0) return Status::InvalidArgument("max_nodes must be positive");
  std::shared_lock lock(impl_->mu);
  const Impl& m = *impl_;
  const uint32_t v = m.Lookup(kind, id);
  if (v == kNoVertex) return UnknownNode(kind, id);
  Component c;
  c.size = m.uf_size[m.Root(v)];
  c.members = ToSubgraph(m, Bfs(m, v, ~0u, max_nodes, kAllEdges), max_nodes * 8, kAllEdges);
  return c;
}

}  // namespace claimkb::graph
