// Hidden harness for measuring Store::Ingest (not a test: `[.profile]`).
// Extracts articles of a generated corpus (tools/bench/gen_corpus.py) as
// claimkb_bench does, ingests WARM of them, then N more under callgrind's
// instrumentation (valgrind --instr-atstart=no), and prints CPU seconds per
// article and, with CLAIMKB_PROFILE_FAMILIES=1, entries and bytes per family.
//   CLAIMKB_PROFILE_CORPUS=corpus.ndjson CLAIMKB_PROFILE_STORE=DIR
//   CLAIMKB_PROFILE_FROM=0 CLAIMKB_PROFILE_WARM=0 CLAIMKB_PROFILE_N=200
//   CLAIMKB_PROFILE_SAVE=x.extractions.ndjson (only writes the extractions read)
//   CLAIMKB_PROFILE_COMPACT=1 (then times Store::Compact), CLAIMKB_PROFILE_CLUSTER=0
#include <sys/resource.h>
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#else  // valgrind is not a build dependency: without its header the harness times only
#define CALLGRIND_START_INSTRUMENTATION
#define CALLGRIND_STOP_INSTRUMENTATION
#endif

#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/base/hash.h"
#include "core/extract/pipeline.h"
#include "core/model/json.h"
#include "core/store/keys.h"
#include "core/store/lsh.h"
#include "core/store/store.h"
#include "tests/support.h"

namespace claimkb::testing {
namespace {

size_t EnvSize(const char* name, size_t fallback) {
  const char* v = std::getenv(name);
  return v ? std::strtoull(v, nullptr, 10) : fallback;
}

double CpuSeconds(int who) {
  rusage u{};
  ::getrusage(who, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Entries, key+value bytes and SST bytes of every family, read raw.
void PrintFamilies(const std::string& dir, size_t claims) {
  rocksdb::DBOptions dbo;
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (size_t i = 0; i < store::keys::kNumCfs; ++i) {
    rocksdb::ColumnFamilyOptions o;
    if (static_cast<store::keys::Cf>(i) == store::keys::Cf::kIdxLsh) o.merge_operator = store::lsh::NewMergeOperator();
    descs.emplace_back(store::keys::kCfNames[i], o);
  }
  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> hs;
  auto s = rocksdb::DB::OpenForReadOnly(dbo, dir, descs, &hs, &raw);
  REQUIRE(s.ok());
  std::unique_ptr<rocksdb::DB> db(raw);
  size_t te = 0, tb = 0, ts = 0;
  std::printf("%-18s %10s %12s %8s %12s %8s\n", "family", "entries", "kv bytes", "B/claim", "sst bytes", "B/claim");
  for (auto* h : hs) {
    size_t n = 0, bytes = 0;
    uint64_t digest = 0;  // of keys, and of values not holding ingest times
    const bool timed = h->GetName() == "documents" || h->GetName() == "propositions";
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), h));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      ++n;
      bytes += it->key().size() + it->value().size();
      digest = Hash64(std::string_view(it->key().data(), it->key().size()), digest);
      if (!timed) digest = Hash64(std::string_view(it->value().data(), it->value().size()), digest);
    }
    std::printf("digest %-18s %016llx\n", h->GetName().c_str(), static_cast<unsigned long long>(digest));
    if (h->GetName() == "edges") {
      std::map<std::string, size_t> types;  // by edge type
      for (it->SeekToFirst(); it->Valid(); it->Next()) {
        store::keys::EdgeKey k;
        if (store::keys::DecodeEdge(std::string_view(it->key().data(), it->key().size()), &k))
          ++types[model::ToString(k.type)];
      }
      for (const auto& [t, c] : types) std::printf("  edges %-14s %zu\n", t.c_str(), c);
    }
    rocksdb::ColumnFamilyMetaData meta;
    db->GetColumnFamilyMetaData(h, &meta);
    std::printf("%-18s %10zu %12zu %8.1f %12zu %8.1f\n", h->GetName().c_str(), n, bytes, double(bytes) / claims,
                size_t(meta.size), double(meta.size) / claims);
    te += n;
    tb += bytes;
    ts += meta.size;
  }
  std::printf("%-18s %10zu %12zu %8.1f %12zu %8.1f  (%.1f entries/claim)\n", "total", te, tb, double(tb) / claims, ts,
              double(ts) / claims, double(te) / claims);
  for (auto* h : hs) db->DestroyColumnFamilyHandle(h);
}

