#include <catch2/catch.hpp>

#include <filesystem>
#include <random>
#include <sstream>

#include "core/graph/load.h"
#include "core/graph/snapshot.h"
#include "tests/graph/fixture.h"
#include "tests/support.h"

using namespace claimkb;
using namespace claimkb::graph;
using claimkb::testing::MakeClaim;
using claimkb::testing::MakeEvent;
using claimkb::testing::SecondStory;
using claimkb::testing::SeedStory;
using claimkb::testing::Storable;
using claimkb::testing::UnrelatedStory;

namespace {

const std::vector<std::string> kPeople = {"nicolas-maduro", "donald-trump", "marco-rubio", "ana-lopez",
                                          "port-authority", "cargo",        "pedro-sanz",  "lena-ortiz",
                                          "coast-guard",    "finance-ministry"};

// A wire story over kPeople, some claims relayed, a dated event, and an event
// reporting a claim of the next story (a placeholder until that one comes).
model::Extraction WireStory(int i, std::mt19937& rng) {
  auto who = [&] { return kPeople[rng() % kPeople.size()]; };
  model::Extraction x;
  const std::string d = "doc-wire-" + std::to_string(i);
  x.document.id = d;
  x.document.title = "Officials weigh new shipping rules, report " + std::to_string(i);
  for (int c = 0; c < 5; ++c) {
    std::vector<std::string> via;
    if (c % 2 == 0) via.push_back(who());
    x.claims.push_back(MakeClaim(d + "-c" + std::to_string(c), d,
                                 "the ministry expects cargo volumes to change by " + std::to_string(i * 7 + c) +
                                     " percent this year",
                                 {who()}, via, {who()}));
  }
  x.events.push_back(MakeEvent(d + "-e1", d, "ministers met in the capital", {who()}, {who()}, "",
                               "2025-0" + std::to_string(1 + i % 9)));
  model::Event e = MakeEvent(d + "-e2", d, "the port closed", {who()}, {}, "", "");
  e.claims = {"doc-wire-" + std::to_string(i + 1) + "-c0"};
  x.events.push_back(e);
  x.claims[1].events = {d + "-e1"};
  for (const auto& id : kPeople)
    x.actors.push_back({id, "Name of " + id, static_cast<model::ActorType>(id.size() % 6), {}, {}, ""});
  return Storable(std::move(x));
}

void AppendNodes(std::ostringstream& out, const std::vector<Node>& nodes) {
  for (const Node& n : nodes)
    out << ToString(n.kind) << ' ' << n.id << " [" << n.label << "] " << n.actor_type << ' ' << n.degree << ' '
        << n.hops << '\n';
}

void AppendEdges(std::ostringstream& out, const std::vector<GraphEdge>& edges) {
  for (const GraphEdge& e : edges) out << e.from << " -" << static_cast<int>(e.type) << "-> " << e.to << '\n';
}

// Every answer the graph gives about these actors, and its whole export:
// two graphs with equal fingerprints hold the same nodes, strings and edges
// in the same order.
std::string Fingerprint(const ClaimGraph& g, const std::vector<std::string>& actors) {
  std::ostringstream out;
  GraphStats s = g.Stats();
  out << s.nodes << ' ' << s.edges << ' ' << s.actors << ' ' << s.claims << ' ' << s.events << ' ' << s.documents
      << ' ' << s.dates << ' ' << s.components << ' ' << s.string_bytes << '\n';
  REQUIRE(g.WriteGraphml(out).ok());
  REQUIRE(g.WriteDot(out).ok());
  for (const auto& a : actors) {
    auto hood = g.Neighbourhood(a, {.depth = 2, .max_nodes = 40});
    out << "hood " << a << ' ' << hood.ok() << '\n';
    if (hood.ok()) {
      AppendNodes(out, hood->nodes);
      AppendEdges(out, hood->edges);
    }
    auto comp = g.ComponentOf(a, 30);
    out << "component " << (comp.ok() ? comp->size : 0) << '\n';
    if (comp.ok()) AppendNodes(out, comp->members.nodes);
    for (const auto& b : actors) {
      auto path = g.ShortestPath(a, b);
      out << "path " << a << ' ' << b << ' ' << path.ok() << '\n';
      if (path.ok()) AppendEdges(out, path->edges);
    }
  }
  ComponentStats cs = g.Components(5);
  out << "components " << cs.count << '\n';
  for (const auto& c : cs.largest) out << c.representative.id << ' ' << c.size << '\n';
  for (RankBy by : {RankBy::kBetweenness, RankBy::kDegree}) {
    Centrality c = g.CentralActors({.limit = 5, .by = by});
    for (const auto& r : c.actors) out << r.actor.id << ' ' << r.betweenness << ' ' << r.projected_degree << '\n';
  }
  return out.str();
}

std::vector<std::string> Actors() {
  std::vector<std::string> a = kPeople;
  a.insert(a.end(), {"delcy-rodriguez", "richard-grenell", "un-study", "venezuela", "no-such-actor"});
  return a;
}

// A store of the seed story, a second story, an unrelated one and wire stories.
struct Fixture {
  claimkb::testing::TempDir dir;
  std::unique_ptr<store::Store> store;
  std::string snapshot;

