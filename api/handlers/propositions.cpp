// /v1/propositions and /v1/disputes: claim clusters across sources and the
// claims that contradict each other.
#include "api/handlers/handlers.h"
#include "api/proposition_views.h"

namespace claimkb::api::handlers {

void GetProposition(const Context& ctx, Call& c) {
  ReplyCachedJson(c, PropositionJson(Unwrap(ctx.store->GetProposition(c.path[0]))));
}

void PropositionMembers(const Context& ctx, Call& c) {
  size_t limit = LimitParam(c);
  ReplyPage(c, Unwrap(ctx.store->PropositionMembers(c.path[0], Param(c, "cursor"), limit)), AppearanceJson);
}

void ListDisputes(const Context& ctx, Call& c) {
  size_t limit = LimitParam(c);
  ReplyPage(c, Unwrap(ctx.store->ListDisputes(Param(c, "cursor"), limit)), DisputeJson);
}

}  // namespace claimkb::api::handlers
