// Helpers of the reliability tests: the long-form switch, a generated corpus
// of article files, a child process with a line-reading stdout pipe, and RSS.
#pragma once

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support.h"

namespace claimkb::testing {

// CLAIMKB_LONG=1 selects the long form of the crash, load and fuzz tests.
inline bool LongForm() {
  const char* v = std::getenv("CLAIMKB_LONG");
  return v && *v && std::string(v) != "0";
}

// Writes `n` deterministic news-shaped articles (tools/bench/gen_corpus.py,
// the seed article mixed in) as NNNN.txt files into dir. Returns their paths
// in the order `claimkb ingest DIR` reads them, or empty when generation fails.
inline std::vector<std::filesystem::path> WriteCorpus(const std::filesystem::path& dir, int n, int seed) {
  namespace fs = std::filesystem;
  fs::create_directories(dir);
  const fs::path ndjson = dir.parent_path() / "corpus.ndjson";
  const std::string cmd = "python3 " + (SourceDir() / "tools" / "bench" / "gen_corpus.py").string() +
                          " --articles " + std::to_string(n) + " --seed " + std::to_string(seed) +
                          " --actors 400 --real-every 40 --out " + ndjson.string() + " 2>&1";
  if (Run(cmd) != 0) return {};
  std::ifstream in(ndjson);
  std::vector<fs::path> files;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text")) return {};
    char name[32];
    std::snprintf(name, sizeof name, "%04zu.txt", files.size());
    files.push_back(dir / name);
    WriteFile(files.back(), j["text"].get<std::string>());
  }
  return files;
}

// A child process whose standard output is read line by line; killed (SIGKILL) if still running at destruction.
class Child {
 public:
  explicit Child(const std::vector<std::string>& argv) {
    int fds[2];
    if (::pipe(fds) != 0) return;
    pid_ = ::fork();
    if (pid_ == 0) {
      ::dup2(fds[1], STDOUT_FILENO);
      int devnull = ::open("/dev/null", O_WRONLY);
      if (devnull >= 0) ::dup2(devnull, STDERR_FILENO);
      ::close(fds[0]);
      ::close(fds[1]);
      std::vector<char*> args;
      for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      ::execv(args[0], args.data());
      ::_exit(127);
    }
    ::close(fds[1]);
    fd_ = fds[0];
  }
  ~Child() {
    if (pid_ > 0 && !reaped_) {
      ::kill(pid_, SIGKILL);
      Wait();
    }
    if (fd_ >= 0) ::close(fd_);
  }
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  bool started() const { return pid_ > 0 && fd_ >= 0; }

  // Appends the complete lines that arrive within timeout_ms (-1: until EOF).
  // Returns false once the pipe is at EOF.
  bool ReadLines(std::vector<std::string>* lines, int timeout_ms) {
    if (eof_) return false;
    pollfd p{fd_, POLLIN, 0};
    while (::poll(&p, 1, timeout_ms) > 0) {
      char buf[4096];
      ssize_t n = ::read(fd_, buf, sizeof buf);
      if (n <= 0) {
        eof_ = true;
        break;
      }
      partial_.append(buf, static_cast<size_t>(n));
      size_t nl;
      while ((nl = partial_.find('\n')) != std::string::npos) {
        lines->push_back(partial_.substr(0, nl));
        partial_.erase(0, nl + 1);
      }
      if (timeout_ms >= 0) timeout_ms = 0;  // take what is there, do not wait again
    }
    return !eof_;
  }

  void Kill() {
    if (pid_ > 0 && !reaped_) ::kill(pid_, SIGKILL);
  }
  // The exit code, or 128 + signal.
  int Wait() {
    if (reaped_) return status_;
    int st = 0;
    ::waitpid(pid_, &st, 0);
    reaped_ = true;
    status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return status_;
  }

 private:
  pid_t pid_ = -1;
  int fd_ = -1;
  bool eof_ = false, reaped_ = false;
  int status_ = -1;
  std::string partial_;
};

// Resident set size of this process in KiB (0 when /proc is unavailable).
inline long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  return 0;
}

}  // namespace claimkb::testing
