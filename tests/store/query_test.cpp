#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <set>
#include <sstream>

#include "tests/store/fixtures.h"
#include "tests/store/helpers.h"
#include "tests/support.h"

// Queries are written with designated initializers naming only the filters that apply.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

std::vector<std::string> Ids(const std::vector<model::Claim>& v) {
  std::vector<std::string> out;
  for (const auto& c : v) out.push_back(c.id);
  return out;
}

std::vector<std::string> ClaimIds(const store::Store& db, const store::ClaimQuery& q) {
  auto page = db.ListClaims(q, "", 1000);
  INFO(page.status().ToString());
  REQUIRE(page.ok());
  CHECK(page->next_cursor.empty());
  return Ids(page->items);
}

// Walks every page of a claim listing.
std::vector<std::string> WalkClaims(const store::Store& db, const store::ClaimQuery& q, size_t limit) {
  std::vector<std::string> out;
  std::string cursor;
  for (int pages = 0; pages < 1000; ++pages) {
    auto page = db.ListClaims(q, cursor, limit);
    REQUIRE(page.ok());
    CHECK(page->items.size() <= limit);
    for (const auto& c : page->items) out.push_back(c.id);
    if (page->next_cursor.empty()) break;
    cursor = page->next_cursor;
  }
  return out;
}

struct Fixture {
  TempDir dir;
  std::unique_ptr<store::Store> db = OpenStore(dir.str());
  Article letter = LetterArticle();
  Article strike = StrikeArticle();
  // Claims of the letter in fixture order: 0 Rodríguez on the letter, 1 the UN
  // study relayed, 2 Rubio on sanctions, 3 Trump and Rubio's accusation, 4 pressure in September.
  std::string L(int i) const { return letter.x().claims[i].id; }
  std::string S(int i) const { return strike.x().claims[i].id; }
};

}  // namespace

TEST_CASE("a timeline is ordered by when things happened, not by publication", "[store][query]") {
  Fixture f;
  // The later article is ingested first; its strike happened before the letter.
  REQUIRE(f.db->Ingest(f.strike.x()).ok());
  REQUIRE(f.db->Ingest(f.letter.x()).ok());

  auto maduro = f.db->Timeline("nicolas-maduro", "", "", "", 100);
  REQUIRE(maduro.ok());
  std::vector<std::string> got;
  for (const auto& item : maduro->items) got.push_back(item.id);
  std::vector<std::string> same_day = {f.L(1), f.L(3)};
  std::sort(same_day.begin(), same_day.end());
  std::vector<std::string> want = {f.letter.EventId("sanctions"), f.L(4), f.letter.EventId("letter"), f.L(0),
                                   same_day[0], same_day[1], f.S(1)};
  CHECK(got == want);
  // A month is a month, not its first day.
  CHECK(maduro->items[0].time.value == "2025-02");
  CHECK(maduro->items[0].time.precision == model::Precision::kMonth);
  CHECK(maduro->items[0].roles == std::vector<store::Role>{store::Role::kPatient});
  CHECK(maduro->items[0].kind == store::ItemKind::kEvent);

  auto trump = f.db->Timeline("donald-trump", "", "", "", 100);
  REQUIRE(trump.ok());
  got.clear();
  for (const auto& item : trump->items) got.push_back(item.id);
  CHECK(got == std::vector<std::string>{f.strike.EventId("strike"), f.S(0), f.letter.EventId("letter"), f.L(0), f.L(3)});
  CHECK(trump->items[4].roles == std::vector<store::Role>{store::Role::kSpeaker});
  CHECK(trump->items[4].label == "Maduro runs a cartel");

  auto window = f.db->Timeline("nicolas-maduro", "2025-09", "2025-09-05", "", 100);
  REQUIRE(window.ok());
  got.clear();
  for (const auto& item : window->items) got.push_back(item.id);
  CHECK(got == std::vector<std::string>{f.L(4), f.letter.EventId("letter"), f.L(0)});

  CHECK(f.db->Timeline("nobody", "", "", "", 10).status().IsNotFound());
  CHECK(f.db->Timeline("nicolas-maduro", "Sept 2025", "", "", 10).status().IsInvalidArgument());
}

