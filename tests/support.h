// Shared test helpers: paths to repository data, temporary directories,
// files, and the shared benchmark corpora (tests skip when absent).
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

namespace claimkb::testing {

inline std::filesystem::path SourceDir() { return CLAIMKB_SOURCE_DIR; }
inline std::filesystem::path BinaryDir() { return CLAIMKB_BINARY_DIR; }
inline std::filesystem::path SeedArticle() { return SourceDir() / "seeds" / "000_6dd0d9ca4f747149.txt"; }
// ../shared next to the repository, when present (tests using it skip otherwise).
inline std::filesystem::path SharedDir() { return SourceDir().parent_path() / "shared"; }

inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline void WriteFile(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary);
  out << bytes;
}

// A fresh directory removed with everything in it when the object dies.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("claimkb-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }

 private:
  std::filesystem::path path_;
};

}  // namespace claimkb::testing
