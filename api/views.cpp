#include "api/views.h"

#include "api/correction_views.h"
#include "api/proposition_views.h"
#include "core/model/json.h"

namespace claimkb::api {

json DocumentMeta(const model::Document& d) {
  json j = d;
  j.erase("body_text");
  j["text_url"] = "/v1/documents/" + d.id + "/text";
  return j;
}

const model::Actor* ActorNames::Lookup(const std::string& id) {
  auto it = cache_.find(id);
  if (it == cache_.end()) {
    auto a = store_.GetActor(id);
    it = cache_.emplace(id, a.ok() ? std::optional<model::Actor>(std::move(a).value()) : std::nullopt).first;
  }
  return it->second ? &*it->second : nullptr;
}

json ActorNames::Ref(const std::string& id) {
  const model::Actor* a = Lookup(id);
  return json{{"id", id}, {"name", a ? a->name : id}, {"type", a ? model::ToString(a->type) : "other"}};
}

std::string ActorNames::Name(const std::string& id) {
  const model::Actor* a = Lookup(id);
  return a ? a->name : id;
}

json AttributionChain(const model::Claim& c, const model::Document* doc, ActorNames& names) {
  json chain = json::array();
  for (const auto& s : c.attribution.speakers) {
    json link = names.Ref(s);
    link["role"] = "source";
    chain.push_back(std::move(link));
  }
  for (const auto& v : c.attribution.via) {
    json link = names.Ref(v);
    link["role"] = "via";
    chain.push_back(std::move(link));
  }
  if (doc) {
    chain.push_back({{"role", "reported_in"},
                     {"id", doc->id},
                     {"name", doc->title.empty() ? doc->url : doc->title},
                     {"type", "document"}});
  }
  return chain;
}

json AnnotationTarget(const model::Claim& c, const model::Document& doc) {
  return json{{"source", doc.url.empty() ? "/v1/documents/" + doc.id + "/text" : doc.url},
              {"selector", json::array({{{"type", "TextQuoteSelector"},
                                         {"exact", c.quote.exact.empty() ? c.text : c.quote.exact},
                                         {"prefix", c.quote.prefix},
                                         {"suffix", c.quote.suffix}},
                                        {{"type", "TextPositionSelector"},
                                         {"start", c.span.start},
                                         {"end", c.span.end}}})}};
}

json ClaimDetail(const store::Store& store, const model::Claim& c) {
  ActorNames names(store);
  auto doc = store.GetDocument(c.document_id);
  json j = {{"claim", c}};
  if (doc.ok()) {
    j["document"] = DocumentMeta(*doc);
    j["target"] = AnnotationTarget(c, *doc);
  } else {
    j["document"] = nullptr;
    j["target"] = nullptr;
  }
  j["chain"] = AttributionChain(c, doc.ok() ? &*doc : nullptr, names);
  j["direct"] = c.attribution.kind == model::AttributionKind::kDirect;
  json actors = json::array();
  for (const auto& a : c.actors) actors.push_back(names.Ref(a));
  j["mentioned"] = std::move(actors);

  json linked = json::array();
  auto add_links = [&](const std::vector<model::Edge>& edges, bool outgoing) {
    for (const auto& e : edges) {
      if (e.type != model::EdgeType::kDisputes && e.type != model::EdgeType::kCorroborates) continue;
      const std::string& other = outgoing ? e.to : e.from;
      json l = {{"type", model::ToString(e.type)},
                {"direction", outgoing ? "outgoing" : "incoming"},
                {"claim_id", other},
                {"why", e.why}};
      if (auto oc = store.GetClaim(other); oc.ok()) {
        l["text"] = oc->text;
        l["document_id"] = oc->document_id;
      }
      linked.push_back(std::move(l));
    }
  };
  if (auto out = store.EdgesFrom(c.id); out.ok()) add_links(*out, true);
  if (auto in = store.EdgesTo(c.id); in.ok()) add_links(*in, false);
  json corroborates = json::array(), disputes = json::array();
  for (const auto& l : linked) (l["type"] == "disputes" ? disputes : corroborates).push_back(l);
  j["linked"] = std::move(linked);
  j["corroborates"] = std::move(corroborates);
  j["disputes"] = std::move(disputes);
  j["proposition"] = PropositionRef(store, c.id);
  AddClaimState(store, c, &j);
  return j;
}

json TimelineItems(const std::vector<store::TimelineItem>& items) {
  json out = json::array();
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& it = items[i];
    bool dated = !it.time.begin.empty();
    auto same_slot = [&](size_t k) {
      return k < items.size() && !items[k].time.begin.empty() && items[k].time.begin == it.time.begin &&
             items[k].time.precision == it.time.precision;
    };
    json roles = json::array();
    for (auto r : it.roles) roles.push_back(store::ToString(r));
    out.push_back({{"kind", store::ToString(it.kind)},
                   {"id", it.id},
                   {"label", it.label},
                   {"document_id", it.document_id},
                   {"roles", std::move(roles)},
                   {"time", it.time},
                   {"date", dated ? json(it.time.begin) : json(nullptr)},
                   {"precision", model::ToString(it.time.precision)},
                   {"undated", !dated},
                   {"vague", dated && it.time.precision != model::Precision::kDay &&
                                 it.time.precision != model::Precision::kTime},
                   {"tied", dated && ((i > 0 && same_slot(i - 1)) || same_slot(i + 1))}});
  }
  return out;
}

json NodeJson(const graph::Node& n) {
  json j = {{"id", n.id}, {"kind", graph::ToString(n.kind)}, {"label", n.label},
            {"degree", n.degree}, {"hops", n.hops}};
  if (!n.actor_type.empty()) j["actor_type"] = n.actor_type;
  return j;
}

json EdgeJson(const graph::GraphEdge& e) {
  return json{{"from", e.from}, {"to", e.to}, {"type", model::ToString(e.type)}};
}

json SubgraphJson(const graph::Subgraph& g) {
  json nodes = json::array(), edges = json::array();
  for (const auto& n : g.nodes) nodes.push_back(NodeJson(n));
  for (const auto& e : g.edges) edges.push_back(EdgeJson(e));
  return json{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"truncated", g.truncated}};
}

json PathJson(const graph::Path& p) {
  json nodes = json::array(), edges = json::array();
  for (const auto& n : p.nodes) nodes.push_back(NodeJson(n));
  for (const auto& e : p.edges) edges.push_back(EdgeJson(e));
  return json{{"nodes", std::move(nodes)}, {"edges", std::move(edges)}, {"length", p.edges.size()}};
}

}  // namespace claimkb::api

namespace claimkb::api {

namespace {
std::string Lower(std::string s) {
  for (char& ch : s)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return s;
}
}  // namespace

std::string ResolveActorId(const store::Store& store, const std::string& value) {
  if (value.empty() || store.GetActor(value).ok()) return value;
  auto found = store.SearchActors(value, 10);
  if (!found.ok()) return value;
  std::string want = Lower(value);
  for (const auto& a : *found) {
    if (Lower(a.name) == want) return a.id;
    for (const auto& alias : a.aliases)
      if (Lower(alias) == want) return a.id;
  }
  return value;
}

}  // namespace claimkb::api