TEST_CASE("claim filters pick the right claims", "[store][query]") {
  Fixture f;
  REQUIRE(f.db->Ingest(f.letter.x()).ok());
  REQUIRE(f.db->Ingest(f.strike.x()).ok());
  using Q = store::ClaimQuery;

  CHECK(ClaimIds(*f.db, Q{.speaker = "marco-rubio"}) == std::vector<std::string>{f.L(2), f.L(3)});
  CHECK(ClaimIds(*f.db, Q{.speaker = "delcy-rodriguez", .q = "PRESSURE"}) == std::vector<std::string>{f.L(4)});
  CHECK(ClaimIds(*f.db, Q{.unit = "percent"}) == std::vector<std::string>{f.L(1)});
  CHECK(ClaimIds(*f.db, Q{.unit = "people"}) == std::vector<std::string>{f.S(0)});
  CHECK(ClaimIds(*f.db, Q{.q = "pacific Cocaine"}) == std::vector<std::string>{f.L(1)});
  CHECK(ClaimIds(*f.db, Q{.q = "nicolas"}) == std::vector<std::string>{f.L(0)});  // accent-insensitive
  CHECK(ClaimIds(*f.db, Q{.document = f.letter.id(), .kind = model::AttributionKind::kDirect}).empty());
  CHECK(ClaimIds(*f.db, Q{.kind = model::AttributionKind::kIndirect}).size() == 7);
  CHECK(ClaimIds(*f.db, Q{.from = "2025-09-01", .to = "2025-09-10"}) ==
        std::vector<std::string>{f.L(4), f.S(0), f.L(0)});
  CHECK(ClaimIds(*f.db, Q{.from = "2025-09-22", .document = f.letter.id()}) ==
        std::vector<std::string>{f.L(1), f.L(3)});

  auto by_actor = ClaimIds(*f.db, Q{.actor = "nicolas-maduro"});
  std::set<std::string> want = {f.L(0), f.L(1), f.L(3), f.L(4), f.S(1)};
  CHECK(std::set<std::string>(by_actor.begin(), by_actor.end()) == want);
  CHECK(by_actor.size() == want.size());
  CHECK(by_actor.front() == f.L(4));  // September (a month) comes before September 5

  CHECK(f.db->ListClaims(Q{.from = "last week"}, "", 10).status().IsInvalidArgument());
  CHECK(f.db->ListClaims(Q{.to = "2025-13"}, "", 10).ok());  // shape checked, not the calendar
  CHECK(f.db->ListClaims(Q{}, "", 0).status().IsInvalidArgument());
}

TEST_CASE("paging through claims misses nothing and repeats nothing", "[store][query]") {
  Fixture f;
  REQUIRE(f.db->Ingest(f.letter.x()).ok());
  REQUIRE(f.db->Ingest(f.strike.x()).ok());
  using Q = store::ClaimQuery;
  for (const Q& q : {Q{}, Q{.actor = "nicolas-maduro"}, Q{.from = "2025"}, Q{.document = f.letter.id()},
                     Q{.speaker = "delcy-rodriguez"}, Q{.q = "the"}}) {
    const auto all = ClaimIds(*f.db, q);
    REQUIRE_FALSE(all.empty());
    for (size_t limit : {1, 2, 3, 100}) {
      INFO("limit " << limit);
      CHECK(WalkClaims(*f.db, q, limit) == all);
    }
  }
}

TEST_CASE("a cursor stays valid while documents are ingested", "[store][query]") {
  Fixture f;
  REQUIRE(f.db->Ingest(f.letter.x()).ok());
  auto first = f.db->ListClaims({}, "", 2);
  REQUIRE(first.ok());
  REQUIRE_FALSE(first->next_cursor.empty());
  REQUIRE(f.db->Ingest(f.strike.x()).ok());
  std::vector<std::string> seen = Ids(first->items);
  std::string cursor = first->next_cursor;
  while (!cursor.empty()) {
    auto page = f.db->ListClaims({}, cursor, 2);
    REQUIRE(page.ok());
    for (const auto& c : page->items) seen.push_back(c.id);
    cursor = page->next_cursor;
  }
  std::set<std::string> unique(seen.begin(), seen.end());
  CHECK(unique.size() == seen.size());
  for (const auto& c : f.letter.x().claims) CHECK(unique.count(c.id) == 1);
  CHECK(std::is_sorted(seen.begin(), seen.end()));
}

