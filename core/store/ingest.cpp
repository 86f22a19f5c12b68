// Store::Ingest: validation, actor merging, URL versions, one WriteBatch.
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <unordered_set>

#include "core/base/utf8.h"
#include "core/store/cluster.h"
#include "core/store/correction_store.h"
#include "core/store/derive.h"
#include "core/store/impl.h"
#include "core/store/store.h"

namespace claimkb::store {

namespace {

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

Status CheckId(std::string_view id, const char* what) {
  if (id.empty()) return Status::InvalidArgument(std::string(what) + " with an empty id");
  return Status::OK();
}

Status CheckSpan(const model::Span& s, uint32_t text_len, const char* what, std::string_view id) {
  if (s.start > s.end || s.end > text_len)
    return Status::InvalidArgument(std::string(what) + " " + Q(id) + " has span [" + std::to_string(s.start) + ", " +
                                   std::to_string(s.end) + ") outside the text (" + std::to_string(text_len) +
                                   " code points)");
  return Status::OK();
}

// Everything about the extraction that can be checked without the store.
Status Validate(const model::Extraction& x) {
  const model::Document& d = x.document;
  Status s = CheckId(d.id, "document");
  if (!s.ok()) return s;
  s = utf8::Validate(d.text);
  if (!s.ok()) return Status::InvalidArgument("document " + Q(d.id) + " text: " + s.message());
  const auto len = static_cast<uint32_t>(utf8::CodePointCount(d.text));
  std::unordered_set<std::string_view> ids;
  for (const auto& a : x.actors) {
    if (!(s = CheckId(a.id, "actor")).ok()) return s;
    if (!ids.insert(a.id).second) return Status::InvalidArgument("actor " + Q(a.id) + " appears twice");
  }
  ids.clear();
  for (const auto& c : x.claims) {
    if (!(s = CheckId(c.id, "claim")).ok()) return s;
    if (!ids.insert(c.id).second) return Status::InvalidArgument("claim " + Q(c.id) + " appears twice");
    if (!c.document_id.empty() && c.document_id != d.id)
      return Status::InvalidArgument("claim " + Q(c.id) + " belongs to document " + Q(c.document_id) + ", not " +
                                     Q(d.id));
    if (!(s = CheckSpan(c.span, len, "claim", c.id)).ok()) return s;
  }
  ids.clear();
  for (const auto& e : x.events) {
    if (!(s = CheckId(e.id, "event")).ok()) return s;
    if (!ids.insert(e.id).second) return Status::InvalidArgument("event " + Q(e.id) + " appears twice");
    if (!e.document_id.empty() && e.document_id != d.id)
      return Status::InvalidArgument("event " + Q(e.id) + " belongs to document " + Q(e.document_id) + ", not " +
                                     Q(d.id));
    if (!(s = CheckSpan(e.span, len, "event", e.id)).ok()) return s;
  }
  for (const auto& e : x.edges)
    if (e.from.empty() || e.to.empty())
      return Status::InvalidArgument(std::string(model::ToString(e.type)) + " edge with an empty end");
  return Status::OK();
}

// Appends the items of `extra` that `base` lacks; true when base changed.
bool UnionInto(std::vector<std::string>* base, const std::vector<std::string>& extra) {
  bool changed = false;
  for (const auto& s : extra)
    if (!s.empty() && std::find(base->begin(), base->end(), s) == base->end()) {
      base->push_back(s);
      changed = true;
    }
  return changed;
}

// The stored actor with what the new sighting adds. True when anything changed.
bool MergeActor(model::Actor* stored, const model::Actor& seen) {
  bool changed = false;
  if (seen.name != stored->name) changed |= UnionInto(&stored->aliases, {seen.name});
  changed |= UnionInto(&stored->aliases, seen.aliases);
  changed |= UnionInto(&stored->titles, seen.titles);
  if (stored->type == model::ActorType::kOther && seen.type != model::ActorType::kOther) {
    stored->type = seen.type;
    changed = true;
  }
  if (stored->wikidata.empty() && !seen.wikidata.empty()) {
    stored->wikidata = seen.wikidata;
    changed = true;
  }
  return changed;
}

Result<uint64_t> ReadCounter(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* meta, const std::string& key) {
  std::string v;
  rocksdb::Status s = db->Get(rocksdb::ReadOptions(), meta, key, &v);
  if (s.IsNotFound()) return uint64_t{0};
  if (!s.ok()) return FromRocks(s, "read counter");
  uint64_t n = 0;
  Status st = values::DecodeCounter(v, &n);
  if (!st.ok()) return st;
  return n;
}

// The stored records of items' ids in cf, in one MultiGet.
template <typename T>
Status ReadIds(const ReadView& v, keys::Cf cf, const std::vector<T>& items, std::vector<rocksdb::PinnableSlice>* values,
               std::vector<bool>* found) {
  found->clear();
  if (items.empty()) return Status::OK();
  std::vector<std::string> ks;
  ks.reserve(items.size());
  for (const auto& item : items) ks.push_back(keys::IdKey(item.id));
  return v.MultiGet(cf, ks, values, found);
}

}  // namespace

Status AddToCounters(Store::Impl& impl, rocksdb::WriteBatch* batch, const Stats& delta) {
  const std::pair<const char*, uint64_t> items[] = {{"documents", delta.documents},
                                                    {"claims", delta.claims},
                                                    {"actors", delta.actors},
                                                    {"events", delta.events},
                                                    {"edges", delta.edges}};
  for (const auto& [name, add] : items) {
    if (add == 0) continue;
    const std::string key = keys::CounterKey(name);
    auto n = ReadCounter(impl.db.get(), impl.cf(keys::Cf::kMeta), key);
    if (!n.ok()) return n.status();
    batch->Put(impl.cf(keys::Cf::kMeta), key, values::EncodeCounter(*n + add));
  }
  return Status::OK();
}

Result<IngestResult> Store::Ingest(const model::Extraction& x) {
  if (impl_->options.read_only) return Status::Unsupported("store " + Q(impl_->dir) + " is open read-only");
  Status s = Validate(x);
  if (!s.ok()) return s;

  std::lock_guard<std::mutex> lock(impl_->write_mu);
  rocksdb::DB* db = impl_->db.get();
  ReadView view(*impl_);  // taken under the writer lock: it sees every committed ingest
  IngestResult result;
  result.document_id = x.document.id;

  auto existing = LoadDocumentRecord(view, x.document.id);
  if (existing.ok()) {
    result.previous_version = existing->document.previous_version;
    return result;
  }
  if (!existing.status().IsNotFound()) return existing.status();

  std::string scratch;
  std::vector<rocksdb::PinnableSlice> read;
  std::vector<bool> found;
  if (!(s = ReadIds(view, keys::Cf::kClaims, x.claims, &read, &found)).ok()) return s;
  for (size_t i = 0; i < x.claims.size(); ++i)
    if (found[i]) return Status::Conflict("claim " + Q(x.claims[i].id) + " is already stored for another document");
  if (!(s = ReadIds(view, keys::Cf::kEvents, x.events, &read, &found)).ok()) return s;
  for (size_t i = 0; i < x.events.size(); ++i)
    if (found[i]) return Status::Conflict("event " + Q(x.events[i].id) + " is already stored for another document");

  values::DocumentRecord rec;
  std::vector<std::string> older_versions;  // of the same URL, oldest first
  rec.document = x.document;
  rec.document.text.clear();
  rec.document.previous_version.clear();
  if (rec.document.ingested.empty()) rec.document.ingested = NowUtc();
  rec.times = x.times;
  rec.quantities = x.quantities;
  rec.warnings = x.warnings;
  if (!x.document.url.empty()) {
    std::string prefix;
    keys::PutStr(&prefix, x.document.url);
    Scan scan = view.Prefix(keys::Cf::kIdxUrl, prefix);
    keys::UrlKey last;
    for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
      if (!keys::Decode(scan.key(), &last)) return Status::Corruption("undecodable idx_url entry");
      older_versions.push_back(last.doc);
    }
    if (!(s = scan.status()).ok()) return s;
    if (!last.doc.empty()) {
      rec.version = last.version + 1;
      rec.document.previous_version = last.doc;
      result.previous_version = last.doc;
    }
  }

