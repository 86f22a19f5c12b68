#include "core/store/store.h"

#include <unistd.h>

#include <rocksdb/table.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/cache.h>
#include <rocksdb/memtablerep.h>
#include <rocksdb/slice_transform.h>

#include <filesystem>

#include "core/store/impl.h"
#include "core/store/migrate.h"
#include "core/store/engine_log.h"
#include "core/store/lsh.h"
#include "core/store/values.h"

namespace claimkb::store {

namespace {

// Set while Open creates a new store in its staging directory.
thread_local bool t_staging = false;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

bool LooksLikeLockError(const rocksdb::Status& s) {
  const std::string m = s.ToString();
  return m.find("lock") != std::string::npos || m.find("LOCK") != std::string::npos;
}

// The first Str of a key (keys.h: terminated by 00 01, a 00 in it written 00 FF).
class FirstStr : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "claimkb.first_str"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override { return {key.data(), End(key)}; }
  bool InDomain(const rocksdb::Slice& key) const override { return End(key) != 0; }

 private:
  // Bytes up to and with the terminator; 0 when there is none.
  static size_t End(const rocksdb::Slice& key) {
    for (size_t i = 0; i + 1 < key.size(); ++i)
      if (key[i] == '\0') {
        if (key[i + 1] == '\x01') return i + 2;
        ++i;
      }
    return 0;
  }
};

// One memtable insert hint for a whole family: an insert starts from the
// previous one and climbs only as high as needed to bracket the new key,
// where RocksDB's default search restarts from the top whenever the previous
// insert is not the new key's neighbour (-6% ingest instructions).
// RocksDB keeps ONE hint map for a family's point memtable and its
// range-deletion memtable, and a hint used in both corrupts the skip list
// (Debian's librocksdb asserts). So the empty key, where the migrations'
// DeleteRange calls start, is outside the domain: a range deletion in a
// hinted family must start at "".
class WholeKeySpace : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "claimkb.whole_key_space"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override { return {key.data(), 0}; }
  bool InDomain(const rocksdb::Slice& key) const override { return !key.empty(); }
};

// The records the API serves one at a time by id (claims, documents, events, actors).
bool ReadById(keys::Cf cf) {
  return cf == keys::Cf::kClaims || cf == keys::Cf::kDocuments || cf == keys::Cf::kTexts || cf == keys::Cf::kEvents ||
         cf == keys::Cf::kActors;
}

