// Ingest into a store on a tiny tmpfs until the disk is full: a clear error,
// every acknowledged document kept, the store passes check, and once there is
// room again the ingest completes; over HTTP, 507 and reads that keep working.
// Needs root (mount); skipped otherwise.
#include <sys/mount.h>

#include <httplib.h>

#include <optional>
#include <set>

#include <catch2/catch.hpp>

#include "api/server.h"
#include "core/graph/graph.h"
#include "core/store/store.h"
#include "tests/reliability/support.h"

namespace claimkb::testing {
namespace {

namespace fs = std::filesystem;

// A tmpfs of `mb` MiB mounted on a fresh directory, unmounted at destruction.
class SmallDisk {
 public:
  explicit SmallDisk(int mb) {
    fs::create_directories(dir_.path() / "mnt");
    mounted_ = ::geteuid() == 0 && ::mount("tmpfs", mount_point().c_str(), "tmpfs", 0,
                                           ("size=" + std::to_string(mb) + "m").c_str()) == 0;
  }
  ~SmallDisk() {
    if (mounted_) ::umount2(mount_point().c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  fs::path mount_point() const { return dir_.path() / "mnt"; }
  bool Grow(int mb) {
    return ::mount("tmpfs", mount_point().c_str(), "tmpfs", MS_REMOUNT,
                   ("size=" + std::to_string(mb) + "m").c_str()) == 0;
  }

 private:
  TempDir dir_;
  bool mounted_ = false;
};

}  // namespace

TEST_CASE("ingest until the disk is full: a clear error, nothing acknowledged lost, no corruption", "[diskfull]") {
  SmallDisk disk(3);
  if (!disk.mounted()) {
    WARN("skipped: mounting a tmpfs needs root");
    return;
  }
  TempDir tmp;
  const auto files = WriteCorpus(tmp.path() / "articles", 40, 5);
  REQUIRE(files.size() == 40);
  const fs::path db = disk.mount_point() / "db";
  const std::string ingest = ClaimkbBinary() + " ingest --quiet --list --db " + db.string() + " " +
                             (tmp.path() / "articles").string();

  std::string out;
  const int rc = Run(ingest + " 2>" + (tmp.path() / "err").string(), &out);
  const std::string err = ReadFile(tmp.path() / "err");
  INFO(err.substr(0, 1000));
  CHECK(rc == 1);
  CHECK(err.find("No space left on device") != std::string::npos);
  std::set<std::string> acked;
  for (size_t at = 0; (at = out.find("stored ", at)) != std::string::npos; ++at)
    acked.insert(out.substr(at + 7, out.find(' ', at + 7) - at - 7));
  CHECK(!acked.empty());
  CHECK(acked.size() < files.size());

  std::string check;
  const int check_rc = Run(ClaimkbBinary() + " check --db " + db.string() + " 2>&1", &check);
  INFO(check.substr(0, 500));
  CHECK(check_rc == 0);
  std::string ids;
  REQUIRE(Run(ClaimkbBinary() + " export --db " + db.string(), &ids) == 0);
  for (const auto& id : acked) CHECK(ids.find("\"id\":\"" + id + "\"") != std::string::npos);

  REQUIRE(disk.Grow(256));
  out.clear();
  CHECK(Run(ingest + " 2>&1", &out) == 0);
  check.clear();
  CHECK(Run(ClaimkbBinary() + " check --db " + db.string() + " 2>&1", &check) == 0);
}

TEST_CASE("a server whose disk fills answers 507 problem+json and keeps serving what it stored", "[diskfull]") {
  SmallDisk disk(3);
  if (!disk.mounted()) {
    WARN("skipped: mounting a tmpfs needs root");
    return;
  }
  TempDir tmp;
  const auto files = WriteCorpus(tmp.path() / "articles", 60, 7);
  REQUIRE(files.size() == 60);
  auto opened = store::Store::Open((disk.mount_point() / "db").string());
  REQUIRE(opened.ok());
  graph::ClaimGraph graph;
  api::ServerOptions opt;
  opt.host = "127.0.0.1";
  opt.port = 0;
  api::Server server(opened->get(), &graph, opt);
  auto port = server.Start();
  REQUIRE(port.ok());
  httplib::Client client("127.0.0.1", *port);
  client.set_read_timeout(30);

  std::vector<std::string> stored;
  std::optional<httplib::Response> refused;
  for (const auto& f : files) {
    auto r = client.Post("/v1/documents", ReadFile(f), "text/plain");
    REQUIRE(r);
    if (r->status != 201 && r->status != 200) {
      refused = *r;
      break;
    }
    stored.push_back(nlohmann::json::parse(r->body)["document"]["id"].get<std::string>());
  }
  REQUIRE(refused);
  INFO(refused->body.substr(0, 500));
  CHECK(refused->status == 507);
  CHECK(refused->get_header_value("Content-Type") == "application/problem+json");
  const auto problem = nlohmann::json::parse(refused->body);
  CHECK(problem["type"] == "https://claimkb.example/problems/insufficient-storage");
  CHECK(problem["status"] == 507);
  REQUIRE(!stored.empty());
  for (const auto& id : stored) {
    auto r = client.Get("/v1/documents/" + httplib::detail::encode_query_param(id));
    REQUIRE(r);
    CHECK(r->status == 200);
  }
  server.Stop();
}

}  // namespace claimkb::testing
