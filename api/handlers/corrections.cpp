// Journalist corrections: PATCH /v1/claims/{id}, its history, and the claims
// a newer version of a document orphaned.
#include "api/correction_views.h"
#include "api/handlers/handlers.h"
#include "api/views.h"
#include "core/base/hash.h"
#include "core/model/json.h"
#include "core/store/correction_json.h"

namespace claimkb::api::handlers {

namespace {

std::string RequiredString(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
    BadParam(name, std::string("`") + name + "` is required: a non-empty string");
  return it->get<std::string>();
}

store::ClaimCorrection ReadCorrection(const Context& ctx, const Call& c) {
  json body = json::parse(c.req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) BadParam("body", "the body is not a JSON object");
  for (const auto& [key, value] : body.items())
    if (key != "author" && key != "reason" && key != "speakers" && key != "span" && key != "kind" && key != "status")
      BadParam(key, "unknown field `" + key + "`; a correction has author, reason, speakers, span, kind, status");
  store::ClaimCorrection corr;
  corr.author = RequiredString(body, "author");
  corr.reason = RequiredString(body, "reason");
  if (auto it = body.find("speakers"); it != body.end()) {
    if (!it->is_array()) BadParam("speakers", "`speakers` must be an array of actor ids");
    std::vector<std::string> ids;
    for (const auto& s : *it) {
      if (!s.is_string()) BadParam("speakers", "`speakers` must be an array of actor ids");
      std::string id = ResolveActorId(*ctx.store, s.get<std::string>());
      if (!ctx.store->GetActor(id).ok())
        throw HttpError(422, "`speakers`: no actor `" + s.get<std::string>() + "`", "speakers");
      ids.push_back(std::move(id));
    }
    corr.speakers = std::move(ids);
  }
  if (auto it = body.find("span"); it != body.end()) {
    auto in_range = [&](const char* k) {
      return it->is_object() && it->contains(k) && (*it)[k].is_number_unsigned() && (*it)[k].get<uint64_t>() <= UINT32_MAX;
    };
    if (!in_range("start") || !in_range("end"))
      BadParam("span", "`span` must be {\"start\": n, \"end\": n} in code points of the document text");
    corr.span = model::Span{(*it)["start"].get<uint32_t>(), (*it)["end"].get<uint32_t>()};
  }
  if (auto it = body.find("kind"); it != body.end()) {
    auto kind = it->is_string() ? model::AttributionKindFrom(it->get<std::string>()) : std::nullopt;
    if (!kind) BadParam("kind", "`kind` must be one of direct, indirect, mixed, author");
    corr.kind = kind;
  }
  if (auto it = body.find("status"); it != body.end()) {
    auto status = it->is_string() ? store::ClaimStatusFrom(it->get<std::string>()) : std::nullopt;
    if (!status || *status == store::ClaimStatus::kExtracted)
      BadParam("status", "`status` must be one of reviewed, rejected, retracted");
    corr.status = status;
  }
  return corr;
}

std::string ETagOf(const json& detail) { return "\"" + HashHex128(Dump(detail)) + "\""; }

// The version an If-Match header names: the claim's current ETag, or its version number.
std::optional<uint32_t> IfMatchVersion(const Call& c, const json& detail, uint32_t version) {
  std::string im = c.req.get_header_value("If-Match");
  if (im.empty() || im == "*") return std::nullopt;
  if (im.find(ETagOf(detail)) != std::string::npos) return version;
  std::string bare = im;
  std::erase(bare, '"');
  if (bare == std::to_string(version)) return version;
  throw HttpError(412, "`If-Match: " + im + "` does not match claim `" + std::string(c.path[0]) + "` at version " +
                           std::to_string(version) + "; read it again");
}

}  // namespace

void PatchClaim(const Context& ctx, Call& c) {
  const std::string id(c.path[0]);
  model::Claim before = Unwrap(ctx.store->GetClaim(id));
  store::ClaimCorrection corr = ReadCorrection(ctx, c);
  store::ClaimState state = Unwrap(ctx.store->GetClaimState(id));
  corr.if_version = IfMatchVersion(c, ClaimDetail(*ctx.store, before), state.version);
  auto next = ctx.store->CorrectClaim(id, corr);
  if (!next.ok() && next.status().IsConflict())
    throw HttpError(412, next.status().message() + "; read it again");
  Unwrap(std::move(next));
  json detail = ClaimDetail(*ctx.store, Unwrap(ctx.store->GetClaim(id)));
  c.res.set_header("ETag", ETagOf(detail));
  ReplyJson(c, detail);
}

void ClaimHistory(const Context& ctx, Call& c) {
  const std::string id(c.path[0]);
  auto versions = Unwrap(ctx.store->ClaimHistory(id));
  json items = json::array();
  for (const auto& v : versions) items.push_back(v);
  ReplyCachedJson(c, json{{"claim_id", id}, {"current", versions.back().version}, {"versions", std::move(items)}});
}

void DocumentOrphans(const Context& ctx, Call& c) {
  const std::string id(c.path[0]);
  Unwrap(ctx.store->GetDocument(id));
  store::ClaimQuery q;
  q.status = "orphaned";
  q.document = id;
  auto page = Unwrap(ctx.store->ListClaims(q, Param(c, "cursor"), LimitParam(c)));
  ReplyClaimPage(ctx, c, page);
}

void ReplyClaimPage(const Context& ctx, Call& c, const store::Page<model::Claim>& page) {
  auto states = Unwrap(ctx.store->GetClaimStates(page.items));
  size_t i = 0;
  ReplyPage(c, page, [&](const model::Claim& claim) { return ClaimWithState(claim, states[i++]); });
}

}  // namespace claimkb::api::handlers
