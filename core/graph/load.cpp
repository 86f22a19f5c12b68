#include "core/graph/load.h"

#include <mutex>
#include <vector>

#include "core/graph/impl.h"

namespace claimkb::graph {

// Family by family in sequential reads: documents, then the claims, events and
// edges of the documents this load added, then the descriptions of the actors
// they refer to. Cost is linear in the store, without a point read per record.
Status LoadFromStore(const store::Store& store, ClaimGraph* g) {
  std::unique_lock lock(g->impl_->mu);
  ClaimGraph::Impl& m = *g->impl_;
  std::vector<bool> fresh;  // by vertex: a document this load added
  auto added_doc = [&](std::string_view id) {
    uint32_t v = m.Resolve(NodeKind::kDocument, id);
    return v != kNoVertex && v < fresh.size() && fresh[v] ? v : kNoVertex;
  };

  store::Store::RecordVisitor visit;
  visit.document = [&](const model::Document& d) {
    if (d.id.empty()) return true;
    uint32_t v = m.Lookup(NodeKind::kDocument, d.id);
    if (v != kNoVertex && !m.g[v].placeholder) return true;
    v = m.Upsert(NodeKind::kDocument, d.id, d.title, 0, false);
    if (fresh.size() <= v) fresh.resize(v + 1);
    fresh[v] = true;
    return true;
  };
  visit.claim = [&](const model::Claim& c) {
    if (uint32_t d = added_doc(c.document_id); d != kNoVertex && !c.id.empty()) {
      m.AddClaim(c, d);
      m.AddClaimEvents(c);
    }
    return true;
  };
  visit.event = [&](const model::Event& e) {
    if (uint32_t d = added_doc(e.document_id); d != kNoVertex) m.AddEvent(e, d);
    return true;
  };
  visit.edge = [&](std::string_view owner, const model::Edge& e) {
    if (!owner.empty() && added_doc(owner) != kNoVertex) m.AddModelEdge(e);
    return true;
  };
  visit.actor = [&](const model::Actor& a) {
    if (uint32_t v = m.Resolve(NodeKind::kActor, a.id); v != kNoVertex && m.g[v].placeholder) m.AddActor(a);
    return true;
  };
  Status s = store.ForEachRecord(visit);
  if (!fresh.empty()) ++m.version;
  return s;
}

}  // namespace claimkb::graph