TEST_CASE("a forged or foreign cursor is InvalidArgument, never a crash", "[store][query]") {
  Fixture f;
  REQUIRE(f.db->Ingest(f.letter.x()).ok());
  using Q = store::ClaimQuery;
  auto rubio = f.db->ListClaims(Q{.speaker = "marco-rubio"}, "", 1);
  REQUIRE(rubio.ok());
  REQUIRE_FALSE(rubio->next_cursor.empty());
  // The same index, another actor: the cursor does not belong to this listing.
  CHECK(f.db->ListClaims(Q{.speaker = "donald-trump"}, rubio->next_cursor, 1).status().IsInvalidArgument());
  auto timeline = f.db->Timeline("nicolas-maduro", "", "", "", 1);
  REQUIRE(timeline.ok());
  CHECK(f.db->ListClaims(Q{}, timeline->next_cursor, 1).status().IsInvalidArgument());
  CHECK(f.db->Timeline("nicolas-maduro", "", "", "%%%", 1).status().IsInvalidArgument());
  CHECK(f.db->ListDocuments("AQ", 1).status().IsInvalidArgument());  // a bare version byte
  std::string truncated = rubio->next_cursor.substr(0, rubio->next_cursor.size() - 3);
  CHECK(f.db->ListClaims(Q{.speaker = "marco-rubio"}, truncated, 1).status().IsInvalidArgument());

  std::mt19937 rng(7);
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=/+";
  for (int i = 0; i < 300; ++i) {
    std::string junk(rng() % 40, 'A');
    for (char& c : junk) c = alphabet[rng() % alphabet.size()];
    auto r = f.db->ListClaims(Q{.actor = "nicolas-maduro"}, junk, 3);
    CHECK((r.ok() || r.status().IsInvalidArgument()));
  }
}

TEST_CASE("actor search matches names, aliases and words by prefix", "[store][query]") {
  Fixture f;
  Article extra("https://example.net/foundation", "2025-09-24",
                "The Rubio Foundation said it had no comment on the sanctions.");
  extra.Actor("rubio-foundation", "Rubio Foundation", model::ActorType::kOrganization, {});
  extra.Claim("it had no comment on the sanctions", {"rubio-foundation"});
  REQUIRE(f.db->Ingest(f.letter.x()).ok());
  REQUIRE(f.db->Ingest(extra.x()).ok());

  auto ids = [&](std::string_view q) {
    std::vector<std::string> out;
    auto r = f.db->SearchActors(q, 10);
    REQUIRE(r.ok());
    for (const auto& a : *r) out.push_back(a.id);
    return out;
  };
  CHECK(ids("mad") == std::vector<std::string>{"nicolas-maduro"});
  CHECK(ids("RODRIGUEZ") == std::vector<std::string>{"delcy-rodriguez"});
  CHECK(ids("marco r") == std::vector<std::string>{"marco-rubio"});
  // An exact alias beats a longer name that starts with the same word.
  CHECK(ids("rubio") == std::vector<std::string>{"marco-rubio", "rubio-foundation"});
  CHECK(ids("UN study") == std::vector<std::string>{"un-study"});
  CHECK(ids("zzz").empty());
  CHECK(f.db->SearchActors(" -- ", 10).status().IsInvalidArgument());
}

