// Claim clusters over HTTP: the five-outlet story of tests/data/clusters
// ingested through POST /v1/documents; propositions, claim detail and
// disputes answered and checked against the schemas.
#include <sstream>

#include <nlohmann/json.hpp>

#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

void IngestStory(ApiServer& s) {
  auto manifest = json::parse(ReadFile(SourceDir() / "tests" / "data" / "clusters" / "manifest.json"));
  for (const auto& m : manifest) {
    auto q = [](const json& v) { return httplib::detail::encode_query_param(v.get<std::string>()); };
    std::string path = "/v1/documents?publisher=" + q(m["publisher"]) + "&published=" + q(m["published"]) +
                       "&url=" + q(m["url"]) + "&title=" + q(m["title"]) + "&author=" + q(m["author"]);
    auto r = s.Post(path, ReadFile(SourceDir() / "tests" / "data" / "clusters" / m["file"].get<std::string>()),
                    "text/plain");
    REQUIRE(r);
    INFO(r->body.substr(0, 300));
    REQUIRE(r->status == 201);
  }
}

// The first claim whose text holds all of `words`, from the q filter.
json FindClaim(ApiServer& s, const std::string& q, const std::string& publisher_fragment) {
  json page = s.GetJson("/v1/claims?limit=100&q=" + httplib::detail::encode_query_param(q));
  for (const auto& c : page["items"]) {
    json doc = s.GetJson("/v1/documents/" + c["document_id"].get<std::string>());
    if (doc.dump().find(publisher_fragment) != std::string::npos) return c;
  }
  FAIL("no claim with `" << q << "` from " << publisher_fragment);
  return nullptr;
}

}  // namespace

TEST_CASE("a quote reported by three outlets is one proposition with three publishers", "[api][propositions]") {
  ApiServer s;
  IngestStory(s);
  SchemaBatch schemas;
  json claim = FindClaim(s, "still searching", "Riverside Review");
  auto r = s.Get("/v1/claims/" + claim["id"].get<std::string>());
  REQUIRE(r);
  REQUIRE(r->status == 200);
  schemas.Add(Component("ClaimDetail"), r->body);
  json detail = json::parse(r->body);
  REQUIRE(detail["proposition"].is_object());
  CHECK(detail["proposition"]["publishers"] == 3);
  CHECK(detail["proposition"]["first_appearance"]["publisher"] == "Continental Press Agency");
  CHECK(detail["corroborates"].size() == 2);
  for (const auto& l : detail["corroborates"]) CHECK(l["why"].get<std::string>().rfind("same_proposition", 0) == 0);

  auto p = s.Get(detail["proposition"]["url"].get<std::string>());
  REQUIRE(p);
  REQUIRE(p->status == 200);
  schemas.Add(Component("Proposition"), p->body);
  json prop = json::parse(p->body);
  CHECK(prop["total_appearances"] == 3);
  std::set<std::string> kinds;
  for (const auto& a : prop["appearances"]) kinds.insert(a["kind"].get<std::string>());
  CHECK(kinds == std::set<std::string>{"direct", "indirect"});  // a quote and its paraphrase
  CHECK(prop["appearances_complete"] == true);
  CHECK(prop["first_appearance"] == detail["proposition"]["first_appearance"]);
  CHECK(prop["first_seen"] == prop["first_appearance"]["published"]);

  // Every member, two at a time, through the cursor.
  std::set<std::string> members;
  std::string next = prop["members_url"].get<std::string>() + "?limit=2";
  for (int pages = 0; !next.empty() && pages < 10; ++pages) {
    auto m = s.Get(next);
    REQUIRE(m);
    REQUIRE(m->status == 200);
    schemas.Add(Component("AppearancePage"), m->body);
    json page = json::parse(m->body);
    CHECK(page["items"].size() <= 2);
    for (const auto& a : page["items"]) CHECK(members.insert(a["claim_id"].get<std::string>()).second);
    next = page["next"].is_string() ? page["next"].get<std::string>() : "";
  }
  CHECK(members.size() == 3);
  CHECK(members.count(claim["id"].get<std::string>()) == 1);
  auto no_members = s.Get("/v1/propositions/p-0000000000000000/members");
  REQUIRE(no_members);
  CHECK(no_members->status == 404);

  auto missing = s.Get("/v1/propositions/p-0000000000000000");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  schemas.CheckAll();
}

TEST_CASE("11 vs 14 killed is listed as a dispute with why", "[api][propositions]") {
  ApiServer s;
  IngestStory(s);
  SchemaBatch schemas;
  std::vector<json> items;
  std::string next = "/v1/disputes?limit=2";
  for (int pages = 0; !next.empty(); ++pages) {
    REQUIRE(pages < 50);
    json page = s.GetJson(next);
    schemas.Add(Component("DisputePage"), page);
    for (auto& it : page["items"]) items.push_back(it);
    next = page["next"].is_null() ? "" : page["next"].get<std::string>();
  }
  std::set<std::string> rules;
  for (const auto& d : items) rules.insert(d["rule"].get<std::string>());
  CHECK(rules.count("conflicting_numbers"));
  CHECK(rules.count("negation"));
  CHECK(rules.count("lacks_evidence"));

  json fourteen = FindClaim(s, "killing 14", "Northline News");
  json detail = s.GetJson("/v1/claims/" + fourteen["id"].get<std::string>());
  schemas.Add(Component("ClaimDetail"), detail);
  bool eleven = false;
  for (const auto& d : detail["disputes"])
    eleven |= d["why"].get<std::string>().find("14 vs 11") != std::string::npos &&
              d["text"].get<std::string>().find("killing 11") != std::string::npos;
  CHECK(eleven);
  // The live graph follows the store: the dispute is an edge without a restart.
  auto dot = s.Get("/v1/graph/export?format=dot");
  REQUIRE(dot);
  bool edge = false;
  std::istringstream lines(dot->body);
  for (std::string line; std::getline(lines, line);)
    edge |= line.find("type=disputes") != std::string::npos &&
            line.find("claim:" + fourteen["id"].get<std::string>()) != std::string::npos;
  CHECK(edge);
  auto bad = s.Get("/v1/disputes?cursor=nonsense");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  schemas.CheckAll();
}
