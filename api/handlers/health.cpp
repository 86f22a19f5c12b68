// The embedded OpenAPI document and schemas,
// /healthz and /metrics.
#include "api/embedded.h"
#include "api/handlers/handlers.h"
#include "api/metrics.h"

namespace claimkb::api::handlers {

namespace {

const EmbeddedFile* Find(std::string_view name) {
  for (const auto& f : EmbeddedFiles())
    if (f.name == name) return &f;
  return nullptr;
}

void Gauge(std::string& out, const char* name, const char* help, uint64_t v) {
  out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " gauge\n" + name + " " +
         std::to_string(v) + "\n";
}

}  // namespace

void OpenApi(const Context&, Call& c) {
  const EmbeddedFile* f = Find("openapi.json");
  if (!f) throw HttpError(404, "no OpenAPI document was built into this server");
  ReplyCached(c, std::string(f->content), "application/json");
}

void SchemaFile(const Context&, Call& c) {
  std::string_view name = c.path[0];
  const EmbeddedFile* f = name.ends_with(".schema.json") ? Find(name) : nullptr;
  if (!f) throw HttpError(404, "no such path `" + c.req.path + "`");
  ReplyCached(c, std::string(f->content), "application/schema+json");
}

void Health(const Context& ctx, Call& c) {
  auto stats = ctx.store->GetStats();
  if (!stats.ok()) throw HttpError(503, "the store is not readable: " + stats.status().message());
  ReplyJson(c, {{"status", "ok"}, {"documents", stats->documents}, {"claims", stats->claims}});
}

void MetricsText(const Context& ctx, Call& c) {
  std::string extra;
  if (auto s = ctx.store->GetStats(); s.ok()) {
    Gauge(extra, "claimkb_store_documents", "Documents in the store.", s->documents);
    Gauge(extra, "claimkb_store_claims", "Claims in the store.", s->claims);
    Gauge(extra, "claimkb_store_actors", "Actors in the store.", s->actors);
    Gauge(extra, "claimkb_store_events", "Events in the store.", s->events);
    Gauge(extra, "claimkb_store_edges", "Edges in the store.", s->edges);
    Gauge(extra, "claimkb_store_disk_bytes", "Bytes of all files of the store directory.", s->disk_bytes);
  }
  graph::GraphStats g = ctx.graph->Stats();
  Gauge(extra, "claimkb_graph_nodes", "Vertices of the in-memory claim graph.", g.nodes);
  Gauge(extra, "claimkb_graph_edges", "Edges of the in-memory claim graph.", g.edges);
  c.res.status = 200;
  c.res.set_content(ctx.metrics->Render(extra), "text/plain; version=0.0.4; charset=utf-8");
}

}  // namespace claimkb::api::handlers
