// The benchmark corpus: NDJSON articles written by gen_corpus.py, and small
// timing helpers shared by the benchmark commands.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/base/status.h"

namespace claimkb::bench {

struct Article {
  std::string id;
  std::string published;
  std::string title;
  std::string text;
};

Result<std::vector<Article>> ReadCorpus(const std::string& path);

// Latency samples in nanoseconds; Summary sorts them.
struct Latency {
  std::vector<double> ns;
  void Add(std::chrono::steady_clock::duration d) {
    ns.push_back(static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(d).count()));
  }
  double Percentile(double p);  // in microseconds
};

// Resident set size of this process in bytes (from /proc/self/status).
size_t RssBytes();
// All file bytes under a directory.
size_t DirBytes(const std::string& dir);

}  // namespace claimkb::bench
