#include "core/graph/graph.h"

#include <algorithm>
#include <array>
#include <utility>

#include "core/base/hash.h"
#include "core/graph/impl.h"

namespace claimkb::graph {

namespace {

constexpr std::array<std::pair<NodeKind, const char*>, 6> kKinds{{
    {NodeKind::kInvalid, "invalid"},
    {NodeKind::kActor, "actor"},
    {NodeKind::kClaim, "claim"},
    {NodeKind::kEvent, "event"},
    {NodeKind::kDocument, "document"},
    {NodeKind::kDate, "date"},
}};

uint64_t KeyHash(NodeKind kind, std::string_view key) {
  return Hash64(key, static_cast<uint64_t>(kind) * 0x9E3779B97F4A7C15ull);
}

// Claim texts can be long; the graph keeps a prefix, cut at a UTF-8 boundary.
constexpr size_t kMaxLabelBytes = 96;

std::string_view ShortLabel(std::string_view s) {
  if (s.size() <= kMaxLabelBytes) return s;
  size_t n = kMaxLabelBytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// Which node kinds an edge type joins; kReportedIn starts at a claim or an event.
struct Ends {
  NodeKind from, to;
};

Ends EndsOf(model::EdgeType t) {
  using model::EdgeType;
  switch (t) {
    case EdgeType::kSaidBy:
    case EdgeType::kVia:
    case EdgeType::kMentions:
    case EdgeType::kAbout: return {NodeKind::kClaim, NodeKind::kActor};
    case EdgeType::kReportedIn: return {NodeKind::kClaim, NodeKind::kDocument};
    case EdgeType::kOccurredOn: return {NodeKind::kEvent, NodeKind::kDate};
    case EdgeType::kParticipant: return {NodeKind::kEvent, NodeKind::kActor};
    case EdgeType::kDisputes:
    case EdgeType::kCorroborates: return {NodeKind::kClaim, NodeKind::kClaim};
    case EdgeType::kSameAs: return {NodeKind::kActor, NodeKind::kActor};
    case EdgeType::kReports: return {NodeKind::kClaim, NodeKind::kEvent};
  }
  return {NodeKind::kInvalid, NodeKind::kInvalid};
}

}  // namespace

const char* ToString(NodeKind k) {
  for (const auto& [e, n] : kKinds)
    if (e == k) return n;
  return "invalid";
}

std::optional<NodeKind> NodeKindFrom(std::string_view s) {
  for (const auto& [e, n] : kKinds)
    if (e != NodeKind::kInvalid && s == n) return e;
  return std::nullopt;
}

uint32_t ClaimGraph::Impl::Lookup(NodeKind kind, std::string_view key) const {
  return index.Find(KeyHash(kind, key), [&](uint32_t v) {
    return g[v].kind == kind && strings.Get(g[v].key) == key;
  });
}

uint32_t ClaimGraph::Impl::Resolve(NodeKind kind, std::string_view key, uint64_t h) {
  Recent& r = recent[(h >> 40) & (recent.size() - 1)];
  if (r.kind == kind && r.key == key) return r.vertex;
  uint32_t v = index.Find(h, [&](uint32_t u) { return g[u].kind == kind && strings.Get(g[u].key) == key; });
  if (v != VertexIndex::kNone) {
    r.kind = kind;
    r.key.assign(key);
    r.vertex = v;
  }
  return v;
}

uint32_t ClaimGraph::Impl::Resolve(NodeKind kind, std::string_view key) {
  return Resolve(kind, key, KeyHash(kind, key));
}

uint32_t ClaimGraph::Impl::Upsert(NodeKind kind, std::string_view key, std::string_view label,
                                  uint8_t actor_type, bool placeholder) {
  const uint64_t h = KeyHash(kind, key);
  uint32_t v = Resolve(kind, key, h);
  if (v != VertexIndex::kNone) {
    VertexProps& p = g[v];
    if (p.placeholder && !placeholder) {
      p.placeholder = false;
      p.actor_type = actor_type;
      p.label = label.empty() || label == key ? p.key : strings.Add(ShortLabel(label));
    }
    return v;
  }
  VertexProps p;
  p.kind = kind;
  p.actor_type = actor_type;
  p.placeholder = placeholder;
  p.key = strings.Add(key);
  p.label = label.empty() || label == key ? p.key : strings.Add(ShortLabel(label));
  v = static_cast<uint32_t>(boost::add_vertex(p, g));
  index.Insert(h, v);
  Recent& r = recent[(h >> 40) & (recent.size() - 1)];
  r.kind = kind;
  r.key.assign(key);
  r.vertex = v;
  uf_parent.push_back(v);
  uf_rank.push_back(0);
  uf_size.push_back(1);
  ++components;
  ++kind_count[static_cast<size_t>(kind)];
  return v;
}

uint32_t ClaimGraph::Impl::Root(uint32_t v) const {
  while (uf_parent[v] != v) v = uf_parent[v];
  return v;
}

bool ClaimGraph::Impl::AddEdge(uint32_t u, uint32_t v, model::EdgeType t) {
  if (u == v) return false;
  // Scan the shorter list: claims have few out-edges, popular actors many in-edges.
  if (boost::out_degree(u, g) <= boost::in_degree(v, g)) {
    for (auto [it, end] = boost::out_edges(u, g); it != end; ++it)
      if (boost::target(*it, g) == v && g[*it].type == t) return false;
  } else {
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it)
      if (boost::source(*it, g) == u && g[*it].type == t) return false;
  }
  boost::add_edge(u, v, EdgeProps{t}, g);

