#include "core/store/migrate.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/store/impl.h"
#include "core/store/values.h"

namespace claimkb::store {
namespace {

// Meta key marking that step 4 -> 5 has filled idx_edges_out with the new edges.
constexpr char kEdgesCopied[] = "migrate/5/edges-copied";
// Entries per WriteBatch while copying: bounded memory on a store of any size.
constexpr size_t kBatchEntries = 20'000;
// Above every key: keys start with a Str, whose first byte is UTF-8 or 00.
constexpr char kAfterAll[] = "\xff\xff";

// Schema 4 keyed edges Str(owner) U8(type) Str(from) Str(to); 5 keys them
// Str(from) U8(type) Str(to) Str(owner), the layout idx_edges_out had.
bool RekeyEdge(std::string_view old_key, std::string* out) {
  keys::Reader r(old_key);
  std::string owner, from, to;
  uint8_t type = 0;
  if (!r.Str(&owner) || !r.U8(&type) || !r.Str(&from) || !r.Str(&to) || !r.done()) return false;
  out->clear();
  keys::PutStr(out, from);
  keys::PutU8(out, type);
  keys::PutStr(out, to);
  keys::PutStr(out, owner);
  return true;
}

// Writes every entry of `from` (keys rewritten by `rekey`, or kept when it is
// null) into `to` after clearing `to`, in bounded batches.
Status CopyFamily(Store::Impl& impl, keys::Cf from, keys::Cf to, bool (*rekey)(std::string_view, std::string*)) {
  rocksdb::WriteOptions wo;
  rocksdb::Status s = impl.db->DeleteRange(wo, impl.cf(to), "", kAfterAll);
  if (!s.ok()) return FromRocks(s, "migrate: clearing " + std::string(keys::CfName(to)));
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(ro, impl.cf(from)));
  rocksdb::WriteBatch batch;
  std::string key;
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (!rekey) {
      key.assign(it->key().data(), it->key().size());
    } else if (!rekey(std::string_view(it->key().data(), it->key().size()), &key)) {
      return Status::Corruption("migrate: a malformed key in " + std::string(keys::CfName(from)));
    }
    batch.Put(impl.cf(to), key, it->value());
    if (batch.Count() >= kBatchEntries) {
      if (s = impl.db->Write(wo, &batch); !s.ok()) return FromRocks(s, "migrate: writing");
      batch.Clear();
    }
  }
  if (!it->status().ok()) return FromRocks(it->status(), "migrate: reading " + std::string(keys::CfName(from)));
  if (s = impl.db->Write(wo, &batch); !s.ok()) return FromRocks(s, "migrate: writing");
  return Status::OK();
}

// 4 -> 5: the edges move to their from-keyed layout by way of idx_edges_out
// (retired in 5), so that a crash at any point leaves one intact copy: first
// idx_edges_out is rebuilt from the old edges and marked; then edges is
// rebuilt from idx_edges_out; then idx_edges_out is cleared together with the
// marker and the new version.
Status EdgesKeyedByFrom(Store::Impl& impl) {
  rocksdb::ReadOptions ro;
  std::string copied;
  rocksdb::Status s = impl.db->Get(ro, impl.cf(keys::Cf::kMeta), kEdgesCopied, &copied);
  if (!s.ok() && !s.IsNotFound()) return FromRocks(s, "migrate: reading the meta family");
  rocksdb::WriteOptions wo;
  wo.sync = true;
  if (s.IsNotFound()) {
    if (Status c = CopyFamily(impl, keys::Cf::kEdges, keys::Cf::kIdxEdgesOut, RekeyEdge); !c.ok()) return c;
    if (s = impl.db->Put(wo, impl.cf(keys::Cf::kMeta), kEdgesCopied, "1"); !s.ok())
      return FromRocks(s, "migrate: marking the edges copied");
  }
  if (Status c = CopyFamily(impl, keys::Cf::kIdxEdgesOut, keys::Cf::kEdges, nullptr); !c.ok()) return c;
  rocksdb::WriteBatch done;
  done.DeleteRange(impl.cf(keys::Cf::kIdxEdgesOut), "", kAfterAll);
  done.Delete(impl.cf(keys::Cf::kMeta), kEdgesCopied);
  done.Put(impl.cf(keys::Cf::kMeta), std::string(keys::kFormatKey), keys::EncodeFormat(5));
  if (s = impl.db->Write(wo, &done); !s.ok()) return FromRocks(s, "migrate: recording schema version 5");
  return Status::OK();
}

// Entries whose claims a migration reads in one MultiGet.
constexpr size_t kChunkEntries = 4'096;

// A claim entry of idx_timeline or idx_said waiting for its claim's record.
struct PendingEntry {
  std::string key;
  std::string old_value;
  std::string claim;
  values::TimelineValue value;
};

