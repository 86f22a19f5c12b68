// /v1/export: every claim (or those matching the /v1/claims filters) streamed
// as NDJSON, CSV or schema.org ClaimReview JSON-LD, a page at a time.
#include <map>
#include <memory>

#include "api/handlers/handlers.h"
#include "api/views.h"
#include "core/model/json.h"

namespace claimkb::api::handlers {

namespace {

constexpr size_t kPage = 500;

std::string Csv(std::string_view s) {
  bool quote = s.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) return std::string(s);
  std::string out = "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ";") + s;
  return out;
}

const char* RatingName(const std::string& evidence) {
  if (evidence == "none_offered") return "No evidence offered";
  if (evidence == "disputed") return "Disputed";
  if (evidence == "weak") return "Weak evidence";
  return nullptr;
}

struct ExportState {
  ExportState(const store::Store& s) : store(s), names(s) {}
  const store::Store& store;
  store::ClaimQuery query;
  std::string format;
  std::string base;  // "http://host" for absolute claim URLs
  std::string cursor;
  bool first = true;
  ActorNames names;
  std::map<std::string, std::optional<model::Document>> docs;

  const model::Document* Doc(const std::string& id) {
    auto it = docs.find(id);
    if (it == docs.end()) {
      auto d = store.GetDocument(id);
      it = docs.emplace(id, d.ok() ? std::optional<model::Document>(std::move(d).value()) : std::nullopt).first;
    }
    return it->second ? &*it->second : nullptr;
  }

  json ClaimReview(const model::Claim& c) {
    json authors = json::array();
    for (const auto& s : c.attribution.speakers) {
      json a = names.Ref(s);
      authors.push_back({{"@type", a["type"] == "person" ? "Person" : "Organization"}, {"name", a["name"]}});
    }
    json item = {{"@type", "Claim"}, {"author", std::move(authors)}};
    if (!c.said_on.empty()) item["datePublished"] = c.said_on;
    if (const model::Document* d = Doc(c.document_id)) {
      json appearance = {{"@type", "NewsArticle"}, {"headline", d->title}};
      if (!d->url.empty()) appearance["url"] = d->url;
      if (!d->published.empty()) appearance["datePublished"] = d->published;
      if (!d->publisher.empty()) appearance["publisher"] = {{"@type", "Organization"}, {"name", d->publisher}};
      item["appearance"] = appearance;
    }
    json r = {{"@context", "https://schema.org"},
              {"@type", "ClaimReview"},
              {"url", base + "/v1/claims/" + c.id},
              {"claimReviewed", c.text},
              {"itemReviewed", std::move(item)},
              {"author", {{"@type", "Organization"}, {"name", "claimkb"}}}};
    if (const char* rating = RatingName(c.stance.evidence))
      r["reviewRating"] = {{"@type", "Rating"}, {"alternateName", rating}};
    return r;
  }

  void Append(std::string& out, const model::Claim& c) {
    if (format == "ndjson") {
      out += Dump(json(c));
      out += '\n';
    } else if (format == "csv") {
      out += Csv(c.id) + "," + Csv(c.document_id) + "," + model::ToString(c.attribution.kind) + "," +
             Csv(Join(c.attribution.speakers)) + "," + Csv(Join(c.attribution.via)) + "," + Csv(c.attribution.cue) +
             "," + Csv(c.text) + "," + c.said_on + "," + std::to_string(c.span.start) + "," +
             std::to_string(c.span.end) + "," + c.stance.evidence + "," + (c.stance.negated ? "true" : "false") +
             "," + (c.stance.hedged ? "true" : "false") + "\n";
    } else {
      out += first ? "[\n" : ",\n";
      out += Dump(ClaimReview(c));
    }
    first = false;
  }
};

}  // namespace

void Export(const Context& ctx, Call& c) {
  auto state = std::make_shared<ExportState>(*ctx.store);
  state->format = EnumParam(c, "format", {"ndjson", "csv", "claimreview"}, "ndjson");
  state->query = ClaimQueryFrom(ctx, c);
  std::string host = c.req.get_header_value("Host");
  if (!host.empty()) state->base = "http://" + host;
  // Fail on a bad cursor or filter now, while a problem+json answer is still possible.
  Unwrap(ctx.store->ListClaims(state->query, "", 1));

  const char* type = state->format == "ndjson" ? "application/x-ndjson"
                     : state->format == "csv"  ? "text/csv; charset=utf-8"
                                               : "application/ld+json";
  c.res.status = 200;
  c.res.set_header("Content-Disposition", "attachment; filename=\"claims." +
                                              std::string(state->format == "claimreview" ? "jsonld" : state->format) +
                                              "\"");
  c.res.set_chunked_content_provider(type, [state](size_t, httplib::DataSink& sink) {
    std::string out;
    if (state->first && state->format == "csv")
      out = "id,document_id,kind,speakers,via,cue,text,said_on,start,end,evidence,negated,hedged\n";
    auto page = state->store.ListClaims(state->query, state->cursor, kPage);
    if (!page.ok()) return false;  // headers are gone: cut the stream short
    for (const auto& cl : page->items) state->Append(out, cl);
    state->cursor = page->next_cursor;
    bool last = state->cursor.empty();
    if (last && state->format == "claimreview") out += state->first ? "[]\n" : "\n]\n";
    if (last && state->format == "csv" && state->first) state->first = false;
    if (!out.empty() && !sink.write(out.data(), out.size())) return false;
    if (last) sink.done();
    return true;
  });
}

}  // namespace claimkb::api::handlers
