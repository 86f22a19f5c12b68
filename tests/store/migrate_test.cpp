#include <catch2/catch.hpp>

#include <rocksdb/db.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/store/keys.h"
#include "core/store/migrate.h"
#include "core/store/values.h"
#include "tests/store/fixtures.h"
#include "tests/store/helpers.h"
#include "tests/support.h"

using namespace claimkb;
using namespace claimkb::testing;
namespace keys = claimkb::store::keys;

namespace {

// The store's RocksDB opened directly, to lay it out as an older claimkb did.
struct RawStore {
  explicit RawStore(const std::string& dir) {
    rocksdb::Options o;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(o, dir, &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descs;
    for (const auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(o, dir, descs, &handles, &raw).ok());
    db.reset(raw);
  }
  ~RawStore() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  }
  rocksdb::ColumnFamilyHandle* cf(keys::Cf c) {
    for (auto* h : handles)
      if (h->GetName() == keys::CfName(c)) return h;
    FAIL("no column family " << keys::CfName(c));
    return nullptr;
  }
  std::vector<std::pair<std::string, std::string>> Entries(keys::Cf c) {
    std::vector<std::pair<std::string, std::string>> out;
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf(c)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) out.emplace_back(it->key().ToString(), it->value().ToString());
    return out;
  }

  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
};

std::string SchemaFourEdgeKey(const keys::EdgeKey& k) {
  std::string out;
  keys::PutStr(&out, k.owner);
  keys::PutU8(&out, static_cast<uint8_t>(k.type));
  keys::PutStr(&out, k.from);
  keys::PutStr(&out, k.to);
  return out;
}

// The claim entries of idx_timeline and idx_said, key tagged with the family.
// As they are if `schema` is 0, else as that schema version wrote them: 5,
// every entry with the claim's text and document; 6, none; 7, the entries of
// an actor (not those of actor "", every claim).
std::vector<std::pair<std::string, std::string>> ClaimEntries(RawStore& raw, uint32_t schema = 0) {
  std::vector<std::pair<std::string, std::string>> out;
  for (keys::Cf cf : {keys::Cf::kIdxTimeline, keys::Cf::kIdxSaid})
    for (const auto& [key, value] : raw.Entries(cf)) {
      keys::TimelineKey k;
      REQUIRE(keys::Decode(key, &k));
      if (k.kind != store::ItemKind::kClaim) continue;
      store::values::TimelineValue v;
      REQUIRE(store::values::Decode(value, &v).ok());
      v.label.clear();
      v.document_id.clear();
      if (schema == 5 || (schema == 7 && !k.actor.empty())) {
        std::string claim;
        REQUIRE(raw.db->Get(rocksdb::ReadOptions(), raw.cf(keys::Cf::kClaims), keys::IdKey(k.id), &claim).ok());
        REQUIRE(store::values::DecodeClaimText(claim, &v.document_id, &v.label).ok());
      }
      out.emplace_back(std::string(1, static_cast<char>(cf)) + key, schema ? store::values::Encode(v) : value);
    }
  return out;
}

// Puts entries from ClaimEntries back into their families.
void PutClaimEntries(RawStore& raw, const std::vector<std::pair<std::string, std::string>>& entries,
                     rocksdb::WriteBatch* b) {
  for (const auto& [tagged, value] : entries)
    b->Put(raw.cf(static_cast<keys::Cf>(tagged[0])), tagged.substr(1), value);
}

// Rewrites the claim entries of a current store as `schema` (5 or 6) wrote
// them and records that version. Returns the entries as they are now.
std::vector<std::pair<std::string, std::string>> LayOutClaimEntriesAs(const std::string& dir, uint32_t schema) {
  RawStore raw(dir);
  auto current = ClaimEntries(raw);
  REQUIRE(current == ClaimEntries(raw, keys::kSchemaVersion));
  auto old = ClaimEntries(raw, schema);
  REQUIRE(old.size() > 3);
  REQUIRE(old != current);
  rocksdb::WriteBatch b;
  PutClaimEntries(raw, old, &b);
  b.Put(raw.cf(keys::Cf::kMeta), std::string(keys::kFormatKey), keys::EncodeFormat(schema));
  REQUIRE(raw.db->Write(rocksdb::WriteOptions(), &b).ok());
  return current;
}

