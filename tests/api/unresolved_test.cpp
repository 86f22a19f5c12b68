// A claim whose speaker was not resolved (speakers: []) goes through the
// whole service: ingest, listing, detail, export, each checked against the schemas.
#include <algorithm>

#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;

TEST_CASE("a claim with no speaker ingests, lists, exports and validates", "[api][unresolved]") {
  ApiServer s;
  SchemaBatch schemas;
  auto posted = s.Post("/v1/documents?published=2025-03-12",
                       "Plan Faces Doubts\n\nBy Ann Lee\n\nThe city council met on Monday.\n\n"
                       "He said the plan would fail.\n",
                       "text/plain");
  REQUIRE(posted);
  REQUIRE(posted->status == 201);
  schemas.Add(Component("IngestResult"), posted->body);
  json ingested = json::parse(posted->body);
  std::string unresolved;
  for (const auto& c : ingested["claims"])
    if (c["attribution"]["kind"] != "author" && c["attribution"]["speakers"].empty()) unresolved = c["id"];
  REQUIRE(!unresolved.empty());

  json detail = s.GetJson("/v1/claims/" + unresolved);
  schemas.Add(Component("ClaimDetail"), detail);
  CHECK(detail["claim"]["text"] == "the plan would fail");
  CHECK(detail["claim"]["attribution"]["cue"] == "said");
  CHECK(detail["claim"]["attribution"]["speakers"].empty());

  json page = s.GetJson("/v1/claims");
  schemas.Add(Component("ClaimPage"), page);
  CHECK(std::any_of(page["items"].begin(), page["items"].end(),
                    [&](const json& c) { return c["id"] == unresolved; }));

  auto nd = s.Get("/v1/export?format=ndjson");
  REQUIRE(nd);
  CHECK(nd->status == 200);
  CHECK(nd->body.find(unresolved) != std::string::npos);
  CHECK(SchemaErrors("claim", nd->body, true) == "");
  auto csv = s.Get("/v1/export?format=csv");
  REQUIRE(csv);
  CHECK(csv->status == 200);
  CHECK(csv->body.find(unresolved) != std::string::npos);
  auto cr = s.Get("/v1/export?format=claimreview");
  REQUIRE(cr);
  CHECK(cr->status == 200);
  CHECK(json::parse(cr->body).size() == ingested["claims"].size());
  schemas.CheckAll();
}