  explicit Fixture(int wire = 30) {
    auto st = store::Store::Open((dir.path() / "store").string());
    REQUIRE(st.ok());
    store = std::move(st).value();
    snapshot = SnapshotPath(store->dir());
    Ingest(Storable(SeedStory()));
    Ingest(Storable(SecondStory()));
    Ingest(Storable(UnrelatedStory("doc-harbour", "port-of-leith", "cargo-volumes")));
    std::mt19937 rng(11);
    for (int i = 0; i < wire; ++i) Ingest(WireStory(i, rng));
  }
  void Ingest(const model::Extraction& x) {
    auto r = store->Ingest(x);
    INFO(r.status().ToString());
    REQUIRE(r.ok());
  }
  std::string Rebuilt() {
    ClaimGraph g;
    REQUIRE(LoadFromStore(*store, &g).ok());
    return Fingerprint(g, Actors());
  }
  void WriteFresh() {
    ClaimGraph g;
    REQUIRE(LoadFromStore(*store, &g).ok());
    REQUIRE(WriteSnapshot(g, store->WriteSequence(), snapshot).ok());
  }
};

}  // namespace

TEST_CASE("a graph read from its snapshot answers every query as the rebuilt one", "[graph][snapshot]") {
  Fixture f;
  ClaimGraph rebuilt;
  REQUIRE(LoadFromStore(*f.store, &rebuilt).ok());
  REQUIRE(rebuilt.Stats().claims > 150);
  REQUIRE(WriteSnapshot(rebuilt, f.store->WriteSequence(), f.snapshot).ok());
  CHECK_FALSE(std::filesystem::exists(f.snapshot + ".tmp-" + std::to_string(::getpid())));

  ClaimGraph read;
  auto r = LoadGraph(*f.store, f.snapshot, &read);
  REQUIRE(r.ok());
  INFO(r->fallback);
  CHECK(r->from_snapshot);
  CHECK(r->sequence == f.store->WriteSequence());
  const std::string want = Fingerprint(rebuilt, Actors());
  CHECK(Fingerprint(read, Actors()) == want);

  // Both keep growing alike: the arena, index and components read back stay writable.
  std::mt19937 rng(5);
  for (int i = 100; i < 104; ++i) {
    model::Extraction x = WireStory(i, rng);
    bool added_read = false, added_rebuilt = false;
    REQUIRE(read.Add(x, &added_read).ok());
    REQUIRE(rebuilt.Add(x, &added_rebuilt).ok());
    CHECK(added_read);
    CHECK(added_rebuilt);
  }
  REQUIRE(read.Add(Storable(SeedStory())).ok());
  CHECK(Fingerprint(read, Actors()) == Fingerprint(rebuilt, Actors()));
}

