// Whole-store walks, statistics, Check, Backup and Compact.
#include <rocksdb/utilities/checkpoint.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

#include "core/store/cluster.h"
#include "core/store/correction_store.h"
#include "core/store/derive.h"
#include "core/store/impl.h"
#include "core/store/store.h"

namespace claimkb::store {

namespace {

using keys::Cf;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

template <typename T>
Status ReadFamily(const ReadView& v, Cf cf, const std::function<bool(T&&)>& fn) {
  Scan scan = v.Range(cf, "", "");
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    T rec;
    Status s = values::Decode(scan.value(), &rec);
    if (!s.ok()) return s;
    if (!fn(std::move(rec))) break;
  }
  return scan.status();
}

}  // namespace

Status Store::ForEachDocument(const std::function<bool(const model::Document&)>& fn) const {
  ReadView v(*impl_);
  return ReadFamily<values::DocumentRecord>(
      v, Cf::kDocuments, [&](values::DocumentRecord&& r) { return fn(r.document); });
}

Status Store::ForEachActor(const std::function<bool(const model::Actor&)>& fn) const {
  ReadView v(*impl_);
  return ReadFamily<model::Actor>(v, Cf::kActors, [&](model::Actor&& a) { return fn(a); });
}

Status Store::ForEachExtraction(const std::function<bool(const model::Extraction&)>& fn) const {
  ReadView v(*impl_);
  Status inner;
  Status s = ReadFamily<values::DocumentRecord>(v, Cf::kDocuments, [&](values::DocumentRecord&& r) {
    model::Extraction x;
    auto doc = LoadDocument(v, r.document.id, true);
    auto claims = LoadDocumentClaims(v, r.document.id);
    auto events = LoadDocumentEvents(v, r.document.id);
    if (!doc.ok() || !claims.ok() || !events.ok()) {
      inner = !doc.ok() ? doc.status() : !claims.ok() ? claims.status() : events.status();
      return false;
    }
    x.document = std::move(doc).value();
    x.claims = std::move(claims).value();
    x.events = std::move(events).value();
    x.times = std::move(r.times);
    x.quantities = std::move(r.quantities);
    x.warnings = std::move(r.warnings);
    std::set<std::string> actor_ids;
    for (const auto& c : x.claims) {
      actor_ids.insert(c.attribution.speakers.begin(), c.attribution.speakers.end());
      actor_ids.insert(c.attribution.via.begin(), c.attribution.via.end());
      actor_ids.insert(c.actors.begin(), c.actors.end());
    }
    for (const auto& e : x.events) {
      actor_ids.insert(e.agents.begin(), e.agents.end());
      actor_ids.insert(e.patients.begin(), e.patients.end());
      if (!e.place.empty()) actor_ids.insert(e.place);
    }
    for (const auto& id : actor_ids) {
      auto a = LoadActor(v, id);
      if (!a.ok()) {
        inner = a.status();
        return false;
      }
      x.actors.push_back(std::move(a).value());
    }
    // Edges are keyed by their source: the document's own are those leaving
    // its nodes (and its actors) that it owns, in (type, from, to) order.
    std::set<std::string> sources(actor_ids.begin(), actor_ids.end());
    sources.insert(x.document.id);
    for (const auto& c : x.claims) sources.insert(c.id);
    for (const auto& e : x.events) sources.insert(e.id);
    for (const auto& from : sources) {
      std::string prefix;
      keys::PutStr(&prefix, from);
      Scan edges = v.Prefix(Cf::kEdges, prefix);
      for (edges.SeekToFirst(); edges.Valid(); edges.Next()) {
        keys::EdgeKey k;
        model::Edge e;
        if (!keys::DecodeEdge(edges.key(), &k)) {
          inner = Status::Corruption("undecodable key in edges");
          return false;
        }
        if (k.owner != x.document.id) continue;
        if (!(inner = values::DecodeEdgeWhy(edges.value(), &e.why)).ok()) return false;
        e.type = k.type;
        e.from = std::move(k.from);
        e.to = std::move(k.to);
        x.edges.push_back(std::move(e));
      }
      if (!(inner = edges.status()).ok()) return false;
    }
    std::sort(x.edges.begin(), x.edges.end(), [](const model::Edge& a, const model::Edge& b) {
      return std::tie(a.type, a.from, a.to) < std::tie(b.type, b.from, b.to);
    });
    return fn(x);
  });
  return inner.ok() ? s : inner;
}

