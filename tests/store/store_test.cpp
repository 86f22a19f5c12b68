#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <rocksdb/db.h>

#include <algorithm>
#include <atomic>
#include <thread>

#include "core/store/keys.h"
#include "core/store/migrate.h"
#include "tests/store/fixtures.h"
#include "tests/store/helpers.h"
#include "tests/support.h"

using namespace claimkb;
using namespace claimkb::testing;

TEST_CASE("an ingested extraction reads back whole, also after reopening", "[store]") {
  TempDir dir;
  Article a = LetterArticle();
  {
    auto db = OpenStore(dir.str());
    auto r = db->Ingest(a.x());
    REQUIRE(r.ok());
    CHECK(r->stored);
    CHECK(r->claims == 5);
    CHECK(r->events == 2);
    CHECK(r->actors_new == 5);
  }
  auto db = OpenStore(dir.str());
  auto doc = db->GetDocument(a.id(), true);
  REQUIRE(doc.ok());
  CHECK(doc->text == a.x().document.text);
  CHECK(doc->url == kLetterUrl);
  CHECK(db->GetDocument(a.id())->text.empty());
  CHECK(*db->GetDocumentText(a.id()) == a.x().document.text);
  for (const auto& c : a.x().claims) {
    auto got = db->GetClaim(c.id);
    REQUIRE(got.ok());
    CHECK(*got == c);
  }
  CHECK(*db->GetEvent(a.EventId("letter")) == a.x().events[0]);
  CHECK(db->GetActor("delcy-rodriguez")->name == "Delcy Rodríguez");
  CHECK(db->GetClaim("c-nope").status().IsNotFound());
  auto stats = db->GetStats();
  REQUIRE(stats.ok());
  CHECK(stats->documents == 1);
  CHECK(stats->claims == 5);
  CHECK(stats->actors == 5);
  CHECK(stats->events == 2);
  CHECK(stats->edges == a.x().edges.size());
  CHECK(stats->disk_bytes > 0);
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("claims of a document come in text order", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  Article a = LetterArticle();
  std::reverse(a.x().claims.begin(), a.x().claims.end());
  REQUIRE(db->Ingest(a.x()).ok());
  auto claims = db->ClaimsOfDocument(a.id());
  REQUIRE(claims.ok());
  REQUIRE(claims->size() == 5);
  for (size_t i = 1; i < claims->size(); ++i) CHECK((*claims)[i - 1].span.start < (*claims)[i].span.start);
  CHECK(db->ClaimsOfDocument("d-missing").status().IsNotFound());
}

TEST_CASE("re-ingesting the same document is a no-op", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  Article a = LetterArticle();
  REQUIRE(db->Ingest(a.x())->stored);
  const std::string before = ExportOf(*db);
  a.x().document.ingested.clear();  // a second run would carry a new time
  auto again = db->Ingest(a.x());
  REQUIRE(again.ok());
  CHECK_FALSE(again->stored);
  CHECK(again->document_id == a.id());
  CHECK(ExportOf(*db) == before);
}

TEST_CASE("a changed version of a URL is a new document linked to the old one", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  Article v1 = LetterArticle();
  Article v2 = LetterArticle("\n\nThis article was updated with a correction.");
  REQUIRE(v1.id() != v2.id());
  REQUIRE(db->Ingest(v1.x())->stored);
  auto r = db->Ingest(v2.x());
  REQUIRE(r.ok());
  CHECK(r->stored);
  CHECK(r->previous_version == v1.id());
  CHECK(db->GetDocument(v2.id())->previous_version == v1.id());
  CHECK(db->GetDocument(v1.id()).ok());
  CHECK(db->ClaimsOfDocument(v1.id())->size() == 5);
  auto versions = db->DocumentVersions(kLetterUrl);
  REQUIRE(versions.ok());
  REQUIRE(versions->size() == 2);
  CHECK((*versions)[0].id == v1.id());
  CHECK((*versions)[1].id == v2.id());
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("actors seen in several documents merge aliases and titles", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  REQUIRE(db->Ingest(LetterArticle().x()).ok());
  auto r = db->Ingest(StrikeArticle().x());
  REQUIRE(r.ok());
  CHECK(r->actors_new == 0);
  CHECK(r->actors_merged == 2);
  auto maduro = db->GetActor("nicolas-maduro");
  REQUIRE(maduro.ok());
  CHECK(maduro->name == "Nicolás Maduro");  // the first name stays canonical
  CHECK(maduro->aliases == std::vector<std::string>{"Maduro", "Nicolas Maduro Moros"});
  CHECK(maduro->titles == std::vector<std::string>{"President", "Venezuelan leader"});
  auto found = db->SearchActors("moros", 5);
  REQUIRE(found.ok());
  REQUIRE(found->size() == 1);
  CHECK((*found)[0].id == "nicolas-maduro");
  CHECK(db->GetStats()->actors == 5);
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("an extraction that fails validation leaves nothing behind", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  SECTION("a claim citing an unknown actor") {
    Article a = LetterArticle();
    a.x().claims.back().attribution.speakers.push_back("nobody-known");
    auto r = db->Ingest(a.x());
    CHECK(r.status().IsInvalidArgument());
    CHECK(r.status().message().find("nobody-known") != std::string::npos);
  }
  SECTION("a span beyond the text") {
    Article a = LetterArticle();
    a.x().claims[2].span.end = 1u << 20;
    CHECK(db->Ingest(a.x()).status().IsInvalidArgument());
  }
  SECTION("a claim of another document") {
    Article a = LetterArticle();
    a.x().claims[1].document_id = "d-other";
    CHECK(db->Ingest(a.x()).status().IsInvalidArgument());
  }
  SECTION("two claims with one id") {
    Article a = LetterArticle();
    a.x().claims[1].id = a.x().claims[0].id;
    CHECK(db->Ingest(a.x()).status().IsInvalidArgument());
  }
  auto stats = db->GetStats();
  CHECK(stats->documents == 0);
  CHECK(stats->actors == 0);
  CHECK(db->GetActor("nicolas-maduro").status().IsNotFound());
  CHECK(db->ListClaims({}, "", 10)->items.empty());
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("a write the file system refuses fails its ingest, not the process, and loses nothing stored", "[store]") {
  TempDir dir;
  Article kept = LetterArticle();
  Article refused = StrikeArticle();
  {
    auto db = OpenStore(dir.str());
    REQUIRE(db->Ingest(kept.x()).ok());
    {
      const FileSizeLimit full(1);
      for (int attempt = 0; attempt < 3; ++attempt) {
        auto r = db->Ingest(refused.x());
        REQUIRE_FALSE(r.ok());
        CHECK(r.status().IsIOError());
      }
      CHECK(db->GetClaim(kept.x().claims[0].id).ok());
    }
  }
  auto db = OpenStore(dir.str());
  CHECK(db->GetDocument(kept.id()).ok());
  CHECK(db->GetDocument(refused.id()).status().IsNotFound());
  CHECK(CheckOf(*db).empty());
  REQUIRE(db->Ingest(refused.x()).ok());
  CHECK(db->GetStats()->documents == 2);
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("a claim id taken by another document is a conflict", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  Article a = LetterArticle();
  REQUIRE(db->Ingest(a.x()).ok());
  Article b = StrikeArticle();
  b.x().claims[0].id = a.x().claims[0].id;
  CHECK(db->Ingest(b.x()).status().IsConflict());
  CHECK(db->GetDocument(b.id()).status().IsNotFound());
}

TEST_CASE("a store open elsewhere gives a clear error", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  auto second = store::Store::Open(dir.str());
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().code() == Status::Code::kBusy);
  CHECK(second.status().message().find("already open") != std::string::npos);
  // A read-only open does not need the lock.
  store::Options ro;
  ro.read_only = true;
  auto reader = store::Store::Open(dir.str(), ro);
  REQUIRE(reader.ok());
  CHECK((*reader)->Ingest(LetterArticle().x()).status().code() == Status::Code::kUnsupported);
}

namespace {

// Rewrites the schema version a store records, as another claimkb would have.
void WriteSchemaVersion(const std::string& dir, uint32_t version) {
  rocksdb::Options o;
  std::vector<std::string> names;
  REQUIRE(rocksdb::DB::ListColumnFamilies(o, dir, &names).ok());
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (const auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  REQUIRE(rocksdb::DB::Open(o, dir, descs, &handles, &raw).ok());
  REQUIRE(raw->Put(rocksdb::WriteOptions(), "format", store::keys::EncodeFormat(version)).ok());
  for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
  delete raw;
}

}  // namespace

TEST_CASE("a store written by another schema version is refused with the way forward", "[store]") {
  TempDir dir;
  { OpenStore(dir.str()); }
  WriteSchemaVersion(dir.str(), store::keys::kSchemaVersion + 1);
  auto newer = store::Store::Open(dir.str());
  REQUIRE_FALSE(newer.ok());
  CHECK(newer.status().code() == Status::Code::kUnsupported);
  CHECK(newer.status().message().find("newer") != std::string::npos);

  WriteSchemaVersion(dir.str(), store::kOldestMigratable - 1);
  auto older = store::Store::Open(dir.str());
  REQUIRE_FALSE(older.ok());
  CHECK(older.status().code() == Status::Code::kUnsupported);
  CHECK(older.status().message().find("claimkb export") != std::string::npos);
}

TEST_CASE("opening fails clearly where the store cannot be", "[store]") {
  TempDir dir;
  store::Options no_create;
  no_create.create_if_missing = false;
  CHECK(store::Store::Open((dir.path() / "absent").string(), no_create).status().IsNotFound());
  if (::geteuid() == 0) return;  // root ignores permissions
  auto locked = dir.path() / "locked";
  std::filesystem::create_directories(locked);
  ::chmod(locked.c_str(), 0500);
  auto s = store::Store::Open((locked / "db").string());
  ::chmod(locked.c_str(), 0700);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().IsIOError());
}

TEST_CASE("readers and writers run concurrently", "[store]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  REQUIRE(db->Ingest(LetterArticle().x()).ok());
  std::atomic<bool> done{false};
  std::atomic<int> bad{0};
  std::thread reader([&] {
    while (!done) {
      auto page = db->ListClaims({}, "", 100);
      // A snapshot sees whole documents only: 5 claims per letter version.
      if (!page.ok() || page->items.size() % 5 != 0) ++bad;
      if (!db->GetActor("nicolas-maduro").ok()) ++bad;
    }
  });
  std::vector<std::thread> writers;
  for (int w = 0; w < 2; ++w)
    writers.emplace_back([&, w] {
      for (int i = 0; i < 5; ++i) {
        Article v = LetterArticle("\n\nUpdate " + std::to_string(w) + "-" + std::to_string(i) + ".");
        if (!db->Ingest(v.x()).ok()) ++bad;
      }
    });
  for (auto& t : writers) t.join();
  done = true;
  reader.join();
  CHECK(bad == 0);
  CHECK(db->GetStats()->documents == 11);
  CHECK(db->DocumentVersions(kLetterUrl)->size() == 11);
  CHECK(CheckOf(*db).empty());
}

// Ingest copies an extraction only when it must fill in document ids; both
// paths must store the same records and report the same derived edges.
TEST_CASE("claims and events are stored with their document id whether or not the extraction set it", "[store]") {
  TempDir bare_dir, set_dir;
  auto bare = OpenStore(bare_dir.str());
  auto set = OpenStore(set_dir.str());
  for (Article a : {LetterArticle(), StrikeArticle(), LetterArticle("\n\nThe letter was read aloud.")}) {
    model::Extraction without_ids = a.x(), with_ids = a.x();
    for (auto& c : without_ids.claims) c.document_id.clear();
    for (auto& e : without_ids.events) e.document_id.clear();
    for (auto& c : with_ids.claims) c.document_id = with_ids.document.id;
    for (auto& e : with_ids.events) e.document_id = with_ids.document.id;
    auto r1 = bare->Ingest(without_ids);
    auto r2 = set->Ingest(with_ids);
    REQUIRE(r1.ok());
    REQUIRE(r2.ok());
    CHECK(r1->derived_edges == r2->derived_edges);
    CHECK(r1->edges == r2->edges);
    for (const auto& e : r1->derived_edges) {
      CHECK(std::find(with_ids.edges.begin(), with_ids.edges.end(), e) == with_ids.edges.end());
      auto out = bare->EdgesFrom(e.from);
      REQUIRE(out.ok());
      CHECK(std::find(out->begin(), out->end(), e) != out->end());
    }
    for (const auto& c : with_ids.claims) CHECK(*bare->GetClaim(c.id) == *set->GetClaim(c.id));
    for (const auto& e : with_ids.events) CHECK(*bare->GetEvent(e.id) == e);
  }
  CHECK(bare->GetStats()->edges == set->GetStats()->edges);
  CHECK(CheckOf(*bare).empty());
  CHECK(CheckOf(*set).empty());
}

TEST_CASE("RocksDB statistics are collected only when asked for", "[store]") {
  TempDir plain_dir, stats_dir;
  store::Options o;
  o.engine_statistics = true;
  auto plain = OpenStore(plain_dir.str());
  auto counted = OpenStore(stats_dir.str(), o);
  REQUIRE(plain->Ingest(LetterArticle().x()).ok());
  REQUIRE(counted->Ingest(LetterArticle().x()).ok());
  CHECK(plain->EngineStatistics().empty());
  const auto stats = counted->EngineStatistics();
  REQUIRE(stats.count("rocksdb.number.keys.written"));
  CHECK(stats.at("rocksdb.number.keys.written") > 30);
  CHECK(stats.at("rocksdb.db.write.micros.count") >= 1);
}
