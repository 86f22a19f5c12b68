// PATCH /v1/claims/{id}, history, orphans and ?time= over a real server.
#include <catch2/catch.hpp>

#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

constexpr const char* kToken = "editor-token";

api::ServerOptions WithToken() {
  api::ServerOptions o;
  o.token = kToken;
  return o;
}

json Ingest(ApiServer& s, int version) {
  std::string path = "/v1/documents?url=" + httplib::detail::encode_query_param("https://harlow.example.org/news/bridge-vote") +
                     "&published=" + (version == 1 ? "2026-03-03" : "2026-03-04");
  auto r = s.Post(path, ReadFile(SourceDir() / "tests" / "data" / "corr" / ("bridge_v" + std::to_string(version) + ".txt")),
                  "text/plain");
  REQUIRE(r);
  INFO(r->body.substr(0, 300));
  REQUIRE((r->status == 201 || r->status == 200));
  return json::parse(r->body);
}

std::string ClaimWith(const json& ingest, const std::string& words) {
  for (const auto& c : ingest.at("claims"))
    if (c.at("text").get<std::string>().find(words) != std::string::npos) return c.at("id");
  FAIL("no claim with `" << words << "`");
  return "";
}

httplib::Result Patch(ApiServer& s, const std::string& id, const json& body, httplib::Headers h) {
  return s.Client().Patch(("/v1/claims/" + id).c_str(), h, body.dump(), "application/json");
}

httplib::Headers Editor(httplib::Headers extra = {}) {
  extra.emplace("Authorization", std::string("Bearer ") + kToken);
  return extra;
}

}  // namespace

TEST_CASE("PATCH corrects a claim with author and reason; history and reads show the versions", "[api][corrections]") {
  ApiServer s(WithToken());
  SchemaBatch schemas;
  json v1 = Ingest(s, 1);
  const std::string id = ClaimWith(v1, "blank check");

  auto before = s.Get("/v1/claims/" + id);
  REQUIRE(before);
  REQUIRE(before->status == 200);
  const std::string etag = before->get_header_value("ETag");
  json detail = json::parse(before->body);
  CHECK(detail.at("status") == "extracted");
  CHECK(detail.at("version") == 1);
  CHECK(detail.at("anchor").at("status") == "current");

  json body = {{"author", "j.doe"},
               {"reason", "the quote was the mayor's"},
               {"speakers", {"Ellen Brandt"}},
               {"status", "reviewed"}};
  schemas.Add("correction.schema.json#/$defs/request", body);

  auto anonymous = s.Client().Patch(("/v1/claims/" + id).c_str(), body.dump(), "application/json");
  REQUIRE(anonymous);
  CHECK(anonymous->status == 401);

  auto ok = Patch(s, id, body, Editor({{"If-Match", etag}}));
  REQUIRE(ok);
  INFO(ok->body.substr(0, 400));
  REQUIRE(ok->status == 200);
  json after = json::parse(ok->body);
  schemas.Add(Component("ClaimDetail"), after);
  CHECK(after.at("version") == 2);
  CHECK(after.at("status") == "reviewed");
  CHECK(after.at("claim").at("attribution").at("speakers") == json::array({"ellen-brandt"}));
  CHECK(ok->get_header_value("ETag") != etag);

  // The old ETag is stale now.
  body["reason"] = "an edit from a page read before the first correction";
  auto stale = Patch(s, id, body, Editor({{"If-Match", etag}}));
  REQUIRE(stale);
  CHECK(stale->status == 412);
  schemas.Add("problem.schema.json", stale->body);

  json history = s.GetJson("/v1/claims/" + id + "/history");
  schemas.Add(Component("ClaimHistory"), history);
  REQUIRE(history.at("versions").size() == 2);
  CHECK(history.at("current") == 2);
  CHECK(history.at("versions")[0].at("claim").at("attribution").at("speakers") == json::array({"dana-whitfield"}));
  CHECK(history.at("versions")[1].at("changed") == json::array({"speakers", "status"}));

  json by_mayor = s.GetJson("/v1/claims?speaker=ellen-brandt");
  schemas.Add(Component("ClaimPage"), by_mayor);
  bool listed = false;
  for (const auto& c : by_mayor.at("items"))
    if (c.at("id") == id) listed = c.at("status") == "reviewed" && c.at("version") == 2;
  CHECK(listed);
  json reviewed = s.GetJson("/v1/claims?status=reviewed");
  REQUIRE(reviewed.at("items").size() == 1);
  CHECK(reviewed.at("items")[0].at("id") == id);
  schemas.CheckAll();
}

