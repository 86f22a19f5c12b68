// GraphML (Gephi, yEd) and DOT (Graphviz) through Boost's writers. Node
// properties: key (model id), kind, label, actor_type; edge property: type.
#include <boost/graph/graphml.hpp>
#include <boost/graph/graphviz.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <boost/property_map/function_property_map.hpp>

#include <ostream>
#include <unordered_map>

#include "core/graph/impl.h"

namespace claimkb::graph {

namespace {

struct NodeView {
  NodeKind kind;
  std::string_view key;
  std::string_view label;
  std::string_view actor_type;
};

const char* ShapeOf(NodeKind k) {
  switch (k) {
    case NodeKind::kActor: return "ellipse";
    case NodeKind::kClaim: return "box";
    case NodeKind::kEvent: return "diamond";
    case NodeKind::kDocument: return "note";
    case NodeKind::kDate: return "plaintext";
    case NodeKind::kInvalid: break;
  }
  return "ellipse";
}

enum class Format { kGraphml, kDot };

// Writes any Boost graph whose vertices and edges the two functions describe.
template <typename G, typename VFn, typename EFn>
Status Write(Format format, const G& g, VFn view, EFn edge_type, std::ostream& out) {
  using V = typename boost::graph_traits<G>::vertex_descriptor;
  using E = typename boost::graph_traits<G>::edge_descriptor;
  auto vmap = [&](auto fn) { return boost::make_function_property_map<V, std::string>(fn); };
  auto emap = [&](auto fn) { return boost::make_function_property_map<E, std::string>(fn); };

  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("key", vmap([&](V v) { return std::string(view(v).key); }));
  dp.property("kind", vmap([&](V v) { return std::string(ToString(view(v).kind)); }));
  dp.property("label", vmap([&](V v) { return std::string(view(v).label); }));
  dp.property("actor_type", vmap([&](V v) { return std::string(view(v).actor_type); }));
  dp.property("type", emap([&](E e) { return std::string(model::ToString(edge_type(e))); }));
  try {
    if (format == Format::kGraphml) {
      boost::write_graphml(out, g, dp, /*ordered_vertices=*/true);
    } else {
      // Node ids must be unique across kinds: "actor:nicolas-maduro".
      dp.property("node_id", vmap([&](V v) {
        NodeView n = view(v);
        return std::string(ToString(n.kind)) + ":" + std::string(n.key);
      }));
      dp.property("shape", vmap([&](V v) { return std::string(ShapeOf(view(v).kind)); }));
      dp.property("label", emap([&](E e) { return std::string(model::ToString(edge_type(e))); }));
      boost::write_graphviz_dp(out, g, dp, "node_id");
    }
  } catch (const std::exception& e) {
    return Status::IOError(std::string("graph export failed: ") + e.what());
  }
  out.flush();
  if (!out) return Status::IOError("graph export: the output stream failed");
  return Status::OK();
}

Status WriteWhole(const ClaimGraph::Impl& m, Format format, std::ostream& out) {
  std::shared_lock lock(m.mu);
  auto view = [&m](Vertex v) {
    const VertexProps& p = m.g[v];
    return NodeView{p.kind, m.strings.Get(p.key), m.strings.Get(p.label),
                    p.kind == NodeKind::kActor ? model::ToString(static_cast<model::ActorType>(p.actor_type)) : ""};
  };
  return Write(format, m.g, view, [&m](const EdgeDesc& e) { return m.g[e].type; }, out);
}

// bidirectionalS: its edge iterator avoids a GCC 12 -Wmaybe-uninitialized false positive.
using Small = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Node, model::EdgeType>;

Status WriteSub(const Subgraph& s, Format format, std::ostream& out) {
  Small g;
  std::unordered_map<std::string_view, Small::vertex_descriptor> at;
  for (const Node& n : s.nodes) at.emplace(n.id, boost::add_vertex(n, g));
  for (const GraphEdge& e : s.edges) {
    auto from = at.find(e.from), to = at.find(e.to);
    if (from != at.end() && to != at.end()) boost::add_edge(from->second, to->second, e.type, g);
  }
  auto view = [&g](Small::vertex_descriptor v) {
    const Node& n = g[v];
    return NodeView{n.kind, n.id, n.label, n.actor_type};
  };
  return Write(format, g, view, [&g](const Small::edge_descriptor& e) { return g[e]; }, out);
}

}  // namespace

Status ClaimGraph::WriteGraphml(std::ostream& out) const { return WriteWhole(*impl_, Format::kGraphml, out); }
Status ClaimGraph::WriteDot(std::ostream& out) const { return WriteWhole(*impl_, Format::kDot, out); }

Status WriteGraphml(const Subgraph& g, std::ostream& out) { return WriteSub(g, Format::kGraphml, out); }
Status WriteDot(const Subgraph& g, std::ostream& out) { return WriteSub(g, Format::kDot, out); }

}  // namespace claimkb::graph
