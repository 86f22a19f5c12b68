// Every error class of the API is problem+json with a useful detail, and
// the protocol features around it: auth, limits, ETags, gzip, CORS, metrics.
#include <chrono>
#include <thread>

#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

json ExpectProblem(const httplib::Result& r, int status, SchemaBatch& schemas) {
  REQUIRE(r);
  INFO(r->status << " " << r->body);
  CHECK(r->status == status);
  CHECK(r->get_header_value("Content-Type") == "application/problem+json");
  json j = json::parse(r->body);
  CHECK(j["status"] == status);
  CHECK(!j["detail"].get<std::string>().empty());
  schemas.Add(Component("Problem"), j);
  return j;
}

std::string Param(const json& problem) {
  return problem.contains("invalid_params") ? problem["invalid_params"][0]["name"].get<std::string>() : "";
}

}  // namespace

TEST_CASE("unknown ids and paths are 404 problems quoting the input", "[api][errors]") {
  ApiServer s;
  SchemaBatch schemas;
  json p = ExpectProblem(s.Get("/v1/claims/no-such-claim"), 404, schemas);
  CHECK(p["detail"].get<std::string>().find("`no-such-claim`") != std::string::npos);
  ExpectProblem(s.Get("/v1/documents/nope"), 404, schemas);
  ExpectProblem(s.Get("/v1/documents/nope/text"), 404, schemas);
  ExpectProblem(s.Get("/v1/actors/nobody"), 404, schemas);
  ExpectProblem(s.Get("/v1/actors/nobody/timeline"), 404, schemas);
  ExpectProblem(s.Get("/v1/actors/nobody/claims"), 404, schemas);
  ExpectProblem(s.Get("/v1/events/nothing"), 404, schemas);
  ExpectProblem(s.Get("/v1/graph/neighborhood?actor=nobody"), 404, schemas);
  json path = ExpectProblem(s.Get("/v1/nowhere"), 404, schemas);
  CHECK(path["detail"].get<std::string>().find("`/v1/nowhere`") != std::string::npos);
  ExpectProblem(s.Client().Delete("/v1/claims/x"), 405, schemas);
  schemas.CheckAll();
}

TEST_CASE("bad parameters are 400 problems naming the parameter", "[api][errors]") {
  ApiServer s;
  SchemaBatch schemas;
  struct Case {
    const char* path;
    const char* param;
  };
  for (const Case& c : {Case{"/v1/claims?limit=-1", "limit"}, Case{"/v1/claims?limit=abc", "limit"},
                        Case{"/v1/claims?limit=1001", "limit"}, Case{"/v1/claims?limit=99999999999999999999", "limit"},
                        Case{"/v1/claims?limit=", "limit"}, Case{"/v1/claims?kind=rumour", "kind"},
                        Case{"/v1/claims?from=2025-13", "from"}, Case{"/v1/claims?to=yesterday", "to"},
                        Case{"/v1/claims?from=2025-09&to=2025-01", "to"}, Case{"/v1/claims?cursor=forged!!", ""},
                        Case{"/v1/documents?limit=0", "limit"}, Case{"/v1/actors?q=", "q"},
                        Case{"/v1/actors/x/claims?role=bystander", "role"}, Case{"/v1/events?from=20250", "from"},
                        Case{"/v1/graph/neighborhood?actor=x&depth=0", "depth"},
                        Case{"/v1/graph/neighborhood?actor=x&depth=5", "depth"},
                        Case{"/v1/graph/neighborhood", "actor"}, Case{"/v1/graph/path?from=a", "to"},
                        Case{"/v1/graph/export?format=pdf", "format"}, Case{"/v1/export?format=xml", "format"},
                        Case{"/v1/graph/central?limit=x", "limit"}}) {
    INFO(c.path);
    json p = ExpectProblem(s.Get(c.path), 400, schemas);
    CHECK(Param(p) == c.param);
    if (*c.param) CHECK(p["detail"].get<std::string>().find(std::string("`") + c.param + "`") != std::string::npos);
  }
  json bad = ExpectProblem(s.Post("/v1/check", "{not json", "application/json"), 400, schemas);
  CHECK(Param(bad) == "body");
  CHECK(Param(ExpectProblem(s.Post("/v1/check", R"({"speaker":"x"})", "application/json"), 400, schemas)) == "text");
  CHECK(Param(ExpectProblem(s.Post("/v1/documents", R"({"url":"u"})", "application/json"), 400, schemas)) == "text");
  CHECK(Param(ExpectProblem(s.Post("/v1/documents?published=22/09/2025", "Some text.", "text/plain"), 400, schemas)) ==
        "published");
  // Unreadable input is the client's fault, not a 500.
  ExpectProblem(s.Post("/v1/documents", std::string("caf\xc3(", 5), "text/plain"), 400, schemas);
  ExpectProblem(s.Post("/v1/documents", "", "text/plain"), 400, schemas);
  schemas.CheckAll();
}