TEST_CASE("PATCH refuses bad corrections with problems naming the field", "[api][corrections]") {
  ApiServer s(WithToken());
  json v1 = Ingest(s, 1);
  const std::string id = ClaimWith(v1, "cost estimate");
  struct Bad {
    json body;
    int status;
    const char* param;
  };
  const Bad cases[] = {
      {{{"reason", "no author"}, {"status", "rejected"}}, 400, "author"},
      {{{"author", "a"}, {"reason", "r"}}, 400, ""},
      {{{"author", "a"}, {"reason", "r"}, {"speakers", {"no-such-actor"}}}, 422, "speakers"},
      {{{"author", "a"}, {"reason", "r"}, {"span", {{"start", 5}, {"end", 999999}}}}, 400, ""},
      {{{"author", "a"}, {"reason", "r"}, {"kind", "rumour"}}, 400, "kind"},
      {{{"author", "a"}, {"reason", "r"}, {"status", "extracted"}}, 400, "status"},
      {{{"author", "a"}, {"reason", "r"}, {"status", "rejected"}, {"colour", "red"}}, 400, "colour"},
  };
  SchemaBatch schemas;
  for (const auto& c : cases) {
    auto r = Patch(s, id, c.body, Editor());
    REQUIRE(r);
    INFO(c.body.dump() << " -> " << r->status << " " << r->body);
    CHECK(r->status == c.status);
    json problem = json::parse(r->body);
    if (*c.param) CHECK(problem.at("invalid_params")[0].at("name") == c.param);
    schemas.Add("problem.schema.json", r->body);
  }
  auto missing = Patch(s, "c-no-such-claim", {{"author", "a"}, {"reason", "r"}, {"status", "rejected"}}, Editor());
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(s.GetJson("/v1/claims/" + id + "/history").at("versions").size() == 1);
  schemas.CheckAll();
}

TEST_CASE("a new article version keeps corrections and lists the orphans", "[api][corrections][anchors]") {
  ApiServer s(WithToken());
  json v1 = Ingest(s, 1);
  const std::string quote = ClaimWith(v1, "blank check");
  const std::string engineer = ClaimWith(v1, "six months");
  auto r = Patch(s, quote, {{"author", "j.doe"}, {"reason", "the mayor said it"}, {"speakers", {"ellen-brandt"}}},
                 Editor());
  REQUIRE(r);
  REQUIRE(r->status == 200);
  CHECK(Ingest(s, 1).at("stored") == false);
  json v2 = Ingest(s, 2);
  const std::string v2_id = v2.at("document").at("id");

  SchemaBatch schemas;
  json orphans = s.GetJson("/v1/documents/" + v2_id + "/orphans");
  schemas.Add(Component("ClaimPage"), orphans);
  bool engineer_orphaned = false;
  for (const auto& c : orphans.at("items")) {
    CHECK(c.at("anchor").at("status") == "orphaned");
    CHECK(c.at("anchor").at("document") == v2_id);
    engineer_orphaned |= c.at("id") == engineer;
  }
  CHECK(engineer_orphaned);
  json old_quote = s.GetJson("/v1/claims/" + quote);
  schemas.Add(Component("ClaimDetail"), old_quote);
  CHECK(old_quote.at("anchor").at("status") == "anchored");
  const std::string successor = old_quote.at("anchor").at("successor");
  json carried = s.GetJson("/v1/claims/" + successor);
  CHECK(carried.at("claim").at("attribution").at("speakers") == json::array({"ellen-brandt"}));
  CHECK(carried.at("version") == 2);
  json history = s.GetJson("/v1/claims/" + successor + "/history");
  schemas.Add(Component("ClaimHistory"), history);
  CHECK(history.at("versions")[1].at("carried_from") == quote + "@2");
  auto unknown = s.Get("/v1/documents/d-nope/orphans");
  REQUIRE(unknown);
  CHECK(unknown->status == 404);
  schemas.CheckAll();
}

TEST_CASE("?time=statement orders and filters by when things were said", "[api][bitemporal]") {
  ApiServer s(WithToken());
  Ingest(s, 1);
  SchemaBatch schemas;
  // The report sentence speaks of 2023; the article was published in 2026.
  json event_2023 = s.GetJson("/v1/claims?from=2023&to=2023");
  json said_2023 = s.GetJson("/v1/claims?from=2023&to=2023&time=statement");
  json said_2026 = s.GetJson("/v1/claims?from=2026-03-03&to=2026-03-03&time=statement");
  schemas.Add(Component("ClaimPage"), said_2026);
  CHECK_FALSE(event_2023.at("items").empty());
  CHECK(said_2023.at("items").empty());
  CHECK(said_2026.at("items").size() >= event_2023.at("items").size());
  json timeline = s.GetJson("/v1/actors/marcus-oyelaran/timeline?time=statement");
  schemas.Add(Component("TimelinePage"), timeline);
  REQUIRE_FALSE(timeline.at("items").empty());
  for (const auto& it : timeline.at("items")) CHECK(it.at("date") == "2026-03-03");
  json claims = s.GetJson("/v1/actors/marcus-oyelaran/claims?time=statement");
  CHECK(claims.at("items").size() == 1);
  auto bad = s.Get("/v1/actors/marcus-oyelaran/timeline?time=later");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  schemas.CheckAll();
}
