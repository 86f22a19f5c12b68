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

void DocumentEntries(const values::DocumentRecord& doc, const std::vector<model::Claim>& claims,
                     const std::vector<model::Event>& events, std::vector<Entry>* out) {
  const std::string& doc_id = doc.document.id;
  if (!doc.document.url.empty()) {
    out->push_back({keys::Cf::kIdxUrl, keys::Encode(keys::UrlKey{doc.document.url, doc.version, doc_id}), Empty()});
  }
  for (const model::Claim& c : claims) {
    const model::TimeRef time = ClaimTime(c, events);
    const keys::TimeKey tk = keys::TimeKeyOf(time);
    out->push_back({keys::Cf::kIdxDocClaims, keys::Encode(keys::DocClaimKey{doc_id, c.span.start, c.span.end, c.id}),
                    Empty()});
    out->push_back({keys::Cf::kIdxTime, keys::Encode(keys::TimeIndexKey{tk, ItemKind::kClaim, c.id}), Empty()});
    out->push_back({keys::Cf::kIdxKind, keys::Encode(keys::KindKey{c.attribution.kind, tk, c.id}), Empty()});
    std::vector<std::string> units;
    for (const auto& q : c.quantities)
      if (!q.unit.empty() && !Contains(units, q.unit)) units.push_back(q.unit);
    for (const auto& u : units)
      out->push_back({keys::Cf::kIdxUnit, keys::Encode(keys::UnitKey{u, tk, c.id}), Empty()});

    // One timeline entry per actor, carrying every role it plays in the claim.
    std::map<std::string, std::vector<Role>> roles;
    auto add = [&](const std::vector<std::string>& ids, Role r) {
      for (const auto& id : ids) {
        auto& v = roles[id];
        if (!Contains(v, r)) v.push_back(r);
      }
    };
    add(c.attribution.speakers, Role::kSpeaker);
    add(c.attribution.via, Role::kVia);
    add(c.actors, Role::kMentioned);
    for (const auto& [actor, rs] : roles) {
      for (Role r : rs)
        out->push_back({keys::Cf::kIdxActorClaims, keys::Encode(keys::ActorClaimKey{actor, r, tk, c.id}), Empty()});
      out->push_back({keys::Cf::kIdxTimeline, keys::Encode(keys::TimelineKey{actor, tk, ItemKind::kClaim, c.id}),
                      values::Encode(values::TimelineValue{rs, time, c.text, doc_id})});
    }
  }
  for (const model::Event& e : events) {
    const model::TimeRef time = e.time.value_or(model::TimeRef{});
    const keys::TimeKey tk = keys::TimeKeyOf(time);
    out->push_back({keys::Cf::kIdxDocEvents, keys::Encode(keys::DocEventKey{doc_id, e.span.start, e.id}), Empty()});
    out->push_back({keys::Cf::kIdxTime, keys::Encode(keys::TimeIndexKey{tk, ItemKind::kEvent, e.id}), Empty()});
    std::map<std::string, std::vector<Role>> roles;
    for (const auto& a : e.agents) roles[a].push_back(Role::kAgent);
    for (const auto& p : e.patients)
      if (!Contains(roles[p], Role::kPatient)) roles[p].push_back(Role::kPatient);
    if (!e.place.empty()) roles[e.place].push_back(Role::kPlace);
    for (auto& [actor, rs] : roles) {
      rs.erase(std::unique(rs.begin(), rs.end()), rs.end());
      out->push_back({keys::Cf::kIdxTimeline, keys::Encode(keys::TimelineKey{actor, tk, ItemKind::kEvent, e.id}),
                      values::Encode(values::TimelineValue{rs, time, e.label, doc_id})});
    }
  }
  StatementEntries(doc, claims, events, out);
}

void EdgeEntries(const keys::EdgeKey& edge, std::vector<Entry>* out) {
  out->push_back(
      {keys::Cf::kIdxEdgesIn, keys::Encode(keys::EdgeIndexKey{edge.to, edge.type, edge.from, edge.owner}), Empty()});
  if (edge.type == model::EdgeType::kDisputes)
    out->push_back({keys::Cf::kIdxDisputes,
                    keys::Encode(keys::EdgeIndexKey{edge.from, edge.type, edge.to, edge.owner}), Empty()});
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