Status Store::ForEachRecord(const RecordVisitor& visit) const {
  ReadView v(*impl_);
  bool go = true;
  Status s;
  if (visit.document)
    s = ReadFamily<values::DocumentRecord>(
        v, Cf::kDocuments, [&](values::DocumentRecord&& r) { return go = visit.document(r.document); });
  if (s.ok() && go && visit.claim)
    s = ReadFamily<model::Claim>(v, Cf::kClaims, [&](model::Claim&& c) { return go = visit.claim(c); });
  if (s.ok() && go && visit.event)
    s = ReadFamily<model::Event>(v, Cf::kEvents, [&](model::Event&& e) { return go = visit.event(e); });
  if (!s.ok()) return s;
  if (go && visit.edge) {
    Scan edges = v.Range(Cf::kEdges, "", "");
    keys::EdgeKey k;
    model::Edge e;
    for (edges.SeekToFirst(); go && edges.Valid(); edges.Next()) {
      if (!keys::DecodeEdge(edges.key(), &k)) return Status::Corruption("undecodable key in edges");
      if (!(s = values::DecodeEdgeWhy(edges.value(), &e.why)).ok()) return s;
      e.type = k.type;
      e.from = std::move(k.from);
      e.to = std::move(k.to);
      go = visit.edge(k.owner, e);
    }
    if (!(s = edges.status()).ok()) return s;
  }
  if (go && visit.actor)
    s = ReadFamily<model::Actor>(v, Cf::kActors, [&](model::Actor&& a) { return visit.actor(a); });
  return s;
}

namespace {

Result<Stats> CountersAt(const ReadView& v) {
  Stats st;
  const std::pair<const char*, uint64_t*> items[] = {{"documents", &st.documents},
                                                     {"claims", &st.claims},
                                                     {"actors", &st.actors},
                                                     {"events", &st.events},
                                                     {"edges", &st.edges}};
  for (const auto& [name, dst] : items) {
    std::string bytes;
    Status s = v.Get(Cf::kMeta, keys::CounterKey(name), &bytes);
    if (s.IsNotFound()) continue;
    if (!s.ok()) return s;
    if (!(s = values::DecodeCounter(bytes, dst)).ok()) return s;
  }
  return st;
}

}  // namespace

Result<Stats> Store::GetStats() const {
  ReadView v(*impl_);
  auto counted = CountersAt(v);
  if (!counted.ok()) return counted.status();
  Stats st = *counted;
  std::error_code ec;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(impl_->dir, ec))
    if (entry.is_regular_file(ec)) st.disk_bytes += entry.file_size(ec);
  return st;
}

Status Store::Backup(const std::string& dir) const {
  if (std::filesystem::exists(dir)) return Status::InvalidArgument("backup target " + Q(dir) + " already exists");
  rocksdb::Checkpoint* raw = nullptr;
  Status s = FromRocks(rocksdb::Checkpoint::Create(impl_->db.get(), &raw), "backup");
  if (!s.ok()) return s;
  std::unique_ptr<rocksdb::Checkpoint> cp(raw);
  return FromRocks(cp->CreateCheckpoint(dir), "backup to " + Q(dir));
}

Status Store::Compact() {
  rocksdb::CompactRangeOptions options;
  options.bottommost_level_compaction = rocksdb::BottommostLevelCompaction::kForceOptimized;
  for (rocksdb::ColumnFamilyHandle* cf : impl_->cfs) {
    Status s = FromRocks(impl_->db->CompactRange(options, cf, nullptr, nullptr), "compact " + Q(cf->GetName()));
    if (!s.ok()) return s;
  }
  return Status::OK();
}

// ---- Check ----------------------------------------------------------------------

namespace {

constexpr size_t kMaxProblems = 200;

class Problems {
 public:
  void Add(std::string p) {
    if (list_.size() < kMaxProblems) list_.push_back(std::move(p));
    ++total_;
  }
  std::vector<std::string> Take() {
    if (total_ > list_.size()) list_.push_back("... and " + std::to_string(total_ - list_.size()) + " more");
    return std::move(list_);
  }

