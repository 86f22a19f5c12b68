// /v1/claims: filtered, cursor-paged listing and one claim with provenance.
#include "api/handlers/handlers.h"
#include "api/views.h"
#include "core/model/json.h"

namespace claimkb::api::handlers {

store::ClaimQuery ClaimQueryFrom(const Context& ctx, const Call& c) {
  store::ClaimQuery q;
  q.speaker = ResolveActorId(*ctx.store, Param(c, "speaker"));
  q.actor = ResolveActorId(*ctx.store, Param(c, "actor"));
  q.from = DateParam(c, "from");
  q.to = DateParam(c, "to");
  if (!q.from.empty() && !q.to.empty() && q.to < q.from.substr(0, q.to.size()))
    BadParam("to", "`to` (`" + q.to + "`) is before `from` (`" + q.from + "`)");
  q.q = Param(c, "q");
  q.unit = Param(c, "unit");
  q.document = Param(c, "document");
  q.status = EnumParam(c, "status", {"reviewed", "rejected", "retracted", "orphaned"}, "");
  q.time = TimeAxisParam(c);
  std::string kind = Param(c, "kind");
  if (!kind.empty()) {
    q.kind = model::AttributionKindFrom(kind);
    if (!q.kind) BadParam("kind", "`kind` must be one of direct, indirect, mixed, author, got `" + kind + "`");
  }
  return q;
}

void ListClaims(const Context& ctx, Call& c) {
  store::ClaimQuery q = ClaimQueryFrom(ctx, c);
  size_t limit = LimitParam(c);
  auto page = Unwrap(ctx.store->ListClaims(q, Param(c, "cursor"), limit));
  ReplyClaimPage(ctx, c, page);
}

void GetClaim(const Context& ctx, Call& c) {
  model::Claim claim = Unwrap(ctx.store->GetClaim(c.path[0]));
  ReplyCachedJson(c, ClaimDetail(*ctx.store, claim));
}

}  // namespace claimkb::api::handlers
