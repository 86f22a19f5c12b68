// Graph snapshots: the loaded ClaimGraph in one file inside the store
// directory, stamped with Store::WriteSequence(), so a start over an unchanged
// store reads the graph back (sequential reads, no decoding of records)
// instead of rebuilding it from every stored record. The byte layout is in
// snapshot.cpp; tools/bench/NOTES.md ("Cold start") says why a file and not a
// column family. Not thread-safe: callers make sure nothing writes to the graph
// (WriteSnapshot) or uses it (ReadSnapshot) meanwhile.
#pragma once

#include <cstdint>
#include <string>

#include "core/base/status.h"
#include "core/graph/graph.h"
#include "core/store/store.h"

namespace claimkb::graph {

// "<store dir>/graph.snapshot": RocksDB leaves files it does not name alone,
// a store copied as a directory takes its snapshot along, and a backup
// (a checkpoint of live files) starts without one.
std::string SnapshotPath(const std::string& store_dir);

// Writes g stamped with `sequence` to path: a temporary file, fsynced, then
// renamed over path, so a crash leaves the old snapshot or the new one.
// REQUIRES: g reflects exactly the store at `sequence`. IOError on failure.
Status WriteSnapshot(const ClaimGraph& g, uint64_t sequence, const std::string& path);

// Replaces g's content with the snapshot at path and sets *sequence to its
// stamp. NotFound: no file. Unsupported: another format version. Corruption:
// not a snapshot, truncated, a checksum mismatch or an inconsistent structure.
// On any error g is unchanged. REQUIRES: nothing else uses g meanwhile.
Status ReadSnapshot(const std::string& path, ClaimGraph* g, uint64_t* sequence);

// How LoadGraph filled the graph.
struct LoadReport {
  bool from_snapshot = false;
  std::string fallback;   // why the snapshot was not used ("" when it was)
  uint64_t sequence = 0;  // the store's write sequence the graph reflects
  double seconds = 0;
};

// Fills an empty g with the store's graph: from the snapshot at
// snapshot_path when its stamp equals store.WriteSequence(), else (missing,
// stale, unreadable) by LoadFromStore. A bad snapshot is never an error, only
// a fallback. Errors are the store's, from the rebuild.
// REQUIRES: g is empty; nothing writes to the store meanwhile.
Result<LoadReport> LoadGraph(const store::Store& store, const std::string& snapshot_path, ClaimGraph* g);

}  // namespace claimkb::graph
