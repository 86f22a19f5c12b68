// Export to NDJSON and Import from it; see schema/storage_format.md "Export".
#include <istream>
#include <ostream>
#include <set>

#include "core/model/json.h"
#include "core/store/cluster.h"
#include "core/store/correction_store.h"
#include "core/store/derive.h"
#include "core/store/impl.h"
#include "core/store/store.h"

namespace claimkb::store {

namespace {

using keys::Cf;
using model::json;

constexpr const char* kHeader = "claimkb-export";
constexpr size_t kBatchRecords = 512;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

template <typename T>
Status ExportFamily(const ReadView& v, Cf cf, const char* record, std::ostream& out) {
  Scan scan = v.Range(cf, "", "");
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    T rec;
    Status s = values::Decode(scan.value(), &rec);
    if (!s.ok()) return s;
    out << json{{"record", record}, {record, rec}}.dump() << '\n';
  }
  return scan.status();
}

}  // namespace

Status Store::Export(std::ostream& out) const {
  ReadView v(*impl_);
  out << json{{"record", kHeader}, {"schema_version", keys::kExportVersion}}.dump() << '\n';
  Status s = ExportFamily<model::Actor>(v, Cf::kActors, "actor", out);
  if (!s.ok()) return s;
  {
    Scan scan = v.Range(Cf::kDocuments, "", "");
    for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
      values::DocumentRecord rec;
      if (!(s = values::Decode(scan.value(), &rec)).ok()) return s;
      std::string bytes;
      if (!(s = v.Get(Cf::kTexts, scan.key(), &bytes)).ok()) return s;
      if (!(s = values::DecodeText(bytes, &rec.document.text)).ok()) return s;
      out << json{{"record", "document"},     {"document", rec.document},     {"version", rec.version},
                  {"times", rec.times},       {"quantities", rec.quantities}, {"warnings", rec.warnings}}
                 .dump()
          << '\n';
    }
    if (!(s = scan.status()).ok()) return s;
  }
  if (!(s = ExportFamily<model::Claim>(v, Cf::kClaims, "claim", out)).ok()) return s;
  if (!(s = ExportFamily<model::Event>(v, Cf::kEvents, "event", out)).ok()) return s;
  Scan scan = v.Range(Cf::kEdges, "", "");
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::EdgeKey k;
    std::string why;
    if (!keys::DecodeEdge(scan.key(), &k)) return Status::Corruption("undecodable key in edges");
    if (!(s = values::DecodeEdgeWhy(scan.value(), &why)).ok()) return s;
    out << json{{"record", "edge"}, {"owner", k.owner}, {"edge", model::Edge{k.type, k.from, k.to, why}}}.dump()
        << '\n';
  }
  if (!(s = scan.status()).ok()) return s;
  if (!(s = ExportCorrections(v, out)).ok()) return s;
  if (!(s = cluster::ExportPropositions(v, out)).ok()) return s;
  out.flush();
  return out ? Status::OK() : Status::IOError("export: write failed");
}

namespace {

// Writes records (and deletions) in batches; status() is the last batch's.
class Importer {
 public:
  explicit Importer(Store::Impl& impl) : impl_(impl) {}

  void Put(Cf cf, std::string key, std::string value) {
    batch_.Put(impl_.cf(cf), key, value);
    if (++pending_ >= kBatchRecords) status_ = Flush();
  }
  void Put(const std::vector<derive::Entry>& entries) {
    for (const auto& e : entries) Put(e.cf, e.key, e.value);
  }
  void Delete(Cf cf, const rocksdb::Slice& key) {
    batch_.Delete(impl_.cf(cf), key);
    if (++pending_ >= kBatchRecords) status_ = Flush();
  }
  void Merge(const std::vector<derive::Entry>& entries) {
    for (const auto& e : entries) {
      batch_.Merge(impl_.cf(e.cf), e.key, e.value);
      if (++pending_ >= kBatchRecords) status_ = Flush();
    }
  }
  Status Flush() {
    if (pending_ == 0) return Status::OK();
    pending_ = 0;
    Status s = FromRocks(impl_.db->Write(rocksdb::WriteOptions(), &batch_), "import");
    batch_.Clear();
    return s;
  }
  const Status& status() const { return status_; }

 private:
  Store::Impl& impl_;
  rocksdb::WriteBatch batch_;
  size_t pending_ = 0;
  Status status_;
};

bool IsKey(const rocksdb::Slice& key, std::string_view name) { return key == rocksdb::Slice(name.data(), name.size()); }

}  // namespace