TEST_CASE("actor claims by role, events, and edges", "[store][query]") {
  Fixture f;
  REQUIRE(f.db->Ingest(f.letter.x()).ok());
  auto via = f.db->ActorClaims("nicolas-maduro", store::Role::kVia, "", 10);
  REQUIRE(via.ok());
  CHECK(Ids(via->items) == std::vector<std::string>{f.L(1)});
  auto spoke = f.db->ActorClaims("marco-rubio", store::Role::kSpeaker, "", 10);
  REQUIRE(spoke.ok());
  CHECK(Ids(spoke->items) == std::vector<std::string>{f.L(2), f.L(3)});
  CHECK(f.db->ActorClaims("marco-rubio", store::Role::kAgent, "", 10).status().IsInvalidArgument());
  CHECK(f.db->ActorClaims("nobody", store::Role::kSpeaker, "", 10).status().IsNotFound());

  auto events = f.db->ListEvents("nicolas-maduro", "", "", "", 10);
  REQUIRE(events.ok());
  REQUIRE(events->items.size() == 2);
  CHECK(events->items[0].id == f.letter.EventId("sanctions"));
  auto september = f.db->ListEvents("", "2025-09", "", "", 10);
  REQUIRE(september.ok());
  REQUIRE(september->items.size() == 1);
  CHECK(september->items[0].id == f.letter.EventId("letter"));
  CHECK(f.db->ListEvents("", "", "", "", 10)->items.size() == 2);

  auto out = f.db->EdgesFrom(f.L(0));
  REQUIRE(out.ok());
  std::set<std::string> kinds;
  for (const auto& e : *out) kinds.insert(std::string(model::ToString(e.type)) + ":" + e.to);
  CHECK(kinds == std::set<std::string>{"said_by:delcy-rodriguez", "reported_in:" + f.letter.id(),
                                       "mentions:nicolas-maduro", "mentions:donald-trump"});
  auto in = f.db->EdgesTo("nicolas-maduro");
  REQUIRE(in.ok());
  CHECK(in->size() == 3);  // mentioned by three claims
  for (const auto& e : *in) CHECK(e.to == "nicolas-maduro");
}

// Schema 5 keys edges by their source: a node's out-edges are one scan of
// the edges family, and a document's own edges are found from its nodes.
TEST_CASE("an edge two documents bring is listed once from either end and kept by both", "[store][query]") {
  Fixture f;
  model::Extraction a = f.letter.x(), b = f.strike.x();
  const model::Edge same{model::EdgeType::kSameAs, "nicolas-maduro", "donald-trump", "one alias list"};
  a.edges.push_back(same);
  b.edges.push_back(same);
  REQUIRE(f.db->Ingest(a).ok());
  REQUIRE(f.db->Ingest(b).ok());
  auto count = [&](const std::vector<model::Edge>& edges) {
    return std::count(edges.begin(), edges.end(), same);
  };
  auto out = f.db->EdgesFrom("nicolas-maduro");
  REQUIRE(out.ok());
  CHECK(count(*out) == 1);
  for (const auto& e : *out) CHECK(e.from == "nicolas-maduro");
  auto in = f.db->EdgesTo("donald-trump");
  REQUIRE(in.ok());
  CHECK(count(*in) == 1);
  std::map<std::string, size_t> kept;
  REQUIRE(f.db->ForEachExtraction([&](const model::Extraction& x) {
                kept[x.document.id] = count(x.edges);
                CHECK(x.edges.size() == (x.document.id == a.document.id ? a.edges.size() : b.edges.size()));
                return true;
              }).ok());
  CHECK(kept == std::map<std::string, size_t>{{a.document.id, 1}, {b.document.id, 1}});
  auto problems = f.db->Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
}

TEST_CASE("documents list in pages and the graph can load everything", "[store][query]") {
  Fixture f;
  REQUIRE(f.db->Ingest(f.letter.x()).ok());
  REQUIRE(f.db->Ingest(f.strike.x()).ok());
  auto p1 = f.db->ListDocuments("", 1);
  REQUIRE(p1.ok());
  REQUIRE(p1->items.size() == 1);
  auto p2 = f.db->ListDocuments(p1->next_cursor, 1);
  REQUIRE(p2.ok());
  REQUIRE(p2->items.size() == 1);
  CHECK(p2->next_cursor.empty());
  CHECK(p1->items[0].id < p2->items[0].id);
  CHECK(p1->items[0].text.empty());

  size_t n = 0;
  REQUIRE(f.db->ForEachExtraction([&](const model::Extraction& x) {
                const Article& src = x.document.id == f.letter.id() ? f.letter : f.strike;
                CHECK(x.document.text == src.x().document.text);
                CHECK(x.claims.size() == src.x().claims.size());
                CHECK(x.events.size() == src.x().events.size());
                CHECK(x.edges.size() == src.x().edges.size());
                for (const auto& a : x.actors) CHECK_FALSE(a.name.empty());
                ++n;
                return true;
              }).ok());
  CHECK(n == 2);
}

