// claimkb_bench: in-process figures for tools/bench/run. Prints one JSON object.
//   claimkb_bench extract CORPUS [MAX]        extraction MB/s on one core (the first MAX articles)
//   claimkb_bench store CORPUS WORKDIR IDS    ingest vs RocksDB/SQLite, query latencies, disk
//   claimkb_bench graphmem STORE_DIR [rebuild|snapshot]
//                                             graph load time and memory per claim: rebuilt from
//                                             the store (then its snapshot written), or read from it
//   claimkb_bench byid STORE_DIR [N [--perf]] claim-by-id p50/p99 on an existing store (N picks),
//                                             then actor timelines (50 items) as `store` times them;
//                                             --perf: RocksDB's cost per read and statistics
//   claimkb_bench ingest CORPUS STORE_DIR [--window N] [--no-graph] [--no-cluster] [--perf] [--save FILE] [--keep]
//                                             the store's ingest alone, its wall time split per window
//                                             (ingest_split.h); CORPUS *.extractions.ndjson: saved
//                                             extractions (--save writes them), else articles
// IDS receives sample claim and actor ids for the HTTP benchmark.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

#include <sys/resource.h>
#include <time.h>
#include <string>

#include <nlohmann/json.hpp>
#include <rocksdb/perf_context.h>
#include <rocksdb/perf_level.h>

#include "api/views.h"
#include "core/extract/pipeline.h"
#include "core/graph/graph.h"
#include "core/graph/load.h"
#include "core/graph/snapshot.h"
#include "core/store/store.h"
#include "core/model/json.h"
#include "tools/bench/corpus.h"
#include "tools/bench/ingest_split.h"
#include "tools/bench/peers.h"

