// The REST API answering real questions about the seed article, ingested
// over HTTP into a real store; every response checked against the schemas.
#include <algorithm>
#include <set>

#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

bool Contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

// Walks every page of a listing by following `next`; fails on a loop.
std::vector<json> WalkAll(ApiServer& s, std::string path, SchemaBatch* schemas, const std::string& schema) {
  std::vector<json> items;
  for (int pages = 0; !path.empty(); ++pages) {
    REQUIRE(pages < 1000);
    json page = s.GetJson(path);
    if (schemas) schemas->Add(schema, page);
    for (auto& it : page["items"]) items.push_back(it);
    path = page["next"].is_null() ? "" : page["next"].get<std::string>();
  }
  return items;
}

}  // namespace

TEST_CASE("ingesting the seed over HTTP stores it once and answers with what was extracted", "[api]") {
  ApiServer s;
  SchemaBatch schemas;
  auto first = s.Post("/v1/documents?published=2025-09-22", ReadFile(SeedArticle()), "text/plain");
  REQUIRE(first);
  REQUIRE(first->status == 201);
  schemas.Add(Component("IngestResult"), first->body);
  json j = json::parse(first->body);
  std::string id = j["document"]["id"];
  CHECK(first->get_header_value("Location") == "/v1/documents/" + id);
  CHECK(j["stored"] == true);
  CHECK(j["claims"].size() >= 5);
  CHECK(j["document"]["published"] == "2025-09-22");

  auto again = s.Post("/v1/documents?published=2025-09-22", ReadFile(SeedArticle()), "text/plain");
  REQUIRE(again);
  CHECK(again->status == 200);
  CHECK(json::parse(again->body)["document"]["id"] == id);
  CHECK(json::parse(again->body)["stored"] == false);

  json docs = s.GetJson("/v1/documents");
  schemas.Add(Component("DocumentPage"), docs);
  REQUIRE(docs["items"].size() == 1);

  json detail = s.GetJson("/v1/documents/" + id);
  schemas.Add(Component("DocumentDetail"), detail);
  CHECK(detail["claims"].size() == j["claims"].size());

  auto text = s.Get("/v1/documents/" + id + "/text");
  REQUIRE(text);
  CHECK(text->status == 200);
  CHECK(Contains(text->body, "87% of drugs from South America"));
  // Offsets are code points of exactly this text.
  for (const auto& c : detail["claims"]) {
    auto r = s.Get("/v1/claims/" + c["id"].get<std::string>());
    REQUIRE(r);
    REQUIRE(r->status == 200);
    schemas.Add(Component("ClaimDetail"), r->body);
  }
  schemas.CheckAll();
}

TEST_CASE("JSON ingest takes the metadata from the body", "[api]") {
  ApiServer s;
  json body = {{"text", "The port authority said on Tuesday that 40% of containers were delayed."},
               {"title", "Port delays"},
               {"url", "https://news.example/port"},
               {"published", "2025-03-04"}};
  auto r = s.Post("/v1/documents", body.dump(), "application/json");
  REQUIRE(r);
  REQUIRE(r->status == 201);
  json j = json::parse(r->body);
  CHECK(j["document"]["title"] == "Port delays");
  CHECK(j["document"]["url"] == "https://news.example/port");
  CHECK(j["document"]["published"] == "2025-03-04");
}

TEST_CASE("claims filtered by unit=percent are the 87% and 7% claims", "[api][seed]") {
  ApiServer s;
  s.IngestSeed();
  SchemaBatch schemas;
  json page = s.GetJson("/v1/claims?unit=percent");
  schemas.Add(Component("ClaimPage"), page);
  bool eighty_seven = false, seven = false;
  for (const auto& c : page["items"]) {
    std::string t = c["text"];
    eighty_seven |= Contains(t, "87%");
    seven |= Contains(t, "seven percent");
    bool has_percent = std::any_of(c["quantities"].begin(), c["quantities"].end(),
                                   [](const json& q) { return q["unit"] == "percent"; });
    CHECK(has_percent);
  }
  CHECK(eighty_seven);
  CHECK(seven);
  schemas.CheckAll();
}

