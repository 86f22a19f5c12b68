// `claimkb_bench ingest`: the store ingest of the `store` command alone, with
// its wall time split window by window into the ingest thread's CPU, its wait
// for a core, its blocked time, RocksDB's background threads and engine
// counters (stalls, WAL, mutex, compaction), so a rate can be explained.
#pragma once

#include <string>
#include <vector>

#include "core/model/types.h"

namespace claimkb::bench {

struct IngestSplitOptions {
  size_t window = 1000;    // articles per printed window
  bool graph = true;       // also add each extraction to a ClaimGraph, as `store` does
  bool cluster = true;     // store::Options::cluster_claims
  bool perf = false;       // RocksDB perf context on the ingest thread (timers cost a little)
  bool keep = false;       // ingest into the store already at dir (a copy of a big one) instead of a new one
};

// Ingests xs into a new store at dir (removed first, unless o.keep); prints one JSON line per window and a total.
int RunIngestSplit(const std::vector<model::Extraction>& xs, const std::string& dir, const IngestSplitOptions& o);

}  // namespace claimkb::bench
