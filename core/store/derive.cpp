#include "core/store/derive.h"

#include <algorithm>
#include <map>

#include "core/store/correction_store.h"
#include "core/store/fold.h"

namespace claimkb::store::derive {

namespace {

bool Earlier(const keys::TimeKey& a, const keys::TimeKey& b) {
  if (a.date.empty() != b.date.empty()) return !a.date.empty();
  if (a.date != b.date) return a.date < b.date;
  return a.rank < b.rank;
}

template <typename T>
bool Contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

std::string Empty() { return values::EncodeEmpty(); }

// (actor, role) pairs sorted and merged into one ActorRoles per actor, roles ascending.
void Group(std::vector<std::pair<std::string_view, Role>>* pairs, std::vector<ActorRoles>* out) {
  std::sort(pairs->begin(), pairs->end());
  for (const auto& [actor, role] : *pairs) {
    if (out->empty() || out->back().actor != actor) out->push_back({actor, {}, 0});
    ActorRoles& a = out->back();
    if (a.n == 0 || a.roles[a.n - 1] != role) a.roles[a.n++] = role;
  }
}

}  // namespace

model::TimeRef ClaimTime(const model::Claim& c, const std::vector<model::Event>& doc_events) {
  const model::TimeRef* best = nullptr;
  keys::TimeKey best_key;
  auto consider = [&](const model::TimeRef& t) {
    keys::TimeKey k = keys::TimeKeyOf(t);
    if (k.date.empty()) return;
    if (!best || Earlier(k, best_key)) {
      best = &t;
      best_key = k;
    }
  };
  for (const auto& e : doc_events)
    if (e.time && (Contains(c.events, e.id) || Contains(e.claims, c.id))) consider(*e.time);
  if (!best)
    for (const auto& t : c.times) consider(t);
  if (best) return *best;
  model::TimeRef said;
  said.value = c.said_on;
  said.begin = c.said_on;
  said.end = c.said_on;
  said.precision = model::Precision::kDay;
  said.anchor = "said_on";
  if (keys::TimeKeyOf(said).date.empty()) return {};
  return said;
}

void ClaimActors(const model::Claim& c, std::vector<ActorRoles>* out) {
  out->clear();
  std::vector<std::pair<std::string_view, Role>> pairs;
  for (const auto& id : c.attribution.speakers) pairs.emplace_back(id, Role::kSpeaker);
  for (const auto& id : c.attribution.via) pairs.emplace_back(id, Role::kVia);
  for (const auto& id : c.actors) pairs.emplace_back(id, Role::kMentioned);
  Group(&pairs, out);
}

void EventActors(const model::Event& e, std::vector<ActorRoles>* out) {
  out->clear();
  std::vector<std::pair<std::string_view, Role>> pairs;
  for (const auto& id : e.agents) pairs.emplace_back(id, Role::kAgent);
  for (const auto& id : e.patients) pairs.emplace_back(id, Role::kPatient);
  if (!e.place.empty()) pairs.emplace_back(e.place, Role::kPlace);
  Group(&pairs, out);
}

void DocumentEntries(const values::DocumentRecord& doc, const std::vector<model::Claim>& claims,
                     const std::vector<model::Event>& events, std::vector<Entry>* out) {
  const std::string& doc_id = doc.document.id;
  if (!doc.document.url.empty()) {
    out->push_back({keys::Cf::kIdxUrl, keys::Encode(keys::UrlKey{doc.document.url, doc.version, doc_id}), Empty()});
  }
  std::vector<ActorRoles> actors;
  std::vector<std::string_view> units;
  for (const model::Claim& c : claims) {
    const model::TimeRef time = ClaimTime(c, events);
    const keys::TimeKey tk = keys::TimeKeyOf(time);
    out->push_back({keys::Cf::kIdxDocClaims, keys::EncodeDocClaim(doc_id, c.span.start, c.span.end, c.id), Empty()});
    out->push_back({keys::Cf::kIdxTime, keys::EncodeTimeIndex(tk, ItemKind::kClaim, c.id), Empty()});
    out->push_back({keys::Cf::kIdxKind, keys::EncodeKind(c.attribution.kind, tk, c.id), Empty()});
    units.clear();
    for (const auto& q : c.quantities)
      if (!q.unit.empty() && !Contains(units, std::string_view(q.unit))) units.push_back(q.unit);
    for (const auto& u : units) out->push_back({keys::Cf::kIdxUnit, keys::EncodeUnit(u, tk, c.id), Empty()});

    // One timeline entry per actor, carrying every role it plays in the claim.
    ClaimActors(c, &actors);
    for (const auto& a : actors) {
      for (Role r : a.list())
        out->push_back({keys::Cf::kIdxActorClaims, keys::EncodeActorClaim(a.actor, r, tk, c.id), Empty()});
      out->push_back({keys::Cf::kIdxTimeline, keys::EncodeTimeline(a.actor, tk, ItemKind::kClaim, c.id),
                      values::EncodeTimeline(a.list(), time, c.text, doc_id)});
    }
  }
  for (const model::Event& e : events) {
    const model::TimeRef time = e.time.value_or(model::TimeRef{});
    const keys::TimeKey tk = keys::TimeKeyOf(time);
    out->push_back({keys::Cf::kIdxDocEvents, keys::EncodeDocEvent(doc_id, e.span.start, e.id), Empty()});
    out->push_back({keys::Cf::kIdxTime, keys::EncodeTimeIndex(tk, ItemKind::kEvent, e.id), Empty()});
    EventActors(e, &actors);
    for (const auto& a : actors)
      out->push_back({keys::Cf::kIdxTimeline, keys::EncodeTimeline(a.actor, tk, ItemKind::kEvent, e.id),
                      values::EncodeTimeline(a.list(), time, e.label, doc_id)});
  }
  StatementEntries(doc, claims, events, out);
}

void EdgeEntries(std::string_view from, model::EdgeType type, std::string_view to, std::string_view owner,
                 std::vector<Entry>* out) {
  out->push_back({keys::Cf::kIdxEdgesIn, keys::EncodeEdgeIndex(to, type, from, owner), Empty()});
  if (type == model::EdgeType::kDisputes)
    out->push_back({keys::Cf::kIdxDisputes, keys::EncodeEdgeIndex(from, type, to, owner), Empty()});
}

void EdgeEntries(const keys::EdgeKey& edge, std::vector<Entry>* out) {
  EdgeEntries(edge.from, edge.type, edge.to, edge.owner, out);
}

void ActorEntries(const model::Actor& actor, std::vector<Entry>* out) {
  std::map<std::string, bool> terms;  // term -> is a whole name or alias
  auto add = [&](const std::string& name) {
    bool first = true;
    for (auto& t : AliasTerms(name)) {
      bool& whole = terms[t];
      whole = whole || first;
      first = false;
    }
  };
  add(actor.name);
  for (const auto& a : actor.aliases) add(a);
  for (const auto& [term, whole] : terms)
    out->push_back({keys::Cf::kIdxAlias, keys::Encode(keys::AliasKey{term, actor.id}), values::EncodeAlias(whole)});
}

namespace {

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

std::string DescribeTime(const keys::TimeKey& t) { return t.date.empty() ? "unknown time" : t.date; }

}  // namespace

std::string Describe(keys::Cf cf, std::string_view key) {
  using namespace keys;
  std::string id;
  switch (cf) {
    case Cf::kDocuments:
    case Cf::kTexts:
    case Cf::kClaims:
    case Cf::kEvents:
    case Cf::kActors:
      if (ParseIdKey(key, &id)) return std::string(CfName(cf)) + " " + Q(id);
      break;
    case Cf::kEdges: {
      EdgeKey k;
      if (DecodeEdge(key, &k))
        return "edge " + Q(k.from) + " " + model::ToString(k.type) + " " + Q(k.to) + " of document " + Q(k.owner);
      break;
    }
    case Cf::kIdxDocClaims: {
      DocClaimKey k;
      if (Decode(key, &k)) return "claim " + Q(k.claim) + " of document " + Q(k.doc);
      break;
    }
    case Cf::kIdxDocEvents: {
      DocEventKey k;
      if (Decode(key, &k)) return "event " + Q(k.event) + " of document " + Q(k.doc);
      break;
    }
    case Cf::kIdxActorClaims: {
      ActorClaimKey k;
      if (Decode(key, &k)) return "claim " + Q(k.claim) + " with " + ToString(k.role) + " " + Q(k.actor);
      break;
    }
    case Cf::kIdxTimeline: {
      TimelineKey k;
      if (Decode(key, &k))
        return std::string(ToString(k.kind)) + " " + Q(k.id) + " on the timeline of " + Q(k.actor) + " at " +
               DescribeTime(k.time);
      break;
    }
    case Cf::kIdxTime: {
      TimeIndexKey k;
      if (Decode(key, &k)) return std::string(ToString(k.kind)) + " " + Q(k.id) + " at " + DescribeTime(k.time);
      break;
    }
    case Cf::kIdxAlias: {
      AliasKey k;
      if (Decode(key, &k)) return "alias " + Q(k.term) + " of actor " + Q(k.actor);
      break;
    }
    case Cf::kIdxUrl: {
      UrlKey k;
      if (Decode(key, &k)) return "version " + std::to_string(k.version) + " " + Q(k.doc) + " of url " + Q(k.url);
      break;
    }
    case Cf::kIdxUnit: {
      UnitKey k;
      if (Decode(key, &k)) return "claim " + Q(k.claim) + " with unit " + Q(k.unit);
      break;
    }
    case Cf::kIdxKind: {
      KindKey k;
      if (Decode(key, &k)) return "claim " + Q(k.claim) + " of kind " + model::ToString(k.kind);
      break;
    }
    case Cf::kIdxEdgesOut:
    case Cf::kIdxEdgesIn:
    case Cf::kIdxDisputes: {
      EdgeIndexKey k;
      if (Decode(key, &k))
        return "edge " + Q(k.a) + " " + model::ToString(k.type) + " " + Q(k.b) + " of document " + Q(k.owner);
      break;
    }
    case Cf::kIdxSaid: {
      TimelineKey k;
      if (Decode(key, &k))
        return std::string(ToString(k.kind)) + " " + Q(k.id) + " said at " + DescribeTime(k.time) +
               (k.actor.empty() ? std::string() : " on the timeline of " + Q(k.actor));
      break;
    }
    case Cf::kIdxClaimStatus: {
      ClaimStatusKey k;
      if (Decode(key, &k)) return "claim " + Q(k.claim) + " " + k.status + " on document " + Q(k.doc);
      break;
    }
    case Cf::kClaimState:
      if (ParseIdKey(key, &id)) return "state of claim " + Q(id);
      break;
    case Cf::kClaimVersions: {
      ClaimVersionKey k;
      if (Decode(key, &k)) return "version " + std::to_string(k.version) + " of claim " + Q(k.claim);
      break;
    }
    case Cf::kPropositions: {
      PropMemberKey k;
      if (Decode(key, &k)) return "claim " + Q(k.claim) + " of proposition " + Q(k.proposition);
      break;
    }
    case Cf::kIdxClaimProp:
      if (ParseIdKey(key, &id)) return "proposition of claim " + Q(id);
      break;
    case Cf::kIdxLsh: {
      LshKey k;
      if (Decode(key, &k)) return "bucket " + std::to_string(k.bucket) + " of band " + std::to_string(k.band);
      break;
    }
    case Cf::kMeta:
      return "meta " + Q(key);
  }
  return "undecodable key in " + std::string(CfName(cf));
}

}  // namespace claimkb::store::derive
