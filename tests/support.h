// Shared test helpers: paths to repository data, temporary directories,
// files, and the shared benchmark corpora (tests skip when absent).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
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

// Runs a shell command; returns its exit code and, if out, its standard output.
inline int Run(const std::string& cmd, std::string* out = nullptr) {
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return -1;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0)
    if (out) out->append(buf.data(), n);
  int status = ::pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline std::string ClaimkbBinary() { return (BinaryDir() / "bin" / "claimkb").string(); }

// Validates JSON text against schema/NAME.schema.json (or an $id#pointer) with
// ajv (installed by tools/setup). Returns "" when valid, else the errors.
inline std::string SchemaErrors(const std::string& name, const std::string& json_text, bool ndjson = false) {
  TempDir dir;
  auto file = dir.path() / "doc.json";
  WriteFile(file, json_text);
  std::string out;
  std::string cmd = "node " + (SourceDir() / "tools" / "schema" / "validate.mjs").string() + " '" + name + "' '" +
                    file.string() + "'" + (ndjson ? " --ndjson" : "") + " 2>&1";
  int rc = Run(cmd, &out);
  return rc == 0 ? "" : (out.empty() ? "validator exited " + std::to_string(rc) : out);
}

}  // namespace claimkb::testing
