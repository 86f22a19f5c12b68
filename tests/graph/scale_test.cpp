// Scale check, hidden from the default run: `test_graph "[scale]"`.
// Builds a synthetic graph of CLAIMKB_GRAPH_DOCS documents (default 100,000:
// 1M claims) and reports the memory it adds and query times.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <random>

#include "core/graph/graph.h"

using namespace claimkb;
using namespace claimkb::graph;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// Resident bytes: whichever allocator the binary links (glibc's mallinfo2 sees only its own heap).
size_t ResidentBytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<size_t>(::sysconf(_SC_PAGESIZE));
}

// Ten claims and two events a document; actor ranks are log-uniform (density
// ~ 1/rank) so a few are everywhere, as heads of state are in the news.
model::Extraction SyntheticDoc(size_t i, size_t actors, std::mt19937_64& rng) {
  std::uniform_real_distribution<double> u(0, std::log(static_cast<double>(actors)));
  auto actor = [&] { return "actor-" + std::to_string(static_cast<size_t>(std::exp(u(rng))) - 1); };
  model::Extraction x;
  x.document.id = "doc-" + std::to_string(i);
  x.document.title = "Synthetic report number " + std::to_string(i);
  for (int c = 0; c < 10; ++c) {
    model::Claim claim;
    claim.id = x.document.id + "-c" + std::to_string(c);
    claim.text = "officials said the measure would take effect within weeks, citing the ministry";
    claim.attribution.speakers = {actor()};
    if (c % 3 == 0) claim.attribution.via = {actor()};
    claim.actors = {actor(), actor()};
    x.claims.push_back(std::move(claim));
  }
  for (int e = 0; e < 2; ++e) {
    model::Event ev;
    ev.id = x.document.id + "-e" + std::to_string(e);
    ev.label = "a meeting took place";
    ev.agents = {actor()};
    ev.patients = {actor()};
    model::TimeRef t;
    t.value = "2025-0" + std::to_string(1 + (i + e) % 9);
    ev.time = t;
    x.events.push_back(std::move(ev));
  }
  return x;
}

}  // namespace

TEST_CASE("graph scale: 1M claims stay compact and queries stay fast", "[.][scale]") {
  const size_t docs = std::getenv("CLAIMKB_GRAPH_DOCS") ? std::strtoul(std::getenv("CLAIMKB_GRAPH_DOCS"), nullptr, 10)
                                                        : 100'000;
  const size_t actors = std::max<size_t>(docs / 2, 100);
  std::mt19937_64 rng(7);
  ClaimGraph g;
  const size_t resident0 = ResidentBytes();
  double add_seconds = 0;
  for (size_t i = 0; i < docs; ++i) {
    model::Extraction x = SyntheticDoc(i, actors, rng);
    auto t0 = std::chrono::steady_clock::now();
    REQUIRE(g.Add(x).ok());
    add_seconds += Seconds(t0);
  }
  const size_t grown = ResidentBytes() - resident0;
  GraphStats s = g.Stats();
  std::cout << "graph scale: " << docs << " docs, " << s.claims << " claims, " << s.actors << " actors, " << s.nodes
            << " nodes, " << s.edges << " edges, " << s.components << " components\n"
            << "  resident " << grown / (1 << 20) << " MiB (" << grown / s.claims << " B/claim, "
            << s.string_bytes / (1 << 20) << " MiB strings); Add " << docs / add_seconds << " docs/s\n";
  CHECK(s.claims == docs * 10);
  CHECK(grown < size_t{1200} << 20);  // the server's budget is 1.5 GB in all

  auto t = std::chrono::steady_clock::now();
  auto hood = g.Neighbourhood("actor-0", {.depth = 2});
  std::cout << "  neighbourhood(depth 2, cap 500) " << Seconds(t) * 1e3 << " ms\n";
  REQUIRE(hood.ok());
  CHECK(hood->truncated);

  t = std::chrono::steady_clock::now();
  size_t found = 0;
  for (int i = 1; i <= 20; ++i)
    found += g.ShortestPath("actor-" + std::to_string(i * 97 % actors), "actor-" + std::to_string(i * 131 % actors)).ok();
  std::cout << "  shortest path " << Seconds(t) / 20 * 1e3 << " ms avg (" << found << "/20 found)\n";
  CHECK(found > 0);

  t = std::chrono::steady_clock::now();
  ComponentStats cs = g.Components(5);
  std::cout << "  components " << Seconds(t) * 1e3 << " ms, largest " << cs.largest[0].size << "\n";

  t = std::chrono::steady_clock::now();
  Centrality c = g.CentralActors({.limit = 10});
  std::cout << "  central actors (" << (c.sampled ? "sampled" : "exact") << ", " << c.projected_actors
            << " actors, " << c.projected_links << " links) " << Seconds(t) << " s; cached ";
  t = std::chrono::steady_clock::now();
  g.CentralActors({.limit = 10});
  std::cout << Seconds(t) * 1e3 << " ms\n";
  REQUIRE(!c.actors.empty());
  if (c.projected_actors <= 5000) {
    t = std::chrono::steady_clock::now();
    g.CentralActors({.limit = 10, .exact_max_actors = 0, .pivots = 5000});
    std::cout << "  central actors, all sources without Boost " << Seconds(t) << " s\n";
  }
  Centrality d = g.CentralActors({.limit = 1, .by = RankBy::kDegree});
  CHECK(d.actors[0].actor.id == "actor-0");  // the most frequent by construction
}
