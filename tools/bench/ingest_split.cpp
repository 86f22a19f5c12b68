#include "tools/bench/ingest_split.h"

#include <sys/resource.h>

#include <rocksdb/perf_context.h>
#include <rocksdb/perf_level.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "core/graph/graph.h"
#include "core/store/store.h"
#include "tools/bench/corpus.h"
#include "tools/bench/threads.h"

namespace claimkb::bench {

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

// The engine counters that say where a write waited or what background work it caused.
constexpr const char* kEngineKeys[] = {
    "rocksdb.stall.micros",           "rocksdb.db.mutex.wait.micros",   "rocksdb.wal.bytes",
    "rocksdb.wal.synced",             "rocksdb.flush.write.bytes",      "rocksdb.compact.read.bytes",
    "rocksdb.compact.write.bytes",    "rocksdb.bytes.written",          "rocksdb.db.write.micros.sum",
    "rocksdb.compaction.times.cpu_micros.sum", "rocksdb.compaction.times.micros.sum",
    "rocksdb.db.flush.micros.sum",    "rocksdb.db.write.stall.sum",     "rocksdb.db.write.stall.count",
    "rocksdb.db.get.micros.sum",      "rocksdb.db.multiget.micros.sum", "rocksdb.number.keys.written",
    "rocksdb.block.cache.miss",       "rocksdb.block.cache.hit",        "rocksdb.memtable.hit",
    "rocksdb.l0.hit",                 "rocksdb.l1.hit",                 "rocksdb.l2andup.hit",
    "rocksdb.number.merge.failures",  "rocksdb.merge.operation.time.nanos", "rocksdb.bloom.filter.useful"};

struct Mark {
  Clock::time_point wall = Clock::now();
  std::vector<ThreadTimes> threads = SnapshotThreads();
  rusage self{}, thread{};
  std::map<std::string, uint64_t> engine;
  Mark(const store::Store& st) : engine(st.EngineStatistics()) {
    ::getrusage(RUSAGE_SELF, &self);
    ::getrusage(RUSAGE_THREAD, &thread);
  }
};

// The perf context "name = value, ..." of the nonzero counters, as numbers.
void AddPerfContext(json* out) {
  const std::string text = rocksdb::get_perf_context()->ToString(true);
  size_t at = 0;
  while (at < text.size()) {
    size_t eq = text.find(" = ", at), comma = text.find(',', at);
    if (eq == std::string::npos) break;
    if (comma == std::string::npos) comma = text.size();
    std::string name = text.substr(at, eq - at);
    while (!name.empty() && name.front() == ' ') name.erase(0, 1);
    (*out)[name] = std::strtoull(text.c_str() + eq + 3, nullptr, 10);
    at = comma + 1;
  }
}

json Window(const Mark& a, const Mark& b, size_t articles, size_t claims, double store_s, double graph_s) {
  const double wall = Seconds(b.wall - a.wall);
  const ThreadTimes ta = Self(a.threads), tb = Self(b.threads);
  const double cpu = tb.cpu_s - ta.cpu_s, runq = tb.runq_wait_s - ta.runq_wait_s;
  json bg = json::object();
  double bg_cpu = 0;
  for (const auto& [name, t] : ByName(a.threads, b.threads)) {
    if (t.cpu_s < 1e-4 || (ta.tid && name == ta.name && t.cpu_s >= cpu - 1e-6)) continue;
    bg[name] = {{"cpu_s", t.cpu_s}, {"runq_wait_s", t.runq_wait_s}};
    bg_cpu += t.cpu_s;
  }
  json engine = json::object();
  for (const char* k : kEngineKeys) {
    auto ia = a.engine.find(k), ib = b.engine.find(k);
    if (ib != b.engine.end()) engine[k] = ib->second - (ia == a.engine.end() ? 0 : ia->second);
  }
  const double per = articles ? 1e3 / articles : 0;
  return {{"articles", articles},
          {"claims", claims},
          {"wall_s", wall},
          {"per_s", articles / wall},
          {"store_ingest_s", store_s},
          {"graph_add_s", graph_s},
          {"ingest_thread", {{"cpu_s", cpu}, {"runq_wait_s", runq}, {"blocked_s", wall - cpu - runq},
                             {"cpu_ms_per_article", cpu * per},
                             {"voluntary_switches", tb.voluntary_switches - ta.voluntary_switches},
                             {"involuntary_switches", tb.involuntary_switches - ta.involuntary_switches},
                             {"minor_faults", b.thread.ru_minflt - a.thread.ru_minflt},
                             {"major_faults", b.thread.ru_majflt - a.thread.ru_majflt}}},
          {"other_threads", bg},
          {"other_threads_cpu_ms_per_article", bg_cpu * per},
          {"process_minor_faults", b.self.ru_minflt - a.self.ru_minflt},
          {"engine", engine}};
}

}  // namespace

int RunIngestSplit(const std::vector<model::Extraction>& xs, const std::string& dir, const IngestSplitOptions& o) {
  if (!o.keep) std::filesystem::remove_all(dir);
  store::Options so;
  so.engine_statistics = true;
  so.cluster_claims = o.cluster;
  auto st = store::Store::Open(dir, so);
  if (!st.ok()) {
    std::fprintf(stderr, "%s\n", st.status().ToString().c_str());
    return 1;
  }
  graph::ClaimGraph g;
  if (o.perf) rocksdb::SetPerfLevel(rocksdb::PerfLevel::kEnableTimeExceptForMutex);
  const Mark start(**st);
  Mark window_start(**st);
  size_t failed = 0, claims = 0, total_claims = 0, in_window = 0;
  double store_s = 0, graph_s = 0, total_store = 0, total_graph = 0;
  rocksdb::get_perf_context()->Reset();
  for (size_t i = 0; i < xs.size(); ++i) {
    auto t0 = Clock::now();
    auto r = (*st)->Ingest(xs[i]);
    auto t1 = Clock::now();
    if (!r.ok()) ++failed;
    else claims += r->claims;
    if (o.graph && r.ok() && !g.Add(xs[i]).ok()) ++failed;
    store_s += Seconds(t1 - t0);
    graph_s += Seconds(Clock::now() - t1);
    if (++in_window == o.window || i + 1 == xs.size()) {
      Mark now(**st);
      json w = Window(window_start, now, in_window, claims, store_s, graph_s);
      w["from"] = i + 1 - in_window;
      if (o.perf) AddPerfContext(&w["perf"]);
      rocksdb::get_perf_context()->Reset();
      std::printf("%s\n", w.dump().c_str());
      std::fflush(stdout);
      total_claims += claims;
      total_store += store_s;
      total_graph += graph_s;
      claims = in_window = 0;
      store_s = graph_s = 0;
      window_start = std::move(now);
    }
  }
  rocksdb::SetPerfLevel(rocksdb::PerfLevel::kDisable);
  json total = Window(start, Mark(**st), xs.size(), total_claims, total_store, total_graph);
  total["total"] = true;
  total["failed"] = failed;
  total["disk_bytes"] = DirBytes(dir);
  std::printf("%s\n", total.dump().c_str());
  return failed ? 1 : 0;
}

}  // namespace claimkb::bench
