#include "tools/bench/threads.h"

#include <sys/syscall.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace claimkb::bench {

namespace {

uint64_t StatusField(const std::string& text, std::string_view field) {
  const size_t at = text.find(field);
  return at == std::string::npos ? 0 : std::strtoull(text.c_str() + at + field.size(), nullptr, 10);
}

}  // namespace

std::vector<ThreadTimes> SnapshotThreads() {
  namespace fs = std::filesystem;
  std::vector<ThreadTimes> out;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/proc/self/task", ec)) {
    ThreadTimes t;
    t.tid = static_cast<pid_t>(std::strtol(entry.path().filename().c_str(), nullptr, 10));
    std::ifstream comm(entry.path() / "comm");
    std::getline(comm, t.name);
    // schedstat: nanoseconds on a CPU, nanoseconds runnable on a run queue, time slices.
    std::ifstream sched(entry.path() / "schedstat");
    uint64_t run_ns = 0, wait_ns = 0;
    if (!(sched >> run_ns >> wait_ns)) continue;
    t.cpu_s = run_ns / 1e9;
    t.runq_wait_s = wait_ns / 1e9;
    std::ifstream status(entry.path() / "status");
    std::stringstream text;
    text << status.rdbuf();
    t.voluntary_switches = StatusField(text.str(), "voluntary_ctxt_switches:");
    t.involuntary_switches = StatusField(text.str(), "nonvoluntary_ctxt_switches:");
    out.push_back(std::move(t));
  }
  return out;
}

std::map<std::string, ThreadTimes> ByName(const std::vector<ThreadTimes>& before, const std::vector<ThreadTimes>& after) {
  std::map<std::string, ThreadTimes> out;
  for (const auto& a : after) {
    ThreadTimes d = a;
    for (const auto& b : before)
      if (b.tid == a.tid) {
        d.cpu_s -= b.cpu_s;
        d.runq_wait_s -= b.runq_wait_s;
        d.voluntary_switches -= b.voluntary_switches;
        d.involuntary_switches -= b.involuntary_switches;
      }
    ThreadTimes& sum = out[a.name];
    sum.name = a.name;
    sum.cpu_s += d.cpu_s;
    sum.runq_wait_s += d.runq_wait_s;
    sum.voluntary_switches += d.voluntary_switches;
    sum.involuntary_switches += d.involuntary_switches;
  }
  return out;
}

ThreadTimes Self(const std::vector<ThreadTimes>& snapshot) {
  const auto tid = static_cast<pid_t>(::syscall(SYS_gettid));
  for (const auto& t : snapshot)
    if (t.tid == tid) return t;
  return {};
}

}  // namespace claimkb::bench
