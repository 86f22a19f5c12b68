// /v1/events: events of an actor within dates, and one event.
#include "api/handlers/handlers.h"
#include "api/views.h"
#include "core/model/json.h"

namespace claimkb::api::handlers {

void ListEvents(const Context& ctx, Call& c) {
  std::string actor = ResolveActorId(*ctx.store, Param(c, "actor"));
  std::string from = DateParam(c, "from");
  std::string to = DateParam(c, "to");
  size_t limit = LimitParam(c);
  auto page = Unwrap(ctx.store->ListEvents(actor, from, to, Param(c, "cursor"), limit));
  ReplyPage(c, page);
}

void GetEvent(const Context& ctx, Call& c) {
  model::Event e = Unwrap(ctx.store->GetEvent(c.path[0]));
  ReplyCachedJson(c, json(e));
}

}  // namespace claimkb::api::handlers
