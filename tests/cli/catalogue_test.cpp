// The bad-input catalogue for the CLI: `claimkb extract` and `claimkb ingest`
// on unreadable, binary, empty and missing files fail with one line on
// stderr and a non-zero exit, store nothing, and leave a store that checks.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support.h"

using namespace claimkb::testing;

namespace {

struct Outcome {
  int code = 0;
  std::string out, err;
};

Outcome Shell(const std::string& command, const TempDir& tmp) {
  Outcome o;
  auto err = tmp.path() / "stderr.txt";
  o.code = Run(command + " 2>'" + err.string() + "'", &o.out);
  o.err = ReadFile(err);
  return o;
}

Outcome Claimkb(const std::string& args, const TempDir& tmp) { return Shell(ClaimkbBinary() + " " + args, tmp); }

size_t Lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n + (!s.empty() && s.back() != '\n');
}

// The counts of a store, without its size on disk (opening a store writes logs).
nlohmann::json Counts(const std::string& db, const TempDir& tmp) {
  Outcome o = Claimkb("stats --db '" + db + "'", tmp);
  REQUIRE(o.code == 0);
  nlohmann::json j = nlohmann::json::parse(o.out);
  j.erase("disk_bytes");
  return j;
}

struct BadFile {
  const char* name;
  std::string bytes;  // unused for the missing file
  bool exists = true;
};

std::vector<BadFile> Catalogue() {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 151 + 7) & 0xff));
  return {{"invalid-utf8.txt", std::string("The minister said \xff\xfe the talks \xc3( would resume.\n")},
          {"invalid-utf8.html", std::string("<html><body><p>caf\xe9 \xed\xa0\x80 said</p></body></html>")},
          {"binary.txt", binary},
          {"empty.txt", ""},
          {"missing.txt", "", false}};
}

}  // namespace

TEST_CASE("claimkb extract fails cleanly on bad files", "[cli][catalogue]") {
  TempDir tmp;
  for (const BadFile& f : Catalogue()) {
    auto path = tmp.path() / f.name;
    if (f.exists) WriteFile(path, f.bytes);
    Outcome o = Claimkb("extract '" + path.string() + "'", tmp);
    INFO(f.name << " exit " << o.code << " stderr: " << o.err);
    CHECK(o.code != 0);
    CHECK(Lines(o.err) == 1);
    CHECK(o.err.find(f.name) != std::string::npos);
    CHECK(o.out.empty());
  }
}

TEST_CASE("claimkb ingest fails cleanly on bad files and stores nothing", "[cli][catalogue]") {
  TempDir tmp;
  std::string db = (tmp.path() / "db").string();
  REQUIRE(Claimkb("ingest --quiet --db '" + db + "' '" + SeedArticle().string() + "'", tmp).code == 0);
  const nlohmann::json before = Counts(db, tmp);
  REQUIRE(before["documents"] == 1);
  for (const BadFile& f : Catalogue()) {
    auto path = tmp.path() / f.name;
    if (f.exists) WriteFile(path, f.bytes);
    Outcome o = Claimkb("ingest --quiet --db '" + db + "' '" + path.string() + "'", tmp);
    INFO(f.name << " exit " << o.code << " stderr: " << o.err);
    CHECK(o.code != 0);
    CHECK(Lines(o.err) == 1);
    CHECK(o.err.find(f.name) != std::string::npos);
    CHECK(Counts(db, tmp) == before);
  }
  Outcome check = Claimkb("check --db '" + db + "'", tmp);
  INFO(check.out << check.err);
  CHECK(check.code == 0);
}

TEST_CASE("claimkb ingest stops at a store that refuses writes and leaves it whole", "[cli][catalogue]") {
  TempDir tmp;
  std::string db = (tmp.path() / "db").string();
  REQUIRE(Claimkb("ingest --quiet --db '" + db + "' '" + SeedArticle().string() + "'", tmp).code == 0);
  const nlohmann::json before = Counts(db, tmp);
  std::uintmax_t largest = 0;
  for (const auto& f : std::filesystem::directory_iterator(db))
    if (f.path().filename().string().rfind("OPTIONS", 0) == 0) largest = std::max(largest, f.file_size());
  REQUIRE(largest > 0);
  // Files may grow just past the options file RocksDB rewrites at every open, so
  // the store opens, but a whole article's write-ahead log entry does not fit.
  const std::string seed = ReadFile(SeedArticle());
  std::string files;
  for (int i = 0; i < 4; ++i) {
    auto path = tmp.path() / ("copy" + std::to_string(i) + ".txt");
    std::string text = seed;
    text.insert(text.find("\n\n", text.size() / 2),
                "\n\nOfficials said the talks would resume on day " + std::to_string(i) + ".");
    WriteFile(path, text);
    files += " '" + path.string() + "'";
  }
  const std::string blocks = std::to_string(largest / 512 + 8);  // dash counts 512-byte blocks
  Outcome o = Shell("sh -c \"trap '' XFSZ; ulimit -f " + blocks + "; exec " + ClaimkbBinary() + " ingest --quiet --db '" +
                        db + "'" + files + "\"",
                    tmp);
  INFO("exit " << o.code << " stdout: " << o.out << " stderr: " << o.err);
  CHECK(o.code == 1);
  CHECK(o.err.find("stopped at a store error; 3 of 4 files not read") != std::string::npos);
  CHECK(o.out.find("1 failed, 3 not read") != std::string::npos);
  CHECK(Counts(db, tmp) == before);
  Outcome check = Claimkb("check --db '" + db + "'", tmp);
  INFO(check.out << check.err);
  CHECK(check.code == 0);
}

TEST_CASE("claimkb export that cannot finish its file leaves none behind", "[cli][catalogue]") {
  TempDir tmp;
  std::string db = (tmp.path() / "db").string();
  REQUIRE(Claimkb("ingest --quiet --db '" + db + "' '" + SeedArticle().string() + "'", tmp).code == 0);
  const auto out = tmp.path() / "dump.ndjson";
  WriteFile(out, "an older export\n");
  Outcome o = Shell("sh -c \"trap '' XFSZ; ulimit -f 8; exec " + ClaimkbBinary() + " export --db '" + db +
                        "' --out '" + out.string() + "'\"",
                    tmp);
  INFO("exit " << o.code << " stderr: " << o.err);
  CHECK(o.code == 1);
  CHECK(Lines(o.err) == 1);
  CHECK(ReadFile(out) == "an older export\n");
  CHECK_FALSE(std::filesystem::exists(out.string() + ".partial"));

  REQUIRE(Claimkb("export --db '" + db + "' --out '" + out.string() + "'", tmp).code == 0);
  CHECK(ReadFile(out).rfind("{\"record\":\"claimkb-export\"", 0) == 0);
}
