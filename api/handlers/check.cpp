// POST /v1/check: did the named speaker say this? (matching logic: api/match.h)
#include "api/handlers/handlers.h"
#include "api/match.h"
#include "api/views.h"
#include "core/model/json.h"

namespace claimkb::api::handlers {

namespace {

std::string NameList(ActorNames& names, const std::vector<std::string>& ids) {
  std::string out;
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) out += i + 1 == ids.size() ? " and " : ", ";
    out += names.Name(ids[i]);
  }
  return out;
}

std::string Explain(const Match& m, const model::Document* doc, ActorNames& names, const std::string& speaker) {
  const auto& a = m.claim.attribution;
  std::string who = a.speakers.empty() ? "the article itself" : NameList(names, a.speakers);
  std::string where = doc ? " in `" + (doc->title.empty() ? doc->id : doc->title) + "`" : "";
  std::string chain = a.via.empty() ? "" : ", relayed by " + NameList(names, a.via);
  switch (m.verdict) {
    case Verdict::kAttributed:
      return speaker.empty() ? "said by " + who + chain + where : speaker + " said it" + chain + where;
    case Verdict::kRelayed:
      return speaker + " relayed it: the claim is " + who + "'s" + chain + where;
    case Verdict::kMisattributed:
      return "not " + speaker + ": said by " + who + chain + where;
    case Verdict::kNotFound: break;
  }
  return "";
}

}  // namespace

void CheckAttribution(const Context& ctx, Call& c) {
  std::string type = c.req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0)
    throw HttpError(415, "`Content-Type: " + type + "` is not accepted; send application/json");
  json body = json::parse(c.req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) BadParam("body", "the body is not a JSON object");
  auto text = body.find("text");
  if (text == body.end() || !text->is_string() || text->get<std::string>().empty())
    BadParam("text", "`text` (the statement to check) is required");
  std::string speaker;
  if (auto s = body.find("speaker"); s != body.end() && !s->is_null()) {
    if (!s->is_string()) BadParam("speaker", "`speaker` must be a string");
    speaker = s->get<std::string>();
  }
  size_t limit = 5;
  if (auto l = body.find("limit"); l != body.end()) {
    if (!l->is_number_integer() || l->get<int64_t>() < 1 || l->get<int64_t>() > 50)
      BadParam("limit", "`limit` must be an integer from 1 to 50");
    limit = l->get<size_t>();
  }
  CheckResult r = Unwrap(CheckStatement(*ctx.store, text->get<std::string>(), speaker, limit));

  ActorNames names(*ctx.store);
  json matches = json::array();
  for (const auto& m : r.matches) {
    auto doc = ctx.store->GetDocument(m.claim.document_id);
    const model::Document* d = doc.ok() ? &*doc : nullptr;
    json said_by = json::array();
    for (const auto& s : m.claim.attribution.speakers) said_by.push_back(names.Ref(s));
    json via = json::array();
    for (const auto& v : m.claim.attribution.via) via.push_back(names.Ref(v));
    matches.push_back({{"claim_id", m.claim.id},
                       {"score", m.score},
                       {"verdict", ToString(m.verdict)},
                       {"explanation", Explain(m, d, names, r.speaker_query)},
                       {"text", m.claim.text},
                       {"sentence", m.claim.sentence},
                       {"kind", model::ToString(m.claim.attribution.kind)},
                       {"direct", m.claim.attribution.kind == model::AttributionKind::kDirect},
                       {"cue", m.claim.attribution.cue},
                       {"said_by", std::move(said_by)},
                       {"via", std::move(via)},
                       {"chain", AttributionChain(m.claim, d, names)},
                       {"stance", m.claim.stance},
                       {"document", d ? DocumentMeta(*d) : json(nullptr)},
                       {"target", d ? AnnotationTarget(m.claim, *d) : json(nullptr)}});
  }
  json speakers = json::array();
  for (const auto& a : r.speakers) speakers.push_back(names.Ref(a.id));
  ReplyJson(c, {{"statement", text->get<std::string>()},
                {"content", r.content},
                {"speaker", r.speaker_query.empty() ? json(nullptr) : json(r.speaker_query)},
                {"speaker_actors", std::move(speakers)},
                {"verdict", ToString(r.verdict)},
                {"matches", std::move(matches)}});
}

}  // namespace claimkb::api::handlers