TEST_CASE("cursor pagination walks every claim once, also while documents are ingested", "[api]") {
  ApiServer s;
  json seed = s.IngestSeed();
  SchemaBatch schemas;
  std::set<std::string> all;
  for (const auto& c : seed["claims"]) all.insert(c["id"]);
  REQUIRE(all.size() >= 4);

  std::vector<json> items = WalkAll(s, "/v1/claims?limit=2", &schemas, Component("ClaimPage"));
  std::set<std::string> seen;
  for (const auto& c : items) CHECK(seen.insert(c["id"].get<std::string>()).second);
  CHECK(seen == all);

  // Ingest a second article between two pages: no duplicates, nothing of the first lost.
  json first = s.GetJson("/v1/claims?limit=2");
  std::string next = first["next"];
  json other = {{"text",
                 "The finance minister said on Friday that inflation fell to 3% in May. "
                 "Opposition leaders claimed the figures were massaged before the vote."},
                {"published", "2025-06-13"}};
  auto r = s.Post("/v1/documents", other.dump(), "application/json");
  REQUIRE(r);
  REQUIRE(r->status == 201);
  seen.clear();
  for (const auto& c : first["items"]) seen.insert(c["id"].get<std::string>());
  for (const auto& c : WalkAll(s, next, nullptr, "")) CHECK(seen.insert(c["id"].get<std::string>()).second);
  for (const auto& id : all) CHECK(seen.count(id) == 1);
  schemas.CheckAll();
}

TEST_CASE("Maduro's timeline orders the Grenell visit, the letter and its publication by when they happened",
          "[api][seed]") {
  ApiServer s;
  s.IngestSeed();
  SchemaBatch schemas;
  std::vector<json> items = WalkAll(s, "/v1/actors/nicolas-maduro/timeline?limit=3", &schemas, Component("TimelinePage"));
  schemas.Add(Component("Actor"), s.GetJson("/v1/actors/nicolas-maduro"));
  auto index_of = [&](auto pred) {
    for (size_t i = 0; i < items.size(); ++i)
      if (pred(items[i])) return static_cast<long>(i);
    return -1L;
  };
  auto date = [](const json& it) { return it["date"].is_null() ? std::string() : it["date"].get<std::string>(); };
  long grenell = index_of([&](const json& it) { return date(it).rfind("2025-02", 0) == 0; });
  long letter = index_of([&](const json& it) { return date(it) == "2025-09-05"; });
  long telegram = index_of([&](const json& it) { return date(it) == "2025-09-22"; });
  INFO(json(items).dump(1).substr(0, 4000));
  REQUIRE(grenell >= 0);
  REQUIRE(letter >= 0);
  REQUIRE(telegram >= 0);
  CHECK(grenell < letter);
  CHECK(letter < telegram);
  CHECK(items[grenell]["precision"] == "month");
  CHECK(items[grenell]["vague"] == true);
  CHECK(items[letter]["precision"] == "day");
  // Dated items never follow undated ones.
  bool undated_seen = false;
  for (const auto& it : items) {
    if (it["undated"] == true) undated_seen = true;
    else CHECK_FALSE(undated_seen);
  }
  // from/to cut the timeline on the begin date.
  json sept = s.GetJson("/v1/actors/nicolas-maduro/timeline?from=2025-09&to=2025-09-30");
  schemas.Add(Component("TimelinePage"), sept);
  for (const auto& it : sept["items"]) CHECK(date(it).rfind("2025-09", 0) == 0);
  schemas.CheckAll();
}

