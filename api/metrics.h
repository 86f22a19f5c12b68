// Request counters and latency histograms per route, rendered in the
// Prometheus text exposition format. Lock-free (relaxed atomics): Record()
// may be called from every worker thread at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace claimkb::api {

class Metrics {
 public:
  // labels[i] names route i ("GET /v1/claims/:id"); one more slot counts unmatched paths.
  explicit Metrics(std::vector<std::string> labels);
  ~Metrics();

  void Record(size_t route, int status, double seconds);
  // The metrics text; extra is appended as is (store and graph gauges).
  std::string Render(const std::string& extra) const;

 private:
  struct Series;
  std::vector<std::string> labels_;
  std::unique_ptr<Series[]> series_;
};

}  // namespace claimkb::api