namespace {

// Thirty outlets repeat one sentence; the one ingested 25th was published first.
struct Repeated {
  TempDir dir;
  std::unique_ptr<store::Store> db;
  std::vector<std::string> claims;
  static constexpr size_t kArticles = 30;
  static constexpr const char* kContent = "the harbour would reopen to cargo ships on Monday after repairs";
};

void IngestRepeated(Repeated* r) {
  r->db = OpenStore(r->dir.path().string());
  for (size_t i = 0; i < Repeated::kArticles; ++i) {
    const std::string published = i == 24 ? "2025-08-01" : "2025-09-" + std::to_string(10 + i % 18);
    Article a("https://outlet" + std::to_string(i % 5) + ".example.com/story-" + std::to_string(i), published,
              "Dispatch number " + std::to_string(i) + " from the coast. The port authority said " +
                  Repeated::kContent + ".");
    a.x().document.publisher = "Outlet " + std::to_string(i % 5);
    r->claims.push_back(a.Claim(Repeated::kContent, {}).id);
    auto res = r->db->Ingest(a.x());
    INFO(res.status().ToString());
    REQUIRE(res.ok());
  }
}

}  // namespace

TEST_CASE("a proposition restated by many outlets reads a bounded summary", "[store][propositions]") {
  Repeated r;
  IngestRepeated(&r);
  const std::string id = r.db->PropositionOf(r.claims.front()).value();
  for (const auto& c : r.claims) CHECK(r.db->PropositionOf(c).value() == id);

  auto p = r.db->GetProposition(id);
  INFO(p.status().ToString());
  REQUIRE(p.ok());
  CHECK(p->total == Repeated::kArticles);
  CHECK(p->publishers == 5);
  CHECK_FALSE(p->publishers_capped);
  CHECK(p->first.claim_id == r.claims[24]);
  CHECK(p->first_seen == "2025-08-01");
  CHECK(p->last_seen == "2025-09-27");
  CHECK(p->text == Repeated::kContent);
  REQUIRE(p->appearances.size() == store::Summary::kSample + 1);  // the first ingested, and the first published
  CHECK(p->appearances.front().claim_id == r.claims[24]);
  for (size_t i = 1; i < p->appearances.size(); ++i)
    CHECK(p->appearances[i - 1].published <= p->appearances[i].published);

  auto bare = r.db->GetProposition(id, 0);
  REQUIRE(bare.ok());
  CHECK(bare->appearances.empty());
  CHECK(bare->first.claim_id == r.claims[24]);
  CHECK(CheckOf(*r.db).empty());
}

TEST_CASE("proposition members page through every appearance once", "[store][propositions]") {
  Repeated r;
  IngestRepeated(&r);
  const std::string id = r.db->PropositionOf(r.claims.front()).value();
  std::vector<std::string> seen;
  std::string cursor, first_cursor;
  for (int pages = 0; pages < 100; ++pages) {
    auto page = r.db->PropositionMembers(id, cursor, 7);
    INFO(page.status().ToString());
    REQUIRE(page.ok());
    CHECK(page->items.size() <= 7);
    for (const auto& a : page->items) seen.push_back(a.claim_id);
    cursor = page->next_cursor;
    if (first_cursor.empty()) first_cursor = cursor;
    if (cursor.empty()) break;
  }
  CHECK(cursor.empty());
  std::vector<std::string> want = r.claims;
  std::sort(want.begin(), want.end());
  CHECK(seen == want);  // by claim id, none twice

  CHECK(r.db->PropositionMembers("p-0000000000000000", "", 7).status().IsNotFound());
  CHECK(r.db->PropositionMembers(id, "bogus", 7).status().IsInvalidArgument());
  // A cursor of one proposition is no cursor of another.
  CHECK(r.db->PropositionMembers("p-0000000000000000", first_cursor, 7).status().IsInvalidArgument());
}

