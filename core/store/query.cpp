// Listings: cursor pagination over one index chosen per query, then filters.
#include <algorithm>
#include <map>

#include "core/store/correction_store.h"
#include "core/store/derive.h"
#include "core/store/fold.h"
#include "core/store/impl.h"
#include "core/store/store.h"

namespace claimkb::store {

namespace {

using keys::Cf;

std::string Q(std::string_view s) {
  if (s.size() > 48) return "`" + std::string(s.substr(0, 45)) + "...`";
  return "`" + std::string(s) + "`";
}

Status CheckDate(std::string_view d, const char* name) {
  static constexpr std::string_view kShape = "dddd-dd-dd";
  bool ok = d.size() == 4 || d.size() == 7 || d.size() == 10;
  for (size_t i = 0; ok && i < d.size(); ++i)
    ok = kShape[i] == '-' ? d[i] == '-' : (d[i] >= '0' && d[i] <= '9');
  if (!ok) return Status::InvalidArgument(std::string(name) + " " + Q(d) + " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
  return Status::OK();
}

struct Bounds {
  std::string lower, upper;  // upper "" = end of the family
};

// Keys of the form prefix TimeKey ... restricted to dates in [from, to].
Result<Bounds> TimeBounds(const std::string& prefix, std::string_view from, std::string_view to) {
  Status s;
  if (!from.empty() && !(s = CheckDate(from, "from")).ok()) return s;
  if (!to.empty() && !(s = CheckDate(to, "to")).ok()) return s;
  Bounds b{prefix + std::string(from), keys::PrefixEnd(prefix)};
  if (!to.empty()) b.upper = prefix + std::string(to) + '\xff';
  return b;
}

// Walks [b.lower, b.upper) of cf after the cursor's key. visit(key, value)
// returns whether it added an item, or an error. Stops after limit items.
template <typename T, typename Visit>
Status Paginate(const ReadView& v, Cf cf, const Bounds& b, std::string_view cursor, size_t limit, Page<T>* page,
                Visit&& visit) {
  if (limit == 0) return Status::InvalidArgument("limit must be at least 1");
  Scan scan = v.Range(cf, b.lower, b.upper);
  if (cursor.empty()) {
    scan.SeekToFirst();
  } else {
    Cf from_cf;
    std::string last;
    if (!keys::DecodeCursor(cursor, &from_cf, &last) || from_cf != cf || !keys::IsWellFormed(cf, last) ||
        last < b.lower ||
        (!b.upper.empty() && last >= b.upper))
      return Status::InvalidArgument("cursor " + Q(cursor) + " is not a cursor of this listing");
    scan.Seek(last);
    if (scan.Valid() && scan.key() == last) scan.Next();
  }
  std::string last_added;
  for (; scan.Valid(); scan.Next()) {
    if (page->items.size() >= limit) {
      page->next_cursor = keys::EncodeCursor(cf, last_added);
      break;
    }
    Result<bool> added = visit(scan.key(), scan.value(), &page->items);
    if (!added.ok()) return added.status();
    if (*added) last_added.assign(scan.key());
  }
  return scan.status();
}

Status Undecodable(Cf cf) { return Status::Corruption(std::string("undecodable key in ") + keys::CfName(cf)); }

// The claim id an index entry of a claim listing names; empty for entries of events.
Status ClaimIdOf(Cf cf, std::string_view key, std::string* id, keys::TimeKey* time) {
  bool ok = false;
  id->clear();
  switch (cf) {
    case Cf::kClaims: ok = keys::ParseIdKey(key, id); break;
    case Cf::kIdxDocClaims: {
      keys::DocClaimKey k;
      if ((ok = keys::Decode(key, &k))) *id = k.claim;
      break;
    }
    case Cf::kIdxActorClaims: {
      keys::ActorClaimKey k;
      if ((ok = keys::Decode(key, &k))) *id = k.claim, *time = k.time;
      break;
    }
    case Cf::kIdxClaimStatus: {
      keys::ClaimStatusKey k;
      if ((ok = keys::Decode(key, &k))) *id = k.claim;
      break;
    }
    case Cf::kIdxSaid:
    case Cf::kIdxTimeline: {
      keys::TimelineKey k;
      if ((ok = keys::Decode(key, &k)) && k.kind == ItemKind::kClaim) *id = k.id, *time = k.time;
      break;
    }
    case Cf::kIdxTime: {
      keys::TimeIndexKey k;
      if ((ok = keys::Decode(key, &k)) && k.kind == ItemKind::kClaim) *id = k.id, *time = k.time;
      break;
    }
    case Cf::kIdxUnit: {
      keys::UnitKey k;
      if ((ok = keys::Decode(key, &k))) *id = k.claim, *time = k.time;
      break;
    }
    case Cf::kIdxKind: {
      keys::KindKey k;
      if ((ok = keys::Decode(key, &k))) *id = k.claim, *time = k.time;
      break;
    }
    default: break;
  }
  return ok ? Status::OK() : Undecodable(cf);
}

template <typename T>
bool Has(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// Filters of a ClaimQuery other than time, which is checked on the index key.
class ClaimFilter {
 public:
  explicit ClaimFilter(const ClaimQuery& q) : q_(q) {
    folded_q_ = Fold(q.q);
    words_ = Words(folded_q_);
  }
  bool Matches(const model::Claim& c) const {
    if (!q_.document.empty() && c.document_id != q_.document) return false;
    if (!q_.speaker.empty() && !Has(c.attribution.speakers, q_.speaker)) return false;
    if (!q_.actor.empty() && !Has(c.attribution.speakers, q_.actor) && !Has(c.attribution.via, q_.actor) &&
        !Has(c.actors, q_.actor))
      return false;
    if (q_.kind && c.attribution.kind != *q_.kind) return false;
    if (!q_.unit.empty() &&
        std::none_of(c.quantities.begin(), c.quantities.end(), [&](const auto& x) { return x.unit == q_.unit; }))
      return false;
    if (!words_.empty()) {
      const std::string text = Fold(c.text);
      for (auto w : words_)
        if (text.find(w) == std::string::npos) return false;
    }
    return true;
  }

 private:
  const ClaimQuery& q_;
  std::string folded_q_;
  std::vector<std::string_view> words_;
};

bool InRange(const keys::TimeKey& t, std::string_view from, std::string_view to) {
  if (from.empty() && to.empty()) return true;
  if (t.date.empty()) return false;
  if (!from.empty() && t.date < from) return false;
  if (!to.empty() && t.date.compare(0, to.size(), to) > 0) return false;
  return true;
}

std::string StrPrefix(std::string_view s) {
  std::string out;
  keys::PutStr(&out, s);
  return out;
}

// A claim's time on an axis, reading its document's events once per document.
Result<keys::TimeKey> ClaimTimeOn(const ReadView& v, const model::Claim& c, TimeAxis axis,
                                  std::map<std::string, std::vector<model::Event>>* events_of) {
  if (axis == TimeAxis::kStatement) {
    auto rec = LoadDocumentRecord(v, c.document_id);
    if (!rec.ok()) return rec.status();
    std::vector<derive::Entry> said;
    StatementEntries(*rec, {c}, {}, &said);
    keys::TimelineKey k;
    if (said.empty() || !keys::Decode(said.front().key, &k)) return keys::TimeKey{};
    return k.time;
  }
  auto it = events_of->find(c.document_id);
  if (it == events_of->end()) {
    Result<std::vector<model::Event>> events = LoadDocumentEvents(v, c.document_id);
    if (!events.ok()) return events.status();
    it = events_of->emplace(c.document_id, std::move(events).value()).first;
  }
  return keys::TimeKeyOf(derive::ClaimTime(c, it->second));
}

}  // namespace

Result<Page<model::Document>> Store::ListDocuments(std::string_view cursor, size_t limit) const {
  ReadView v(*impl_);
  Page<model::Document> page;
  Status s = Paginate(v, Cf::kDocuments, {}, cursor, limit, &page,
                      [&](std::string_view, std::string_view value, auto* items) -> Result<bool> {
                        values::DocumentRecord rec;
                        Status st = values::Decode(value, &rec);
                        if (!st.ok()) return st;
                        items->push_back(std::move(rec.document));
                        return true;
                      });
  if (!s.ok()) return s;
  return page;
}

Result<std::vector<model::Document>> Store::DocumentVersions(std::string_view url) const {
  ReadView v(*impl_);
  std::vector<model::Document> out;
  Scan scan = v.Prefix(Cf::kIdxUrl, StrPrefix(url));
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::UrlKey k;
    if (!keys::Decode(scan.key(), &k)) return Undecodable(Cf::kIdxUrl);
    auto doc = LoadDocument(v, k.doc, false);
    if (!doc.ok()) return doc.status();
    out.push_back(std::move(doc).value());
  }
  Status s = scan.status();
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<model::Claim>> LoadDocumentClaims(const ReadView& v, std::string_view doc_id) {
  std::vector<model::Claim> out;
  Scan scan = v.Prefix(Cf::kIdxDocClaims, StrPrefix(doc_id));
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::DocClaimKey k;
    if (!keys::Decode(scan.key(), &k)) return Undecodable(Cf::kIdxDocClaims);
    auto c = LoadClaim(v, k.claim);
    if (!c.ok()) return c.status();
    out.push_back(std::move(c).value());
  }
  Status s = scan.status();
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<model::Event>> LoadDocumentEvents(const ReadView& v, std::string_view doc_id) {
  std::vector<model::Event> out;
  Scan scan = v.Prefix(Cf::kIdxDocEvents, StrPrefix(doc_id));
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::DocEventKey k;
    if (!keys::Decode(scan.key(), &k)) return Undecodable(Cf::kIdxDocEvents);
    auto e = LoadEvent(v, k.event);
    if (!e.ok()) return e.status();
    out.push_back(std::move(e).value());
  }
  Status s = scan.status();
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<model::Claim>> Store::ClaimsOfDocument(std::string_view document_id) const {
  ReadView v(*impl_);
  std::string scratch;
  Status s = v.Get(Cf::kDocuments, keys::IdKey(document_id), &scratch);
  if (s.IsNotFound()) return Status::NotFound("document " + Q(document_id) + " does not exist");
  if (!s.ok()) return s;
  return LoadDocumentClaims(v, document_id);
}

Result<Page<model::Claim>> Store::ListClaims(const ClaimQuery& q, std::string_view cursor, size_t limit) const {
  Status s;
  if (!q.from.empty() && !(s = CheckDate(q.from, "from")).ok()) return s;
  if (!q.to.empty() && !(s = CheckDate(q.to, "to")).ok()) return s;
  ReadView v(*impl_);
  const bool timed = !q.from.empty() || !q.to.empty();
  const bool statement = q.time == TimeAxis::kStatement;

  // The most selective index that can answer the query, most selective first.
  Cf cf = Cf::kClaims;
  Result<Bounds> bounds = Bounds{};
  std::map<std::string, keys::TimeKey> doc_times;  // claim times when listing by document
  ClaimQuery rest = q;  // the filters left to check on each claim
  if (!q.status.empty()) {
    if (q.status != "orphaned" && (!ClaimStatusFrom(q.status) || q.status == "extracted"))
      return Status::InvalidArgument("status " + Q(q.status) + " is not one of reviewed, rejected, retracted, orphaned");
    cf = Cf::kIdxClaimStatus;
    std::string p = StrPrefix(q.status);
    if (!q.document.empty()) keys::PutStr(&p, q.document);  // orphaned: the version it is missing from
    bounds = Bounds{p, keys::PrefixEnd(p)};
    rest.document.clear();
  } else if (!q.document.empty()) {
    cf = Cf::kIdxDocClaims;
    std::string p = StrPrefix(q.document);
    bounds = Bounds{p, keys::PrefixEnd(p)};
    if (timed) {
      auto claims = LoadDocumentClaims(v, q.document);
      if (!claims.ok()) return claims.status();
      auto events = LoadDocumentEvents(v, q.document);
      if (!events.ok()) return events.status();
      for (const auto& c : *claims) doc_times[c.id] = keys::TimeKeyOf(derive::ClaimTime(c, *events));
      if (statement) {
        auto rec = LoadDocumentRecord(v, q.document);
        if (!rec.ok()) return rec.status();
        std::vector<derive::Entry> said;
        StatementEntries(*rec, *claims, {}, &said);
        keys::TimelineKey k;
        for (const auto& e : said)
          if (keys::Decode(e.key, &k) && k.actor.empty()) doc_times[k.id] = k.time;
      }
    }
  } else if (statement) {
    cf = Cf::kIdxSaid;
    const std::string& actor = !q.speaker.empty() ? q.speaker : q.actor;
    bounds = TimeBounds(StrPrefix(actor), q.from, q.to);
  } else if (!q.speaker.empty()) {
    cf = Cf::kIdxActorClaims;
    std::string p = StrPrefix(q.speaker);
    keys::PutU8(&p, static_cast<uint8_t>(Role::kSpeaker));
    bounds = TimeBounds(p, q.from, q.to);
  } else if (!q.actor.empty()) {
    cf = Cf::kIdxTimeline;
    bounds = TimeBounds(StrPrefix(q.actor), q.from, q.to);
  } else if (!q.unit.empty()) {
    cf = Cf::kIdxUnit;
    bounds = TimeBounds(StrPrefix(q.unit), q.from, q.to);
  } else if (q.kind) {
    cf = Cf::kIdxKind;
    std::string p;
    keys::PutU8(&p, static_cast<uint8_t>(*q.kind));
    bounds = TimeBounds(p, q.from, q.to);
  } else if (timed) {
    cf = Cf::kIdxTime;
    bounds = TimeBounds("", q.from, q.to);
  }
  if (!bounds.ok()) return bounds.status();

  ClaimFilter filter(rest);
  Page<model::Claim> page;
  std::string id;
  std::map<std::string, std::vector<model::Event>> events_of;  // status listings with a time filter
  s = Paginate(v, cf, *bounds, cursor, limit, &page,
               [&](std::string_view key, std::string_view, auto* items) -> Result<bool> {
                 keys::TimeKey time;
                 Status st = ClaimIdOf(cf, key, &id, &time);
                 if (!st.ok()) return st;
                 if (id.empty()) return false;
                 if (cf == Cf::kIdxDocClaims && timed) time = doc_times[id];
                 if (cf != Cf::kIdxClaimStatus && timed && !InRange(time, q.from, q.to)) return false;
                 auto c = LoadClaim(v, id);
                 if (!c.ok()) return c.status();
                 if (!filter.Matches(*c)) return false;
                 if (cf == Cf::kIdxClaimStatus && timed) {
                   auto t = ClaimTimeOn(v, *c, q.time, &events_of);
                   if (!t.ok()) return t.status();
                   if (!InRange(*t, q.from, q.to)) return false;
                 }
                 items->push_back(std::move(c).value());
                 return true;
               });
  if (!s.ok()) return s;
  return page;
}

namespace {

// An actor's claims in one role, in statement-time order (idx_said).
Result<Page<model::Claim>> StatementClaims(const ReadView& v, std::string_view actor_id, Role role,
                                           std::string_view cursor, size_t limit) {
  const std::string p = StrPrefix(actor_id);
  Page<model::Claim> page;
  Status s = Paginate(v, Cf::kIdxSaid, Bounds{p, keys::PrefixEnd(p)}, cursor, limit, &page,
                      [&](std::string_view key, std::string_view value, auto* items) -> Result<bool> {
                        keys::TimelineKey k;
                        if (!keys::Decode(key, &k)) return Undecodable(Cf::kIdxSaid);
                        if (k.kind != ItemKind::kClaim) return false;
                        values::TimelineValue tv;
                        Status st = values::Decode(value, &tv);
                        if (!st.ok()) return st;
                        if (!Has(tv.roles, role)) return false;
                        auto c = LoadClaim(v, k.id);
                        if (!c.ok()) return c.status();
                        items->push_back(std::move(c).value());
                        return true;
                      });
  if (!s.ok()) return s;
  return page;
}

}  // namespace

Result<Page<model::Claim>> Store::ActorClaims(std::string_view actor_id, Role role, std::string_view cursor,
                                              size_t limit, TimeAxis time) const {
  if (role != Role::kSpeaker && role != Role::kVia && role != Role::kMentioned)
    return Status::InvalidArgument(std::string("claims have no role ") + ToString(role));
  ReadView v(*impl_);
  auto actor = LoadActor(v, actor_id);
  if (!actor.ok()) return actor.status();
  if (time == TimeAxis::kStatement) return StatementClaims(v, actor_id, role, cursor, limit);
  std::string p = StrPrefix(actor_id);
  keys::PutU8(&p, static_cast<uint8_t>(role));
  Page<model::Claim> page;
  Status s = Paginate(v, Cf::kIdxActorClaims, Bounds{p, keys::PrefixEnd(p)}, cursor, limit, &page,
                      [&](std::string_view key, std::string_view, auto* items) -> Result<bool> {
                        keys::ActorClaimKey k;
                        if (!keys::Decode(key, &k)) return Undecodable(Cf::kIdxActorClaims);
                        auto c = LoadClaim(v, k.claim);
                        if (!c.ok()) return c.status();
                        items->push_back(std::move(c).value());
                        return true;
                      });
  if (!s.ok()) return s;
  return page;
}

Result<Page<model::Actor>> Store::ListActors(std::string_view cursor, size_t limit) const {
  ReadView v(*impl_);
  Page<model::Actor> page;
  Status s = Paginate(v, Cf::kActors, {}, cursor, limit, &page,
                      [&](std::string_view, std::string_view value, auto* items) -> Result<bool> {
                        model::Actor a;
                        Status st = values::Decode(value, &a);
                        if (!st.ok()) return st;
                        items->push_back(std::move(a));
                        return true;
                      });
  if (!s.ok()) return s;
  return page;
}

Result<std::vector<model::Actor>> Store::SearchActors(std::string_view q, size_t limit) const {
  const std::string folded = Fold(q);
  if (folded.empty()) return Status::InvalidArgument("search for " + Q(q) + " has no letters or digits");
  constexpr size_t kMaxScanned = 10000;  // bounds the work of a one-letter query
  ReadView v(*impl_);
  // rank: 0 whole name/alias equals q, 1 a word equals q, 2 a name starts with q, 3 a word does.
  std::map<std::string, int> best;
  Scan scan = v.Prefix(Cf::kIdxAlias, folded);
  size_t scanned = 0;
  for (scan.SeekToFirst(); scan.Valid() && scanned < kMaxScanned; scan.Next(), ++scanned) {
    keys::AliasKey k;
    bool whole = false;
    if (!keys::Decode(scan.key(), &k)) return Undecodable(Cf::kIdxAlias);
    Status st = values::DecodeAlias(scan.value(), &whole);
    if (!st.ok()) return st;
    int rank = (k.term == folded ? 0 : 2) + (whole ? 0 : 1);
    auto [it, fresh] = best.emplace(k.actor, rank);
    if (!fresh) it->second = std::min(it->second, rank);
  }
  Status s = scan.status();
  if (!s.ok()) return s;
  std::vector<std::pair<int, std::string>> ranked;
  for (auto& [id, rank] : best) ranked.emplace_back(rank, id);
  std::sort(ranked.begin(), ranked.end());
  if (ranked.size() > limit) ranked.resize(limit);
  std::vector<model::Actor> out;
  for (const auto& [rank, id] : ranked) {
    auto a = LoadActor(v, id);
    if (!a.ok()) return a.status();
    out.push_back(std::move(a).value());
  }
  return out;
}

Result<Page<TimelineItem>> Store::Timeline(std::string_view actor_id, std::string_view from, std::string_view to,
                                           std::string_view cursor, size_t limit, TimeAxis time) const {
  ReadView v(*impl_);
  auto actor = LoadActor(v, actor_id);
  if (!actor.ok()) return actor.status();
  auto bounds = TimeBounds(StrPrefix(actor_id), from, to);
  if (!bounds.ok()) return bounds.status();
  Page<TimelineItem> page;
  const Cf cf = time == TimeAxis::kStatement ? Cf::kIdxSaid : Cf::kIdxTimeline;
  Status s = Paginate(v, cf, *bounds, cursor, limit, &page,
                      [&](std::string_view key, std::string_view value, auto* items) -> Result<bool> {
                        keys::TimelineKey k;
                        if (!keys::Decode(key, &k)) return Undecodable(cf);
                        values::TimelineValue tv;
                        Status st = values::Decode(value, &tv);
                        if (!st.ok()) return st;
                        items->push_back({k.kind, std::move(k.id), std::move(tv.time), std::move(tv.label),
                                          std::move(tv.document_id), std::move(tv.roles)});
                        return true;
                      });
  if (!s.ok()) return s;
  return page;
}

Result<Page<model::Event>> Store::ListEvents(std::string_view actor_id, std::string_view from, std::string_view to,
                                             std::string_view cursor, size_t limit) const {
  ReadView v(*impl_);
  Cf cf = Cf::kEvents;
  Result<Bounds> bounds = Bounds{};
  if (!actor_id.empty()) {
    cf = Cf::kIdxTimeline;
    bounds = TimeBounds(StrPrefix(actor_id), from, to);
  } else if (!from.empty() || !to.empty()) {
    cf = Cf::kIdxTime;
    bounds = TimeBounds("", from, to);
  }
  if (!bounds.ok()) return bounds.status();
  Page<model::Event> page;
  Status s = Paginate(v, cf, *bounds, cursor, limit, &page,
                      [&](std::string_view key, std::string_view value, auto* items) -> Result<bool> {
                        std::string id;
                        if (cf == Cf::kEvents) {
                          model::Event e;
                          Status st = values::Decode(value, &e);
                          if (!st.ok()) return st;
                          items->push_back(std::move(e));
                          return true;
                        }
                        if (cf == Cf::kIdxTimeline) {
                          keys::TimelineKey k;
                          if (!keys::Decode(key, &k)) return Undecodable(cf);
                          if (k.kind != ItemKind::kEvent) return false;
                          id = std::move(k.id);
                        } else {
                          keys::TimeIndexKey k;
                          if (!keys::Decode(key, &k)) return Undecodable(cf);
                          if (k.kind != ItemKind::kEvent) return false;
                          id = std::move(k.id);
                        }
                        auto e = LoadEvent(v, id);
                        if (!e.ok()) return e.status();
                        items->push_back(std::move(e).value());
                        return true;
                      });
  if (!s.ok()) return s;
  return page;
}

namespace {

// Edges leaving id: a scan of the edges records (keyed by from); entering
// id: a scan of idx_edges_in and a point read of each record.
Result<std::vector<model::Edge>> EdgesOf(const ReadView& v, Cf cf, std::string_view id) {
  std::vector<model::Edge> out;
  Scan scan = v.Prefix(cf, StrPrefix(id));
  std::string bytes, why;
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::EdgeKey primary;
    Status s;
    if (cf == Cf::kEdges) {
      if (!keys::DecodeEdge(scan.key(), &primary)) return Undecodable(cf);
      s = values::DecodeEdgeWhy(scan.value(), &why);
    } else {
      keys::EdgeIndexKey k;
      if (!keys::Decode(scan.key(), &k)) return Undecodable(cf);
      primary = {k.owner, k.type, k.b, k.a};
      s = v.Get(Cf::kEdges, keys::EncodeEdge(primary), &bytes);
      if (s.IsNotFound())
        return Status::Corruption("index entry of a missing " + derive::Describe(Cf::kEdges, keys::EncodeEdge(primary)));
      if (s.ok()) s = values::DecodeEdgeWhy(bytes, &why);
    }
    if (!s.ok()) return s;
    model::Edge e{primary.type, std::move(primary.from), std::move(primary.to), std::move(why)};
    if (!out.empty() && out.back() == e) continue;  // the same edge brought by several documents
    out.push_back(std::move(e));
  }
  Status s = scan.status();
  if (!s.ok()) return s;
  return out;
}

}  // namespace

Result<std::vector<model::Edge>> Store::EdgesFrom(std::string_view id) const {
  ReadView v(*impl_);
  return EdgesOf(v, Cf::kEdges, id);
}

Result<std::vector<model::Edge>> Store::EdgesTo(std::string_view id) const {
  ReadView v(*impl_);
  return EdgesOf(v, Cf::kIdxEdgesIn, id);
}

}  // namespace claimkb::store