  // Reserved as the last batch (+25%, at most 16 MB): grown by doubling, it was re-copied at each doubling.
  rocksdb::WriteBatch batch(std::min<size_t>(impl_->batch_bytes + impl_->batch_bytes / 4, size_t{16} << 20));
  std::vector<derive::Entry> entries;
  Stats delta;
  delta.documents = 1;

  std::set<std::string> known_actors;
  if (!(s = ReadIds(view, keys::Cf::kActors, x.actors, &read, &found)).ok()) return s;
  for (size_t i = 0; i < x.actors.size(); ++i) {
    const model::Actor& a = x.actors[i];
    known_actors.insert(a.id);
    model::Actor next;
    if (found[i]) {
      if (!(s = values::Decode(std::string_view(read[i].data(), read[i].size()), &next)).ok())
        return Status::Corruption(s.message() + " (actor " + Q(a.id) + ")");
      if (!MergeActor(&next, a)) continue;
      ++result.actors_merged;
    } else {
      next = a;
      ++result.actors_new;
      ++delta.actors;
    }
    batch.Put(impl_->cf(keys::Cf::kActors), keys::IdKey(next.id), values::Encode(next));
    derive::ActorEntries(next, &entries);
  }
  auto require_actor = [&](const std::string& id, const char* what, const std::string& owner) -> Status {
    if (id.empty() || known_actors.count(id)) return Status::OK();
    Status st = view.Get(keys::Cf::kActors, keys::IdKey(id), &scratch);
    if (st.IsNotFound())
      return Status::InvalidArgument(std::string(what) + " " + Q(owner) + " refers to unknown actor " + Q(id));
    if (st.ok()) known_actors.insert(id);
    return st;
  };