 private:
  std::vector<std::string> list_;
  size_t total_ = 0;
};

struct Loaded {
  std::map<std::string, values::DocumentRecord> docs;
  std::map<std::string, std::vector<model::Claim>> claims;  // by document
  std::map<std::string, std::vector<model::Event>> events;  // by document
  std::set<std::string> actors;
  uint64_t n_claims = 0, n_events = 0, n_edges = 0;
};

// Reads every record of cf, reporting undecodable ones and key/id mismatches.
template <typename T, typename Fn>
Status Walk(const ReadView& v, Cf cf, Problems* p, Fn&& fn) {
  Scan scan = v.Range(cf, "", "");
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    std::string id;
    if (!keys::ParseIdKey(scan.key(), &id)) {
      p->Add(derive::Describe(cf, scan.key()));
      continue;
    }
    T rec;
    Status s = values::Decode(scan.value(), &rec);
    if (!s.ok()) {
      p->Add(std::string(keys::CfName(cf)) + " " + Q(id) + ": " + s.message());
      continue;
    }
    fn(id, std::move(rec));
  }
  return scan.status();
}

void ReferencedActors(const std::vector<std::string>& ids, const Loaded& l, const char* what, const std::string& owner,
                      Problems* p) {
  for (const auto& id : ids)
    if (!id.empty() && !l.actors.count(id))
      p->Add(std::string(what) + " " + Q(owner) + " refers to missing actor " + Q(id));
}

}  // namespace

