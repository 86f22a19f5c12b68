#include "api/metrics.h"

#include <array>
#include <cstdio>

namespace claimkb::api {

namespace {

constexpr std::array<int, 13> kStatuses = {200, 201, 204, 304, 400, 401, 404, 405, 409, 413, 415, 500, 503};
constexpr std::array<double, 14> kBuckets = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                             0.025,  0.05,    0.1,    0.25,  0.5,    1,     5};

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

}  // namespace

struct Metrics::Series {
  std::array<std::atomic<uint64_t>, kStatuses.size() + 1> by_status{};  // last: any other status
  std::array<std::atomic<uint64_t>, kBuckets.size()> buckets{};
  std::atomic<uint64_t> count{0};
  std::atomic<uint64_t> sum_ns{0};
};

Metrics::Metrics(std::vector<std::string> labels)
    : labels_(std::move(labels)), series_(new Series[labels_.size() + 1]) {
  labels_.push_back("unmatched");
}

Metrics::~Metrics() = default;

void Metrics::Record(size_t route, int status, double seconds) {
  if (route >= labels_.size()) route = labels_.size() - 1;
  Series& s = series_[route];
  size_t i = 0;
  while (i < kStatuses.size() && kStatuses[i] != status) ++i;
  s.by_status[i].fetch_add(1, std::memory_order_relaxed);
  for (size_t b = 0; b < kBuckets.size(); ++b)
    if (seconds <= kBuckets[b]) {
      s.buckets[b].fetch_add(1, std::memory_order_relaxed);
      break;
    }
  s.count.fetch_add(1, std::memory_order_relaxed);
  s.sum_ns.fetch_add(static_cast<uint64_t>(seconds * 1e9), std::memory_order_relaxed);
}

std::string Metrics::Render(const std::string& extra) const {
  std::string out;
  out += "# HELP claimkb_http_requests_total HTTP requests answered, by route and status.\n";
  out += "# TYPE claimkb_http_requests_total counter\n";
  for (size_t r = 0; r < labels_.size(); ++r) {
    const Series& s = series_[r];
    for (size_t i = 0; i <= kStatuses.size(); ++i) {
      uint64_t n = s.by_status[i].load(std::memory_order_relaxed);
      if (n == 0) continue;
      std::string code = i < kStatuses.size() ? std::to_string(kStatuses[i]) : "other";
      out += "claimkb_http_requests_total{route=\"" + labels_[r] + "\",status=\"" + code + "\"} " +
             std::to_string(n) + "\n";
    }
  }
  out += "# HELP claimkb_http_request_duration_seconds Time from routing to the response being written.\n";
  out += "# TYPE claimkb_http_request_duration_seconds histogram\n";
  for (size_t r = 0; r < labels_.size(); ++r) {
    const Series& s = series_[r];
    uint64_t count = s.count.load(std::memory_order_relaxed);
    if (count == 0) continue;
    std::string label = "route=\"" + labels_[r] + "\"";
    uint64_t cumulative = 0;
    for (size_t b = 0; b < kBuckets.size(); ++b) {
      cumulative += s.buckets[b].load(std::memory_order_relaxed);
      out += "claimkb_http_request_duration_seconds_bucket{" + label + ",le=\"" + Num(kBuckets[b]) + "\"} " +
             std::to_string(cumulative) + "\n";
    }
    out += "claimkb_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " + std::to_string(count) + "\n";
    out += "claimkb_http_request_duration_seconds_sum{" + label + "} " +
           Num(static_cast<double>(s.sum_ns.load(std::memory_order_relaxed)) / 1e9) + "\n";
    out += "claimkb_http_request_duration_seconds_count{" + label + "} " + std::to_string(count) + "\n";
  }
  out += extra;
  return out;
}

}  // namespace claimkb::api