std::optional<uint32_t> FormatOf(RawStore& raw) {
  std::string format;
  REQUIRE(raw.db->Get(rocksdb::ReadOptions(), raw.cf(keys::Cf::kMeta), std::string(keys::kFormatKey), &format).ok());
  return keys::DecodeFormat(format);
}

// Rewrites a current store as schema 4 wrote it: edges keyed by owner, and
// the from-keyed copy in idx_edges_out. Returns the current edges entries.
std::vector<std::pair<std::string, std::string>> LayOutAsSchemaFour(const std::string& dir) {
  LayOutClaimEntriesAs(dir, 5);
  RawStore raw(dir);
  auto edges = raw.Entries(keys::Cf::kEdges);
  REQUIRE(edges.size() > 3);
  rocksdb::WriteBatch b;
  for (const auto& [key, value] : edges) {
    keys::EdgeKey k;
    REQUIRE(keys::DecodeEdge(key, &k));
    b.Delete(raw.cf(keys::Cf::kEdges), key);
    b.Put(raw.cf(keys::Cf::kEdges), SchemaFourEdgeKey(k), value);
    b.Put(raw.cf(keys::Cf::kIdxEdgesOut), key, std::string(1, static_cast<char>(keys::Tag::kEmpty)));
  }
  b.Put(raw.cf(keys::Cf::kMeta), std::string(keys::kFormatKey), keys::EncodeFormat(4));
  REQUIRE(raw.db->Write(rocksdb::WriteOptions(), &b).ok());
  return edges;
}

}  // namespace

TEST_CASE("a schema 4 store is upgraded in place at a read-write open, also after a crash part-way", "[store]") {
  static_assert(keys::kSchemaVersion == 7, "write the test of the step to the new version");
  TempDir dir;
  std::string exported;
  {
    auto db = OpenStore(dir.str());
    REQUIRE(db->Ingest(LetterArticle().x()).ok());
    REQUIRE(db->Ingest(StrikeArticle().x()).ok());
    exported = ExportOf(*db);
    REQUIRE(db->Compact().ok());  // into table files: the raw open below knows no merge operators
  }
  auto edges = LayOutAsSchemaFour(dir.str());

  store::Options read_only;
  read_only.read_only = true;
  auto refused = store::Store::Open(dir.str(), read_only);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.status().code() == Status::Code::kUnsupported);
  CHECK(refused.status().message().find("read-write") != std::string::npos);

  SECTION("in one go") {}
  SECTION("after a crash while edges was being rebuilt from the copy") {
    RawStore raw(dir.str());
    rocksdb::WriteBatch b;
    for (const auto& [key, value] : raw.Entries(keys::Cf::kEdges)) b.Delete(raw.cf(keys::Cf::kEdges), key);
    for (const auto& [key, value] : edges) b.Put(raw.cf(keys::Cf::kIdxEdgesOut), key, value);
    for (size_t i = 0; i < edges.size() / 2; ++i) b.Put(raw.cf(keys::Cf::kEdges), edges[i].first, edges[i].second);
    b.Put(raw.cf(keys::Cf::kMeta), "migrate/5/edges-copied", "1");
    REQUIRE(raw.db->Write(rocksdb::WriteOptions(), &b).ok());
  }

  {
    auto db = OpenStore(dir.str());
    CHECK(ExportOf(*db) == exported);
    CHECK(CheckOf(*db).empty());
    keys::EdgeKey first;
    REQUIRE(keys::DecodeEdge(edges.front().first, &first));
    auto from = db->EdgesFrom(first.from);
    REQUIRE(from.ok());
    CHECK_FALSE(from->empty());
  }
  RawStore raw(dir.str());
  CHECK(raw.Entries(keys::Cf::kEdges) == edges);
  CHECK(raw.Entries(keys::Cf::kIdxEdgesOut).empty());
  CHECK(FormatOf(raw) == std::optional<uint32_t>(keys::kSchemaVersion));
  CHECK(ClaimEntries(raw) == ClaimEntries(raw, keys::kSchemaVersion));
  std::string marker;
  CHECK(raw.db->Get(rocksdb::ReadOptions(), raw.cf(keys::Cf::kMeta), "migrate/5/edges-copied", &marker).IsNotFound());
}