Status ClearImport(Store::Impl& impl) {
  Importer w(impl);
  for (size_t i = 0; i < keys::kNumCfs; ++i) {
    const auto cf = static_cast<Cf>(i);
    std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(rocksdb::ReadOptions(), impl.cf(cf)));
    for (it->SeekToFirst(); it->Valid() && w.status().ok(); it->Next())
      if (cf != Cf::kMeta || !(IsKey(it->key(), keys::kFormatKey) || IsKey(it->key(), keys::kImportKey)))
        w.Delete(cf, it->key());
    if (!it->status().ok()) return FromRocks(it->status(), "clearing an unfinished import");
  }
  if (Status s = w.Flush(); !s.ok() || !w.status().ok()) return s.ok() ? w.status() : s;
  return FromRocks(impl.db->Delete(rocksdb::WriteOptions(), impl.cf(Cf::kMeta), std::string(keys::kImportKey)),
                   "clearing an unfinished import");
}

namespace {

bool FamilyEmpty(Store::Impl& impl, Cf cf) {
  std::unique_ptr<rocksdb::Iterator> it(impl.db->NewIterator(rocksdb::ReadOptions(), impl.cf(cf)));
  it->SeekToFirst();
  return !it->Valid();
}

// Parses and writes the records of the stream; pass 1 of Import.
Status ReadRecords(std::istream& in, Importer* w, Stats* counts, std::set<std::string>* doc_ids) {
  std::string line;
  size_t n = 0;
  std::set<std::string> seen_actors, seen_claims, seen_events;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    const std::string where = "import line " + std::to_string(n) + ": ";
    try {
      json j = json::parse(line);
      const std::string& record = j.at("record").get_ref<const std::string&>();
      if (n == 1) {
        if (record != kHeader) return Status::InvalidArgument(where + "not a claimkb export");
        uint32_t version = j.at("schema_version").get<uint32_t>();
        if (version != keys::kExportVersion)
          return Status::Unsupported(where + "export has schema version " + std::to_string(version) +
                                     ", this claimkb reads " + std::to_string(keys::kExportVersion));
        continue;
      }
      if (record == "actor") {
        auto a = j.at("actor").get<model::Actor>();
        if (a.id.empty() || !seen_actors.insert(a.id).second)
          return Status::InvalidArgument(where + "empty or repeated actor id " + Q(a.id));
        w->Put(Cf::kActors, keys::IdKey(a.id), values::Encode(a));
        std::vector<derive::Entry> entries;
        derive::ActorEntries(a, &entries);
        w->Put(entries);
        ++counts->actors;
      } else if (record == "document") {
        values::DocumentRecord rec;
        j.at("document").get_to(rec.document);
        j.at("version").get_to(rec.version);
        rec.times = j.at("times").get<std::vector<model::TimeRef>>();
        rec.quantities = j.at("quantities").get<std::vector<model::Quantity>>();
        rec.warnings = j.at("warnings").get<std::vector<std::string>>();
        const std::string id = rec.document.id;
        if (id.empty() || !doc_ids->insert(id).second)
          return Status::InvalidArgument(where + "empty or repeated document id " + Q(id));
        w->Put(Cf::kTexts, keys::IdKey(id), values::EncodeText(rec.document.text));
        rec.document.text.clear();
        w->Put(Cf::kDocuments, keys::IdKey(id), values::Encode(rec));
        ++counts->documents;
      } else if (record == "claim") {
        auto c = j.at("claim").get<model::Claim>();
        if (c.id.empty() || !seen_claims.insert(c.id).second)
          return Status::InvalidArgument(where + "empty or repeated claim id " + Q(c.id));
        if (!doc_ids->count(c.document_id))
          return Status::InvalidArgument(where + "claim " + Q(c.id) + " of unknown document " + Q(c.document_id));
        w->Put(Cf::kIdxDocClaims, keys::Encode(keys::DocClaimKey{c.document_id, c.span.start, c.span.end, c.id}),
               values::EncodeEmpty());
        w->Put(Cf::kClaims, keys::IdKey(c.id), values::Encode(c));
        std::vector<derive::Entry> lsh;
        cluster::LshEntries(c, &lsh);
        w->Merge(lsh);
        ++counts->claims;
      } else if (record == "event") {
        auto e = j.at("event").get<model::Event>();
        if (e.id.empty() || !seen_events.insert(e.id).second)
          return Status::InvalidArgument(where + "empty or repeated event id " + Q(e.id));
        if (!doc_ids->count(e.document_id))
          return Status::InvalidArgument(where + "event " + Q(e.id) + " of unknown document " + Q(e.document_id));
        w->Put(Cf::kIdxDocEvents, keys::Encode(keys::DocEventKey{e.document_id, e.span.start, e.id}),
               values::EncodeEmpty());
        w->Put(Cf::kEvents, keys::IdKey(e.id), values::Encode(e));
        ++counts->events;
      } else if (record == "proposition") {
        std::vector<derive::Entry> entries;
        if (Status st = cluster::ImportProposition(j, seen_claims, &entries); !st.ok())
          return Status::InvalidArgument(where + st.message());
        w->Put(entries);
      } else if (IsCorrectionRecord(record)) {
        std::vector<derive::Entry> entries;
        ImportCorrection(j, &entries);
        w->Put(entries);
      } else if (record == "edge") {
        auto e = j.at("edge").get<model::Edge>();
        keys::EdgeKey k{j.at("owner").get<std::string>(), e.type, e.from, e.to};
        if (!k.owner.empty() && !doc_ids->count(k.owner))
          return Status::InvalidArgument(where + "edge of unknown document " + Q(k.owner));
        w->Put(Cf::kEdges, keys::EncodeEdge(k), values::EncodeEdgeWhy(e.why));
        std::vector<derive::Entry> entries;
        derive::EdgeEntries(k, &entries);
        w->Put(entries);
        ++counts->edges;
      } else {
        return Status::InvalidArgument(where + "unknown record " + Q(record));
      }
    } catch (const std::exception& e) {
      return Status::InvalidArgument(where + e.what());
    }
    if (!w->status().ok()) return w->status();
  }
  if (n == 0) return Status::InvalidArgument("import: empty input");
  if (in.bad()) return Status::IOError("import: read failed");
  return w->Flush();
}

}  // namespace

