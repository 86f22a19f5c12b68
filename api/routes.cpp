// The route table: every path the API answers, grouped by resource.
// Literal paths come before parameterised ones at the same depth.
#include "api/handlers/handlers.h"
#include "api/router.h"
#include "api/web/assets.h"

namespace claimkb::api {

void AddRoutes(Router& r) {
  using namespace handlers;
  // Replies that read only the store: kept by the reply cache until the next write.
  constexpr Caching kStore = Caching::kUntilWrite;

  r.Get("/", WebIndex);  // the web page (api/web/)
  r.Get("/web/:file", WebAsset);
  r.Get("/openapi.json", OpenApi);
  r.Get("/healthz", Health);
  r.Get("/metrics", MetricsText);
  r.Get("/schema/:file", SchemaFile);

  r.Post("/v1/documents", IngestDocument);
  r.Get("/v1/documents", ListDocuments, kStore);
  r.Get("/v1/documents/:id", GetDocument, kStore);
  r.Get("/v1/documents/:id/text", GetDocumentText, kStore);
  r.Get("/v1/documents/:id/orphans", DocumentOrphans, kStore);

  r.Get("/v1/claims", ListClaims, kStore);
  r.Get("/v1/claims/:id", GetClaim, kStore);
  r.Add("PATCH", "/v1/claims/:id", PatchClaim, Access::kWrite);
  r.Get("/v1/claims/:id/history", ClaimHistory, kStore);

  r.Get("/v1/actors", ListActors, kStore);
  r.Get("/v1/actors/:id", GetActor, kStore);
  r.Get("/v1/actors/:id/timeline", ActorTimeline, kStore);
  r.Get("/v1/actors/:id/claims", ActorClaims, kStore);

  r.Get("/v1/propositions/:id", GetProposition, kStore);
  r.Get("/v1/propositions/:id/members", PropositionMembers, kStore);
  r.Get("/v1/disputes", ListDisputes, kStore);

  r.Get("/v1/events", ListEvents, kStore);
  r.Get("/v1/events/:id", GetEvent, kStore);

  r.Get("/v1/graph/neighborhood", Neighbourhood);
  r.Get("/v1/graph/path", Path);
  r.Get("/v1/graph/export", GraphExport);
  r.Get("/v1/graph/central", Central);

  r.Post("/v1/check", CheckAttribution, Access::kRead);  // a query with a body: open like every read

  r.Get("/v1/export", Export);
  r.Post("/v1/admin/backup", AdminBackup);  // needs the token when one is set

  // Schemas also answer next to /openapi.json, where its relative $refs point.
  r.Get("/:file", SchemaFile);
}

}  // namespace claimkb::api
