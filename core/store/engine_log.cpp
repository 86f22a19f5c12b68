#include "core/store/engine_log.h"

#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include <rocksdb/env.h>

namespace claimkb::store {
namespace {

namespace fs = std::filesystem;

class EngineLog final : public rocksdb::Logger {
 public:
  explicit EngineLog(int fd) : fd_(fd) {}
  ~EngineLog() override { CloseFile(); }

  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (fd_ < 0) return;
    std::string line = Prefix();
    va_list again;
    va_copy(again, ap);
    const int n = std::vsnprintf(nullptr, 0, format, ap);
    if (n > 0) {
      const size_t at = line.size();
      line.resize(at + static_cast<size_t>(n) + 1);
      std::vsnprintf(line.data() + at, static_cast<size_t>(n) + 1, format, again);
      line.pop_back();
    }
    va_end(again);
    if (line.empty() || line.back() != '\n') line.push_back('\n');
    // A failed or short write drops the line; the next line is tried afresh.
    const ssize_t written = ::write(fd_, line.data(), line.size());
    (void)written;
  }

 protected:
  rocksdb::Status CloseImpl() override {
    CloseFile();
    return rocksdb::Status::OK();
  }

 private:
  // "2026/11/28-10:07:01.123456 12345 ", the layout of RocksDB's own LOG.
  static std::string Prefix() {
    const auto now = std::chrono::system_clock::now();
    const std::time_t secs = std::chrono::system_clock::to_time_t(now);
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1000000;
    std::tm tm{};
    ::localtime_r(&secs, &tm);
    char out[64];
    const int n = std::snprintf(out, sizeof out, "%04d/%02d/%02d-%02d:%02d:%02d.%06lld %ld ", tm.tm_year + 1900,
                                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                                static_cast<long long>(micros), static_cast<long>(::syscall(SYS_gettid)));
    return std::string(out, n > 0 ? std::min(static_cast<size_t>(n), sizeof out - 1) : 0);
  }

  void CloseFile() {
    std::lock_guard<std::mutex> lock(mu_);
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }

  std::mutex mu_;
  int fd_;
};

void RotateOldLogs(const fs::path& dir, size_t keep_old) {
  std::error_code ec;
  const fs::path current = dir / "LOG";
  if (fs::exists(current, ec)) {
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    fs::rename(current, dir / ("LOG.old." + std::to_string(micros)), ec);
  }
  std::vector<fs::path> old;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().filename().string().rfind("LOG.old.", 0) == 0) old.push_back(entry.path());
  if (old.size() <= keep_old) return;
  // Same-width timestamps: the name order is the age order.
  std::sort(old.begin(), old.end());
  for (size_t i = 0; i + keep_old < old.size(); ++i) fs::remove(old[i], ec);
}

}  // namespace

std::shared_ptr<rocksdb::Logger> OpenEngineLog(const std::string& dir, size_t keep_old) {
  RotateOldLogs(dir, keep_old);
  const int fd = ::open((fs::path(dir) / "LOG").c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  return std::make_shared<EngineLog>(fd);
}

}  // namespace claimkb::store