TEST_CASE("schema 5 and 6 stores get timeline entries as schema 7 writes them at a read-write open, also after a crash",
          "[store]") {
  const uint32_t schema = GENERATE(5u, 6u);
  TempDir dir;
  std::string exported;
  std::vector<store::TimelineItem> timeline, said;
  std::string actor;
  {
    auto db = OpenStore(dir.str());
    REQUIRE(db->Ingest(LetterArticle().x()).ok());
    REQUIRE(db->Ingest(StrikeArticle().x()).ok());
    exported = ExportOf(*db);
    auto claims = db->ClaimsOfDocument(LetterArticle().id());
    REQUIRE(claims.ok());
    for (const auto& c : *claims)
      if (!c.attribution.speakers.empty()) actor = c.attribution.speakers.front();
    REQUIRE_FALSE(actor.empty());
    auto page = db->Timeline(actor, "", "", "", 100);
    REQUIRE(page.ok());
    timeline = page->items;
    page = db->Timeline(actor, "", "", "", 100, store::TimeAxis::kStatement);
    REQUIRE(page.ok());
    said = page->items;
    REQUIRE(db->Compact().ok());
  }
  for (const auto* items : {&timeline, &said})
    REQUIRE(std::any_of(items->begin(), items->end(), [](const store::TimelineItem& it) {
      return it.kind == store::ItemKind::kClaim && !it.label.empty() && !it.document_id.empty();
    }));
  auto current = LayOutClaimEntriesAs(dir.str(), schema);

  SECTION("in one go") {}
  SECTION("after a crash with half of the entries rewritten") {
    RawStore raw(dir.str());
    rocksdb::WriteBatch b;
    PutClaimEntries(raw, {current.begin(), current.begin() + current.size() / 2}, &b);
    REQUIRE(raw.db->Write(rocksdb::WriteOptions(), &b).ok());
  }
  {
    auto db = OpenStore(dir.str());
    CHECK(ExportOf(*db) == exported);
    CHECK(CheckOf(*db).empty());
    for (auto [axis, items] : {std::pair{store::TimeAxis::kEvent, &timeline}, std::pair{store::TimeAxis::kStatement, &said}}) {
      auto page = db->Timeline(actor, "", "", "", 100, axis);
      REQUIRE(page.ok());
      REQUIRE(page->items.size() == items->size());
      for (size_t i = 0; i < items->size(); ++i) {
        CHECK(page->items[i].id == (*items)[i].id);
        CHECK(page->items[i].label == (*items)[i].label);
        CHECK(page->items[i].document_id == (*items)[i].document_id);
      }
    }
  }
  RawStore raw(dir.str());
  CHECK(FormatOf(raw) == std::optional<uint32_t>(keys::kSchemaVersion));
  CHECK(ClaimEntries(raw) == current);
}

TEST_CASE("check reports a timeline entry that lacks its claim's text", "[store]") {
  TempDir dir;
  {
    auto db = OpenStore(dir.str());
    REQUIRE(db->Ingest(LetterArticle().x()).ok());
    REQUIRE(db->Compact().ok());
  }
  {
    RawStore raw(dir.str());
    auto stale = ClaimEntries(raw, 6);
    REQUIRE_FALSE(stale.empty());
    rocksdb::WriteBatch b;
    PutClaimEntries(raw, {stale.front()}, &b);
    REQUIRE(raw.db->Write(rocksdb::WriteOptions(), &b).ok());
  }
  auto db = OpenStore(dir.str());
  CHECK_FALSE(CheckOf(*db).empty());
}