namespace claimkb::bench {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

extract::Input InputOf(const Article& a) {
  extract::Input in;
  in.bytes = a.text;
  in.format = extract::Format::kText;
  in.url = "https://bench.example/" + a.id;
  in.title = a.title;
  in.published = a.published;
  return in;
}

json LatencyJson(Latency& l) { return {{"p50_us", l.Percentile(50)}, {"p99_us", l.Percentile(99)}, {"n", l.ns.size()}}; }

int RunExtract(const std::vector<Article>& corpus, size_t max_articles) {
  size_t bytes = 0, claims = 0, failed = 0, n = std::min(corpus.size(), max_articles);
  auto t0 = Clock::now();
  for (size_t i = 0; i < n; ++i) {
    const Article& a = corpus[i];
    bytes += a.text.size();
    auto x = extract::Extract(InputOf(a));
    if (x.ok()) claims += x->claims.size(); else ++failed;
  }
  double s = Seconds(Clock::now() - t0);
  json out = {{"articles", n}, {"bytes", bytes}, {"seconds", s}, {"mb_per_s", bytes / 1e6 / s},
              {"claims", claims}, {"failed", failed}};
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

double ThreadCpuNs() {
  timespec t{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return 1e9 * t.tv_sec + t.tv_nsec;
}

// Wall and thread CPU time of each call: on a loaded machine the wall tail is
// mostly time spent waiting for a core, the CPU tail is the work.
template <typename F>
std::pair<Latency, Latency> MeasureWallCpu(size_t n, F&& f) {
  Latency wall, cpu;
  for (size_t i = 0; i < n; ++i) {
    const double c0 = ThreadCpuNs();
    auto t0 = Clock::now();
    f(i);
    wall.Add(Clock::now() - t0);
    cpu.ns.push_back(ThreadCpuNs() - c0);
  }
  return {std::move(wall), std::move(cpu)};
}

template <typename F>
Latency Measure(size_t n, F&& f) {
  Latency l;
  for (size_t i = 0; i < n; ++i) {
    auto t0 = Clock::now();
    f(i);
    l.Add(Clock::now() - t0);
  }
  return l;
}

// How many queries of each kind are timed. Point reads and listings are cheap
// at every size. The claim detail reads the claim's whole proposition (every
// member claim: O(cluster size), and the synthetic corpus repeats sentences),
// graph queries grow with the graph and SQLite's recursive CTEs much faster, so
// bigger corpora time fewer of those (same p50/p99 method).
struct Samples {
  size_t point = 20000, listing = 5000, detail = 5000, graph = 500, sqlite_hood = 100, sqlite_path = 10;
  explicit Samples(size_t articles) {
    if (articles > 2000) { detail = 100; graph = 200; sqlite_hood = 40; }
    if (articles > 20000) { detail = 50; graph = 100; sqlite_hood = 20; }
  }
};

// Wall-clock seconds per phase, also logged to stderr so a long run shows progress.
class Phases {
 public:
  void Done(const char* name) {
    auto now = Clock::now();
    double s = Seconds(now - last_);
    last_ = now;
    seconds_[name] = s;
    std::fprintf(stderr, "[claimkb_bench] %s: %.1f s\n", name, s);
  }
  const json& seconds() const { return seconds_; }

 private:
  Clock::time_point last_ = Clock::now();
  json seconds_ = json::object();
};

int RunStore(const std::vector<Article>& corpus, const std::string& work, const std::string& ids_file) {
  namespace fs = std::filesystem;
  fs::remove_all(work);
  fs::create_directories(work);
  Phases phase;
  std::vector<model::Extraction> xs;
  xs.reserve(corpus.size());
  for (const auto& a : corpus)
    if (auto x = extract::Extract(InputOf(a)); x.ok()) xs.push_back(std::move(x).value());
  size_t rss_before = RssBytes();
  phase.Done("extract");

  json out;
  auto store = store::Store::Open(work + "/claimkb");
  if (!store.ok()) { std::fprintf(stderr, "%s\n", store.status().ToString().c_str()); return 1; }
  graph::ClaimGraph g;
  size_t failed = 0;
  auto t0 = Clock::now();
  for (const auto& x : xs) {
    auto r = (*store)->Ingest(x);
    if (!r.ok()) { ++failed; continue; }
    if (!g.Add(x).ok()) ++failed;
  }
  double s_store = Seconds(Clock::now() - t0);
  out["ingest"] = {{"articles", xs.size()}, {"seconds", s_store}, {"per_s", xs.size() / s_store}, {"failed", failed}};
  phase.Done("ingest");

  auto rocks = RocksPeer::Open(work + "/rocks_raw");
  t0 = Clock::now();
  for (const auto& x : xs) (void)(*rocks)->Ingest(x);
  double s_rocks = Seconds(Clock::now() - t0);
  out["ingest_rocks_raw"] = {{"seconds", s_rocks}, {"per_s", xs.size() / s_rocks}};
  phase.Done("ingest_rocks_raw");

  auto sql = SqlitePeer::Open(work + "/peer.sqlite");
  if (!sql.ok()) { std::fprintf(stderr, "%s\n", sql.status().ToString().c_str()); return 1; }
  t0 = Clock::now();
  for (const auto& x : xs) (void)(*sql)->Ingest(x);
  double s_sql = Seconds(Clock::now() - t0);
  out["ingest_sqlite"] = {{"seconds", s_sql}, {"per_s", xs.size() / s_sql}};
  phase.Done("ingest_sqlite");

  // Query samples: claim ids uniformly; actors weighted by how often they speak (as users ask).
  std::vector<std::string> claim_ids, speakers;
  std::vector<std::pair<std::string, std::string>> speaker_dates;
  for (const auto& x : xs)
    for (const auto& c : x.claims) {
      claim_ids.push_back(c.id);
      for (const auto& sp : c.attribution.speakers) speakers.push_back(sp);
    }
  if (claim_ids.empty() || speakers.empty()) { std::fprintf(stderr, "no claims or speakers extracted\n"); return 1; }
  std::mt19937_64 rng(42);
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& { return v[rng() % v.size()]; };
  const Samples n(corpus.size());
  const size_t kN = n.point, kListN = n.listing, kGraphN = n.graph;
  std::vector<std::string> q_claims(kN), q_actors(kN);
  for (size_t i = 0; i < kN; ++i) { q_claims[i] = pick(claim_ids); q_actors[i] = pick(speakers); }

  auto& st = **store;
  size_t miss = 0;
  auto by_id = Measure(kN, [&](size_t i) { if (!st.GetClaim(q_claims[i]).ok()) ++miss; });
  std::string v;
  auto by_id_sql = Measure(kN, [&](size_t i) { (*sql)->ClaimById(q_claims[i], &v); });
  auto by_id_rocks = Measure(kN, [&](size_t i) { (*rocks)->Get("c/" + q_claims[i], &v); });
  // What GET /v1/claims/{id} does in-process: the claim with provenance, serialised.
  size_t body_bytes = 0;
  auto detail = Measure(n.detail, [&](size_t i) {
    auto c = st.GetClaim(q_claims[i]);
    if (c.ok()) body_bytes += api::ClaimDetail(st, *c).dump().size();
  });
  size_t items = 0;
  auto tl = Measure(kListN, [&](size_t i) {
    auto r = st.Timeline(q_actors[i], "", "", "", 50);
    if (r.ok()) items += r->items.size();
  });
  auto tl_sql = Measure(kListN, [&](size_t i) { (*sql)->Timeline(q_actors[i], 50); });
  store::ClaimQuery cq;
  auto sd = Measure(kListN, [&](size_t i) {
    cq.speaker = q_actors[i]; cq.from = "2023-06-01"; cq.to = "2024-12-31";
    (void)st.ListClaims(cq, "", 50);
  });
  auto sd_sql = Measure(kListN, [&](size_t i) { (*sql)->SpeakerBetween(q_actors[i], "2023-06-01", "2024-12-31", 50); });

  phase.Done("queries_store");

  graph::NeighbourhoodOptions hood;
  hood.depth = 3;
  size_t hood_nodes = 0;
  auto nb = Measure(kGraphN, [&](size_t i) {
    auto r = g.Neighbourhood(q_actors[i], hood);
    if (r.ok()) hood_nodes += r->nodes.size();
  });
  size_t timeouts_hood_sql = 0;
  auto nb_sql = Measure(n.sqlite_hood, [&](size_t i) {
    timeouts_hood_sql += (*sql)->Neighbourhood(q_actors[i], 3, hood.max_nodes, 2.0) == SqlitePeer::kTimedOut;
  });
  graph::PathOptions po;
  po.max_hops = 4;
  size_t found = 0;
  auto sp = Measure(kGraphN, [&](size_t i) { found += g.ShortestPath(q_actors[i], q_actors[kN - 1 - i], po).ok(); });
  size_t found_sql = 0, timeouts_sql = 0;
  auto sp_sql = Measure(n.sqlite_path, [&](size_t i) {
    int hops = (*sql)->ShortestPath(q_actors[i], q_actors[kN - 1 - i], 4, 2.0);
    found_sql += hops >= 0;
    timeouts_sql += hops == -2;
  });

  out["queries"] = {
      {"claim_by_id", LatencyJson(by_id)}, {"claim_by_id_sqlite", LatencyJson(by_id_sql)},
      {"claim_by_id_rocks_raw", LatencyJson(by_id_rocks)}, {"claim_by_id_misses", miss},
      {"claim_detail_view", LatencyJson(detail)}, {"claim_detail_avg_bytes", static_cast<double>(body_bytes) / n.detail},
      {"timeline50", LatencyJson(tl)}, {"timeline50_sqlite", LatencyJson(tl_sql)},
      {"timeline_avg_items", static_cast<double>(items) / kListN},
      {"speaker_dates", LatencyJson(sd)}, {"speaker_dates_sqlite", LatencyJson(sd_sql)},
      {"hood3", LatencyJson(nb)}, {"hood3_sqlite", LatencyJson(nb_sql)},
      {"hood3_avg_nodes", static_cast<double>(hood_nodes) / kGraphN},
      {"hood3_sqlite_timeouts", timeouts_hood_sql},
      {"path4", LatencyJson(sp)}, {"path4_sqlite", LatencyJson(sp_sql)},
      {"path4_found", found}, {"path4_found_sqlite", found_sql}, {"path4_samples", kGraphN},
      {"path4_sqlite_samples", n.sqlite_path}, {"path4_sqlite_timeouts", timeouts_sql}};
  phase.Done("queries_graph");

  auto stats = st.GetStats();
  uint64_t claims = stats.ok() ? stats->claims : claim_ids.size();
  out["data"] = {{"documents", stats.ok() ? stats->documents : 0}, {"claims", claims},
                 {"actors", stats.ok() ? stats->actors : 0}, {"edges", stats.ok() ? stats->edges : 0},
                 {"graph_nodes", g.Stats().nodes}, {"graph_edges", g.Stats().edges}};
  sql->reset();
  rocks->reset();
  store->reset();
  size_t disk = DirBytes(work + "/claimkb"), disk_sql = DirBytes(work) - disk - DirBytes(work + "/rocks_raw");
  size_t disk_compacted = 0;
  if (auto reopened = store::Store::Open(work + "/claimkb"); reopened.ok()) {
    if ((*reopened)->Compact().ok()) disk_compacted = DirBytes(work + "/claimkb");
  }
  out["disk"] = {{"claimkb_bytes", disk}, {"sqlite_bytes", disk_sql}, {"rocks_raw_bytes", DirBytes(work + "/rocks_raw")},
                 {"claimkb_per_claim", static_cast<double>(disk) / claims},
                 {"claimkb_compacted_bytes", disk_compacted},
                 {"claimkb_compacted_per_claim", static_cast<double>(disk_compacted) / claims},
                 {"sqlite_per_claim", static_cast<double>(disk_sql) / claims}};

  phase.Done("compact");
  out["memory"] = {{"rss_bytes", RssBytes()}, {"rss_before_ingest", rss_before}};
  out["phase_seconds"] = phase.seconds();

  std::ofstream ids(ids_file);
  for (size_t i = 0; i < 1000; ++i) ids << "claim " << q_claims[i] << "\n";
  for (size_t i = 0; i < 200; ++i) ids << "actor " << q_actors[i] << "\n";
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// The graph's own footprint, in a fresh process so freed arenas do not hide it.
// `rebuild` (default) rebuilds it from the store and then writes its snapshot
// (graph.snapshot in the store directory); `snapshot` reads that snapshot.
int RunGraphMemory(const std::string& store_dir, const std::string& how) {
  store::Options o;
  o.read_only = true;
  auto st = store::Store::Open(store_dir, o);
  if (!st.ok()) { std::fprintf(stderr, "%s\n", st.status().ToString().c_str()); return 1; }
  size_t rss0 = RssBytes();
  graph::ClaimGraph g;
  auto t0 = Clock::now();
  double cpu0 = CpuSeconds();
  Status s;
  json extra = json::object();
  if (how == "snapshot") {
    auto r = graph::LoadGraph(**st, graph::SnapshotPath(store_dir), &g);
    s = r.status();
    if (r.ok()) extra = {{"from_snapshot", r->from_snapshot}, {"fallback", r->fallback}};
  } else {
    s = graph::LoadFromStore(**st, &g);
  }
  double load_s = Seconds(Clock::now() - t0), load_cpu = CpuSeconds() - cpu0;
  size_t rss1 = RssBytes(), grown = rss1 > rss0 ? rss1 - rss0 : 0;
  auto stats = (*st)->GetStats();
  double claims = stats.ok() && stats->claims ? static_cast<double>(stats->claims) : 1.0;
  json out = {{"ok", s.ok()}, {"graph_load_seconds", load_s}, {"graph_load_cpu_seconds", load_cpu},
              {"graph_rss_bytes", grown}, {"graph_bytes_per_claim", grown / claims},
              {"graph_string_bytes", g.Stats().string_bytes}, {"rss_bytes", rss1}};
  out.update(extra);
  if (how != "snapshot" && s.ok()) {
    const std::string path = graph::SnapshotPath(store_dir);
    t0 = Clock::now();
    cpu0 = CpuSeconds();
    Status w = graph::WriteSnapshot(g, (*st)->WriteSequence(), path);
    out["snapshot_write_seconds"] = Seconds(Clock::now() - t0);
    out["snapshot_write_cpu_seconds"] = CpuSeconds() - cpu0;
    out["snapshot_ok"] = w.ok();
    std::error_code ec;
    out["snapshot_bytes"] = w.ok() ? std::filesystem::file_size(path, ec) : 0;
    out["snapshot_bytes_per_claim"] = w.ok() ? std::filesystem::file_size(path, ec) / claims : 0;
  }
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

// RocksDB's per-thread counters of one point read (perf_context.h), summed
// over calls: where a by-id's time goes (block reads, checksums, decompression).
struct ReadCost {
  static constexpr const char* kNames[] = {
      "block_cache_hit_count", "block_read_count", "block_read_byte", "block_read_time",
      "block_checksum_time", "block_decompress_time", "index_block_read_count", "filter_block_read_count",
      "block_cache_index_hit_count", "block_cache_filter_hit_count", "get_from_memtable_time",
      "get_from_output_files_time", "bloom_sst_miss_count", "block_seek_nanos", "find_table_nanos"};
  static constexpr size_t kN = std::size(kNames);
  double v[kN] = {};
  static ReadCost Now() {
    const rocksdb::PerfContext& p = *rocksdb::get_perf_context();
    const uint64_t now[] = {p.block_cache_hit_count, p.block_read_count, p.block_read_byte, p.block_read_time,
                            p.block_checksum_time, p.block_decompress_time, p.index_block_read_count,
                            p.filter_block_read_count, p.block_cache_index_hit_count,
                            p.block_cache_filter_hit_count, p.get_from_memtable_time,
                            p.get_from_output_files_time, p.bloom_sst_miss_count, p.block_seek_nanos,
                            p.find_table_nanos};
    ReadCost c;
    for (size_t i = 0; i < kN; ++i) c.v[i] = static_cast<double>(now[i]);
    return c;
  }
  void AddDiff(const ReadCost& after, const ReadCost& before) {
    for (size_t i = 0; i < kN; ++i) v[i] += after.v[i] - before.v[i];
  }
  json PerCall(size_t calls) const {
    json out = {{"calls", calls}};
    for (size_t i = 0; i < kN; ++i) out[kNames[i]] = calls ? v[i] / calls : 0.0;
    return out;
  }
};

// By-id reads with RocksDB's perf context on: the mean cost of all reads and
// of the slowest 1% (the p99 tail).
json ByIdReadCost(const store::Store& st, const std::vector<std::string>& q) {
  rocksdb::SetPerfLevel(rocksdb::PerfLevel::kEnableTimeExceptForMutex);
  std::vector<std::pair<double, ReadCost>> calls;
  calls.reserve(q.size());
  for (const auto& id : q) {
    ReadCost before = ReadCost::Now();
    auto t0 = Clock::now();
    (void)st.GetClaim(id);
    const double ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
    ReadCost d;
    d.AddDiff(ReadCost::Now(), before);
    calls.emplace_back(ns, d);
  }
  rocksdb::SetPerfLevel(rocksdb::PerfLevel::kDisable);
  std::sort(calls.begin(), calls.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  ReadCost all, tail;
  const size_t tail_from = calls.size() - calls.size() / 100;
  for (size_t i = 0; i < calls.size(); ++i) {
    all.AddDiff(calls[i].second, ReadCost());
    if (i >= tail_from) tail.AddDiff(calls[i].second, ReadCost());
  }
  return {{"all", all.PerCall(calls.size())}, {"slowest_1pct", tail.PerCall(calls.size() - tail_from)}};
}

// Claim-by-id and timeline p50/p99 on an existing store, as RunStore times them
// (N uniform claim picks, speaker-weighted actors), without ingesting first:
// for big stores built once. --perf adds a third by-id pass with RocksDB's
// perf context (ByIdReadCost) and the engine's statistics.
int RunById(const std::string& store_dir, size_t n, bool perf) {
  store::Options options;
  options.engine_statistics = perf;
  auto st = store::Store::Open(store_dir, options);
  if (!st.ok()) { std::fprintf(stderr, "%s\n", st.status().ToString().c_str()); return 1; }
  std::vector<std::string> ids, speakers;
  store::Store::RecordVisitor visit;
  visit.claim = [&](const model::Claim& c) {
    ids.push_back(c.id);
    for (const auto& sp : c.attribution.speakers) speakers.push_back(sp);
    return true;
  };
  auto t0 = Clock::now();
  if (Status s = (*st)->ForEachRecord(visit); !s.ok() || ids.empty()) {
    std::fprintf(stderr, "cannot list claims: %s\n", s.ToString().c_str());
    return 1;
  }
  double list_s = Seconds(Clock::now() - t0);
  std::mt19937_64 rng(42);
  std::vector<std::string> q(n);
  for (auto& id : q) id = ids[rng() % ids.size()];
  size_t miss = 0;
  auto first = Measure(n, [&](size_t i) { if (!(*st)->GetClaim(q[i]).ok()) ++miss; });
  auto second = Measure(n, [&](size_t i) { if (!(*st)->GetClaim(q[i]).ok()) ++miss; });
  // Timelines as RunStore times them: actors weighted by how often they speak.
  const size_t kList = std::min<size_t>(n, 5000);
  std::vector<std::string> qa(kList);
  for (auto& a : qa) a = speakers.empty() ? std::string() : speakers[rng() % speakers.size()];
  size_t items = 0;
  auto [tl, tl_cpu] = MeasureWallCpu(kList, [&](size_t i) {
    auto r = (*st)->Timeline(qa[i], "", "", "", 50);
    if (r.ok()) items += r->items.size();
  });
  size_t said_items = 0;
  auto [said, said_cpu] = MeasureWallCpu(kList, [&](size_t i) {
    auto r = (*st)->Timeline(qa[i], "", "", "", 50, store::TimeAxis::kStatement);
    if (r.ok()) said_items += r->items.size();
  });
  json out = {{"claims", ids.size()}, {"list_seconds", list_s}, {"claim_by_id", LatencyJson(first)},
              {"claim_by_id_again", LatencyJson(second)}, {"misses", miss}, {"timeline50", LatencyJson(tl)},
              {"timeline_avg_items", kList ? static_cast<double>(items) / kList : 0.0},
              {"said50", LatencyJson(said)}, {"said_avg_items", kList ? static_cast<double>(said_items) / kList : 0.0},
              {"timeline50_cpu", LatencyJson(tl_cpu)}, {"said50_cpu", LatencyJson(said_cpu)}};
  if (perf) {
    out["read_cost"] = ByIdReadCost(**st, q);
    out["engine_statistics"] = (*st)->EngineStatistics();
  }
  std::printf("%s\n", out.dump().c_str());
  return 0;
}

int RunIngest(int argc, char** argv) {
  const std::string corpus = argv[2], dir = argv[3];
  IngestSplitOptions o;
  std::string save;
  for (int i = 4; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--window" && i + 1 < argc) o.window = std::max<size_t>(1, std::strtoul(argv[++i], nullptr, 10));
    else if (a == "--no-graph") o.graph = false;
    else if (a == "--no-cluster") o.cluster = false;
    else if (a == "--perf") o.perf = true;
    else if (a == "--keep") o.keep = true;
    else if (a == "--save" && i + 1 < argc) save = argv[++i];
    else { std::fprintf(stderr, "unknown argument `%s`\n", a.c_str()); return 2; }
  }
  std::vector<model::Extraction> xs;
  if (corpus.ends_with(".extractions.ndjson")) {
    std::ifstream in(corpus);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) xs.push_back(json::parse(line).get<model::Extraction>());
  } else {
    auto articles = ReadCorpus(corpus);
    if (!articles.ok()) { std::fprintf(stderr, "%s\n", articles.status().ToString().c_str()); return 1; }
    for (const auto& a : *articles)
      if (auto x = extract::Extract(InputOf(a)); x.ok()) xs.push_back(std::move(x).value());
  }
  if (!save.empty()) {
    std::ofstream out(save);
    for (const auto& x : xs) out << json(x).dump() << '\n';
  }
  return RunIngestSplit(xs, dir, o);
}

}  // namespace
}  // namespace claimkb::bench

int main(int argc, char** argv) {
  using namespace claimkb::bench;
  if (argc < 3) {
    std::fprintf(stderr, "usage: claimkb_bench extract CORPUS [MAX] | store CORPUS WORKDIR IDS_FILE | graphmem STORE_DIR [rebuild|snapshot] | byid STORE_DIR [N [--perf]] | ingest CORPUS STORE_DIR [options]\n");
    return 2;
  }
  std::string cmd = argv[1];
  if (cmd == "graphmem") return RunGraphMemory(argv[2], argc >= 4 ? argv[3] : "rebuild");
  if (cmd == "ingest" && argc >= 4) return RunIngest(argc, argv);
  if (cmd == "byid") {
    const bool perf = argc >= 5 && std::string(argv[4]) == "--perf";
    return RunById(argv[2], argc >= 4 ? std::strtoul(argv[3], nullptr, 10) : 20000, perf);
  }
  auto corpus = ReadCorpus(argv[2]);
  if (!corpus.ok()) { std::fprintf(stderr, "%s\n", corpus.status().ToString().c_str()); return 1; }
  if (cmd == "extract") return RunExtract(*corpus, argc >= 4 ? std::strtoul(argv[3], nullptr, 10) : corpus->size());
  if (cmd == "store" && argc >= 5) return RunStore(*corpus, argv[3], argv[4]);
  std::fprintf(stderr, "unknown command `%s`\n", cmd.c_str());
  return 2;
}