rocksdb::ColumnFamilyOptions FamilyOptions(keys::Cf cf, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  // Index and filter blocks of L0 stay in the cache: they are touched by every read.
  t.cache_index_and_filter_blocks = true;
  t.pin_l0_filter_and_index_blocks_in_cache = true;
  // A 64 MB file's whole index (1.4-2.6 MB at 10k articles) outgrows a cache
  // shard (1 MB) and was re-read and checksummed by every lookup or seek: the
  // index (and the filter, where there is one) comes in 4 KB partitions that
  // cache well, under a pinned top level.
  t.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  t.metadata_block_size = 4096;
  t.pin_top_level_index_and_filter = true;
  if (!keys::IsIndex(cf)) {
    // Records are read by point lookups: bloom filters skip files without the
    // key, a hash index inside each data block skips the binary search, and a
    // memtable bloom skips memtable searches for keys written long ago.
    t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    t.data_block_index_type = rocksdb::BlockBasedTableOptions::kDataBlockBinaryAndHash;
    t.partition_filters = true;
    o.memtable_prefix_bloom_size_ratio = 0.02;
    o.memtable_whole_key_filtering = true;
  }
  if (ReadById(cf)) {
    // Every lookup by id walks one index and one filter partition: pinned, they
    // are never read again and skip the cache lookup (-11% instructions a by-id;
    // 3.4 MB for these families at 403k claims).
    t.metadata_cache_options.partition_pinning = rocksdb::PinningTier::kAll;
  }
  if (cf == keys::Cf::kIdxLsh) {
    o.merge_operator = lsh::NewMergeOperator();
    // Every ingest adds ~16 operands per claim at random buckets: a memtable
    // hashed by the whole key inserts each into a list of its own instead of
    // searching one big skip list. Reads are point reads; scans (Check) take
    // the total order.
    o.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(keys::kLshKeySize));
    o.memtable_factory.reset(rocksdb::NewHashSkipListRepFactory(1 << 18));
  }
  if (cf == keys::Cf::kIdxTimeline || cf == keys::Cf::kIdxSaid || cf == keys::Cf::kIdxActorClaims) {
    // Keyed by actor: a memtable insert starts from the last one of the same
    // actor (one splice per actor in the memtable's arena) rather than the top.
    o.memtable_insert_with_hint_prefix_extractor = std::make_shared<FirstStr>();
  } else if (cf != keys::Cf::kIdxLsh && cf != keys::Cf::kEdges && cf != keys::Cf::kIdxEdgesOut) {
    // (not edges: written in key order, one run per document; migrations clear them with DeleteRange)
    o.memtable_insert_with_hint_prefix_extractor = std::make_shared<WholeKeySpace>();
  }
  // Flushes and upper levels compress fast; the last level, where nearly all
  // data ends up, compresses small.
  o.compression = rocksdb::kLZ4Compression;
  o.bottommost_compression = keys::IsIndex(cf) ? rocksdb::kZSTD : rocksdb::kLZ4Compression;
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  // An ingest writes keys across each family's whole key range, so every
  // L0 -> L1 compaction rewrites the family's whole L1, which up to ~10k
  // articles holds nearly all its data (and, L1 being the bottommost level,
  // rewrites an index family's with zstd): compaction CPU per article grew
  // with the store. Index families compact eight L0 files at a time instead
  // of four, half as often; record families keep four, since every point
  // read (a claim by id) probes each L0 file.
  if (keys::IsIndex(cf)) o.level0_file_num_compaction_trigger = 8;
  return o;
}

}  // namespace

const char* ToString(Role r) {
  switch (r) {
    case Role::kSpeaker: return "speaker";
    case Role::kVia: return "via";
    case Role::kMentioned: return "mentioned";
    case Role::kAgent: return "agent";
    case Role::kPatient: return "patient";
    case Role::kPlace: return "place";
  }
  return "unknown";
}

std::optional<Role> RoleFrom(std::string_view s) {
  for (Role r : {Role::kSpeaker, Role::kVia, Role::kMentioned, Role::kAgent, Role::kPatient, Role::kPlace})
    if (s == ToString(r)) return r;
  return std::nullopt;
}

const char* ToString(ItemKind k) { return k == ItemKind::kEvent ? "event" : "claim"; }

Status FromRocks(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status::OK();
  std::string msg = std::string(context) + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  if (s.IsNotSupported()) return Status::Unsupported(msg);
  if (s.IsBusy() || s.IsTryAgain() || s.IsTimedOut()) return Status::Busy(msg);
  if (s.IsNoSpace()) return Status::NoSpace(msg);
  return Status::IOError(msg);
}

