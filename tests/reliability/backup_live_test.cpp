// `claimkb backup --server` while a server holds the store: a checkpoint taken
// by the server (POST /v1/admin/backup, token required) that passes check and
// exports exactly what the live store does.
#include <sstream>

#include "tests/api/fixture.h"
#include "tests/reliability/support.h"

namespace claimkb::testing {

TEST_CASE("backup of a store held by a running server", "[backup]") {
  api::ServerOptions opt;
  opt.token = "s3cret-token";
  ApiServer server(opt);
  server.IngestSeed();
  TempDir out;
  const std::string to = (out.path() / "copy").string();
  const std::string backup =
      ClaimkbBinary() + " backup --server 127.0.0.1:" + std::to_string(server.port()) + " --to " + to + " 2>&1";

  std::string said;
  SECTION("without the token: 401, nothing written") {
    CHECK(Run("env -u CLAIMKB_TOKEN " + backup, &said) == 1);
    CHECK(said.find("401") != std::string::npos);
    CHECK(!std::filesystem::exists(to));
  }
  SECTION("with the token: a checkpoint equal to the live store") {
    REQUIRE(Run("CLAIMKB_TOKEN=s3cret-token " + backup, &said) == 0);
    INFO(said);
    std::string check;
    const int check_rc = Run(ClaimkbBinary() + " check --db " + to + " 2>&1", &check);
    INFO(check.substr(0, 500));
    CHECK(check_rc == 0);
    std::string copy;
    REQUIRE(Run(ClaimkbBinary() + " export --db " + to, &copy) == 0);
    std::ostringstream live;
    REQUIRE(server.store().Export(live).ok());
    CHECK(copy == live.str());
    CHECK(copy.find("\"record\":\"claim\"") != std::string::npos);
    // A second backup to the same place is refused; the first stays.
    CHECK(Run("CLAIMKB_TOKEN=s3cret-token " + backup, &said) == 1);
    CHECK(said.find("already exists") != std::string::npos);
  }
  SECTION("--db on the held store says how to do it") {
    CHECK(Run(ClaimkbBinary() + " backup --db " + (server.store().dir()) + " --to " + to + " 2>&1", &said) == 1);
    CHECK(said.find("--server") != std::string::npos);
  }
}

}  // namespace claimkb::testing