Result<std::vector<std::string>> Store::Check() const {
  ReadView v(*impl_);
  Problems p;
  Loaded l;
  std::vector<derive::Entry> expected;
  Status s;

  s = Walk<values::DocumentRecord>(v, Cf::kDocuments, &p, [&](const std::string& id, values::DocumentRecord&& r) {
    if (r.document.id != id) p.Add("document stored under " + Q(id) + " has id " + Q(r.document.id));
    l.docs.emplace(id, std::move(r));
  });
  if (!s.ok()) return s;
  for (const auto& [id, r] : l.docs)
    if (!r.document.previous_version.empty() && !l.docs.count(r.document.previous_version))
      p.Add("document " + Q(id) + " has missing previous version " + Q(r.document.previous_version));
  {
    std::set<std::string> texts;
    Scan scan = v.Range(Cf::kTexts, "", "");
    for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
      std::string id, text;
      if (!keys::ParseIdKey(scan.key(), &id) || !values::DecodeText(scan.value(), &text).ok()) {
        p.Add("undecodable text record " + derive::Describe(Cf::kTexts, scan.key()));
        continue;
      }
      if (!l.docs.count(id)) p.Add("text of missing document " + Q(id));
      texts.insert(id);
    }
    if (!(s = scan.status()).ok()) return s;
    for (const auto& [id, r] : l.docs)
      if (!texts.count(id)) p.Add("document " + Q(id) + " has no text");
  }
  s = Walk<model::Actor>(v, Cf::kActors, &p, [&](const std::string& id, model::Actor&& a) {
    if (a.id != id) p.Add("actor stored under " + Q(id) + " has id " + Q(a.id));
    l.actors.insert(id);
    derive::ActorEntries(a, &expected);
  });
  if (!s.ok()) return s;
  s = Walk<model::Claim>(v, Cf::kClaims, &p, [&](const std::string& id, model::Claim&& c) {
    ++l.n_claims;
    if (c.id != id) p.Add("claim stored under " + Q(id) + " has id " + Q(c.id));
    if (!l.docs.count(c.document_id)) {
      p.Add("claim " + Q(id) + " belongs to missing document " + Q(c.document_id));
      return;
    }
    l.claims[c.document_id].push_back(std::move(c));
  });
  if (!s.ok()) return s;
  s = Walk<model::Event>(v, Cf::kEvents, &p, [&](const std::string& id, model::Event&& e) {
    ++l.n_events;
    if (e.id != id) p.Add("event stored under " + Q(id) + " has id " + Q(e.id));
    if (!l.docs.count(e.document_id)) {
      p.Add("event " + Q(id) + " belongs to missing document " + Q(e.document_id));
      return;
    }
    l.events[e.document_id].push_back(std::move(e));
  });
  if (!s.ok()) return s;
  {
    Scan scan = v.Range(Cf::kEdges, "", "");
    for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
      ++l.n_edges;
      keys::EdgeKey k;
      std::string why;
      if (!keys::DecodeEdge(scan.key(), &k) || !values::DecodeEdgeWhy(scan.value(), &why).ok()) {
        p.Add("undecodable edge record");
        continue;
      }
      if (!k.owner.empty() && !l.docs.count(k.owner)) p.Add(derive::Describe(Cf::kEdges, scan.key()) + ": no such document");
      derive::EdgeEntries(k, &expected);
    }
    if (!(s = scan.status()).ok()) return s;
  }
  static const std::vector<model::Claim> kNoClaims;
  static const std::vector<model::Event> kNoEvents;
  for (const auto& [id, r] : l.docs) {
    auto c = l.claims.find(id);
    auto e = l.events.find(id);
    const auto& claims = c == l.claims.end() ? kNoClaims : c->second;
    const auto& events = e == l.events.end() ? kNoEvents : e->second;
    for (const auto& cl : claims)
      for (const auto* ids : {&cl.attribution.speakers, &cl.attribution.via, &cl.actors})
        ReferencedActors(*ids, l, "claim", cl.id, &p);
    for (const auto& ev : events) {
      ReferencedActors(ev.agents, l, "event", ev.id, &p);
      ReferencedActors(ev.patients, l, "event", ev.id, &p);
      ReferencedActors({ev.place}, l, "event", ev.id, &p);
    }
    derive::DocumentEntries(r, claims, events, &expected);
  }

  {
    std::vector<std::string> found;
    if (!(s = CheckCorrections(v, &found, &expected)).ok()) return s;
    for (auto& f : found) p.Add(std::move(f));
  }

  // Every index must hold exactly the derived entries.
  std::sort(expected.begin(), expected.end(), [](const derive::Entry& a, const derive::Entry& b) {
    return a.cf != b.cf ? a.cf < b.cf : a.key < b.key;
  });
  expected.erase(std::unique(expected.begin(), expected.end(),
                             [](const derive::Entry& a, const derive::Entry& b) { return a.cf == b.cf && a.key == b.key; }),
                 expected.end());
  auto next = expected.begin();
  for (size_t i = 0; i < keys::kNumCfs; ++i) {
    const auto cf = static_cast<Cf>(i);
    if (!keys::IsIndex(cf)) continue;
    const char* name = keys::CfName(cf);
    auto end = std::find_if(next, expected.end(), [&](const derive::Entry& e) { return e.cf != cf; });
    Scan scan = v.Range(cf, "", "");
    scan.SeekToFirst();
    while (scan.Valid() || next != end) {
      int cmp = !scan.Valid() ? 1 : next == end ? -1 : scan.key().compare(next->key);
      if (cmp < 0) {
        p.Add(std::string(name) + ": stray entry for " + derive::Describe(cf, scan.key()) + " (no such record)");
        scan.Next();
      } else if (cmp > 0) {
        p.Add(std::string(name) + ": missing entry for " + derive::Describe(cf, next->key));
        ++next;
      } else {
        if (scan.value() != next->value) p.Add(std::string(name) + ": stale value for " + derive::Describe(cf, next->key));
        scan.Next();
        ++next;
      }
    }
    if (!(s = scan.status()).ok()) return s;
    next = end;
  }

  {
    std::set<std::string> claim_ids;
    for (const auto& [doc, claims] : l.claims)
      for (const auto& c : claims) claim_ids.insert(c.id);
    std::vector<std::string> found;
    if (!(s = cluster::Check(v, claim_ids, &found)).ok()) return s;
    for (auto& f : found) p.Add(std::move(f));
  }

  auto stats = CountersAt(v);
  if (!stats.ok()) return stats.status();
  const std::tuple<const char*, uint64_t, uint64_t> counts[] = {
      {"documents", stats->documents, l.docs.size()}, {"claims", stats->claims, l.n_claims},
      {"actors", stats->actors, l.actors.size()},     {"events", stats->events, l.n_events},
      {"edges", stats->edges, l.n_edges}};
  for (const auto& [name, counted, actual] : counts)
    if (counted != actual)
      p.Add(std::string("counter of ") + name + " says " + std::to_string(counted) + ", store holds " +
            std::to_string(actual));
  return p.Take();
}

}  // namespace claimkb::store
