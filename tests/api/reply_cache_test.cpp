// The server's reply cache (GET routes marked Caching::kUntilWrite): a repeat is
// identical (body, headers, 304), and any store write makes the next reply fresh.
#include "core/store/keys.h"
#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

std::string FirstClaimId(ApiServer& s) {
  json page = s.GetJson("/v1/claims?limit=1");
  REQUIRE(page["items"].size() == 1);
  return page["items"][0]["id"];
}

}  // namespace

TEST_CASE("a cached claim reply repeats body and ETag and still answers If-None-Match", "[api][cache]") {
  ApiServer s;
  s.IngestSeed();
  std::string path = "/v1/claims/" + FirstClaimId(s);
  auto first = s.Get(path);
  auto second = s.Get(path);
  REQUIRE(first);
  REQUIRE(second);
  CHECK(second->status == 200);
  CHECK(second->body == first->body);
  CHECK(second->get_header_value("Content-Type") == "application/json");
  std::string etag = first->get_header_value("ETag");
  REQUIRE_FALSE(etag.empty());
  CHECK(second->get_header_value("ETag") == etag);
  CHECK(second->get_header_value_count("ETag") == 1);
  auto not_modified = s.Get(path, {{"If-None-Match", etag}});
  REQUIRE(not_modified);
  CHECK(not_modified->status == 304);
  CHECK(s.Get("/v1/claims/c-no-such-claim")->status == 404);
}

TEST_CASE("a store write invalidates cached claim replies", "[api][cache]") {
  ApiServer s;
  s.IngestSeed();
  std::string id = FirstClaimId(s);
  std::string path = "/v1/claims/" + id;
  json before = s.GetJson(path);
  REQUIRE(before["document"].is_object());
  std::string doc = before["claim"]["document_id"];
  // Remove the claim's document record behind the server's back: the detail must show it gone.
  REQUIRE(s.store().TestOnlyDeleteRaw("documents", store::keys::IdKey(doc)).ok());
  json after = s.GetJson(path);
  CHECK(after["document"].is_null());
  CHECK(after["claim"] == before["claim"]);
}

TEST_CASE("a server with the reply cache off answers the same", "[api][cache]") {
  api::ServerOptions off;
  off.reply_cache_mb = 0;
  ApiServer s(off);
  s.IngestSeed();
  std::string path = "/v1/claims/" + FirstClaimId(s);
  auto a = s.Get(path);
  auto b = s.Get(path);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->status == 200);
  CHECK(a->body == b->body);
}

TEST_CASE("cached listing replies repeat the first reply byte for byte, headers included", "[api][cache]") {
  ApiServer s;
  s.IngestSeed();
  json claim = s.GetJson("/v1/claims/" + FirstClaimId(s));
  std::string speaker = claim["claim"]["attribution"]["speakers"].at(0);
  std::string doc = claim["claim"]["document_id"];
  const std::vector<std::string> paths = {
      "/v1/actors/" + speaker + "/timeline?limit=2", "/v1/actors/" + speaker + "/claims?limit=2",
      "/v1/actors/" + speaker, "/v1/claims?limit=2", "/v1/actors?limit=3", "/v1/documents",
      "/v1/documents/" + doc, "/v1/events?limit=2"};
  for (const auto& path : paths) {
    INFO(path);
    auto first = s.Get(path);
    auto second = s.Get(path);
    REQUIRE(first);
    REQUIRE(second);
    REQUIRE(first->status == 200);
    CHECK(second->status == 200);
    CHECK(second->body == first->body);
    for (const char* h : {"Content-Type", "ETag", "Link", "Cache-Control"}) {
      CHECK(second->get_header_value(h) == first->get_header_value(h));
      CHECK(second->get_header_value_count(h) == first->get_header_value_count(h));
    }
  }
  // A paged listing carries its next link in a header: the cached reply must too.
  CHECK_FALSE(s.Get("/v1/claims?limit=2")->get_header_value("Link").empty());
}

TEST_CASE("a correction refreshes cached claim listings", "[api][cache]") {
  ApiServer s;
  s.IngestSeed();
  const std::string path = "/v1/claims?limit=5";
  json before = s.GetJson(path);
  REQUIRE_FALSE(before["items"].empty());
  std::string id = before["items"][0]["id"];
  REQUIRE(before["items"][0]["status"] == "extracted");
  REQUIRE(s.GetJson(path) == before);  // now served from the cache
  json body = {{"author", "j.doe"}, {"reason", "checked against the recording"}, {"status", "reviewed"}};
  auto patched = s.Client().Patch(("/v1/claims/" + id).c_str(), body.dump(), "application/json");
  REQUIRE(patched);
  REQUIRE(patched->status == 200);
  json after = s.GetJson(path);
  CHECK(after["items"][0]["id"] == id);
  CHECK(after["items"][0]["status"] == "reviewed");
  CHECK(after["items"][0]["version"] == 2);
}