TEST_CASE("wrong content types are 415, oversized bodies 413", "[api][errors]") {
  api::ServerOptions opt;
  opt.max_body_bytes = 64 * 1024;
  ApiServer s(opt);
  SchemaBatch schemas;
  ExpectProblem(s.Post("/v1/documents", "a,b\n1,2\n", "text/csv"), 415, schemas);
  ExpectProblem(s.Post("/v1/check", "text=hello", "application/x-www-form-urlencoded"), 415, schemas);
  ExpectProblem(s.Post("/v1/documents", std::string(100 * 1024, 'x'), "text/plain"), 413, schemas);
  // The server still answers after refusing a body.
  auto ok = s.Get("/healthz");
  REQUIRE(ok);
  CHECK(ok->status == 200);
  schemas.CheckAll();
}

TEST_CASE("with a token, writes need it and reads stay open", "[api][auth]") {
  api::ServerOptions opt;
  opt.token = "s3cret-token";
  ApiServer s(opt);
  SchemaBatch schemas;
  auto c = s.Client();
  json p = ExpectProblem(c.Post("/v1/documents", "The mayor said the bridge will reopen.", "text/plain"), 401, schemas);
  CHECK(c.Post("/v1/documents", "x", "text/plain")->get_header_value("WWW-Authenticate").rfind("Bearer", 0) == 0);
  httplib::Headers wrong = {{"Authorization", "Bearer s3cret-tokem"}};
  ExpectProblem(s.Client().Post("/v1/documents", wrong, "The mayor said the bridge will reopen.", "text/plain"), 401,
                schemas);
  httplib::Headers shorter = {{"Authorization", "Bearer s3cret"}};
  ExpectProblem(s.Client().Post("/v1/documents", shorter, "The mayor said so.", "text/plain"), 401, schemas);
  // /v1/check is a query with a body: open to readers like every GET.
  auto check = s.Client().Post("/v1/check", R"({"text":"the bridge will reopen"})", "application/json");
  REQUIRE(check);
  CHECK(check->status == 200);
  auto good = s.Post("/v1/documents", "The mayor said on Monday that the bridge will reopen in May.", "text/plain");
  REQUIRE(good);
  CHECK(good->status == 201);
  auto read = s.Get("/v1/claims");
  REQUIRE(read);
  CHECK(read->status == 200);
  schemas.CheckAll();
}

TEST_CASE("single resources carry ETags and answer 304 to If-None-Match", "[api]") {
  ApiServer s;
  json seed = s.IngestSeed();
  std::string path = "/v1/claims/" + seed["claims"][0]["id"].get<std::string>();
  auto first = s.Get(path);
  REQUIRE(first);
  std::string etag = first->get_header_value("ETag");
  REQUIRE(etag.size() > 2);
  auto again = s.Get(path, {{"If-None-Match", etag}});
  REQUIRE(again);
  CHECK(again->status == 304);
  CHECK(again->body.empty());
  auto changed = s.Get(path, {{"If-None-Match", "\"other\""}});
  REQUIRE(changed);
  CHECK(changed->status == 200);
}

TEST_CASE("JSON is gzipped for clients that accept it", "[api]") {
  ApiServer s;
  s.IngestSeed();
  auto c = s.Client();
  c.set_decompress(true);
  auto r = c.Get("/v1/claims", {{"Accept-Encoding", "gzip"}});
  REQUIRE(r);
  CHECK(r->status == 200);
  CHECK(r->get_header_value("Content-Encoding") == "gzip");
  CHECK(json::parse(r->body)["items"].size() > 0);
}

