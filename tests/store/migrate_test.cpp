#include <catch2/catch.hpp>

#include <rocksdb/db.h>

#include <memory>
#include <string>
#include <vector>

#include "core/store/keys.h"
#include "core/store/migrate.h"
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

// Rewrites a current store as schema 4 wrote it: edges keyed by owner, and
// the from-keyed copy in idx_edges_out. Returns the current edges entries.
std::vector<std::pair<std::string, std::string>> LayOutAsSchemaFour(const std::string& dir) {
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
  static_assert(keys::kSchemaVersion == 5, "write the test of the step to the new version");
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
  std::string format;
  REQUIRE(raw.db->Get(rocksdb::ReadOptions(), raw.cf(keys::Cf::kMeta), std::string(keys::kFormatKey), &format).ok());
  CHECK(keys::DecodeFormat(format) == std::optional<uint32_t>(5));
  std::string marker;
  CHECK(raw.db->Get(rocksdb::ReadOptions(), raw.cf(keys::Cf::kMeta), "migrate/5/edges-copied", &marker).IsNotFound());
}