TEST_CASE("check: 'Maduro said 87% of drugs go through the Pacific' is relayed, the UN study's figure", "[api][seed]") {
  ApiServer s;
  s.IngestSeed();
  SchemaBatch schemas;
  json req = {{"text", "Maduro said 87% of drugs go through the Pacific"}};
  auto r = s.Post("/v1/check", req.dump(), "application/json");
  REQUIRE(r);
  REQUIRE(r->status == 200);
  schemas.Add(Component("CheckResponse"), r->body);
  json j = json::parse(r->body);
  INFO(j.dump(1).substr(0, 4000));
  CHECK(j["speaker"] == "Maduro");
  REQUIRE(!j["matches"].empty());
  const json& best = j["matches"][0];
  CHECK(Contains(best["text"], "87%"));
  CHECK(j["verdict"] == "relayed");
  CHECK(best["verdict"] == "relayed");
  // The chain: the UN study (source) -> Maduro's letter -> Rodríguez's Telegram -> the article.
  std::string chain = best["chain"].dump();
  CHECK(Contains(chain, "UN"));
  CHECK(Contains(chain, "Rodr"));
  CHECK(best["target"]["selector"][1]["type"] == "TextPositionSelector");

  // Paraphrase, case and punctuation do not matter; the real speaker is named when someone else said it.
  json para = {{"text", "TRUMP SAID: the attack killed eleven members of a narco-terrorist cartel!"}};
  auto r2 = s.Post("/v1/check", para.dump(), "application/json");
  REQUIRE(r2);
  REQUIRE(r2->status == 200);
  schemas.Add(Component("CheckResponse"), r2->body);
  json j2 = json::parse(r2->body);
  REQUIRE(!j2["matches"].empty());
  CHECK(Contains(j2["matches"][0]["text"], "11 members"));

  json rubio = {{"text", "the attack killed 11 members of a cartel"}, {"speaker", "Rubio"}};
  auto r3 = s.Post("/v1/check", rubio.dump(), "application/json");
  REQUIRE(r3);
  json j3 = json::parse(r3->body);
  schemas.Add(Component("CheckResponse"), j3);
  CHECK(j3["verdict"] == "misattributed");

  json none = {{"text", "Maduro said the moon is made of cheese"}};
  auto r4 = s.Post("/v1/check", none.dump(), "application/json");
  REQUIRE(r4);
  json j4 = json::parse(r4->body);
  schemas.Add(Component("CheckResponse"), j4);
  CHECK(j4["verdict"] == "not_found");
  CHECK(j4["matches"].empty());
  schemas.CheckAll();
}

TEST_CASE("actors, events, graph and export answer over the seed", "[api][seed]") {
  ApiServer s;
  json seed = s.IngestSeed();
  SchemaBatch schemas;
  json found = s.GetJson("/v1/actors?q=maduro");
  schemas.Add(Component("ActorPage"), found);
  REQUIRE(!found["items"].empty());
  CHECK(found["items"][0]["id"] == "nicolas-maduro");
  schemas.Add(Component("ActorPage"), s.GetJson("/v1/actors?limit=3"));
  json spoke = s.GetJson("/v1/actors/delcy-rodriguez/claims?role=speaker");
  schemas.Add(Component("ClaimPage"), spoke);
  CHECK(!spoke["items"].empty());
  schemas.Add(Component("ClaimPage"), s.GetJson("/v1/actors/nicolas-maduro/claims?role=subject"));
  json events = s.GetJson("/v1/events?actor=nicolas-maduro");
  schemas.Add(Component("EventPage"), events);
  for (const auto& e : events["items"]) schemas.Add(Component("Event"), s.GetJson("/v1/events/" + e["id"].get<std::string>()));

  json hood = s.GetJson("/v1/graph/neighborhood?actor=nicolas-maduro&depth=2");
  schemas.Add(Component("Subgraph"), hood);
  CHECK(hood["nodes"].size() > 3);
  json path = s.GetJson("/v1/graph/path?from=nicolas-maduro&to=marco-rubio");
  schemas.Add(Component("Path"), path);
  CHECK(path["length"] >= 1);
  json central = s.GetJson("/v1/graph/central?limit=5");
  schemas.Add(Component("Central"), central);
  CHECK(!central["items"].empty());
  auto graphml = s.Get("/v1/graph/export?format=graphml");
  REQUIRE(graphml);
  CHECK(Contains(graphml->body, "<graphml"));
  auto dot = s.Get("/v1/graph/export?format=dot");
  REQUIRE(dot);
  CHECK(Contains(dot->body, "digraph"));

  auto nd = s.Get("/v1/export?format=ndjson");
  REQUIRE(nd);
  CHECK(nd->status == 200);
  CHECK(static_cast<size_t>(std::count(nd->body.begin(), nd->body.end(), '\n')) == seed["claims"].size());
  CHECK(SchemaErrors("claim", nd->body, true) == "");
  auto csv = s.Get("/v1/export?format=csv");
  REQUIRE(csv);
  CHECK(csv->body.rfind("id,document_id,kind,", 0) == 0);
  auto cr = s.Get("/v1/export?format=claimreview");
  REQUIRE(cr);
  json reviews = json::parse(cr->body);
  REQUIRE(reviews.size() == seed["claims"].size());
  CHECK(reviews[0]["@type"] == "ClaimReview");
  CHECK(reviews[0]["itemReviewed"]["@type"] == "Claim");
  schemas.CheckAll();
}