// Gives each pending entry its claim's text and document, read in one
// MultiGet, and writes the entries that change.
Status FillFromClaims(Store::Impl& impl, keys::Cf cf, std::vector<PendingEntry>* pending) {
  if (pending->empty()) return Status::OK();
  std::vector<std::string> ks;
  ks.reserve(pending->size());
  for (const auto& p : *pending) ks.push_back(keys::IdKey(p.claim));
  std::vector<rocksdb::Slice> slices(ks.begin(), ks.end());
  std::vector<rocksdb::PinnableSlice> got(ks.size());
  std::vector<rocksdb::Status> statuses(ks.size());
  impl.db->MultiGet(rocksdb::ReadOptions(), impl.cf(keys::Cf::kClaims), ks.size(), slices.data(), got.data(),
                    statuses.data());
  rocksdb::WriteBatch batch;
  for (size_t i = 0; i < pending->size(); ++i) {
    PendingEntry& p = (*pending)[i];
    if (statuses[i].IsNotFound()) return Status::Corruption("migrate: a timeline entry of a missing claim " + p.claim);
    if (!statuses[i].ok()) return FromRocks(statuses[i], "migrate: reading claims");
    Status s = values::DecodeClaimText(std::string_view(got[i].data(), got[i].size()), &p.value.document_id,
                                       &p.value.label);
    if (!s.ok()) return s;
    std::string value = values::Encode(p.value);
    if (value != p.old_value) batch.Put(impl.cf(cf), p.key, value);
  }
  pending->clear();
  rocksdb::Status s = impl.db->Write(rocksdb::WriteOptions(), &batch);
  if (!s.ok()) return FromRocks(s, "migrate: writing");
  return Status::OK();
}

// 5 or 6 -> 7: every claim entry of idx_timeline and idx_said becomes what
// derive writes: an actor's entry carries the claim's text and document (read
// from the claim records; schema 6 had dropped them, schema 5 had them), the
// entries of actor "" in idx_said carry neither. Rewriting is idempotent and
// the version is recorded last, so a crash part-way needs nothing but a rerun.
Status ClaimEntriesWithText(Store::Impl& impl) {
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;
  for (keys::Cf cf : {keys::Cf::kIdxTimeline, keys::Cf::kIdxSaid}) {
    std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(ro, impl.cf(cf)));
    std::vector<PendingEntry> pending;
    rocksdb::WriteBatch bare;
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      keys::TimelineKey k;
      values::TimelineValue v;
      const std::string_view key(it->key().data(), it->key().size());
      const std::string_view value(it->value().data(), it->value().size());
      if (!keys::Decode(key, &k) || !values::Decode(value, &v).ok())
        return Status::Corruption("migrate: a malformed entry in " + std::string(keys::CfName(cf)));
      if (k.kind != ItemKind::kClaim) continue;
      if (k.actor.empty()) {
        if (v.label.empty() && v.document_id.empty()) continue;
        v.label.clear();
        v.document_id.clear();
        bare.Put(impl.cf(cf), it->key(), values::Encode(v));
        if (bare.Count() >= kBatchEntries) {
          if (rocksdb::Status s = impl.db->Write(rocksdb::WriteOptions(), &bare); !s.ok())
            return FromRocks(s, "migrate: writing");
          bare.Clear();
        }
        continue;
      }
      pending.push_back({std::string(key), std::string(value), std::move(k.id), std::move(v)});
      if (pending.size() >= kChunkEntries)
        if (Status s = FillFromClaims(impl, cf, &pending); !s.ok()) return s;
    }
    if (!it->status().ok()) return FromRocks(it->status(), "migrate: reading " + std::string(keys::CfName(cf)));
    if (Status s = FillFromClaims(impl, cf, &pending); !s.ok()) return s;
    if (rocksdb::Status s = impl.db->Write(rocksdb::WriteOptions(), &bare); !s.ok())
      return FromRocks(s, "migrate: writing");
  }
  rocksdb::WriteOptions wo;
  wo.sync = true;
  rocksdb::Status s = impl.db->Put(wo, impl.cf(keys::Cf::kMeta), std::string(keys::kFormatKey), keys::EncodeFormat(7));
  if (!s.ok()) return FromRocks(s, "migrate: recording schema version 7");
  return Status::OK();
}

}  // namespace

Status Migrate(Store::Impl& impl, uint32_t from) {
  static_assert(keys::kSchemaVersion == 7, "add the step to the new schema version here");
  if (from < kOldestMigratable || from >= keys::kSchemaVersion)
    return Status::Unsupported("no upgrade from schema version " + std::to_string(from));
  if (from < 5)
    if (Status s = EdgesKeyedByFrom(impl); !s.ok()) return s;
  return ClaimEntriesWithText(impl);
}

}  // namespace claimkb::store
