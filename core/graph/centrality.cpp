// Central actors: betweenness and degree on the actor projection, where two
// actors are linked when one claim or event connects both (or a same_as edge).
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/property_map/property_map.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <unordered_map>

#include "core/graph/impl.h"

namespace claimkb::graph {

namespace {

// A claim naming dozens of actors (a list of countries) would add a quadratic
// number of links that say little; only its first actors are projected.
constexpr size_t kMaxActorsPerClaim = 16;

struct Projection {
  std::vector<uint32_t> actors;  // projected index -> graph vertex
  std::vector<uint32_t> offsets; // CSR: neighbours of i are targets[offsets[i], offsets[i+1])
  std::vector<uint32_t> targets;
  size_t links = 0;
};

constexpr EdgeMask kActorLinks = Bit(model::EdgeType::kSaidBy) | Bit(model::EdgeType::kVia) |
                                 Bit(model::EdgeType::kMentions) | Bit(model::EdgeType::kAbout) |
                                 Bit(model::EdgeType::kParticipant);

Projection Project(const ClaimGraph::Impl& m) {
  Projection p;
  const uint32_t n = static_cast<uint32_t>(boost::num_vertices(m.g));
  std::vector<uint32_t> slot(n, kNoVertex);
  for (uint32_t v = 0; v < n; ++v) {
    if (m.g[v].kind != NodeKind::kActor) continue;
    slot[v] = static_cast<uint32_t>(p.actors.size());
    p.actors.push_back(v);
  }
  std::vector<uint64_t> pairs;
  auto link = [&](uint32_t a, uint32_t b) {
    if (a == b) return;
    if (a > b) std::swap(a, b);
    pairs.push_back(uint64_t{a} << 32 | b);
  };
  std::vector<uint32_t> members;
  for (uint32_t v = 0; v < n; ++v) {
    const NodeKind kind = m.g[v].kind;
    if (kind == NodeKind::kActor) {
      for (auto [it, end] = boost::out_edges(v, m.g); it != end; ++it)
        if (m.g[*it].type == model::EdgeType::kSameAs) link(slot[v], slot[boost::target(*it, m.g)]);
      continue;
    }
    if (kind != NodeKind::kClaim && kind != NodeKind::kEvent) continue;
    members.clear();
    for (auto [it, end] = boost::out_edges(v, m.g); it != end && members.size() < kMaxActorsPerClaim; ++it) {
      const uint32_t a = slot[boost::target(*it, m.g)];
      if (a != kNoVertex && (kActorLinks & Bit(m.g[*it].type)) &&
          std::find(members.begin(), members.end(), a) == members.end())
        members.push_back(a);
    }
    for (size_t i = 0; i < members.size(); ++i)
      for (size_t j = i + 1; j < members.size(); ++j) link(members[i], members[j]);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  p.links = pairs.size();

  const size_t k = p.actors.size();
  p.offsets.assign(k + 1, 0);
  for (uint64_t e : pairs) {
    ++p.offsets[(e >> 32) + 1];
    ++p.offsets[(e & 0xFFFFFFFFu) + 1];
  }
  std::partial_sum(p.offsets.begin(), p.offsets.end(), p.offsets.begin());
  p.targets.resize(pairs.size() * 2);
  std::vector<uint32_t> fill(p.offsets.begin(), p.offsets.end() - 1);
  for (uint64_t e : pairs) {
    const uint32_t a = static_cast<uint32_t>(e >> 32), b = static_cast<uint32_t>(e & 0xFFFFFFFFu);
    p.targets[fill[a]++] = b;
    p.targets[fill[b]++] = a;
  }
  return p;
}

std::vector<double> ExactBetweenness(const Projection& p) {
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
  const size_t n = p.actors.size();
  Undirected u(n);
  for (size_t a = 0; a < n; ++a)
    for (uint32_t i = p.offsets[a]; i < p.offsets[a + 1]; ++i)
      if (a < p.targets[i]) boost::add_edge(a, p.targets[i], u);
  std::vector<double> scores(n, 0.0);
  boost::brandes_betweenness_centrality(
      u, boost::make_iterator_property_map(scores.begin(), boost::get(boost::vertex_index, u)));
  return scores;
}

// Brandes' accumulation from a sample of sources, scaled to estimate the
// all-sources sum (Brandes & Pich 2007), halved as Boost does for undirected graphs.
std::vector<double> SampledBetweenness(const Projection& p, uint32_t pivots) {
  const uint32_t n = static_cast<uint32_t>(p.actors.size());
  std::vector<uint32_t> sources(n);
  std::iota(sources.begin(), sources.end(), 0);
  std::mt19937_64 rng(0x636c61696d6b62ull);  // fixed: the same graph gives the same ranking
  if (pivots < n) {
    for (uint32_t i = 0; i < pivots; ++i)
      std::swap(sources[i], sources[i + std::uniform_int_distribution<uint32_t>(0, n - 1 - i)(rng)]);
    sources.resize(pivots);
  }
  std::vector<double> scores(n, 0.0), sigma(n), delta(n);
  std::vector<int32_t> dist(n, -1);
  std::vector<uint32_t> stack, queue;
  stack.reserve(n);
  queue.reserve(n);
  for (uint32_t s : sources) {
    stack.clear();
    queue.assign(1, s);
    dist[s] = 0;
    sigma[s] = 1;
    for (size_t qi = 0; qi < queue.size(); ++qi) {
      const uint32_t v = queue[qi];
      stack.push_back(v);
      for (uint32_t i = p.offsets[v]; i < p.offsets[v + 1]; ++i) {
        const uint32_t w = p.targets[i];
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          sigma[w] = 0;
          queue.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (uint32_t v : stack) delta[v] = 0;
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
      const uint32_t w = *it;
      for (uint32_t i = p.offsets[w]; i < p.offsets[w + 1]; ++i) {
        const uint32_t v = p.targets[i];
        if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      if (w != s) scores[w] += delta[w];
    }
    for (uint32_t v : stack) dist[v] = -1;
  }
  const double scale = static_cast<double>(n) / static_cast<double>(sources.size()) / 2.0;
  for (double& x : scores) x *= scale;
  return scores;
}

bool SameSettings(const CentralityOptions& a, const CentralityOptions& b) {
  return a.exact_max_actors == b.exact_max_actors && a.pivots == b.pivots;
}

void Rank(std::vector<ActorRank>& v, RankBy by) {
  std::sort(v.begin(), v.end(), [by](const ActorRank& a, const ActorRank& b) {
    if (by == RankBy::kBetweenness && a.betweenness != b.betweenness) return a.betweenness > b.betweenness;
    if (a.actor.degree != b.actor.degree) return a.actor.degree > b.actor.degree;
    if (by == RankBy::kDegree && a.betweenness != b.betweenness) return a.betweenness > b.betweenness;
    return a.actor.id < b.actor.id;
  });
}

}  // namespace

Centrality ClaimGraph::CentralActors(const CentralityOptions& opt) const {
  const Impl& m = *impl_;
  // Lock order: cache, then graph. The graph is read-locked only while the
  // projection is copied out, so Add is not held up by the betweenness pass.
  std::lock_guard cache_lock(m.cache_mu);
  CentralityCache& cache = m.cache;
  Projection p;
  Centrality c;
  uint64_t version = 0;
  bool recompute = false;
  {
    std::shared_lock lock(m.mu);
    version = m.version;
    const size_t edges = boost::num_edges(m.g);
    const bool fresh_enough =
        cache.version == version ||
        (cache.version != ~uint64_t{0} &&
         static_cast<double>(edges - cache.result.graph_edges) <= opt.max_staleness * cache.result.graph_edges);
    recompute = !fresh_enough || !SameSettings(cache.opt, opt);
    if (recompute) {
      p = Project(m);
      c.graph_edges = edges;
      c.actors.reserve(p.actors.size());
      for (size_t i = 0; i < p.actors.size(); ++i)
        c.actors.push_back({m.MakeNode(p.actors[i]), 0, p.offsets[i + 1] - p.offsets[i]});
    }
  }
  if (recompute) {
    c.projected_actors = p.actors.size();
    c.projected_links = p.links;
    const uint32_t pivots = std::max<uint32_t>(opt.pivots, 1);
    std::vector<double> scores;
    if (p.actors.size() <= opt.exact_max_actors) {
      scores = ExactBetweenness(p);
    } else {
      scores = SampledBetweenness(p, pivots);
      c.sampled = pivots < p.actors.size();
      c.pivots = c.sampled ? pivots : 0;
    }
    for (size_t i = 0; i < scores.size(); ++i) c.actors[i].betweenness = scores[i];
    cache.version = version;
    cache.opt = opt;
    cache.result = std::move(c);
    Rank(cache.result.actors, opt.by);
  }
  if (cache.opt.by != opt.by) {
    Rank(cache.result.actors, opt.by);
    cache.opt.by = opt.by;
  }
  const Centrality& all = cache.result;
  Centrality out;
  out.actors.assign(all.actors.begin(), all.actors.begin() + std::min(all.actors.size(), opt.limit));
  out.projected_actors = all.projected_actors;
  out.projected_links = all.projected_links;
  out.sampled = all.sampled;
  out.pivots = all.pivots;
  out.graph_edges = all.graph_edges;
  return out;
}

}  // namespace claimkb::graph