  // The extraction's claims, events and edges are copied only when something
  // must change them (a document id to fill in; a new version re-anchoring
  // its predecessors): copying every string of them was a large share of the
  // ingest's allocations.
  std::vector<model::Claim> claims_copy;
  std::vector<model::Event> events_copy;
  std::vector<model::Edge> edges_copy;
  const bool reanchor = !older_versions.empty();
  const std::vector<model::Claim>* claims_p = &x.claims;
  const std::vector<model::Event>* events_p = &x.events;
  const std::vector<model::Edge>* edges_p = &x.edges;
  if (reanchor || !std::all_of(x.claims.begin(), x.claims.end(),
                               [&x](const model::Claim& c) { return c.document_id == x.document.id; })) {
    claims_copy = x.claims;
    for (auto& c : claims_copy) c.document_id = x.document.id;
    claims_p = &claims_copy;
  }
  if (!std::all_of(x.events.begin(), x.events.end(),
                   [&x](const model::Event& e) { return e.document_id == x.document.id; })) {
    events_copy = x.events;
    for (auto& e : events_copy) e.document_id = x.document.id;
    events_p = &events_copy;
  }
  if (reanchor) {
    edges_copy = x.edges;
    edges_p = &edges_copy;
    if (!(s = Reanchor(view, *impl_, rec, x.document.text, older_versions, &claims_copy, &edges_copy, &batch)).ok())
      return s;
  }
  const std::vector<model::Claim>& claims = *claims_p;
  const std::vector<model::Event>& events = *events_p;
  cluster::Output clustered;  // propositions, corroborates and disputes: same batch, all-or-nothing
  if (impl_->options.cluster_claims &&
      !(s = cluster::ClusterClaims(view, rec.document, claims, &impl_->cluster_cache, &clustered)).ok())
    return s;
  const std::vector<model::Edge>* const edge_lists[] = {edges_p, &clustered.edges};
  entries.reserve(entries.size() + clustered.entries.size() + clustered.lsh_puts.size() + 40 * claims.size() +
                  2 * (edges_p->size() + clustered.edges.size()));
  std::move(clustered.entries.begin(), clustered.entries.end(), std::back_inserter(entries));
  std::move(clustered.lsh_puts.begin(), clustered.lsh_puts.end(), std::back_inserter(entries));
  for (const auto& c : claims) {
    for (const auto* ids : {&c.attribution.speakers, &c.attribution.via, &c.actors})
      for (const auto& id : *ids)
        if (!(s = require_actor(id, "claim", c.id)).ok()) return s;
    batch.Put(impl_->cf(keys::Cf::kClaims), keys::IdKey(c.id), values::Encode(c));
  }
  for (const auto& e : events) {
    for (const auto* ids : {&e.agents, &e.patients})
      for (const auto& id : *ids)
        if (!(s = require_actor(id, "event", e.id)).ok()) return s;
    if (!(s = require_actor(e.place, "event", e.id)).ok()) return s;
    batch.Put(impl_->cf(keys::Cf::kEvents), keys::IdKey(e.id), values::Encode(e));
  }
  // Written in key order (the first of a repeated edge wins): each memtable
  // insert then lands next to the previous one instead of searching from the top.
  std::vector<std::pair<std::string, const model::Edge*>> edge_keys;
  edge_keys.reserve(edges_p->size() + clustered.edges.size());
  for (const auto* list : edge_lists)
    for (const auto& e : *list) edge_keys.emplace_back(keys::EncodeEdge(e.from, e.type, e.to, x.document.id), &e);
  std::stable_sort(edge_keys.begin(), edge_keys.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  edge_keys.erase(std::unique(edge_keys.begin(), edge_keys.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }),
                  edge_keys.end());
  for (const auto& [key, e] : edge_keys) {
    batch.Put(impl_->cf(keys::Cf::kEdges), key, values::EncodeEdgeWhy(e->why));
    derive::EdgeEntries(e->from, e->type, e->to, x.document.id, &entries);
  }

