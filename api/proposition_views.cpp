#include "api/proposition_views.h"

#include "core/model/json.h"

namespace claimkb::api {

using nlohmann::json;

json AppearanceJson(const store::Appearance& a) {
  return json{{"claim_id", a.claim_id},
              {"document_id", a.document_id},
              {"span", {{"start", a.span.start}, {"end", a.span.end}}},
              {"text", a.text},
              {"kind", model::ToString(a.kind)},
              {"speakers", a.speakers},
              {"publisher", a.publisher},
              {"published", a.published},
              {"url", a.url},
              {"title", a.title}};
}

namespace {

json Seen(const std::string& date) { return date.empty() ? json(nullptr) : json(date); }

}  // namespace

json PropositionJson(const store::Proposition& p) {
  json appearances = json::array();
  for (const auto& a : p.appearances) appearances.push_back(AppearanceJson(a));
  return json{{"id", p.id},
              {"text", p.text},
              {"first_appearance", AppearanceJson(p.first)},
              {"appearances", std::move(appearances)},
              {"appearances_complete", p.appearances.size() == p.total},
              {"members_url", "/v1/propositions/" + p.id + "/members"},
              {"total_appearances", p.total},
              {"publishers", p.publishers},
              {"publishers_capped", p.publishers_capped},
              {"first_seen", Seen(p.first_seen)},
              {"last_seen", Seen(p.last_seen)}};
}

json PropositionRef(const store::Store& store, const std::string& claim_id) {
  auto id = store.PropositionOf(claim_id);
  if (!id.ok()) return nullptr;
  auto p = store.GetProposition(*id, 0);
  if (!p.ok()) return nullptr;
  return json{{"id", p->id},
              {"url", "/v1/propositions/" + p->id},
              {"text", p->text},
              {"total_appearances", p->total},
              {"publishers", p->publishers},
              {"first_appearance", AppearanceJson(p->first)}};
}

json DisputeJson(const store::Dispute& d) {
  const size_t colon = d.why.find(':');
  return json{{"from", d.from},
              {"to", d.to},
              {"document_id", d.owner},
              {"rule", colon == std::string::npos ? d.why : d.why.substr(0, colon)},
              {"why", d.why}};
}

}  // namespace claimkb::api
