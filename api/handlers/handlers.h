// Request handlers, one file per resource; routes.cpp maps paths to them.
// Each reads Call::req and writes Call::res, throwing HttpError on failure.
#pragma once

#include "api/http.h"
#include "core/store/store.h"

namespace claimkb::api::handlers {

// documents.cpp
void IngestDocument(const Context& ctx, Call& c);
void ListDocuments(const Context& ctx, Call& c);
void GetDocument(const Context& ctx, Call& c);
void GetDocumentText(const Context& ctx, Call& c);
// claims.cpp
// The /v1/claims filters (speaker, actor, from, to, q, unit, document, kind); 400 naming a bad one.
store::ClaimQuery ClaimQueryFrom(const Context& ctx, const Call& c);
void ListClaims(const Context& ctx, Call& c);
void GetClaim(const Context& ctx, Call& c);
// actors.cpp
void ListActors(const Context& ctx, Call& c);
void GetActor(const Context& ctx, Call& c);
void ActorTimeline(const Context& ctx, Call& c);
void ActorClaims(const Context& ctx, Call& c);
// events.cpp
void ListEvents(const Context& ctx, Call& c);
void GetEvent(const Context& ctx, Call& c);
// graph.cpp
void Neighbourhood(const Context& ctx, Call& c);
void Path(const Context& ctx, Call& c);
void GraphExport(const Context& ctx, Call& c);
void Central(const Context& ctx, Call& c);
// check.cpp
void CheckAttribution(const Context& ctx, Call& c);
// propositions.cpp
void GetProposition(const Context& ctx, Call& c);
void PropositionMembers(const Context& ctx, Call& c);
void ListDisputes(const Context& ctx, Call& c);
// corrections.cpp
void PatchClaim(const Context& ctx, Call& c);
void ClaimHistory(const Context& ctx, Call& c);
void DocumentOrphans(const Context& ctx, Call& c);
// A page of claims, each with its status, version and anchor.
void ReplyClaimPage(const Context& ctx, Call& c, const store::Page<model::Claim>& page);
// export.cpp
void Export(const Context& ctx, Call& c);
// admin.cpp
void AdminBackup(const Context& ctx, Call& c);
// health.cpp
void OpenApi(const Context& ctx, Call& c);
void SchemaFile(const Context& ctx, Call& c);
void Health(const Context& ctx, Call& c);
void MetricsText(const Context& ctx, Call& c);

}  // namespace claimkb::api::handlers
