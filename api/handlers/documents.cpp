// /v1/documents: ingest an article, list documents, one document, its text.
#include "api/handlers/handlers.h"
#include "api/views.h"
#include "core/extract/pipeline.h"
#include "core/model/json.h"

namespace claimkb::api::handlers {

namespace {

// "Text/HTML; charset=utf-8" -> "text/html"
std::string MediaType(const std::string& header) {
  std::string m = header.substr(0, header.find(';'));
  while (!m.empty() && m.back() == ' ') m.pop_back();
  for (char& ch : m)
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  return m;
}

void CheckPublished(const std::string& v, const char* where) {
  bool ok = v.empty() || (v.size() == 10 && v[4] == '-' && v[7] == '-');
  for (size_t i = 0; ok && i < v.size(); ++i)
    if (i != 4 && i != 7 && (v[i] < '0' || v[i] > '9')) ok = false;
  if (!ok) BadParam(where, "`published` must be a date YYYY-MM-DD, got `" + v + "`");
}

std::string StringField(const json& body, const char* name) {
  auto it = body.find(name);
  if (it == body.end() || it->is_null()) return "";
  if (!it->is_string()) BadParam(name, std::string("`") + name + "` must be a string");
  return it->get<std::string>();
}

extract::Input ReadInput(const Call& c) {
  extract::Input in;
  std::string media = MediaType(c.req.get_header_value("Content-Type"));
  if (media == "application/json") {
    json body = json::parse(c.req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) BadParam("body", "the body is not a JSON object");
    std::string text = StringField(body, "text");
    std::string html = StringField(body, "html");
    if (text.empty() == html.empty()) BadParam("text", "give exactly one of `text` and `html`");
    in.format = text.empty() ? extract::Format::kHtml : extract::Format::kText;  // before text is moved from
    in.bytes = text.empty() ? std::move(html) : std::move(text);
    in.url = StringField(body, "url");
    in.title = StringField(body, "title");
    in.author = StringField(body, "author");
    in.publisher = StringField(body, "publisher");
    in.published = StringField(body, "published");
    CheckPublished(in.published, "published");
    return in;
  }
  if (media == "text/plain") {
    in.format = extract::Format::kText;
  } else if (media == "text/html" || media == "application/xhtml+xml") {
    in.format = extract::Format::kHtml;
  } else {
    throw HttpError(415, "`Content-Type: " + c.req.get_header_value("Content-Type") +
                             "` is not accepted; send text/plain, text/html or application/json");
  }
  in.bytes = c.req.body;
  in.url = Param(c, "url");
  in.title = Param(c, "title");
  in.author = Param(c, "author");
  in.publisher = Param(c, "publisher");
  in.published = Param(c, "published");
  CheckPublished(in.published, "published");
  return in;
}

}  // namespace

void IngestDocument(const Context& ctx, Call& c) {
  model::Extraction x = Unwrap(extract::Extract(ReadInput(c)));
  for (auto& cl : x.claims)
    if (cl.document_id.empty()) cl.document_id = x.document.id;
  for (auto& ev : x.events)
    if (ev.document_id.empty()) ev.document_id = x.document.id;
  store::IngestResult r = Unwrap(ctx.store->Ingest(x));
  x.edges.insert(x.edges.end(), r.derived_edges.begin(), r.derived_edges.end());
  Check(ctx.graph->Add(x));  // idempotent: a re-ingest changes nothing
  model::Document doc = Unwrap(ctx.store->GetDocument(r.document_id));
  json j = {{"document", DocumentMeta(doc)},
            {"stored", r.stored},
            {"previous_version", r.previous_version},
            {"counts",
             {{"claims", x.claims.size()},
              {"events", x.events.size()},
              {"edges", x.edges.size()},
              {"actors", x.actors.size()},
              {"actors_new", r.actors_new},
              {"actors_merged", r.actors_merged}}},
            {"actors", x.actors},
            {"claims", x.claims},
            {"events", x.events},
            {"warnings", x.warnings}};
  c.res.set_header("Location", "/v1/documents/" + r.document_id);
  ReplyJson(c, j, r.stored ? 201 : 200);
}

void ListDocuments(const Context& ctx, Call& c) {
  size_t limit = LimitParam(c);
  auto page = Unwrap(ctx.store->ListDocuments(Param(c, "cursor"), limit));
  ReplyPage(c, page, DocumentMeta);
}

void GetDocument(const Context& ctx, Call& c) {
  std::string id(c.path[0]);
  model::Document doc = Unwrap(ctx.store->GetDocument(id));
  auto claims = Unwrap(ctx.store->ClaimsOfDocument(id));
  json j = {{"document", DocumentMeta(doc)}, {"claims", claims}};
  ReplyCachedJson(c, j);
}

void GetDocumentText(const Context& ctx, Call& c) {
  ReplyCached(c, Unwrap(ctx.store->GetDocumentText(c.path[0])), "text/plain; charset=utf-8");
}

}  // namespace claimkb::api::handlers
