#include "core/model/json.h"

namespace claimkb::model {

namespace {

template <typename E, typename F>
E EnumAt(const json& j, const char* key, F from) {
  const std::string& s = j.at(key).get_ref<const std::string&>();
  auto v = from(s);
  if (!v) throw json::type_error::create(302, std::string("unknown ") + key + " `" + s + "`", &j);
  return *v;
}

std::string StrOr(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::string>();
}

template <typename T>
std::vector<T> VecOr(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return {};
  return it->get<std::vector<T>>();
}

}  // namespace

void to_json(json& j, const Span& v) { j = json{{"start", v.start}, {"end", v.end}}; }
void from_json(const json& j, Span& v) {
  j.at("start").get_to(v.start);
  j.at("end").get_to(v.end);
}

void to_json(json& j, const QuoteSelector& v) {
  j = json{{"exact", v.exact}, {"prefix", v.prefix}, {"suffix", v.suffix}};
}
void from_json(const json& j, QuoteSelector& v) {
  j.at("exact").get_to(v.exact);
  v.prefix = StrOr(j, "prefix");
  v.suffix = StrOr(j, "suffix");
}

void to_json(json& j, const Actor& v) {
  j = json{{"id", v.id}, {"name", v.name}, {"type", ToString(v.type)}, {"aliases", v.aliases}};
  if (!v.titles.empty()) j["titles"] = v.titles;
  if (!v.wikidata.empty()) j["wikidata"] = v.wikidata;
}
void from_json(const json& j, Actor& v) {
  j.at("id").get_to(v.id);
  j.at("name").get_to(v.name);
  v.type = EnumAt<ActorType>(j, "type", ActorTypeFrom);
  v.aliases = VecOr<std::string>(j, "aliases");
  v.titles = VecOr<std::string>(j, "titles");
  v.wikidata = StrOr(j, "wikidata");
}

void to_json(json& j, const TimeRef& v) {
  j = json{{"text", v.text}, {"value", v.value}, {"precision", ToString(v.precision)}, {"span", v.span}};
  if (!v.begin.empty()) j["begin"] = v.begin;
  if (!v.end.empty()) j["end"] = v.end;
  j["anchor"] = v.anchor;
}
void from_json(const json& j, TimeRef& v) {
  j.at("text").get_to(v.text);
  j.at("value").get_to(v.value);
  v.precision = EnumAt<Precision>(j, "precision", PrecisionFrom);
  v.begin = StrOr(j, "begin");
  v.end = StrOr(j, "end");
  v.anchor = StrOr(j, "anchor");
  if (j.contains("span")) j.at("span").get_to(v.span);
}

void to_json(json& j, const Quantity& v) {
  j = json{{"text", v.text}};
  if (v.high) {
    j["value"] = json::array({v.value, *v.high});
  } else {
    j["value"] = v.value;
  }
  j["unit"] = v.unit;
  if (!v.counts.empty()) j["counts"] = v.counts;
  if (!v.qualifier.empty()) j["qualifier"] = v.qualifier;
  j["span"] = v.span;
}
void from_json(const json& j, Quantity& v) {
  j.at("text").get_to(v.text);
  const json& val = j.at("value");
  if (val.is_array()) {
    val.at(0).get_to(v.value);
    v.high = val.at(1).get<double>();
  } else {
    val.get_to(v.value);
    v.high.reset();
  }
  j.at("unit").get_to(v.unit);
  v.counts = StrOr(j, "counts");
  v.qualifier = StrOr(j, "qualifier");
  if (j.contains("span")) j.at("span").get_to(v.span);
}

void to_json(json& j, const Attribution& v) {
  j = json{{"kind", ToString(v.kind)}, {"speakers", v.speakers}, {"cue", v.cue},
           {"cue_span", v.cue_span}, {"via", v.via}};
}
void from_json(const json& j, Attribution& v) {
  v.kind = EnumAt<AttributionKind>(j, "kind", AttributionKindFrom);
  v.speakers = VecOr<std::string>(j, "speakers");
  v.cue = StrOr(j, "cue");
  if (j.contains("cue_span")) j.at("cue_span").get_to(v.cue_span);
  v.via = VecOr<std::string>(j, "via");
}

void to_json(json& j, const Stance& v) {
  j = json{{"negated", v.negated}, {"hedged", v.hedged}, {"evidence", v.evidence}, {"notes", v.notes}};
}
void from_json(const json& j, Stance& v) {
  v.negated = j.value("negated", false);
  v.hedged = j.value("hedged", false);
  v.evidence = StrOr(j, "evidence");
  v.notes = VecOr<std::string>(j, "notes");
}

void to_json(json& j, const Claim& v) {
  j = json{{"id", v.id},
           {"document_id", v.document_id},
           {"text", v.text},
           {"sentence", v.sentence},
           {"span", v.span},
           {"sentence_span", v.sentence_span},
           {"quote", v.quote},
           {"attribution", v.attribution},
           {"stance", v.stance},
           {"actors", v.actors},
           {"times", v.times},
           {"quantities", v.quantities},
           {"events", v.events},
           {"said_on", v.said_on},
           {"rule", v.rule},
           {"confidence", v.confidence}};
}
void from_json(const json& j, Claim& v) {
  j.at("id").get_to(v.id);
  v.document_id = StrOr(j, "document_id");
  j.at("text").get_to(v.text);
  v.sentence = StrOr(j, "sentence");
  j.at("span").get_to(v.span);
  if (j.contains("sentence_span")) j.at("sentence_span").get_to(v.sentence_span);
  if (j.contains("quote")) j.at("quote").get_to(v.quote);
  j.at("attribution").get_to(v.attribution);
  if (j.contains("stance")) j.at("stance").get_to(v.stance);
  v.actors = VecOr<std::string>(j, "actors");
  v.times = VecOr<TimeRef>(j, "times");
  v.quantities = VecOr<Quantity>(j, "quantities");
  v.events = VecOr<std::string>(j, "events");
  v.said_on = StrOr(j, "said_on");
  v.rule = StrOr(j, "rule");
  v.confidence = j.value("confidence", 0.0);
}

void to_json(json& j, const Event& v) {
  j = json{{"id", v.id},         {"document_id", v.document_id}, {"label", v.label},
           {"trigger", v.trigger}, {"span", v.span},             {"agents", v.agents},
           {"patients", v.patients}, {"place", v.place},         {"claims", v.claims}};
  j["time"] = v.time ? json(*v.time) : json(nullptr);
}
void from_json(const json& j, Event& v) {
  j.at("id").get_to(v.id);
  v.document_id = StrOr(j, "document_id");
  v.label = StrOr(j, "label");
  j.at("trigger").get_to(v.trigger);
  if (j.contains("span")) j.at("span").get_to(v.span);
  v.agents = VecOr<std::string>(j, "agents");
  v.patients = VecOr<std::string>(j, "patients");
  v.place = StrOr(j, "place");
  auto t = j.find("time");
  if (t != j.end() && !t->is_null()) {
    v.time = t->get<TimeRef>();
  } else {
    v.time.reset();
  }
  v.claims = VecOr<std::string>(j, "claims");
}

void to_json(json& j, const Document& v) {
  j = json{{"id", v.id},
           {"url", v.url},
           {"title", v.title},
           {"author", v.author},
           {"publisher", v.publisher},
           {"published", v.published},
           {"ingested", v.ingested},
           {"language", v.language},
           {"body_text", v.text},
           {"furniture", v.furniture},
           {"previous_version", v.previous_version}};
}
void from_json(const json& j, Document& v) {
  j.at("id").get_to(v.id);
  v.url = StrOr(j, "url");
  v.title = StrOr(j, "title");
  v.author = StrOr(j, "author");
  v.publisher = StrOr(j, "publisher");
  v.published = StrOr(j, "published");
  v.ingested = StrOr(j, "ingested");
  v.language = StrOr(j, "language");
  j.at("body_text").get_to(v.text);
  v.furniture = VecOr<std::string>(j, "furniture");
  v.previous_version = StrOr(j, "previous_version");
}

void to_json(json& j, const Edge& v) {
  j = json{{"type", ToString(v.type)}, {"from", v.from}, {"to", v.to}};
  if (!v.why.empty()) j["why"] = v.why;
}
void from_json(const json& j, Edge& v) {
  v.type = EnumAt<EdgeType>(j, "type", EdgeTypeFrom);
  j.at("from").get_to(v.from);
  j.at("to").get_to(v.to);
  v.why = StrOr(j, "why");
}

void to_json(json& j, const Extraction& v) {
  j = json{{"document", v.document}, {"actors", v.actors}, {"claims", v.claims},
           {"events", v.events},     {"edges", v.edges},   {"times", v.times},
           {"quantities", v.quantities}, {"warnings", v.warnings}};
}
void from_json(const json& j, Extraction& v) {
  j.at("document").get_to(v.document);
  v.actors = VecOr<Actor>(j, "actors");
  v.claims = VecOr<Claim>(j, "claims");
  v.events = VecOr<Event>(j, "events");
  v.edges = VecOr<Edge>(j, "edges");
  v.times = VecOr<TimeRef>(j, "times");
  v.quantities = VecOr<Quantity>(j, "quantities");
  v.warnings = VecOr<std::string>(j, "warnings");
}

}  // namespace claimkb::model