Store::Impl::~Impl() {
  if (!db) return;
  for (auto* h : cfs) db->DestroyColumnFamilyHandle(h);
  db->Close();
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;
const std::string& Store::dir() const { return impl_->dir; }
uint64_t Store::WriteSequence() const { return impl_->db->GetLatestSequenceNumber(); }

Result<std::unique_ptr<Store>> Store::Open(const std::string& dir, const Options& options) {
  namespace fs = std::filesystem;
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->options = options;
  std::error_code ec;
  const bool exists = fs::exists(fs::path(dir) / "CURRENT", ec);
  if (!exists && (options.read_only || !options.create_if_missing))
    return Status::NotFound("no claimkb store at " + Q(dir));
  if (!exists && !t_staging) {
    // A new store is made in a sibling directory and renamed into place, so a
    // crash while creating it never leaves a store without its column
    // families or format record behind. Where that cannot be done (the
    // directory holds other files or is not writable) it is made in place.
    fs::path target = fs::path(dir).lexically_normal();
    if (target.filename().empty()) target = target.parent_path();
    const fs::path staging =
        target.parent_path() / ("." + target.filename().string() + ".creating-" + std::to_string(::getpid()));
    fs::create_directories(target, ec);
    if (!ec && fs::is_empty(target, ec) && !ec && ::access(target.c_str(), W_OK) == 0) {
      fs::remove_all(staging, ec);
      t_staging = true;
      const bool made = Open(staging.string(), options).ok();  // and closed again
      t_staging = false;
      if (made) {
        fs::rename(staging, target, ec);  // replaces the empty directory
        fs::remove_all(staging, ec);      // left only when another process made the store first
        return Open(dir, options);
      }
      fs::remove_all(staging, ec);
    }
  }
  if (!exists) {
    fs::create_directories(dir, ec);
    if (ec) return Status::IOError("cannot create store directory " + Q(dir) + ": " + ec.message());
  }

  rocksdb::DBOptions db_opts;
  db_opts.create_if_missing = options.create_if_missing;
  db_opts.create_missing_column_families = !options.read_only;
  db_opts.max_background_jobs = 2;
  // One writer at a time (write_mu); the hashed idx_lsh memtable needs this off.
  db_opts.allow_concurrent_memtable_write = false;
  db_opts.keep_log_file_num = 3;
  db_opts.info_log = OpenEngineLog(dir, db_opts.keep_log_file_num);
  // The WAL already holds unflushed writes; flushing every family at close costs a sync each.
  db_opts.avoid_flush_during_shutdown = true;
  // ...but bound the WAL, so the next open replays at most this much: with 26
  // families the default bound (4x all memtables) lets it hold a whole bulk
  // ingest, and replaying that made the first start after one take ~50 s.
  db_opts.max_total_wal_size = 64u << 20;
  auto cache = rocksdb::NewLRUCache(options.block_cache_mb << 20);
  if (options.engine_statistics) {
    impl->statistics = rocksdb::CreateDBStatistics();
    impl->statistics->set_stats_level(rocksdb::StatsLevel::kAll);
    db_opts.statistics = impl->statistics;
  }

  std::vector<std::string> names;
  if (exists) {
    rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_opts, dir, &names);
    if (!s.ok()) return FromRocks(s, "cannot read the store at " + Q(dir));
  }
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (size_t i = 0; i < keys::kNumCfs; ++i)
    descs.emplace_back(keys::kCfNames[i], FamilyOptions(static_cast<keys::Cf>(i), cache));
  // Families we do not know (a newer schema) must still be opened; the format check rejects them.
  for (const auto& n : names)
    if (!keys::CfFromName(n)) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  if (options.read_only && exists) {
    // A read-only open must name only families that exist.
    std::vector<rocksdb::ColumnFamilyDescriptor> present;
    for (auto& d : descs)
      if (std::find(names.begin(), names.end(), d.name) != names.end()) present.push_back(d);
    descs = std::move(present);
  }

  rocksdb::DB* raw = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::Status s = options.read_only ? rocksdb::DB::OpenForReadOnly(db_opts, dir, descs, &handles, &raw)
                                        : rocksdb::DB::Open(db_opts, dir, descs, &handles, &raw);
  if (!s.ok()) {
    if (LooksLikeLockError(s) && s.ToString().find("ermission") == std::string::npos)
      return Status::Busy("store " + Q(dir) + " is already open in another process or Store (" + s.ToString() + ")");
    return FromRocks(s, "cannot open store " + Q(dir));
  }
  impl->db.reset(raw);
  impl->cfs.assign(keys::kNumCfs, nullptr);
  for (auto* h : handles) {
    auto cf = keys::CfFromName(h->GetName());
    if (cf) {
      impl->cfs[static_cast<size_t>(*cf)] = h;
    } else {
      impl->cfs.push_back(h);
    }
  }

  auto all_families = [&]() {
    for (size_t i = 0; i < keys::kNumCfs; ++i)
      if (!impl->cfs[i]) return Status::Corruption("store " + Q(dir) + " lacks column family " + keys::kCfNames[i]);
    return Status::OK();
  };
  std::string format;
  s = impl->db->Get(rocksdb::ReadOptions(), impl->cf(keys::Cf::kMeta), std::string(keys::kFormatKey), &format);
  if (s.IsNotFound()) {
    std::unique_ptr<rocksdb::Iterator> it(impl->db->NewIterator(rocksdb::ReadOptions(), impl->cf(keys::Cf::kMeta)));
    it->SeekToFirst();
    if (it->Valid() || options.read_only || !impl->cf(keys::Cf::kDocuments))
      return Status::Corruption(Q(dir) + " is not a claimkb store (no format record)");
    s = impl->db->Put(rocksdb::WriteOptions(), impl->cf(keys::Cf::kMeta), std::string(keys::kFormatKey),
                      keys::EncodeFormat(keys::kSchemaVersion));
    if (!s.ok()) return FromRocks(s, "cannot initialise store " + Q(dir));
  } else if (!s.ok()) {
    return FromRocks(s, "cannot read the format of store " + Q(dir));
  } else {
    auto version = keys::DecodeFormat(format);
    if (!version) return Status::Corruption(Q(dir) + " is not a claimkb store (unknown format record)");
    const bool upgradable = *version >= kOldestMigratable && *version < keys::kSchemaVersion;
    if (*version != keys::kSchemaVersion && !(upgradable && !options.read_only))
      return Status::Unsupported("store " + Q(dir) + " has schema version " + std::to_string(*version) +
                                 "; this claimkb reads version " + std::to_string(keys::kSchemaVersion) +
                                 (*version > keys::kSchemaVersion ? " (written by a newer claimkb)"
                                  : upgradable ? "; open it once read-write (e.g. `claimkb compact`) to upgrade it in place"
                                               : "; move it with `claimkb export` of the claimkb that wrote it and "
                                                 "`claimkb import` into a new store"));
    if (*version != keys::kSchemaVersion) {
      if (Status f = all_families(); !f.ok()) return f;
      if (Status m = Migrate(*impl, *version); !m.ok()) {
        std::string msg = "upgrading store " + Q(dir) + " from schema version " + std::to_string(*version) + ": " +
                          m.message();
        return m.IsCorruption() ? Status::Corruption(msg) : Status::IOError(msg);
      }
    }
  }
  if (Status f = all_families(); !f.ok()) return f;
  std::string unfinished;
  s = impl->db->Get(rocksdb::ReadOptions(), impl->cf(keys::Cf::kMeta), std::string(keys::kImportKey), &unfinished);
  if (s.ok()) {
    if (options.read_only)
      return Status::Corruption("store " + Q(dir) + " holds an import that has not finished; the next read-write " +
                                "open (e.g. `claimkb import` again) empties it");
    if (Status c = ClearImport(*impl); !c.ok())
      return Status::IOError("store " + Q(dir) + " holds an unfinished import and emptying it failed: " + c.message());
  } else if (!s.IsNotFound()) {
    return FromRocks(s, "cannot read the store at " + Q(dir));
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

// ---- snapshot reads ---------------------------------------------------------

Scan::Scan(const Store::Impl& impl, const rocksdb::Snapshot* snap, keys::Cf cf, std::string lower, std::string upper)
    : lower_(std::move(lower)), upper_(std::move(upper)) {
  ro_.snapshot = snap;
  ro_.total_order_seek = true;  // families with a prefix extractor (idx_lsh) are scanned in key order too
  if (!upper_.empty()) {
    upper_slice_ = rocksdb::Slice(upper_);
    ro_.iterate_upper_bound = &upper_slice_;
  }
  it_.reset(impl.db->NewIterator(ro_, impl.cf(cf)));
}

void Scan::Seek(std::string_view target) {
  if (target < lower_) target = lower_;
  it_->Seek(rocksdb::Slice(target.data(), target.size()));
}

Status Scan::status() const { return FromRocks(it_->status(), "scan failed"); }

ReadView::ReadView(const Store::Impl& impl) : impl_(impl), snap_(impl.db->GetSnapshot()) {}
ReadView::~ReadView() { impl_.db->ReleaseSnapshot(snap_); }

namespace {

// snap nullptr: the latest state, for a read of one record that needs no snapshot.
Status PinnedGet(const Store::Impl& impl, const rocksdb::Snapshot* snap, keys::Cf cf, std::string_view key,
                 rocksdb::PinnableSlice* value) {
  rocksdb::ReadOptions ro;
  ro.snapshot = snap;
  rocksdb::Status s = impl.db->Get(ro, impl.cf(cf), rocksdb::Slice(key.data(), key.size()), value);
  if (s.IsNotFound()) return Status::NotFound(keys::CfName(cf));
  if (!s.ok()) return FromRocks(s, std::string("read from ") + keys::CfName(cf));
  return Status::OK();
}

}  // namespace

Status ReadView::Get(keys::Cf cf, std::string_view key, rocksdb::PinnableSlice* value) const {
  return PinnedGet(impl_, snap_, cf, key, value);
}

Status ReadView::Get(keys::Cf cf, std::string_view key, std::string* value) const {
  rocksdb::PinnableSlice v;
  Status s = Get(cf, key, &v);
  if (s.ok()) value->assign(v.data(), v.size());
  return s;
}

Status ReadView::MultiGet(keys::Cf cf, const std::vector<std::string>& ks,
                          std::vector<rocksdb::PinnableSlice>* values, std::vector<bool>* found) const {
  const size_t n = ks.size();
  std::vector<rocksdb::Slice> slices(ks.begin(), ks.end());
  std::vector<rocksdb::Status> statuses(n);
  *values = std::vector<rocksdb::PinnableSlice>(n);
  found->assign(n, false);
  rocksdb::ReadOptions ro;
  ro.snapshot = snap_;
  impl_.db->MultiGet(ro, impl_.cf(cf), n, slices.data(), values->data(), statuses.data());
  for (size_t i = 0; i < n; ++i) {
    if (statuses[i].ok()) (*found)[i] = true;
    else if (!statuses[i].IsNotFound()) return FromRocks(statuses[i], std::string("read from ") + keys::CfName(cf));
  }
  return Status::OK();
}

Scan ReadView::Range(keys::Cf cf, std::string lower, std::string upper) const {
  return Scan(impl_, snap_, cf, std::move(lower), std::move(upper));
}

Scan ReadView::Prefix(keys::Cf cf, std::string prefix) const {
  std::string end = keys::PrefixEnd(prefix);
  return Scan(impl_, snap_, cf, std::move(prefix), std::move(end));
}

namespace {

template <typename T>
Result<T> DecodeRecord(const Status& read, const rocksdb::PinnableSlice& bytes, const char* what, std::string_view id) {
  if (read.IsNotFound()) return Status::NotFound(std::string(what) + " " + Q(id) + " does not exist");
  if (!read.ok()) return read;
  T out;
  Status s = values::Decode(std::string_view(bytes.data(), bytes.size()), &out);
  if (!s.ok()) return Status::Corruption(s.message() + " (" + what + " " + Q(id) + ")");
  return out;
}

template <typename T>
Result<T> LoadRecord(const ReadView& v, keys::Cf cf, const char* what, std::string_view id) {
  rocksdb::PinnableSlice bytes;
  Status s = v.Get(cf, keys::IdKey(id), &bytes);
  return DecodeRecord<T>(s, bytes, what, id);
}

// One record read on its own needs no snapshot (taking one locks the DB mutex).
template <typename T>
Result<T> PointRecord(const Store::Impl& impl, keys::Cf cf, const char* what, std::string_view id) {
  rocksdb::PinnableSlice bytes;
  Status s = PinnedGet(impl, nullptr, cf, keys::IdKey(id), &bytes);
  return DecodeRecord<T>(s, bytes, what, id);
}

}  // namespace

Result<model::Claim> LoadClaim(const ReadView& v, std::string_view id) {
  return LoadRecord<model::Claim>(v, keys::Cf::kClaims, "claim", id);
}
Result<model::Event> LoadEvent(const ReadView& v, std::string_view id) {
  return LoadRecord<model::Event>(v, keys::Cf::kEvents, "event", id);
}
Result<model::Actor> LoadActor(const ReadView& v, std::string_view id) {
  return LoadRecord<model::Actor>(v, keys::Cf::kActors, "actor", id);
}
Result<values::DocumentRecord> LoadDocumentRecord(const ReadView& v, std::string_view id) {
  return LoadRecord<values::DocumentRecord>(v, keys::Cf::kDocuments, "document", id);
}

Result<model::Document> LoadDocument(const ReadView& v, std::string_view id, bool with_text) {
  auto rec = LoadDocumentRecord(v, id);
  if (!rec.ok()) return rec.status();
  model::Document doc = std::move(rec->document);
  if (with_text) {
    rocksdb::PinnableSlice bytes;
    Status s = v.Get(keys::Cf::kTexts, keys::IdKey(id), &bytes);
    if (s.IsNotFound()) return Status::Corruption("document " + Q(id) + " has no text");
    if (!s.ok()) return s;
    s = values::DecodeText(std::string_view(bytes.data(), bytes.size()), &doc.text);
    if (!s.ok()) return s;
  }
  return doc;
}

// ---- point reads --------------------------------------------------------------

Result<model::Document> Store::GetDocument(std::string_view id, bool with_text) const {
  if (!with_text) {
    auto rec = PointRecord<values::DocumentRecord>(*impl_, keys::Cf::kDocuments, "document", id);
    if (!rec.ok()) return rec.status();
    return std::move(rec->document);
  }
  ReadView v(*impl_);
  return LoadDocument(v, id, with_text);
}

Result<std::string> Store::GetDocumentText(std::string_view id) const {
  ReadView v(*impl_);
  auto doc = LoadDocument(v, id, true);
  if (!doc.ok()) return doc.status();
  return std::move(doc->text);
}

Result<model::Claim> Store::GetClaim(std::string_view id) const {
  return PointRecord<model::Claim>(*impl_, keys::Cf::kClaims, "claim", id);
}

Result<model::Actor> Store::GetActor(std::string_view id) const {
  return PointRecord<model::Actor>(*impl_, keys::Cf::kActors, "actor", id);
}

Result<model::Event> Store::GetEvent(std::string_view id) const {
  return PointRecord<model::Event>(*impl_, keys::Cf::kEvents, "event", id);
}

std::map<std::string, uint64_t> Store::EngineStatistics() const {
  std::map<std::string, uint64_t> out;
  if (!impl_->statistics) return out;
  impl_->statistics->getTickerMap(&out);
  for (const auto& [type, name] : rocksdb::HistogramsNameMap) {
    rocksdb::HistogramData h;
    impl_->statistics->histogramData(type, &h);
    if (h.count == 0) continue;
    out[name + ".count"] = h.count;
    out[name + ".sum"] = h.sum;
  }
  return out;
}

Status Store::TestOnlyDeleteRaw(std::string_view column_family, std::string_view key) {
  auto cf = keys::CfFromName(column_family);
  if (!cf) return Status::InvalidArgument("no column family " + Q(column_family));
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  impl_->cluster_cache.Clear();
  return FromRocks(impl_->db->Delete(rocksdb::WriteOptions(), impl_->cf(*cf), rocksdb::Slice(key.data(), key.size())),
                   "delete");
}

}  // namespace claimkb::store