TEST_CASE("a snapshot older than the store is not used: the graph is rebuilt", "[graph][snapshot]") {
  Fixture f;
  f.WriteFresh();
  f.Ingest(Storable(UnrelatedStory("doc-late", "late-agency", "late-topic")));

  ClaimGraph g;
  auto r = LoadGraph(*f.store, f.snapshot, &g);
  REQUIRE(r.ok());
  CHECK_FALSE(r->from_snapshot);
  CHECK_THAT(r->fallback, Catch::Contains("stale"));
  CHECK(g.Find(NodeKind::kDocument, "doc-late").ok());
  CHECK(Fingerprint(g, Actors()) == f.Rebuilt());

  // Written again at the new sequence, it is used.
  REQUIRE(WriteSnapshot(g, r->sequence, f.snapshot).ok());
  ClaimGraph again;
  auto r2 = LoadGraph(*f.store, f.snapshot, &again);
  REQUIRE(r2.ok());
  CHECK(r2->from_snapshot);
  CHECK(Fingerprint(again, Actors()) == f.Rebuilt());
}

TEST_CASE("a missing, damaged, truncated or foreign snapshot falls back to the rebuild", "[graph][snapshot]") {
  Fixture f(12);
  const std::string want = f.Rebuilt();
  f.WriteFresh();
  const std::string good = claimkb::testing::ReadFile(f.snapshot);
  REQUIRE(good.size() > 1000);

  struct Case {
    std::string name, bytes;
    Status::Code code;
  };
  std::vector<Case> cases = {
      {"empty file", "", Status::Code::kCorruption},
      {"not a snapshot", std::string(good.size(), 'x'), Status::Code::kCorruption},
      {"truncated to half", good.substr(0, good.size() / 2), Status::Code::kCorruption},
      {"last byte missing", good.substr(0, good.size() - 1), Status::Code::kCorruption},
      {"a byte appended", good + "!", Status::Code::kCorruption},
  };
  std::string newer = good;
  newer[8] = static_cast<char>(newer[8] + 1);  // the format version, first byte (little-endian)
  cases.push_back({"another format version", newer, Status::Code::kUnsupported});
  // A flipped bit in the header, in the counts and near the end (edges, index).
  for (size_t at : {size_t{20}, size_t{300}, good.size() / 3, good.size() / 2, good.size() - 9}) {
    std::string flipped = good;
    flipped[at] = static_cast<char>(flipped[at] ^ 0x10);
    cases.push_back({"bit flipped at " + std::to_string(at), flipped, Status::Code::kCorruption});
  }

  for (const Case& c : cases) {
    INFO(c.name);
    claimkb::testing::WriteFile(f.snapshot, c.bytes);
    ClaimGraph direct;
    uint64_t stamp = 0;
    Status s = ReadSnapshot(f.snapshot, &direct, &stamp);
    CHECK(s.code() == c.code);
    CHECK(direct.Stats().nodes == 0);  // a failed read leaves the graph as it was

    ClaimGraph g;
    auto r = LoadGraph(*f.store, f.snapshot, &g);
    REQUIRE(r.ok());
    CHECK_FALSE(r->from_snapshot);
    CHECK_FALSE(r->fallback.empty());
    CHECK(Fingerprint(g, Actors()) == want);
  }

  std::filesystem::remove(f.snapshot);
  ClaimGraph g;
  auto r = LoadGraph(*f.store, f.snapshot, &g);
  REQUIRE(r.ok());
  CHECK_FALSE(r->from_snapshot);
  CHECK_THAT(r->fallback, Catch::Contains("no graph snapshot"));
  CHECK(Fingerprint(g, Actors()) == want);
}

TEST_CASE("an empty graph round-trips through a snapshot", "[graph][snapshot]") {
  claimkb::testing::TempDir dir;
  const std::string path = (dir.path() / "graph.snapshot").string();
  ClaimGraph empty;
  REQUIRE(WriteSnapshot(empty, 7, path).ok());
  ClaimGraph g;
  uint64_t stamp = 0;
  REQUIRE(ReadSnapshot(path, &g, &stamp).ok());
  CHECK(stamp == 7);
  CHECK(g.Stats().nodes == 0);
  REQUIRE(g.Add(Storable(SeedStory())).ok());
  ClaimGraph direct;
  REQUIRE(direct.Add(Storable(SeedStory())).ok());
  CHECK(Fingerprint(g, Actors()) == Fingerprint(direct, Actors()));
}