TEST_CASE("CORS is off by default and answers preflights when configured", "[api]") {
  {
    ApiServer s;
    auto r = s.Get("/healthz");
    REQUIRE(r);
    CHECK_FALSE(r->has_header("Access-Control-Allow-Origin"));
  }
  api::ServerOptions opt;
  opt.cors_origin = "https://newsroom.example";
  ApiServer s(opt);
  auto r = s.Get("/healthz");
  REQUIRE(r);
  CHECK(r->get_header_value("Access-Control-Allow-Origin") == "https://newsroom.example");
  auto pre = s.Client().Options("/v1/documents");
  REQUIRE(pre);
  CHECK(pre->status == 204);
  CHECK(pre->get_header_value("Access-Control-Allow-Headers").find("Authorization") != std::string::npos);
}

TEST_CASE("the root page, /openapi.json, its schemas, /healthz and /metrics", "[api]") {
  ApiServer s;
  SchemaBatch schemas;
  auto root = s.Get("/");
  REQUIRE(root);
  CHECK(root->status == 200);
  CHECK(root->get_header_value("Content-Type").rfind("text/html", 0) == 0);
  json doc = s.GetJson("/openapi.json");
  CHECK(doc["openapi"] == "3.1.0");
  CHECK(doc["paths"].contains("/v1/claims/{id}"));
  CHECK(doc == json::parse(ReadFile(SourceDir() / "schema" / "openapi.json")));
  // Relative $refs of the components resolve next to /openapi.json.
  json claim_schema = s.GetJson("/claim.schema.json");
  CHECK(claim_schema["title"] == "Claim");
  CHECK(s.GetJson("/schema/api.schema.json")["$id"] == "https://claimkb.example/schema/api.schema.json");
  auto no_file = s.Get("/secrets.txt");
  REQUIRE(no_file);
  CHECK(no_file->status == 404);
  json health = s.GetJson("/healthz");
  schemas.Add(Component("Health"), health);
  CHECK(health["status"] == "ok");
  s.Get("/v1/claims/none");
  // The logger records a request just after its answer is sent, on the
  // thread that served it: poll briefly until both requests are in.
  const std::string claims_404 = "claimkb_http_requests_total{route=\"GET /v1/claims/:id\",status=\"404\"} 1";
  const std::string healthz = "claimkb_http_request_duration_seconds_bucket{route=\"GET /healthz\",le=\"+Inf\"} 1";
  std::string m;
  for (int i = 0; i < 200; ++i) {
    auto r = s.Get("/metrics");
    REQUIRE(r);
    m = r->body;
    if (m.find(claims_404) != std::string::npos && m.find(healthz) != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(m.find(claims_404) != std::string::npos);
  CHECK(m.find(healthz) != std::string::npos);
  CHECK(m.find("claimkb_store_claims 0") != std::string::npos);
  CHECK(m.find("claimkb_store_disk_bytes ") != std::string::npos);
  schemas.CheckAll();
}

TEST_CASE("ParseListen accepts host:port forms and rejects the rest", "[api]") {
  std::string host;
  int port = 0;
  CHECK(api::ParseListen("127.0.0.1:8080", &host, &port).ok());
  CHECK((host == "127.0.0.1" && port == 8080));
  CHECK(api::ParseListen("[::1]:9000", &host, &port).ok());
  CHECK((host == "::1" && port == 9000));
  CHECK(api::ParseListen(":0", &host, &port).ok());
  CHECK((host == "127.0.0.1" && port == 0));
  CHECK_FALSE(api::ParseListen("localhost", &host, &port).ok());
  CHECK_FALSE(api::ParseListen("h:99999", &host, &port).ok());
  CHECK_FALSE(api::ParseListen("h:80x", &host, &port).ok());
}

TEST_CASE("stopping a server right after starting it does not hang (regression)", "[api]") {
  // httplib ignored stop() until its accept loop ran; Start() now waits for it.
  for (int i = 0; i < 3; ++i) ApiServer s;
  SUCCEED();
}
