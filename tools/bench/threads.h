// Where a process's threads spent their time, from /proc (Linux): CPU, time
// runnable but waiting for a core, context switches. A wall-time split for
// benchmarks on a shared machine, where wall clock alone says little.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace claimkb::bench {

struct ThreadTimes {
  pid_t tid = 0;
  std::string name;        // comm: RocksDB's pools are "rocksdb:low" (compaction) and "rocksdb:high" (flush)
  double cpu_s = 0;        // user + system
  double runq_wait_s = 0;  // runnable, waiting for a CPU (schedstat)
  uint64_t voluntary_switches = 0, involuntary_switches = 0;
};

// Every thread of this process now; empty when /proc cannot be read.
std::vector<ThreadTimes> SnapshotThreads();

// What each thread name added between two snapshots (threads that ended in
// between are lost; RocksDB's pool threads live as long as the process).
std::map<std::string, ThreadTimes> ByName(const std::vector<ThreadTimes>& before, const std::vector<ThreadTimes>& after);

// The calling thread's entry in a snapshot (tid 0 when absent).
ThreadTimes Self(const std::vector<ThreadTimes>& snapshot);

}  // namespace claimkb::bench
