#include "tools/bench/corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

namespace claimkb::bench {

Result<std::vector<Article>> ReadCorpus(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read corpus `" + path + "`");
  std::vector<Article> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("bad corpus line " + std::to_string(out.size() + 1));
    out.push_back({j.value("id", ""), j.value("published", ""), j.value("title", ""), j.value("text", "")});
  }
  return out;
}

double Latency::Percentile(double p) {
  if (ns.empty()) return 0;
  std::sort(ns.begin(), ns.end());
  size_t i = std::min(ns.size() - 1, static_cast<size_t>(p / 100.0 * static_cast<double>(ns.size())));
  return ns[i] / 1000.0;
}

size_t RssBytes() {
  std::ifstream in("/proc/self/status");
  std::string key;
  while (in >> key) {
    if (key == "VmRSS:") {
      size_t kb = 0;
      in >> kb;
      return kb * 1024;
    }
    std::getline(in, key);
  }
  return 0;
}

size_t DirBytes(const std::string& dir) {
  size_t total = 0;
  std::error_code ec;
  for (auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file(ec)) total += e.file_size(ec);
  return total;
}

}  // namespace claimkb::bench
