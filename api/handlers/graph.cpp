// /v1/graph: neighbourhoods, paths, central actors, GraphML/DOT export.
#include <sstream>

#include "api/handlers/handlers.h"
#include "api/views.h"

namespace claimkb::api::handlers {

namespace {

std::string RequiredActor(const Context& ctx, const Call& c, const char* name) {
  std::string v = Param(c, name);
  if (v.empty()) BadParam(name, std::string("`") + name + "` (an actor id or name) is required");
  return ResolveActorId(*ctx.store, v);
}

}  // namespace

void Neighbourhood(const Context& ctx, Call& c) {
  std::string actor = RequiredActor(ctx, c, "actor");
  graph::NeighbourhoodOptions opt;
  opt.depth = static_cast<uint32_t>(IntParam(c, "depth", 1, 1, graph::kMaxDepth));
  opt.max_nodes = static_cast<size_t>(IntParam(c, "limit", 500, 1, 5000));
  auto g = Unwrap(ctx.graph->Neighbourhood(actor, opt));
  json j = SubgraphJson(g);
  j["center"] = actor;
  j["depth"] = opt.depth;
  ReplyJson(c, j);
}

void Path(const Context& ctx, Call& c) {
  std::string from = RequiredActor(ctx, c, "from");
  std::string to = RequiredActor(ctx, c, "to");
  graph::PathOptions opt;
  opt.max_hops = static_cast<uint32_t>(IntParam(c, "max_hops", 8, 1, 32));
  ReplyJson(c, PathJson(Unwrap(ctx.graph->ShortestPath(from, to, opt))));
}

void GraphExport(const Context& ctx, Call& c) {
  std::string format = EnumParam(c, "format", {"graphml", "dot"}, "graphml");
  std::ostringstream out;
  if (format == "graphml") {
    Check(ctx.graph->WriteGraphml(out));
    c.res.set_header("Content-Disposition", "attachment; filename=\"claimkb.graphml\"");
    c.res.set_content(out.str(), "application/graphml+xml");
  } else {
    Check(ctx.graph->WriteDot(out));
    c.res.set_header("Content-Disposition", "attachment; filename=\"claimkb.dot\"");
    c.res.set_content(out.str(), "text/vnd.graphviz");
  }
  c.res.status = 200;
}

void Central(const Context& ctx, Call& c) {
  graph::CentralityOptions opt;
  opt.limit = LimitParam(c, 20, 1000);
  std::string by = EnumParam(c, "by", {"betweenness", "degree"}, "betweenness");
  opt.by = by == "degree" ? graph::RankBy::kDegree : graph::RankBy::kBetweenness;
  graph::Centrality r = ctx.graph->CentralActors(opt);
  json items = json::array();
  for (const auto& a : r.actors)
    items.push_back({{"actor", NodeJson(a.actor)},
                     {"betweenness", a.betweenness},
                     {"projected_degree", a.projected_degree}});
  ReplyJson(c, {{"items", std::move(items)},
                {"by", by},
                {"projected_actors", r.projected_actors},
                {"projected_links", r.projected_links},
                {"sampled", r.sampled},
                {"pivots", r.pivots}});
}

}  // namespace claimkb::api::handlers