  // Union by rank, with path compression (only the writer mutates the forest).
  auto find = [&](uint32_t x) {
    uint32_t r = Root(x);
    while (uf_parent[x] != r) x = std::exchange(uf_parent[x], r);
    return r;
  };
  uint32_t a = find(u), b = find(v);
  if (a != b) {
    if (uf_rank[a] < uf_rank[b]) std::swap(a, b);
    uf_parent[b] = a;
    uf_size[a] += uf_size[b];
    if (uf_rank[a] == uf_rank[b]) ++uf_rank[a];
    --components;
  }
  return true;
}

void ClaimGraph::Impl::AddActor(const model::Actor& a) {
  Upsert(NodeKind::kActor, a.id, a.name, static_cast<uint8_t>(a.type), false);
}

uint32_t ClaimGraph::Impl::ActorRef(const std::string& id) {
  return Upsert(NodeKind::kActor, id, id, 0, /*placeholder=*/true);
}

void ClaimGraph::Impl::AddClaim(const model::Claim& c, uint32_t doc) {
  using model::EdgeType;
  if (c.id.empty()) return;
  uint32_t cv = Upsert(NodeKind::kClaim, c.id, c.text, 0, false);
  AddEdge(cv, doc, EdgeType::kReportedIn);
  for (const auto& s : c.attribution.speakers) AddEdge(cv, ActorRef(s), EdgeType::kSaidBy);
  for (const auto& s : c.attribution.via) AddEdge(cv, ActorRef(s), EdgeType::kVia);
  for (const auto& s : c.actors) AddEdge(cv, ActorRef(s), EdgeType::kMentions);
}

void ClaimGraph::Impl::AddEvent(const model::Event& e, uint32_t doc) {
  using model::EdgeType;
  if (e.id.empty()) return;
  uint32_t ev = Upsert(NodeKind::kEvent, e.id, e.label, 0, false);
  AddEdge(ev, doc, EdgeType::kReportedIn);
  for (const auto& s : e.agents) AddEdge(ev, ActorRef(s), EdgeType::kParticipant);
  for (const auto& s : e.patients) AddEdge(ev, ActorRef(s), EdgeType::kParticipant);
  if (!e.place.empty()) AddEdge(ev, ActorRef(e.place), EdgeType::kParticipant);
  if (e.time && !e.time->value.empty())
    AddEdge(ev, Upsert(NodeKind::kDate, e.time->value, e.time->value, 0, false), EdgeType::kOccurredOn);
  for (const auto& c : e.claims) AddEdge(Upsert(NodeKind::kClaim, c, c, 0, true), ev, EdgeType::kReports);
}

void ClaimGraph::Impl::AddClaimEvents(const model::Claim& c) {
  for (const auto& e : c.events)
    AddEdge(Upsert(NodeKind::kClaim, c.id, c.text, 0, false), Upsert(NodeKind::kEvent, e, e, 0, true),
            model::EdgeType::kReports);
}

// Explicit edges: mostly repeats of the claim and event edges (skipped), plus
// disputes, corroborates and same_as. An unknown endpoint becomes a placeholder.
void ClaimGraph::Impl::AddModelEdge(const model::Edge& e) {
  using model::EdgeType;
  Ends ends = EndsOf(e.type);
  if (ends.from == NodeKind::kInvalid || e.from.empty() || e.to.empty()) return;
  uint32_t u = kNoVertex;
  if (e.type == EdgeType::kReportedIn) {
    u = Resolve(NodeKind::kClaim, e.from);
    if (u == kNoVertex) u = Resolve(NodeKind::kEvent, e.from);
  }
  if (u == kNoVertex) u = Upsert(ends.from, e.from, e.from, 0, true);
  uint32_t v = Upsert(ends.to, e.to, e.to, 0, ends.to != NodeKind::kDate);
  AddEdge(u, v, e.type);
}

Node ClaimGraph::Impl::MakeNode(Vertex v, uint32_t hops) const {
  const VertexProps& p = g[v];
  Node n;
  n.id = std::string(strings.Get(p.key));
  n.kind = p.kind;
  n.label = std::string(strings.Get(p.label));
  if (p.kind == NodeKind::kActor) n.actor_type = model::ToString(static_cast<model::ActorType>(p.actor_type));
  n.degree = static_cast<uint32_t>(boost::out_degree(v, g) + boost::in_degree(v, g));
  n.hops = hops;
  return n;
}

GraphEdge ClaimGraph::Impl::MakeEdge(const EdgeDesc& e) const {
  return {std::string(Key(boost::source(e, g))), std::string(Key(boost::target(e, g))), g[e].type};
}

ClaimGraph::ClaimGraph() : impl_(std::make_unique<Impl>()) {}
ClaimGraph::~ClaimGraph() = default;

Status ClaimGraph::Add(const model::Extraction& x, bool* added) {
  if (added) *added = false;
  const std::string& doc_id = x.document.id;
  if (doc_id.empty()) return Status::InvalidArgument("extraction has no document id");

  std::unique_lock lock(impl_->mu);
  Impl& m = *impl_;
  uint32_t doc = m.Lookup(NodeKind::kDocument, doc_id);
  if (doc != kNoVertex && !m.g[doc].placeholder) return Status::OK();

  doc = m.Upsert(NodeKind::kDocument, doc_id, x.document.title, 0, false);
  for (const model::Actor& a : x.actors) m.AddActor(a);
  for (const model::Claim& c : x.claims) m.AddClaim(c, doc);
  for (const model::Event& e : x.events) m.AddEvent(e, doc);
  for (const model::Claim& c : x.claims) m.AddClaimEvents(c);
  for (const model::Edge& e : x.edges) m.AddModelEdge(e);

  if (added) *added = true;
  ++m.version;
  return Status::OK();
}

GraphStats ClaimGraph::Stats() const {
  std::shared_lock lock(impl_->mu);
  const Impl& m = *impl_;
  GraphStats s;
  s.nodes = boost::num_vertices(m.g);
  s.edges = boost::num_edges(m.g);
  s.actors = m.kind_count[static_cast<size_t>(NodeKind::kActor)];
  s.claims = m.kind_count[static_cast<size_t>(NodeKind::kClaim)];
  s.events = m.kind_count[static_cast<size_t>(NodeKind::kEvent)];
  s.documents = m.kind_count[static_cast<size_t>(NodeKind::kDocument)];
  s.dates = m.kind_count[static_cast<size_t>(NodeKind::kDate)];
  s.components = m.components;
  s.string_bytes = m.strings.bytes();
  return s;
}

Result<Node> ClaimGraph::Find(NodeKind kind, std::string_view id) const {
  std::shared_lock lock(impl_->mu);
  uint32_t v = impl_->Lookup(kind, id);
  if (v == kNoVertex) return Status::NotFound(std::string(ToString(kind)) + " `" + std::string(id) + "` is not in the graph");
  return impl_->MakeNode(v);
}

}  // namespace claimkb::graph