TEST_CASE("an imported store, without summaries, reads the same proposition", "[store][propositions]") {
  Repeated r;
  IngestRepeated(&r);
  const std::string id = r.db->PropositionOf(r.claims.front()).value();
  std::istringstream src(ExportOf(*r.db));
  TempDir dir2;
  auto copy = OpenStore(dir2.path().string());
  REQUIRE(copy->Import(src).ok());
  auto a = r.db->GetProposition(id);
  auto b = copy->GetProposition(id);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(b->total == a->total);
  CHECK(b->publishers == a->publishers);
  CHECK(b->first.claim_id == a->first.claim_id);
  CHECK(b->last_seen == a->last_seen);
  CHECK(CheckOf(*copy).empty());
}

// CLAIMKB_BENCH_STORE=DIR (a copy: opening may compact it): claim-by-id and
// proposition read latencies over a real store.
TEST_CASE("claim and proposition read latency of a store", "[.bench]") {
  const char* dir = std::getenv("CLAIMKB_BENCH_STORE");
  if (!dir) {
    WARN("CLAIMKB_BENCH_STORE not set");
    return;
  }
  store::Options o;
  if (const char* mb = std::getenv("CLAIMKB_BENCH_CACHE_MB")) o.block_cache_mb = std::stoul(mb);
  o.create_if_missing = false;
  auto db = OpenStore(dir, o);
  std::vector<std::string> ids;
  std::string cursor;
  do {
    auto page = db->ListClaims({}, cursor, 1000);
    REQUIRE(page.ok());
    for (const auto& c : page->items) ids.push_back(c.id);
    cursor = page->next_cursor;
  } while (!cursor.empty() && ids.size() < 200000);
  std::mt19937 rng(7);
  std::shuffle(ids.begin(), ids.end(), rng);
  ids.resize(std::min<size_t>(ids.size(), 5000));
  auto percentiles = [](const char* what, std::vector<double> us) {
    std::sort(us.begin(), us.end());
    std::printf("%s: n=%zu p50=%.1f us p99=%.1f us max=%.1f us\n", what, us.size(), us[us.size() / 2],
                us[us.size() * 99 / 100], us.back());
  };
  std::vector<double> claim_us, prop_us;
  for (const auto& id : ids) {
    auto t0 = std::chrono::steady_clock::now();
    REQUIRE(db->GetClaim(id).ok());
    auto t1 = std::chrono::steady_clock::now();
    if (auto p = db->PropositionOf(id); p.ok()) REQUIRE(db->GetProposition(*p, 0).ok());
    auto t2 = std::chrono::steady_clock::now();
    claim_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    prop_us.push_back(std::chrono::duration<double, std::micro>(t2 - t1).count());
  }
  std::string largest;
  size_t largest_total = 0;
  for (size_t i = 0; i < ids.size() && i < 1000; ++i)
    if (auto p = db->PropositionOf(ids[i]); p.ok())
      if (auto got = db->GetProposition(*p, 0); got.ok() && got->total > largest_total) {
        largest_total = got->total;
        largest = *p;
      }
  if (!largest.empty()) {
    std::vector<double> full_us;
    for (int i = 0; i < 20; ++i) {
      auto t0 = std::chrono::steady_clock::now();
      REQUIRE(db->GetProposition(largest).ok());
      full_us.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    }
    std::printf("largest proposition sampled: %zu members\n", largest_total);
    percentiles("GetProposition of it", full_us);
  }
  std::printf("store %s, %zu MB cache: %zu claims sampled\n", dir, o.block_cache_mb, ids.size());
  percentiles("GetClaim", claim_us);
  percentiles("proposition ref", prop_us);
}
