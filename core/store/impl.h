// The Store's private state and the snapshot reads every query is built on.
// Only store/*.cpp include this; RocksDB stays below store.h.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/statistics.h>
#include <rocksdb/write_batch.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/store/cluster_cache.h"
#include "core/store/keys.h"
#include "core/store/store.h"
#include "core/store/values.h"

namespace claimkb::store {

// A rocksdb::Status as a claimkb Status, with what we were doing in front.
Status FromRocks(const rocksdb::Status& s, std::string_view context);

struct Store::Impl {
  std::string dir;
  Options options;
  std::unique_ptr<rocksdb::DB> db;
  std::shared_ptr<rocksdb::Statistics> statistics;  // only with Options::engine_statistics
  std::vector<rocksdb::ColumnFamilyHandle*> cfs;  // indexed by keys::Cf; extra unknown families after
  std::mutex write_mu;                              // serialises Ingest and Import
  cluster::Cache cluster_cache;                     // guarded by write_mu
  size_t batch_bytes = 0;  // guarded by write_mu: the last ingest's batch size, reserved by the next

  rocksdb::ColumnFamilyHandle* cf(keys::Cf c) const { return cfs[static_cast<size_t>(c)]; }
  ~Impl();
};

// An iterator over [lower, upper) of one column family; upper "" = no bound.
class Scan {
 public:
  Scan(const Store::Impl& impl, const rocksdb::Snapshot* snap, keys::Cf cf, std::string lower, std::string upper);
  // Positions at the first key >= target (clamped to lower).
  void Seek(std::string_view target);
  void SeekToFirst() { Seek(lower_); }
  bool Valid() const { return it_->Valid(); }
  void Next() { it_->Next(); }
  std::string_view key() const { return {it_->key().data(), it_->key().size()}; }
  std::string_view value() const { return {it_->value().data(), it_->value().size()}; }
  Status status() const;
  const std::string& lower() const { return lower_; }
  const std::string& upper() const { return upper_; }

 private:
  std::string lower_, upper_;
  rocksdb::Slice upper_slice_;
  rocksdb::ReadOptions ro_;
  std::unique_ptr<rocksdb::Iterator> it_;
};

// One consistent snapshot for the duration of one call.
class ReadView {
 public:
  explicit ReadView(const Store::Impl& impl);
  ~ReadView();
  ReadView(const ReadView&) = delete;
  ReadView& operator=(const ReadView&) = delete;

  // OK, NotFound (value untouched) or the read error.
  Status Get(keys::Cf cf, std::string_view key, std::string* value) const;
  // The same, pinning the value in the block cache or memtable instead of copying it.
  Status Get(keys::Cf cf, std::string_view key, rocksdb::PinnableSlice* value) const;
  // Get of many keys in one call; found[i] says whether values[i] holds keys[i]'s value.
  Status MultiGet(keys::Cf cf, const std::vector<std::string>& ks, std::vector<rocksdb::PinnableSlice>* values,
                  std::vector<bool>* found) const;
  Scan Range(keys::Cf cf, std::string lower, std::string upper) const;
  Scan Prefix(keys::Cf cf, std::string prefix) const;
  const Store::Impl& impl() const { return impl_; }

 private:
  const Store::Impl& impl_;
  const rocksdb::Snapshot* snap_;
};

// Typed point reads shared by the query files. NotFound names the id.
Result<model::Claim> LoadClaim(const ReadView& v, std::string_view id);
Result<model::Event> LoadEvent(const ReadView& v, std::string_view id);
Result<model::Actor> LoadActor(const ReadView& v, std::string_view id);
Result<model::Document> LoadDocument(const ReadView& v, std::string_view id, bool with_text);
Result<values::DocumentRecord> LoadDocumentRecord(const ReadView& v, std::string_view id);
// A document's claims in text order and its events in text order, by its indexes.
Result<std::vector<model::Claim>> LoadDocumentClaims(const ReadView& v, std::string_view doc_id);
Result<std::vector<model::Event>> LoadDocumentEvents(const ReadView& v, std::string_view doc_id);

// Deletes every record but the format record, and then the unfinished-import
// marker: what an import that failed or was killed left behind.
// REQUIRES: the caller holds write_mu or is opening the store.
Status ClearImport(Store::Impl& impl);

// Adds delta's entity counts to the stored counters, in batch.
// REQUIRES: the caller holds write_mu.
Status AddToCounters(Store::Impl& impl, rocksdb::WriteBatch* batch, const Stats& delta);

}  // namespace claimkb::store