  batch.Put(impl_->cf(keys::Cf::kDocuments), keys::IdKey(rec.document.id), values::Encode(rec));
  batch.Put(impl_->cf(keys::Cf::kTexts), keys::IdKey(rec.document.id), values::EncodeText(x.document.text));
  derive::DocumentEntries(rec, claims, events, &entries);
  // In key order, each memtable insert starts its skip-list search from the
  // previous one. Sorted by pointer: moving the entries' strings cost more than comparing them.
  auto in_order = [](const std::vector<derive::Entry>& all) {
    std::vector<const derive::Entry*> order;
    order.reserve(all.size());
    for (const auto& en : all) order.push_back(&en);
    std::stable_sort(order.begin(), order.end(), [](const derive::Entry* a, const derive::Entry* b) {
      return a->cf != b->cf ? a->cf < b->cf : a->key < b->key;
    });  // stable: a later put of one key wins
    return order;
  };
  for (const auto* en : in_order(entries)) batch.Put(impl_->cf(en->cf), en->key, en->value);
  for (const auto* en : in_order(clustered.lsh)) batch.Merge(impl_->cf(en->cf), en->key, en->value);

  delta.claims = claims.size();
  delta.events = events.size();
  delta.edges = edge_keys.size();
  if (!(s = AddToCounters(*impl_, &batch, delta)).ok()) return s;

  rocksdb::WriteOptions wo;
  wo.sync = impl_->options.sync;
  s = FromRocks(db->Write(wo, &batch), "ingest of document " + Q(x.document.id));
  if (!s.ok()) return s;
  impl_->batch_bytes = batch.GetDataSize();
  using Ends = std::tuple<model::EdgeType, std::string_view, std::string_view>;
  std::vector<Ends> extracted;
  extracted.reserve(x.edges.size());
  for (const auto& e : x.edges) extracted.emplace_back(e.type, e.from, e.to);
  std::sort(extracted.begin(), extracted.end());
  for (const auto* list : edge_lists)  // before Remember takes clustered
    for (const auto& e : *list)
      if (!std::binary_search(extracted.begin(), extracted.end(), Ends(e.type, e.from, e.to)))
        result.derived_edges.push_back(e);
  // Re-anchoring changed claim states of older versions: their cached signatures may no longer apply.
  if (older_versions.empty()) cluster::Remember(std::move(clustered), &impl_->cluster_cache);
  else impl_->cluster_cache.Clear();
  result.stored = true;
  result.claims = claims.size();
  result.events = events.size();
  result.edges = edge_keys.size();
  return result;
}

}  // namespace claimkb::store