TEST_CASE("profile Store::Ingest on a generated corpus", "[.profile]") {
  const char* corpus = std::getenv("CLAIMKB_PROFILE_CORPUS");
  const char* dir = std::getenv("CLAIMKB_PROFILE_STORE");
  if (!corpus || !dir) {
    WARN("set CLAIMKB_PROFILE_CORPUS and CLAIMKB_PROFILE_STORE");
    return;
  }
  const size_t from = EnvSize("CLAIMKB_PROFILE_FROM", 0), warm = EnvSize("CLAIMKB_PROFILE_WARM", 0),
               n = EnvSize("CLAIMKB_PROFILE_N", 200);
  std::vector<model::Extraction> xs;
  // A corpus ending in .extractions.ndjson holds extractions (one JSON each):
  // the same input for builds whose extractors differ.
  const bool extracted = std::string_view(corpus).ends_with(".extractions.ndjson");
  std::istringstream lines(ReadFile(corpus));
  size_t index = 0;
  for (std::string line; std::getline(lines, line) && xs.size() < warm + n; ++index) {
    if (index < from || line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    if (extracted) {
      xs.push_back(j.get<model::Extraction>());
      continue;
    }
    extract::Input in;  // as claimkb_bench builds it
    in.bytes = j.at("text").get<std::string>();
    in.format = extract::Format::kText;
    in.url = "https://bench.example/" + j.value("id", "");
    in.title = j.value("title", "");
    in.published = j.value("published", "");
    auto x = extract::Extract(in);
    REQUIRE(x.ok());
    xs.push_back(std::move(x).value());
  }
  if (const char* save = std::getenv("CLAIMKB_PROFILE_SAVE")) {
    std::ofstream out(save);
    for (const auto& x : xs) out << nlohmann::json(x).dump() << '\n';
    return;
  }
  store::Options opt;
  opt.cluster_claims = EnvSize("CLAIMKB_PROFILE_CLUSTER", 1) != 0;
  auto st = store::Store::Open(dir, opt);
  REQUIRE(st.ok());
  for (size_t i = 0; i < std::min(warm, xs.size()); ++i) REQUIRE((*st)->Ingest(xs[i]).ok());
  size_t claims = 0, measured = 0;
  const double cpu0 = CpuSeconds(RUSAGE_SELF), thread0 = CpuSeconds(RUSAGE_THREAD);
  const auto t0 = std::chrono::steady_clock::now();
  CALLGRIND_START_INSTRUMENTATION;
  for (size_t i = warm; i < xs.size(); ++i, ++measured) {
    auto r = (*st)->Ingest(xs[i]);
    REQUIRE(r.ok());
    claims += r->claims;
  }
  CALLGRIND_STOP_INSTRUMENTATION;
  const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = CpuSeconds(RUSAGE_SELF) - cpu0, thread = CpuSeconds(RUSAGE_THREAD) - thread0;
  std::printf("ingested %zu articles (%zu claims) after %zu: wall %.3f s = %.1f art/s; CPU all threads %.3f s = "
              "%.2f ms/article; ingest thread %.3f s = %.2f ms/article\n",
              measured, claims, from + warm, wall, measured / wall, cpu, 1e3 * cpu / measured, thread,
              1e3 * thread / measured);
  if (EnvSize("CLAIMKB_PROFILE_COMPACT", 0)) {
    const double c0 = CpuSeconds(RUSAGE_SELF);
    REQUIRE((*st)->Compact().ok());
    auto stats = (*st)->GetStats();
    REQUIRE(stats.ok());
    std::printf("compact: CPU %.3f s, %llu bytes = %.0f per claim\n", CpuSeconds(RUSAGE_SELF) - c0,
                static_cast<unsigned long long>(stats->disk_bytes), double(stats->disk_bytes) / stats->claims);
  }
  if (EnvSize("CLAIMKB_PROFILE_FAMILIES", 0)) {
    auto stats = (*st)->GetStats();
    REQUIRE(stats.ok());
    st->reset();
    PrintFamilies(dir, stats->claims);
  }
}

}  // namespace
}  // namespace claimkb::testing
