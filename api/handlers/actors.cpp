// /v1/actors: search, one actor, its timeline, its claims by role.
#include "api/handlers/handlers.h"
#include "api/views.h"
#include "core/model/json.h"

namespace claimkb::api::handlers {

void ListActors(const Context& ctx, Call& c) {
  size_t limit = LimitParam(c);
  std::string q = Param(c, "q");
  if (c.req.has_param("q")) {
    if (q.empty()) BadParam("q", "`q` must not be empty");
    auto found = Unwrap(ctx.store->SearchActors(q, limit));
    json items = json::array();
    for (const auto& a : found) items.push_back(a);
    ReplyJson(c, PageJson(c, std::move(items), ""));
    return;
  }
  auto page = Unwrap(ctx.store->ListActors(Param(c, "cursor"), limit));
  ReplyPage(c, page);
}

void GetActor(const Context& ctx, Call& c) {
  model::Actor a = Unwrap(ctx.store->GetActor(c.path[0]));
  ReplyCachedJson(c, json(a));
}

void ActorTimeline(const Context& ctx, Call& c) {
  std::string id(c.path[0]);
  std::string from = DateParam(c, "from");
  std::string to = DateParam(c, "to");
  size_t limit = LimitParam(c);
  auto page = Unwrap(ctx.store->Timeline(id, from, to, Param(c, "cursor"), limit, TimeAxisParam(c)));
  ReplyJson(c, PageJson(c, TimelineItems(page.items), page.next_cursor));
}

void ActorClaims(const Context& ctx, Call& c) {
  std::string id(c.path[0]);
  std::string role = EnumParam(c, "role", {"speaker", "subject", "via"}, "speaker");
  store::Role r = role == "speaker" ? store::Role::kSpeaker
                  : role == "via"   ? store::Role::kVia
                                    : store::Role::kMentioned;
  size_t limit = LimitParam(c);
  Unwrap(ctx.store->GetActor(id));
  auto page = Unwrap(ctx.store->ActorClaims(id, r, Param(c, "cursor"), limit, TimeAxisParam(c)));
  ReplyClaimPage(ctx, c, page);
}

}  // namespace claimkb::api::handlers