Result<ImportResult> Store::Import(std::istream& in) {
  if (impl_->options.read_only) return Status::Unsupported("store " + Q(impl_->dir) + " is open read-only");
  std::lock_guard<std::mutex> lock(impl_->write_mu);
  impl_->cluster_cache.Clear();
  for (Cf cf : {Cf::kDocuments, Cf::kActors, Cf::kClaims, Cf::kEvents, Cf::kEdges})
    if (!FamilyEmpty(*impl_, cf)) return Status::Conflict("import needs an empty store; " + Q(impl_->dir) + " is not");

  Status started = FromRocks(
      impl_->db->Put(rocksdb::WriteOptions(), impl_->cf(Cf::kMeta), std::string(keys::kImportKey), ""), "import");
  if (!started.ok()) return started;
  Importer w(*impl_);
  Stats counts;
  std::set<std::string> doc_ids;
  Status s = ReadRecords(in, &w, &counts, &doc_ids);
  // Pass 2: the indexes that need a document's claims and events together.
  if (s.ok()) {
    ReadView v(*impl_);
    for (const auto& id : doc_ids) {
      auto rec = LoadDocumentRecord(v, id);
      auto claims = LoadDocumentClaims(v, id);
      auto events = LoadDocumentEvents(v, id);
      if (!rec.ok() || !claims.ok() || !events.ok()) {
        s = !rec.ok() ? rec.status() : !claims.ok() ? claims.status() : events.status();
        break;
      }
      std::vector<derive::Entry> entries;
      derive::DocumentEntries(*rec, *claims, *events, &entries);
      w.Put(entries);
      if (!(s = w.status()).ok()) break;
    }
    std::vector<derive::Entry> states;
    if (s.ok() && (s = RebuildStateEntries(v, &states)).ok()) w.Put(states);
  }
  if (s.ok()) s = w.Flush();
  if (s.ok()) {
    rocksdb::WriteBatch batch;
    s = AddToCounters(*impl_, &batch, counts);
    batch.Delete(impl_->cf(Cf::kMeta), std::string(keys::kImportKey));
    if (s.ok()) s = FromRocks(impl_->db->Write(rocksdb::WriteOptions(), &batch), "import");
  }
  if (!s.ok()) {
    // Where this fails too (the disk that failed the import is still full), the
    // marker stays and the next read-write open clears the store.
    (void)ClearImport(*impl_);
    return s;
  }
  return ImportResult{counts.documents + counts.actors + counts.claims + counts.events + counts.edges};
}

}  // namespace claimkb::store
