// JSON shapes the API answers with beyond the model's own (see
// schema/api.schema.json and friends): document metadata, a claim with its
// provenance, timeline items, graph results. Pure functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/graph/graph.h"
#include "core/store/store.h"

namespace claimkb::api {

using nlohmann::json;

// A document without its text, with a link to the text.
json DocumentMeta(const model::Document& d);

// Actor ids -> {id, name, type}; ids the store does not know keep the id as name.
class ActorNames {
 public:
  explicit ActorNames(const store::Store& store) : store_(store) {}
  json Ref(const std::string& id);
  std::string Name(const std::string& id);

 private:
  const model::Actor* Lookup(const std::string& id);
  const store::Store& store_;
  std::map<std::string, std::optional<model::Actor>> cache_;
};

// The attribution chain, outermost source first, then each relay, then the
// document: [{role, id, name, type}]. Matches the model's via order (innermost first).
json AttributionChain(const model::Claim& c, const model::Document* doc, ActorNames& names);

// W3C Web Annotation target: {source, selector: [TextQuoteSelector, TextPositionSelector]}.
json AnnotationTarget(const model::Claim& c, const model::Document& doc);

// A claim with full provenance (ClaimDetail in the OpenAPI document).
json ClaimDetail(const store::Store& store, const model::Claim& c);

json TimelineItems(const std::vector<store::TimelineItem>& items);

json NodeJson(const graph::Node& n);
json EdgeJson(const graph::GraphEdge& e);
json SubgraphJson(const graph::Subgraph& g);
json PathJson(const graph::Path& p);

}  // namespace claimkb::api

namespace claimkb::api {
// An actor id for a filter value: the id itself, or the actor whose name or
// alias equals the value (case-insensitive); the value unchanged otherwise.
std::string ResolveActorId(const store::Store& store, const std::string& value);
}  // namespace claimkb::api
