// Small helpers shared by the store tests.
#pragma once

#include <catch2/catch.hpp>

#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>

#include "core/store/store.h"

namespace claimkb::testing {

inline std::unique_ptr<store::Store> OpenStore(const std::string& dir, const store::Options& o = {}) {
  auto s = store::Store::Open(dir, o);
  INFO(s.status().ToString());
  REQUIRE(s.ok());
  return std::move(s).value();
}

inline std::string ExportOf(const store::Store& s) {
  std::ostringstream out;
  REQUIRE(s.Export(out).ok());
  return out.str();
}

inline std::vector<std::string> CheckOf(const store::Store& s) {
  auto p = s.Check();
  REQUIRE(p.ok());
  return *p;
}

// Makes every write that would grow a file past `bytes` fail (EFBIG), the way
// a full disk fails it, for as long as it lives.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) : handler_(std::signal(SIGXFSZ, SIG_IGN)) {
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &old_) == 0);
    rlimit limit = old_;
    limit.rlim_cur = bytes;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
  }
  ~FileSizeLimit() {
    ::setrlimit(RLIMIT_FSIZE, &old_);
    std::signal(SIGXFSZ, handler_);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

 private:
  rlimit old_{};
  void (*handler_)(int);
};

// Bytes in the store's write-ahead log files.
inline std::uintmax_t WalBytes(const std::string& dir) {
  std::uintmax_t n = 0;
  for (const auto& f : std::filesystem::directory_iterator(dir))
    if (f.path().extension() == ".log") n += f.file_size();
  return n;
}

}  // namespace claimkb::testing
